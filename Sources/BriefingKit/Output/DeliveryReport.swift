/// What a round of deliveries did.
public struct DeliveryReport: Sendable, Hashable {
  /// The deliveries that worked, described (`email via 'sendmail -t' of executive 2024-05-06`).
  public var delivered: [String]
  /// The deliveries that failed this time and wait in the pending file for the next run.
  public var failures: [Diagnostic]
  /// The deliveries given up on (too old, or their files are gone); never dropped silently.
  public var abandoned: [Diagnostic]
  /// How many deliveries are left pending after this round.
  public var pendingCount: Int

  /// Creates a report.
  public init(
    delivered: [String] = [], failures: [Diagnostic] = [], abandoned: [Diagnostic] = [],
    pendingCount: Int = 0
  ) {
    self.delivered = delivered
    self.failures = failures
    self.abandoned = abandoned
    self.pendingCount = pendingCount
  }

  /// Whether anything failed or was given up (the run then ends with a partial failure).
  public var hasFailures: Bool { !failures.isEmpty || !abandoned.isEmpty }

  /// Every finding, failures first.
  public var diagnostics: [Diagnostic] { failures + abandoned }
}
