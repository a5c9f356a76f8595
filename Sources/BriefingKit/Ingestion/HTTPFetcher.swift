import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Fetches feeds and pages as a good citizen: a clear User-Agent, connect and total timeouts, a
/// bounded number of requests at once, one request at a time per host with a pause between
/// them, retries with exponential backoff on 5xx and network errors (never on 4xx), conditional
/// GET from an `HTTPCache`, redirects followed, and a size limit per response. `file://` URLs
/// and plain paths are read from disk.
///
/// Every failure is a `BriefingError` (step `.ingest`, reason `.source`) located at the address,
/// with a readable reason: "timed out after 10s", "HTTP 500 after 3 attempts", "response larger
/// than 5 MB".
public final class HTTPFetcher: Fetching {
  /// How requests are made.
  public let spec: HTTPSpec
  /// When failed requests are tried again.
  public let retryPolicy: RetryPolicy
  private let cache: HTTPCache?
  private let session: URLSession
  private let runner: DataTaskRunner
  private let semaphore: AsyncSemaphore
  private let pacer: HostPacer
  private let random: @Sendable () -> Double

  /// Creates a fetcher.
  ///
  /// - Parameters:
  ///   - spec: user agent, timeouts, concurrency, per-host delay, retries and size limit.
  ///   - cache: where validators and bodies are kept for conditional GET; `nil` for none.
  ///   - retryPolicy: the backoff; by default `spec.retries` retries from one second on.
  ///   - random: numbers in 0..<1 for the backoff jitter (pass a constant in tests).
  public init(
    spec: HTTPSpec = HTTPSpec(), cache: HTTPCache? = nil, retryPolicy: RetryPolicy? = nil,
    random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
  ) {
    self.spec = spec
    self.retryPolicy = retryPolicy ?? RetryPolicy(retries: spec.retries)
    self.cache = cache
    self.random = random
    let configuration = URLSessionConfiguration.ephemeral
    // Timeouts are enforced by `DataTaskRunner` (FoundationNetworking rounds these down to whole
    // seconds, so a fraction of a second times out at once); these are only a backstop.
    configuration.timeoutIntervalForRequest = (spec.connectTimeout.seconds + 2).rounded(.up)
    configuration.timeoutIntervalForResource = (spec.totalTimeout.seconds + 2).rounded(.up)
    configuration.httpMaximumConnectionsPerHost = max(1, spec.maxConcurrent)
    configuration.urlCache = nil
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    configuration.httpAdditionalHeaders = ["User-Agent": spec.userAgent]
    let runner = DataTaskRunner()
    self.runner = runner
    self.session = URLSession(configuration: configuration, delegate: runner, delegateQueue: nil)
    self.semaphore = AsyncSemaphore(limit: spec.maxConcurrent)
    self.pacer = HostPacer(delay: .milliseconds(Int64(max(0, spec.perHostDelay.seconds) * 1000)))
  }

  deinit {
    session.finishTasksAndInvalidate()
  }

  public func fetch(_ location: String) async throws -> FetchedResource {
    let trimmed = location.trimmingCharacters(in: .whitespacesAndNewlines)
    switch SourceAddress(trimmed) {
    case .web:
      guard let url = URL(string: trimmed), url.host != nil else {
        throw failure(location, "not a valid address", hint: "check the URL")
      }
      return try await fetchHTTP(url, location: location)
    case .fileURL:
      guard let url = URL(string: trimmed), url.isFileURL else {
        throw failure(location, "not a valid file address", hint: "check the path")
      }
      return try readFile(url, location: location)
    case .path:
      break
    }
    if let scheme = URL(string: trimmed)?.scheme, scheme.count > 1 {
      throw failure(
        location, "unsupported address scheme '\(scheme)'",
        hint: "use an http, https or file address, or a path")
    }
    return try readFile(URL(fileURLWithPath: trimmed), location: location)
  }

  // MARK: - Files

