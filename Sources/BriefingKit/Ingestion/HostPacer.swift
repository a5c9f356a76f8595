/// Keeps requests to one host polite: one at a time, each starting at least `delay` after the
/// previous one finished. Requests to different hosts do not wait for each other. With no delay
/// it lets everything through.
actor HostPacer {
  private let delay: Duration
  private var busy: Set<String> = []
  private var nextStart: [String: ContinuousClock.Instant] = [:]
  private var waiters: [String: [CheckedContinuation<Void, Never>]] = [:]

  /// Creates a pacer with the given pause between requests to one host.
  init(delay: Duration) {
    self.delay = delay
  }

  /// Waits until a request to `host` may start; every successful call must be paired with
  /// `finish(host:)`.
  func start(host: String) async throws {
    guard delay > .zero else { return }
    if busy.contains(host) {
      await withCheckedContinuation { waiters[host, default: []].append($0) }
    } else {
      busy.insert(host)
    }
    if let next = nextStart[host], next > .now {
      do {
        try await Task.sleep(until: next, clock: .continuous)
      } catch {
        finish(host: host)
        throw error
      }
    }
  }

  /// Marks the request to `host` finished: the next one may start after the delay.
  func finish(host: String) {
    guard delay > .zero else { return }
    nextStart[host] = .now + delay
    if var queue = waiters[host], !queue.isEmpty {
      let next = queue.removeFirst()
      waiters[host] = queue
      next.resume()
    } else {
      busy.remove(host)
    }
  }
}
