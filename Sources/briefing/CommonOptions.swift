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

  /// The configuration file; a relative path stays relative to the working folder, so messages
  /// name the file as the user wrote it.
  var configURL: URL {
    if config.hasPrefix("/") { return URL(fileURLWithPath: config) }
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    return URL(fileURLWithPath: config, relativeTo: cwd)
  }
}
