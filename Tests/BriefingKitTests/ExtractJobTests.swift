import Foundation
import Testing

@testable import BriefingKit

@Suite struct ExtractJobTests {
  /// Collects what a job writes.
  final class Collected: ExtractOutput, @unchecked Sendable {
    var json: [UInt8] = []
    var failures: [String] = []

    func write(_ bytes: [UInt8]) throws { json += bytes }
    func report(_ failure: BriefingError) { failures.append(failure.description) }

    var text: String { String(decoding: json, as: UTF8.self) }
  }

  /// The JSON of the files extracted one by one, as the command printed it before.
  static func oneByOne(_ paths: [URL]) throws -> String {
    let parser = ArticleFileParser()
    let extractor = Extractor()
    var records: [ExtractionRecord] = []
    for url in paths {
      guard
        let articles = try? parser.articles(
          at: url, source: url.deletingLastPathComponent().lastPathComponent)
      else { continue }
      records += articles.map { ExtractionRecord(extractor.extract(from: $0)) }
    }
    return try ExtractionRecord.json(records) + "\n"
  }

  /// A record states a publication date only when the article does, never the file's time.
  @Test func recordsNoPublicationDateFromTheFileTime() throws {
    let folder = try IngestScratchFolder()
    let undated = try folder.write(
      "undated.txt", "Headline\n\nThe council approved 12 new homes on Monday.\n",
      modified: Date(timeIntervalSince1970: 1_700_000_000))
    let dated = try folder.write(
      "dated.txt",
      "Headline\n\nThursday, February 23, 2023\n\nThe council approved 12 new homes on Monday.\n")
    let parser = ArticleFileParser()
    let records = try [undated, dated].flatMap { url in
      try parser.articles(at: url, source: "local").map {
        ExtractionRecord(Extractor().extract(from: $0))
      }
    }
    #expect(records.map(\.published) == [nil, "2023-02-23T00:00:00Z"])
  }

  static func writeArticles(_ count: Int, in folder: IngestScratchFolder) throws -> [URL] {
    try (0..<count).map { index in
      try folder.write(
        String(format: "story-%03d.txt", index),
        """
        Story \(index) headline

        The council approved \(index + 2) new homes on Monday, officials said.

        Photo: The site of the new homes in Leeds, England, March \(index % 28 + 1), 2023.

        “We waited \(index) years,” said Jane Doe, a resident.
        """)
    }
  }

  @Test(arguments: [(1, 1), (2, 3), (4, 16), (3, 100)])
  func writesTheArticlesInFileOrderOnAnyNumberOfCores(concurrency: Int, batchSize: Int)
    async throws
  {
    let folder = try IngestScratchFolder()
    let files = try Self.writeArticles(37, in: folder)
    let output = Collected()
    let job = ExtractJob(
      files: files.map(\.path), concurrency: concurrency, batchSize: batchSize)
    let report = try await job.run(writingTo: output)
    #expect(report.articles == 37)
    #expect(report.failures.isEmpty)
    #expect(output.text == (try Self.oneByOne(files)))
  }

  @Test func relativePathsStartInTheCurrentDirectory() async throws {
    let folder = try IngestScratchFolder()
    let files = try Self.writeArticles(3, in: folder)
    let output = Collected()
    let job = ExtractJob(
      files: files.map(\.lastPathComponent), currentDirectory: folder.url.path)
    _ = try await job.run(writingTo: output)
    #expect(output.text == (try Self.oneByOne(files)))
    #expect(output.text.contains("\"source\" : \"\(folder.url.lastPathComponent)\""))
  }

  @Test func aFileThatCannotBeReadIsReportedAndTheOthersExtracted() async throws {
    let folder = try IngestScratchFolder()
    let files = try Self.writeArticles(5, in: folder)
    let missing = folder.url.appendingPathComponent("missing.txt")
    let empty = try folder.write("empty.txt", "")
    let paths = [files[0], missing, files[1], empty, files[2], files[3], files[4]]
    let output = Collected()
    let report = try await ExtractJob(files: paths.map(\.path), batchSize: 2)
      .run(writingTo: output)
    #expect(report.articles == 5)
    #expect(report.failures.count == 2)
    #expect(output.failures.count == 2)
    #expect(output.failures[0].contains("'\(missing.path)' does not exist"))
    #expect(output.failures[1].contains("the article file is empty"))
    #expect(output.text == (try Self.oneByOne(files)))
  }

  @Test func noReadableFileWritesAnEmptyArray() async throws {
    let output = Collected()
    let report = try await ExtractJob(files: ["/nonexistent/a.txt"]).run(writingTo: output)
    #expect(report.failures.count == 1)
    #expect(output.text == "[\n\n]\n")
  }
}
