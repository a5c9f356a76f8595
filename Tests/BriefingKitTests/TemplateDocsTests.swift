import Foundation
import Testing

@testable import BriefingKit

/// `docs/templates.md` documents every template variable: its variable tables are generated
/// from `ViewSchema` and must match it (`UPDATE_GOLDENS=1` rewrites them).
@Suite struct TemplateDocsTests {
  static let file = TemplateSetTests.root.appendingPathComponent("docs/templates.md")
  static let begin = "<!-- BEGIN GENERATED: variable reference"
  static let end = "<!-- END GENERATED -->"

  @Test func documentsEveryVariable() throws {
    let document = try String(contentsOf: Self.file, encoding: .utf8)
    let beginRange = try #require(document.range(of: Self.begin))
    let beginLineEnd = try #require(document[beginRange.upperBound...].firstIndex(of: "\n"))
    let endRange = try #require(document.range(of: Self.end))
    let current = String(document[document.index(after: beginLineEnd)..<endRange.lowerBound])
    let expected = "\n" + ViewSchema.reference
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
      let updated = document.replacingCharacters(
        in: document.index(after: beginLineEnd)..<endRange.lowerBound, with: expected)
      try Data(updated.utf8).write(to: Self.file)
      return
    }
    #expect(current == expected, "docs/templates.md is stale: run UPDATE_GOLDENS=1 swift test")
  }

  @Test func everyVariableHasADescription() {
    for schema in ViewSchema.all {
      for field in schema.fields {
        #expect(field.summary.hasSuffix("."), "\(schema.name).\(field.name)")
      }
    }
  }
}
