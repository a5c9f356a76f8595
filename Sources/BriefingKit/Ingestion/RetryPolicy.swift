/// When and how long to wait before trying a failed request again: exponential backoff with a
/// bounded random jitter.
public struct RetryPolicy: Sendable, Hashable {
  /// How many times a request is retried after a 5xx or network error (0: tried once).
  public var retries: Int
  /// The wait before the first retry; it doubles with each further retry.
  public var baseDelay: TimeSpan
  /// The longest wait, jitter included.
  public var maxDelay: TimeSpan
  /// The jitter as a fraction of the wait: a wait of `d` becomes `d * (1 + jitter * r)` for a
  /// random `r` in 0..<1.
  public var jitter: Double

  /// Creates a policy.
  public init(
    retries: Int, baseDelay: TimeSpan = .seconds(1), maxDelay: TimeSpan = .seconds(30),
    jitter: Double = 0.25
  ) {
    self.retries = max(0, retries)
    self.baseDelay = baseDelay
    self.maxDelay = maxDelay
    self.jitter = max(0, jitter)
  }

  /// How many attempts a request gets in all.
  public var attempts: Int { retries + 1 }

  /// The wait before retry number `retry` (1-based), given a random number in 0..<1; a server's
  /// `Retry-After` (in seconds) is honoured up to `maxDelay`.
  public func delay(beforeRetry retry: Int, random: Double, retryAfter: Double? = nil) -> TimeSpan {
    if let retryAfter, retryAfter >= 0 {
      return TimeSpan(seconds: min(retryAfter, maxDelay.seconds))
    }
    let exponential = baseDelay.seconds * Double(1 << min(max(0, retry - 1), 20))
    let jittered = exponential * (1 + jitter * min(max(random, 0), 1))
    return TimeSpan(seconds: min(jittered, maxDelay.seconds))
  }
}
