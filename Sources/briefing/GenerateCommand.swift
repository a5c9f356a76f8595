import ArgumentParser
import BriefingKit
import Foundation
import Logging

/// `briefing generate`: writes today's briefings.
struct GenerateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract: "Write the briefings (Markdown and plain text) for a date.",
    discussion: """
      Reads the sources of the configuration, extracts quotes, figures and ledes, and writes \
      out/{date}/{briefing}.md and .txt (as the output pattern says), atomically.

      Exit status: 0 ok, 2 some sources failed, 1 nothing produced, 64 usage, 75 locked, \
      78 invalid config.
      """
  )

  @OptionGroup var common: CommonOptions

  @Option(name: .shortAndLong, help: "Produce only this briefing (repeatable).")
  var briefing: [String] = []

  @Option(help: "The local date to produce, YYYY-MM-DD (default: today in the config's timezone).")
  var date: String?

  @Flag(help: "Print the Markdown of each briefing instead of writing files.")
  var stdout = false

  @Flag(help: "Do everything but write files or state.")
  var dryRun = false

  @Option(
    help: "Take items published since this date or time (ISO 8601) instead of since the last run.")
  var since: String?

  @Flag(help: "Take every item the sources have, whatever was shown before.")
  var all = false

  @Flag(help: "Regenerate a briefing already produced for the date.")
  var force = false

  func validate() throws {
    if let date, GenerateRequestParsing.date(date) == nil {
      throw ValidationError("'--date \(date)' is not a date; write it as YYYY-MM-DD")
    }
    if let since, GenerateRequestParsing.moment(since) == nil {
      throw ValidationError("'--since \(since)' is not a date; write it as YYYY-MM-DD or ISO 8601")
    }
    if stdout && dryRun { throw ValidationError("choose one of --stdout and --dry-run") }
    if all && since != nil { throw ValidationError("choose one of --all and --since") }
  }

  func run() async throws {
    LogFormatHandler.bootstrap(verbose: common.verbose, quiet: common.quiet)
    let logger = Logger(label: "briefing")
    do {
      let config = try ConfigLoader().load(from: common.configURL)
      let window: GenerateRequest.Window =
        all
        ? .all : since.flatMap(GenerateRequestParsing.moment).map { .since($0) } ?? .sinceLastRun
      let request = GenerateRequest(
        briefings: briefing, date: date,
        destination: stdout ? .standardOutput : dryRun ? .dryRun : .files, window: window,
        force: force)
      let report = try await Pipeline(config: config, logger: logger).generate(request)
      for problem in report.problems { Console.error(problem.description) }
      for finding in report.findings where finding.isError || !common.quiet {
        Console.error(finding.description)
      }
      if common.verbose {
        for (article, removed) in report.removed {
          Console.error("removed from \(article) (\(removed.kind.rawValue)): \(removed.text)")
        }
      }
      for outcome in report.outcomes {
        if let skipped = outcome.skipped {
          if !common.quiet { Console.error("\(outcome.briefing): \(skipped)") }
        } else if stdout {
          print(outcome.markdown ?? "", terminator: "")
        } else if dryRun {
          if !common.quiet {
            print("\(outcome.briefing): \(outcome.stories) stories (dry run, nothing written)")
          }
        } else if !common.quiet {
          for file in outcome.files {
            print("wrote \(file.relativePath(from: FileManager.default.currentDirectoryPath))")
          }
        }
      }
      if report.status != .success { throw ExitCode(report.status.rawValue) }
    } catch let exit as ExitCode {
      throw exit
    } catch {
      throw Console.report(error)
    }
  }
}

extension URL {
  /// The path relative to a folder when it lies inside it, else the absolute path.
  func relativePath(from directory: String) -> String {
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
