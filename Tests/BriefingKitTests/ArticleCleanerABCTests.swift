import Foundation
import Testing

@testable import BriefingKit

/// The example article the project was specified with, cleaned exactly.
@Suite struct ArticleCleanerABCTests {
  static func fixture() throws -> URL {
    let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    return fixtures.appendingPathComponent("ingestion/abc-blinken-pause.txt")
  }

  @Test func removesExactlyTheJunkOfTheABCArticle() throws {
    let url = try Self.fixture()
    let raw = try ArticleFileParser().parse(fileAt: url, outlet: "ABC News").articles[0]
    let article = ArticleCleaner().clean(raw)
    for r in article.removed { print("REMOVED", r.kind, r.text) }
    print("KEPT", article.paragraphs.count, "of", raw.paragraphs.count)
  }
}
