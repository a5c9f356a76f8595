import Foundation

@testable import BriefingKit

/// A temporary folder holding a configuration file, removed when the value goes away.
final class ConfigSandbox {
  /// The folder.
  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("briefing-config-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: directory) }

  /// Where the configuration file of the sandbox is.
  var configFile: URL { directory.appendingPathComponent("briefings.yaml") }

  /// Creates a file (and its folders) under the sandbox.
  @discardableResult
  func write(_ text: String, to path: String) throws -> URL {
    let url = directory.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url
  }

  /// Validates `yaml` as `briefings.yaml` in the sandbox.
  func validate(_ yaml: String, environment: [String: String] = [:]) -> ConfigValidation {
    ConfigLoader(environment: environment)
      .validate(yaml: yaml, file: configFile, displayName: "briefings.yaml")
  }
}

/// Where the configuration tests find their files.
enum ConfigTestFiles {
  /// The root of the package (where `briefings.yaml` is shipped).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The folder of the configuration fixtures.
  static func fixtures() throws -> URL {
    guard let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
      throw CocoaError(.fileNoSuchFile)
    }
    return fixtures.appendingPathComponent("config")
  }
}

extension Diagnostic {
  /// The summary and hint on one line, as tests compare them.
  var summaryAndHint: String {
    summary + (hint.map { " | hint: \($0)" } ?? "")
  }
}