  private func readFile(_ url: URL, location: String) throws -> FetchedResource {
    let path = url.path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw failure(location, "no such file", hint: "check the path")
    }
    guard !isDirectory.boolValue else {
      throw failure(location, "is a directory, not a file", hint: "name a file")
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size <= spec.maxBytes else {
      throw failure(
        location, "file larger than \(Self.formatted(bytes: spec.maxBytes))",
        hint: "raise http.max_bytes if the file is meant to be this big")
    }
    do {
      let data = try Data(contentsOf: url)
      return FetchedResource(
        data: data, requestedURL: location, url: path, contentType: Self.contentType(of: url))
    } catch {
      throw failure(location, "cannot read the file", hint: "check that it is readable")
    }
  }

  private static func contentType(of url: URL) -> String? {
    switch url.pathExtension.lowercased() {
    case "html", "htm", "xhtml": "text/html"
    case "xml", "rss", "rdf": "application/xml"
    case "atom": "application/atom+xml"
    case "json": "application/json"
    case "txt": "text/plain"
    default: nil
    }
  }

  // MARK: - HTTP

  private enum AttemptResult {
    case done(FetchedResource)
    case retry(reason: String, hint: String, retryAfter: Double?, isStatus: Bool)
  }

  private func fetchHTTP(_ url: URL, location: String) async throws -> FetchedResource {
    let host = url.host?.lowercased() ?? ""
    var attempt = 0
    while true {
      attempt += 1
      try await pacer.start(host: host)
      await semaphore.acquire()
      let result: AttemptResult
      do {
        result = try await perform(url, location: location)
        await semaphore.release()
        await pacer.finish(host: host)
      } catch {
        await semaphore.release()
        await pacer.finish(host: host)
        throw error
      }
      switch result {
      case .done(let resource):
        return resource
      case .retry(let reason, let hint, let retryAfter, let isStatus):
        guard attempt < retryPolicy.attempts else {
          let attempts = attempt == 1 ? "1 attempt" : "\(attempt) attempts"
          let message =
            isStatus
            ? "\(reason) after \(attempts)" : attempt == 1 ? reason : "\(reason) (\(attempts))"
          throw failure(location, message, hint: hint)
        }
        let wait = retryPolicy.delay(
          beforeRetry: attempt, random: random(), retryAfter: retryAfter)
        try await Task.sleep(for: .milliseconds(Int64(wait.seconds * 1000)))
      }
    }
  }

  private func perform(_ url: URL, location: String) async throws -> AttemptResult {
    var request = URLRequest(url: url)
    request.setValue(spec.userAgent, forHTTPHeaderField: "User-Agent")
    request.setValue(Self.accept, forHTTPHeaderField: "Accept")
    let cached = await cache?.entry(for: url.absoluteString)
    if let cached {
      if let etag = cached.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
      if let modified = cached.lastModified {
        request.setValue(modified, forHTTPHeaderField: "If-Modified-Since")
      }
    }
    let task = session.dataTask(with: request)
    let outcome = await runner.run(
      task, maxBytes: spec.maxBytes, idleTimeout: max(0.05, spec.connectTimeout.seconds),
      totalTimeout: max(0.05, spec.totalTimeout.seconds))
    try Task.checkCancellation()
    if outcome.exceededLimit {
      throw failure(
        location, "response larger than \(Self.formatted(bytes: spec.maxBytes))",
        hint: "raise http.max_bytes if the document is meant to be this big")
    }
    switch outcome.timeout {
    case .total:
      return .retry(
        reason: "timed out after \(spec.totalTimeout)",
        hint: "the server is slow; raise http.total_timeout or try again later",
        retryAfter: nil, isStatus: false)
    case .idle:
      return .retry(
        reason: "timed out after \(spec.connectTimeout)",
        hint: "the server did not answer; raise http.connect_timeout or try again later",
        retryAfter: nil, isStatus: false)
    case nil:
      break
    }
    if let truncation = Self.truncation(of: outcome) {
      return .retry(
        reason: truncation, hint: "the server or network dropped the connection; try again later",
        retryAfter: nil, isStatus: false)
    }
    if let error = outcome.error {
      return try networkFailure(error, location: location)
    }
    guard let response = outcome.response else {
      return .retry(
        reason: "no response", hint: "try again later", retryAfter: nil, isStatus: false)
    }
    let finalURL = (outcome.finalURL ?? response.url ?? url).absoluteString
    let contentType = response.value(forHTTPHeaderField: "Content-Type")
    switch response.statusCode {
    case 200..<300:
      try? await cache?.store(
        outcome.data, for: url.absoluteString, etag: response.value(forHTTPHeaderField: "ETag"),
        lastModified: response.value(forHTTPHeaderField: "Last-Modified"),
        contentType: contentType, finalURL: finalURL)
      return .done(
        FetchedResource(
          data: outcome.data, requestedURL: location, url: finalURL, contentType: contentType))
    case 304:
      guard let cached, let body = await cache?.body(for: url.absoluteString) else {
        throw failure(
          location, "HTTP 304 (not modified) but nothing is cached",
          hint: "remove the HTTP cache in the state directory and try again")
      }
      return .done(
        FetchedResource(
          data: body, requestedURL: location, url: cached.finalURL,
          contentType: cached.contentType, isFromCache: true))
    case 500..<600:
      let retryAfter = response.value(forHTTPHeaderField: "Retry-After").flatMap(Double.init)
      return .retry(
        reason: "HTTP \(response.statusCode)",
        hint: "the server is failing; the source is tried again on the next run",
        retryAfter: retryAfter, isStatus: true)
    default:
      let text = HTTPURLResponse.localizedString(forStatusCode: response.statusCode).lowercased()
      throw failure(
        location, "HTTP \(response.statusCode) (\(text))",
        hint: response.statusCode == 404 || response.statusCode == 410
          ? "check the address; the document is not there"
          : "the server refused the request; check the address")
    }
  }

