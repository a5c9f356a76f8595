import Foundation

/// Writes files atomically: to a temporary file beside the target, then renamed over it.
public struct OutputWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// Writes `contents` to `url`, creating folders as needed.
  public func write(_ contents: String, to url: URL) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(contents.utf8).write(to: url, options: .atomic)
  }
}
