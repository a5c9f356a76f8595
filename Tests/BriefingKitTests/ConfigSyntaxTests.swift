import Foundation
import Testing

@testable import BriefingKit

/// YAML syntax errors become located diagnostics with advice for their usual causes.
@Suite struct ConfigSyntaxTests {
  static let cases: [(String, String, String)] = [
    (
      "output:\n  path: {date}/{briefing}.{ext}\n",
      "briefings.yaml:2:9: error: invalid YAML: did not find expected key (while parsing a block"
        + " mapping at line 2)",
      "a value starting with '{' must be quoted: path: \"{date}/{briefing}.{ext}\""
    ),
    (
      "sources:\n  - name: local\n    pattern: *.txt\n",
      "briefings.yaml:3:14: error: invalid YAML: did not find expected alphabetic or numeric"
        + " character (while scanning an alias at line 3)",
      "a value starting with '*' must be quoted: pattern: \"*.txt\""
    ),
    (
      "sources:\n\t- name: local\n",
      "briefings.yaml:2:1: error: invalid YAML: found character that cannot start any token"
        + " (while scanning for the next token at line 2)",
      "indent with spaces; YAML does not allow tabs"
    ),
    (
      "briefings:\n  - name: a\n    title: Briefing: morning\n",
      "briefings.yaml:3:20: error: invalid YAML: mapping values are not allowed in this context",
      "quote a value that contains ': ' (title: \"Briefing: morning\"), or check the indentation"
    ),
    (
      "briefings:\n  - name: a\n    title: \"Morning\n",
      "briefings.yaml:3:12: error: invalid YAML: found unexpected end of stream (while scanning a"
        + " quoted scalar)",
      "close the quote that starts here"
    ),
    (
      "briefings:\n  - name: a\n     title: x\n",
      "briefings.yaml:3:11: error: invalid YAML: mapping values are not allowed in this context",
      "quote a value that contains ': ' (title: \"Briefing: morning\"), or check the indentation"
    ),
    (
      "briefings:\n  - name: a\n title: x\n",
      "briefings.yaml:3:2: error: invalid YAML: did not find expected key (while parsing a block"
        + " mapping at line 1)",
      "check this line's indentation against the lines above it"
    ),
    (
      "briefings:\n  - name: a\n  title: x\n",
      "briefings.yaml:3:3: error: invalid YAML: did not find expected '-' indicator (while"
        + " parsing a block collection at line 2)",
      "list entries start with '- ' at the same column; check this line's indentation"
    ),
    (
      "title: \"C:\\data\"\n",
      "briefings.yaml:1:11: error: invalid YAML: found unknown escape character (while parsing a"
        + " quoted scalar at line 1)",
      "in double quotes '\\' starts an escape: write '\\\\', or use single quotes"
    ),
  ]

  @Test(arguments: cases)
  func reportsSyntaxErrors(yaml: String, summary: String, hint: String) throws {
    let box = try ConfigSandbox()
    let validation = box.validate(yaml)
    #expect(validation.config == nil)
    #expect(validation.diagnostics.map(\.summary) == [summary])
    #expect(validation.diagnostics.first?.hint == hint)
    #expect(validation.diagnostics.first?.sourceLine != nil)
  }
}
