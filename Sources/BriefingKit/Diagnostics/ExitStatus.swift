/// The documented exit statuses of the `briefing` command.
public enum ExitStatus: Int32, Sendable, Hashable, CaseIterable {
  /// Everything worked.
  case success = 0
  /// Nothing useful was produced.
  case failure = 1
  /// Briefings were written, but some sources or deliveries failed.
  case partialFailure = 2
  /// Another run of the same briefing holds the lock.
  case locked = 75
  /// The command line was wrong.
  case usage = 64
  /// The configuration or a template is invalid.
  case configError = 78

  /// The status that an error of the given reason ends a run with.
  public init(_ reason: BriefingError.Reason) {
    switch reason {
    case .invalidConfig, .template: self = .configError
    case .locked: self = .locked
    case .delivery: self = .partialFailure
    case .unreadable, .source, .output, .scheduling: self = .failure
    }
  }
}
