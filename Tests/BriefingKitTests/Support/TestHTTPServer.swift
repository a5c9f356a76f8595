import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A real HTTP/1.1 server on 127.0.0.1 (a random free port) for tests: one thread accepts,
/// one thread per connection answers, then closes the connection.
///
/// The handler decides each reply from the request and how many times the path was asked for,
/// and can make it slow, truncated or oversized, so the HTTP client is tested against real sockets.
final class TestHTTPServer: @unchecked Sendable {
  /// A request as the server saw it.
  struct Request: Sendable {
    var method: String
    var path: String
    /// Header names lowercased.
    var headers: [String: String]
    /// When it arrived, on the monotonic clock.
    var arrival: ContinuousClock.Instant
  }

  /// What to send back.
  struct Reply: Sendable {
    var status: Int = 200
    var headers: [String: String] = [:]
    var body: Data = Data()
    /// Seconds to wait before sending anything.
    var delay: Double = 0
    /// Send only this many body bytes (with the full `Content-Length`) and close.
    var truncateAfter: Int?
    /// Send the body in pieces of this size with `pieceDelay` seconds between them.
    var pieceSize: Int?
    var pieceDelay: Double = 0
    /// Leave out `Content-Length` (the body ends when the connection closes).
    var omitsLength = false

    static func text(_ text: String, type: String = "text/html; charset=utf-8", status: Int = 200)
      -> Reply
    {
      Reply(status: status, headers: ["Content-Type": type], body: Data(text.utf8))
    }

    static func status(_ status: Int, location: String? = nil) -> Reply {
      var reply = Reply(status: status, body: Data("status \(status)\n".utf8))
      if let location { reply.headers["Location"] = location }
      reply.headers["Content-Type"] = "text/plain"
      return reply
    }
  }

  typealias Handler = @Sendable (_ request: Request, _ hit: Int, _ server: TestHTTPServer) -> Reply

  /// The port the server listens on.
  let port: UInt16
  private let socket: Int32
  private let handler: Handler
  private let lock = NSLock()
  private var hits: [String: Int] = [:]
  private var log: [Request] = []
  private var inFlight = 0
  private var peakInFlight = 0
  private var stopped = false

  /// `http://127.0.0.1:PORT`.
  var baseURL: String { "http://127.0.0.1:\(port)" }

  /// The address of `path` on this server.
  func url(_ path: String) -> String { baseURL + path }

