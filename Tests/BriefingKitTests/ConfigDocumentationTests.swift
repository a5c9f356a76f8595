import Foundation
import Testing

@testable import BriefingKit

/// `docs/configuration.md` documents every key the loader accepts, so it cannot fall behind.
@Suite struct ConfigDocumentationTests {
  static let allKeys = Set(
    ConfigSchema.topLevel + ConfigSchema.output + ConfigSchema.state + ConfigSchema.http
      + ConfigSchema.source + ConfigSchema.briefing + ConfigSchema.templates
      + ConfigSchema.delivery)

  @Test func documentsEveryKey() throws {
    let reference = try String(
      contentsOf: ConfigTestFiles.packageRoot.appendingPathComponent("docs/configuration.md"),
      encoding: .utf8)
    let undocumented = Self.allKeys.filter {
      !reference.contains("| `\($0)` |") && !reference.contains("`\($0):`")
    }
    #expect(undocumented.sorted() == [])
  }

  @Test func validatesTheReferenceExamples() throws {
    let reference = try String(
      contentsOf: ConfigTestFiles.packageRoot.appendingPathComponent("docs/configuration.md"),
      encoding: .utf8)
    let firstExample = try #require(
      reference.components(separatedBy: "```yaml\n").dropFirst().first?
        .components(separatedBy: "```").first)
    let validation = ConfigLoader(environment: [:]).validate(
      yaml: firstExample,
      file: ConfigTestFiles.packageRoot.appendingPathComponent("briefings.yaml"),
      displayName: "example")
    #expect(validation.errors.map(\.description) == [])
  }
}
