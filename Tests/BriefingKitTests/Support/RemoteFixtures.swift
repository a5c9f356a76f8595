import Foundation

/// Fixture files for the feed, HTML and HTTP tests, and scratch folders.
enum RemoteFixtures {
  /// The `Fixtures` folder copied into the test bundle.
  static var root: URL {
    get throws {
      guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
        throw CocoaError(.fileNoSuchFile)
      }
      return url
    }
  }

  /// The bytes of `Fixtures/<path>`.
  static func data(_ path: String) throws -> Data {
    try Data(contentsOf: try root.appendingPathComponent(path))
  }

  /// The file URL of `Fixtures/<path>`.
  static func url(_ path: String) throws -> URL {
    try root.appendingPathComponent(path)
  }

  /// The text of `Fixtures/<path>` (UTF-8) with `{{base}}` replaced by `base`.
  static func text(_ path: String, base: String = "") throws -> String {
    String(decoding: try data(path), as: UTF8.self).replacingOccurrences(of: "{{base}}", with: base)
  }

  /// A new empty folder under the system's temporary folder.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("briefing-remote-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
