import ArgumentParser
import BriefingKit
import Foundation

/// `briefing extract FILE... --format json`: prints each article's quotes, figures and lede.
struct ExtractCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Print the quotes, figures and lede of article files as JSON."
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json
  }

  @Option(help: "Output format.")
  var format: Format = .json

  @Argument(
    help: "Article files (.txt, .md, .json), HTML pages and feeds (.html, .xml files or URLs).")
  var files: [String]

  func run() async throws {
    let parser = ArticleFileParser()
    let extractor = Extractor()
    var records: [ExtractionRecord] = []
    var failed = false
    let loader = RemoteArticleLoader(
      fetcher: HTTPFetcher(spec: HTTPSpec()),
      warn: { FileHandle.standardError.write(Data(($0.description + "\n").utf8)) })
    for file in files {
      let url = URL(fileURLWithPath: file)
      do {
        let articles =
          RemoteArticleLoader.handles(file)
          ? try await loader.articles(at: file)
          : try parser.articles(at: url, source: url.deletingLastPathComponent().lastPathComponent)
        for article in articles {
          records.append(ExtractionRecord(extractor.extract(from: article)))
        }
      } catch let error as BriefingError {
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
        failed = true
      }
    }
    print(try ExtractionRecord.json(records))
    if failed { throw ExitCode(ExitStatus.partialFailure.rawValue) }
  }
}