  /// Starts a server answering with `handler`.
  init(handler: @escaping Handler) throws {
    self.handler = handler
    #if canImport(Glibc)
      let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { throw ServerError.socket(errno) }
    var yes: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0, listen(fd, 64) == 0 else {
      close(fd)
      throw ServerError.socket(errno)
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    self.socket = fd
    self.port = UInt16(bigEndian: address.sin_port)
    let thread = Thread { [self] in acceptLoop() }
    thread.start()
  }

  deinit { stop() }

  enum ServerError: Error { case socket(Int32) }

  /// Stops accepting connections.
  func stop() {
    lock.lock()
    let wasStopped = stopped
    stopped = true
    lock.unlock()
    guard !wasStopped else { return }
    // Wakes the accept loop, which closes the socket as it leaves: closing it here could let a
    // new server reuse the descriptor while this loop is about to call accept() on it, and
    // answer that server's requests with this one's handler.
    shutdown(socket, Int32(SHUT_RDWR))
  }

  /// The requests received so far, in arrival order.
  var requests: [Request] {
    lock.lock()
    defer { lock.unlock() }
    return log
  }

  /// The requests for `path`.
  func requests(for path: String) -> [Request] { requests.filter { $0.path == path } }

  /// The largest number of requests that were being answered at once.
  var peakConcurrency: Int {
    lock.lock()
    defer { lock.unlock() }
    return peakInFlight
  }

  private func acceptLoop() {
    defer { close(socket) }
    while true {
      let client = accept(socket, nil, nil)
      lock.lock()
      let done = stopped
      lock.unlock()
      if client < 0 {
        if done || errno == EBADF || errno == EINVAL { return }
        continue
      }
      if done {
        close(client)
        return
      }
      let thread = Thread { [self] in serve(client) }
      thread.start()
    }
  }

  private func serve(_ client: Int32) {
    defer { close(client) }
    guard let request = readRequest(client) else { return }
    lock.lock()
    let hit = hits[request.path, default: 0] + 1
    hits[request.path] = hit
    log.append(request)
    inFlight += 1
    peakInFlight = max(peakInFlight, inFlight)
    lock.unlock()
    defer {
      lock.lock()
      inFlight -= 1
      lock.unlock()
    }
    let reply = handler(request, hit, self)
    if reply.delay > 0 { Thread.sleep(forTimeInterval: reply.delay) }
    var head = "HTTP/1.1 \(reply.status) \(Self.reason(reply.status))\r\n"
    var headers = reply.headers
    if !reply.omitsLength, reply.status != 304 {
      headers["Content-Length"] = String(reply.body.count)
    }
    headers["Connection"] = "close"
    for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
      head += "\(name): \(value)\r\n"
    }
    head += "\r\n"
    guard send(client, Data(head.utf8)) else { return }
    guard reply.status != 304, request.method != "HEAD" else { return }
    var body = reply.body
    if let cut = reply.truncateAfter { body = body.prefix(cut) }
    if let size = reply.pieceSize, size > 0 {
      var offset = 0
      while offset < body.count {
        let end = min(offset + size, body.count)
        guard send(client, body.subdata(in: offset..<end)) else { return }
        offset = end
        if offset < body.count { Thread.sleep(forTimeInterval: reply.pieceDelay) }
      }
    } else {
      _ = send(client, body)
    }
  }

  private func readRequest(_ client: Int32) -> Request? {
    var buffer = [UInt8]()
    var chunk = [UInt8](repeating: 0, count: 4096)
    let end: [UInt8] = [13, 10, 13, 10]
    while !buffer.containsRun(end) {
      let count = recv(client, &chunk, chunk.count, 0)
      guard count > 0 else { return nil }
      buffer += chunk[0..<count]
      if buffer.count > 65_536 { return nil }
    }
    let text = String(decoding: buffer, as: UTF8.self)
    let lines = text.components(separatedBy: "\r\n")
    let parts = lines[0].split(separator: " ")
    guard parts.count >= 2 else { return nil }
    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...]
        .trimmingCharacters(in: .whitespaces)
    }
    return Request(
      method: String(parts[0]), path: String(parts[1]), headers: headers,
      arrival: ContinuousClock.now)
  }

  private func send(_ client: Int32, _ data: Data) -> Bool {
    data.withUnsafeBytes { raw -> Bool in
      guard var pointer = raw.baseAddress else { return true }
      var remaining = raw.count
      while remaining > 0 {
        #if canImport(Glibc)
          let sent = Glibc.send(client, pointer, remaining, Int32(MSG_NOSIGNAL))
        #else
          let sent = Darwin.send(client, pointer, remaining, 0)
        #endif
        guard sent > 0 else { return false }
        pointer += sent
        remaining -= sent
      }
      return true
    }
  }

  private static func reason(_ status: Int) -> String {
    switch status {
    case 200: "OK"
    case 301: "Moved Permanently"
    case 302: "Found"
    case 304: "Not Modified"
    case 404: "Not Found"
    case 500: "Internal Server Error"
    case 503: "Service Unavailable"
    default: "Status"
    }
  }
}

extension Array where Element == UInt8 {
  fileprivate func containsRun(_ needle: [UInt8]) -> Bool {
    guard count >= needle.count else { return false }
    for start in 0...(count - needle.count)
    where self[start..<start + needle.count].elementsEqual(needle) {
      return true
    }
    return false
  }
}
