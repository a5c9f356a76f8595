import Foundation

/// The record of runs, keyed by briefing and local date, so a missed morning is produced once
/// when the machine wakes and never twice.
///
/// Each briefing has its own JSON file, `<state>/runs/<briefing>.json`, rewritten atomically
/// (temporary file and rename) after every run. Call it while holding the briefing's `RunLock`,
/// so two runs never update the same file at once.
public struct RunLedger: Sendable {
  /// The state folder.
  public var stateDirectory: URL
  /// How many records per briefing are kept (the oldest go first).
  public var capacity: Int

  /// Creates a ledger in the state folder.
  public init(stateDirectory: URL, capacity: Int = 100) {
    self.stateDirectory = stateDirectory
    self.capacity = capacity
  }

  /// The ledger file of `briefing`.
  public func file(for briefing: String) -> URL {
    stateDirectory.appendingPathComponent("runs", isDirectory: true)
      .appendingPathComponent("\(briefing).json")
  }

  /// Whether a run already produced `briefing` for the local `date` (a success or a partial run).
  ///
  /// The pipeline skips such a run unless it is forced (`--force`).
  public func hasCompleted(briefing: String, date: String) throws -> Bool {
    try runs(of: briefing).contains { $0.date == date && $0.producedBriefing }
  }

  /// Records a run that wrote the briefing; `partial` when some sources or deliveries failed.
  public func recordSuccess(
    briefing: String, date: String, files: [URL], startedAt: Date, finishedAt: Date = Date(),
    partial: String? = nil, forced: Bool = false
  ) throws {
    try append(
      RunRecord(
        briefing: briefing, date: date, outcome: partial == nil ? .success : .partial,
        startedAt: startedAt, finishedAt: finishedAt, files: files.map(\.path), message: partial,
        forced: forced))
  }

  /// Records a run that wrote nothing, with what went wrong.
  public func recordFailure(
    briefing: String, date: String, message: String, startedAt: Date, finishedAt: Date = Date(),
    forced: Bool = false
  ) throws {
    try append(
      RunRecord(
        briefing: briefing, date: date, outcome: .failure, startedAt: startedAt,
        finishedAt: finishedAt, message: message, forced: forced))
  }

  /// The most recent run of `briefing`, for `briefing schedule status`.
  public func lastRun(of briefing: String) throws -> RunRecord? {
    try runs(of: briefing).last
  }

  /// Every recorded run of `briefing`, oldest first.
  public func runs(of briefing: String) throws -> [RunRecord] {
    let url = file(for: briefing)
    guard FileManager.default.fileExists(atPath: url.path) else { return [] }
    do {
      let data = try Data(contentsOf: url)
      return try Self.decoder.decode(Ledger.self, from: data).runs
    } catch {
      throw BriefingError(
        step: .schedule, reason: .unreadable,
        "cannot read the run ledger \(url.path): \(error.localizedDescription)",
        hint: "move the file away to start a fresh ledger (briefings of today may then run again)")
    }
  }

  /// Adds `record` and rewrites the file atomically.
  public func append(_ record: RunRecord) throws {
    var runs = try runs(of: record.briefing)
    runs.append(record)
    if runs.count > capacity { runs.removeFirst(runs.count - capacity) }
    let url = file(for: record.briefing)
    do {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Self.encoder.encode(Ledger(runs: runs)).write(to: url, options: .atomic)
    } catch {
      throw BriefingError(
        step: .write, reason: .output,
        "cannot write the run ledger \(url.path): \(error.localizedDescription)",
        hint: "check that the state folder is writable and the disk is not full")
    }
  }

  /// The file's shape: `{"version": 1, "runs": [...]}`.
  private struct Ledger: Codable {
    var version = 1
    var runs: [RunRecord]
  }

  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return encoder
  }()

  static let decoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }()
}
