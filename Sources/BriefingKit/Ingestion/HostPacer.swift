/// Spaces requests to the same host: each one starts at least `delay` after the previous one
/// started. Requests to different hosts do not wait for each other.
actor HostPacer {
  private let delay: Duration
  private var nextStart: [String: ContinuousClock.Instant] = [:]

  /// Creates a pacer with the given gap between requests to one host.
  init(delay: Duration) {
    self.delay = delay
  }

  /// Waits until a request to `host` may start, and books that start.
  func waitForTurn(host: String) async throws {
    let now = ContinuousClock.now
    let start = max(now, nextStart[host] ?? now)
    nextStart[host] = start + delay
    if start > now { try await Task.sleep(until: start, clock: .continuous) }
  }
}