  /// "connection lost after 300 of 1100 bytes" when the body is shorter than announced.
  private static func truncation(of outcome: DataTaskRunner.Outcome) -> String? {
    guard let response = outcome.response,
      response.value(forHTTPHeaderField: "Content-Encoding") == nil,
      let expected = Int(response.value(forHTTPHeaderField: "Content-Length") ?? ""),
      outcome.data.count < expected
    else { return nil }
    return "connection lost after \(outcome.data.count) of \(expected) bytes"
  }

  private func networkFailure(_ error: Error, location: String) throws -> AttemptResult {
    let code = (error as? URLError)?.code.rawValue ?? (error as NSError).code
    let retry = { (reason: String, hint: String) in
      AttemptResult.retry(reason: reason, hint: hint, retryAfter: nil, isStatus: false)
    }
    switch code {
    case NSURLErrorTimedOut:
      return retry(
        "timed out after \(spec.connectTimeout)",
        "the server did not answer; raise http.connect_timeout or try again later")
    case NSURLErrorCannotConnectToHost:
      return retry("connection refused", "the server is down or the address is wrong")
    case NSURLErrorNetworkConnectionLost:
      return retry(
        "connection lost before the response was complete",
        "the server or network dropped the connection; try again later")
    case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed:
      return retry("host not found", "check the address and the network connection")
    case NSURLErrorNotConnectedToInternet:
      return retry("no network connection", "check the network connection")
    case NSURLErrorHTTPTooManyRedirects:
      throw failure(location, "too many redirects", hint: "the address redirects in a loop")
    case NSURLErrorBadURL, NSURLErrorUnsupportedURL:
      throw failure(location, "not a valid address", hint: "check the URL")
    case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateUntrusted,
      NSURLErrorServerCertificateHasBadDate, NSURLErrorServerCertificateHasUnknownRoot,
      NSURLErrorServerCertificateNotYetValid:
      throw failure(
        location, "secure connection failed", hint: "the server's certificate is not accepted")
    default:
      return retry(error.localizedDescription, "try again later")
    }
  }

  private func failure(_ location: String, _ message: String, hint: String) -> BriefingError {
    BriefingError(
      step: .ingest, reason: .source, at: SourceLocation(file: location), message, hint: hint)
  }

  /// `5 MB`, `1.5 MB`, `200 kB`, `512 bytes`.
  static func formatted(bytes: Int) -> String {
    func trimmed(_ value: Double) -> String {
      let rounded = (value * 10).rounded() / 10
      return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
    if bytes >= 1_000_000 { return trimmed(Double(bytes) / 1_000_000) + " MB" }
    if bytes >= 1000 { return trimmed(Double(bytes) / 1000) + " kB" }
    return "\(bytes) bytes"
  }

  private static let accept =
    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, "
    + "text/xml;q=0.9, text/html;q=0.8, */*;q=0.5"
}
