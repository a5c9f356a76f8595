import ArgumentParser
import BriefingKit
import Foundation

/// Options every command that reads the configuration takes.
struct CommonOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "The configuration file.")
  var config: String = "briefings.yaml"

  @Flag(name: .shortAndLong, help: "Say more: each step, and what cleaning removed.")
  var verbose = false

  @Flag(name: .shortAndLong, help: "Print only errors.")
  var quiet = false

  /// The configuration file as an absolute URL.
  var configURL: URL {
    URL(
      fileURLWithPath: config,
      relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    )
    .standardizedFileURL
  }
}
