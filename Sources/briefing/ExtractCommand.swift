import ArgumentParser
import BriefingKit
import Foundation

/// `briefing extract FILE... --format json`: prints each article's quotes, figures and lede.
struct ExtractCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Print the quotes, figures and lede of articles as JSON.",
    discussion: """
      Takes article files (.txt, .md, .json), web pages and feeds (.html, .xml files, or \
      http(s) URLs of article pages and RSS, Atom or JSON feeds). One JSON object per article, \
      in the order given.

      A file or address that cannot be read is reported on stderr and the others are still \
      extracted; the exit status is then 2.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json
  }

  @Option(help: "Output format.")
  var format: Format = .json

  @Argument(help: "Article files, web pages and feeds (files or URLs).")
  var files: [String]

  func run() async throws {
    let remote = RemoteArticleLoader(
      fetcher: HTTPFetcher(spec: HTTPSpec()), warn: { Console.error($0.description) })
    let report = try await ExtractJob(files: files, remote: remote)
      .run(writingTo: FileHandleExtractOutput())
    if !report.failures.isEmpty { throw ExitCode(ExitStatus.partialFailure.rawValue) }
  }

  /// The command for `briefing extract` arguments with many files, parsed without handing every
  /// file to ArgumentParser (whose time grows with the square of the number of values: 4 s for
  /// 10,000 files); `nil` when the arguments are not that plain (`--`, options other than
  /// `--format`, a file starting with `-`), which then take the ordinary way.
  static func parsingManyFiles(_ arguments: [String]) -> ExtractCommand? {
    guard arguments.count > 64, arguments.first == configuration.commandName else { return nil }
    var options: [String] = []
    var files: [String] = []
    var index = 1
    while index < arguments.count {
      let argument = arguments[index]
      if argument == "--format", index + 1 < arguments.count {
        options += [argument, arguments[index + 1]]
        index += 2
        continue
      }
      if argument.hasPrefix("--format=") {
        options.append(argument)
      } else if argument.hasPrefix("-") {
        return nil
      } else {
        files.append(argument)
      }
      index += 1
    }
    guard let first = files.first,
      var command = try? BriefingCommand.parseAsRoot(["extract"] + options + [first])
        as? ExtractCommand
    else { return nil }
    command.files = files
    return command
  }
}
