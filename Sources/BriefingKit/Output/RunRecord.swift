import Foundation

/// One run of one briefing, as the run ledger keeps it.
public struct RunRecord: Sendable, Hashable, Codable {
  /// How a run ended.
  public enum Outcome: String, Sendable, Hashable, Codable {
    /// The briefing was written and every source and delivery worked.
    case success
    /// The briefing was written, but some sources or deliveries failed.
    case partial
    /// No briefing was written.
    case failure
  }

  /// The briefing's name.
  public var briefing: String
  /// The local date the run was for, `YYYY-MM-DD`.
  public var date: String
  /// How it ended.
  public var outcome: Outcome
  /// When it started.
  public var startedAt: Date
  /// When it ended.
  public var finishedAt: Date
  /// The files it wrote (absolute paths).
  public var files: [String]
  /// What went wrong, for partial and failed runs.
  public var message: String?
  /// Whether it was forced (`--force`) over an earlier run for the same date.
  public var forced: Bool

  /// Creates a record.
  public init(
    briefing: String, date: String, outcome: Outcome, startedAt: Date, finishedAt: Date,
    files: [String] = [], message: String? = nil, forced: Bool = false
  ) {
    self.briefing = briefing
    self.date = date
    self.outcome = outcome
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.files = files
    self.message = message
    self.forced = forced
  }

  /// Whether the run produced the briefing for its date (a partial run did).
  public var producedBriefing: Bool { outcome != .failure }
}
