import Foundation

/// What a `briefing generate` run did, for the command to print and to choose its exit status.
public struct GenerateReport: Sendable {
  /// What happened to one briefing.
  public struct Outcome: Sendable, Hashable {
    /// The briefing's name.
    public var briefing: String
    /// The files written, in format order.
    public var files: [URL]
    /// The rendered Markdown (for `--stdout`).
    public var markdown: String?
    /// How many stories it shows.
    public var stories: Int
    /// Why it was not produced, when it was skipped (already produced for the date).
    public var skipped: String?
  }

  /// One outcome per requested briefing, in configuration order.
  public var outcomes: [Outcome] = []
  /// Sources or items that failed (shown on stderr; the briefing still ran).
  public var problems: [BriefingError] = []
  /// What cleaning removed from each article, for `--verbose`.
  public var removed: [(article: String, text: RemovedText)] = []
  /// How many articles were read and extracted.
  public var articleCount = 0
  /// Other findings: failed deliveries, folders retention left alone.
  public var findings: [Diagnostic] = []
  /// Whether a briefing run ended partly failed (a source or a delivery).
  public var isPartial = false

  /// The exit status the run ends with: partial failure when something failed along the way.
  public var status: ExitStatus { problems.isEmpty && !isPartial ? .success : .partialFailure }
}
