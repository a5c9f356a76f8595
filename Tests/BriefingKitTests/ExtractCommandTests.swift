import Foundation
import Testing

@Suite struct ExtractCommandTests {
  @Test func printsOneObjectPerArticleWithTheStableKeys() async throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "A title\n\nFirst paragraph of the body.\n".write(
      to: dir.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
    let result = try await CLIRunner.run(["extract", "--format", "json", "one.txt"], in: dir)
    #expect(result.status == 0)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(json.count == 1)
    #expect(json[0]["id"] as? String == "one")
    #expect(json[0]["title"] as? String == "A title")
    #expect(
      Set(json[0].keys) == [
        "id", "title", "source", "url", "published", "quotes", "figures", "lede",
      ])
  }

  @Test func aMissingFileIsReportedAndTheOthersStillExtracted() async throws {
    let dir = try CLIRunner.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "Title\n\nBody.\n".write(
      to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
    let result = try await CLIRunner.run(["extract", "missing.txt", "good.txt"], in: dir)
    #expect(result.status == 2)
    #expect(result.stderr.contains("missing.txt"))
    #expect(result.stdout.contains("\"id\" : \"good\""))
  }
}
