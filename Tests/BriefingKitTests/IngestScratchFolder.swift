import Foundation

@testable import BriefingKit

/// A temporary folder of real files for the ingestion tests, removed when the test ends.
final class IngestScratchFolder {
  /// The folder.
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("briefing-ingest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// Writes `text` to `name` (folders created) and returns the file's URL.
  @discardableResult
  func write(_ name: String, _ text: String, modified: Date? = nil) throws -> URL {
    try write(name, data: Data(text.utf8), modified: modified)
  }

  /// Writes `data` to `name` and returns the file's URL.
  @discardableResult
  func write(_ name: String, data: Data, modified: Date? = nil) throws -> URL {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: file)
    try FileManager.default.setAttributes(
      [.modificationDate: modified ?? IngestScratchFolder.fixedDate], ofItemAtPath: file.path)
    return file
  }

  /// A configuration whose file sits in this folder, with the given sources.
  func config(_ sources: [SourceSpec] = [], timezone: String = "UTC") -> BriefingConfig {
    BriefingConfig(
      timezone: TimeZone(identifier: timezone) ?? .gmt, output: OutputSpec(), sources: sources,
      briefings: [], file: url.appendingPathComponent("briefings.yaml"))
  }

  /// The modification time given to files written without one: 2024-01-02T03:04:05Z.
  static let fixedDate = Date(timeIntervalSince1970: 1_704_164_645)
}
