import Foundation

/// Reads and writes the per-briefing state files (`<state dir>/<briefing>.state.json`), atomically.
public struct StateStore: Sendable {
  /// The state folder.
  public var directory: URL

  /// Creates a store over a folder.
  public init(directory: URL) {
    self.directory = directory
  }

  /// The file of a briefing's state.
  public func file(for briefing: String) -> URL {
    directory.appendingPathComponent("\(briefing).state.json")
  }

  /// The state of a briefing; an empty state when there is none yet.
  public func load(_ briefing: String) throws -> BriefingState {
    let url = file(for: briefing)
    guard FileManager.default.fileExists(atPath: url.path) else { return BriefingState() }
    do {
      let decoder = JSONDecoder()
      decoder.dateDecodingStrategy = .iso8601
      return try decoder.decode(BriefingState.self, from: Data(contentsOf: url))
    } catch {
      throw BriefingError(
        step: .write, reason: .output, at: SourceLocation(file: url.path, line: 1, column: 1),
        "the state file cannot be read (\(error.localizedDescription))",
        hint: "move it aside to start afresh; the next run then counts as a first run")
    }
  }

  /// Saves a briefing's state atomically.
  public func save(_ state: BriefingState, for briefing: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    encoder.dateEncodingStrategy = .iso8601
    let data = try encoder.encode(state)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try data.write(to: file(for: briefing), options: .atomic)
  }
}
