import Foundation

/// What `briefing generate` was asked to do.
public struct GenerateRequest: Sendable, Hashable {
  /// Where the rendered briefings go.
  public enum Destination: Sendable, Hashable {
    /// Write the files (and advance the state, and deliver).
    case files
    /// Print the Markdown of each briefing instead of writing files; state is left alone.
    case standardOutput
    /// Do everything but write anything.
    case dryRun
  }

  /// Which items count as new.
  public enum Window: Sendable, Hashable {
    /// What is new since the last successful run (first run: the briefing's `window`).
    case sinceLastRun
    /// Items published since this moment.
    case since(Date)
    /// Every item the sources have.
    case all
  }

  /// The briefings to produce; empty means every briefing in the configuration.
  public var briefings: [String]
  /// The local date (`YYYY-MM-DD`); `nil` means today in the configuration's time zone.
  public var date: String?
  /// Where the output goes.
  public var destination: Destination
  /// Which items count as new.
  public var window: Window
  /// Regenerate a briefing already produced for the date.
  public var force: Bool

  /// Creates a request.
  public init(
    briefings: [String] = [], date: String? = nil, destination: Destination = .files,
    window: Window = .sinceLastRun, force: Bool = false
  ) {
    self.briefings = briefings
    self.date = date
    self.destination = destination
    self.window = window
    self.force = force
  }
}
