import Foundation
import Testing

@testable import BriefingKit

/// YAML 1.1 reads some unquoted values as numbers, booleans, dates or null; where the
/// configuration expects text those are errors that say how to quote them, and where it expects
/// a number or boolean a quoted string is an error too.
@Suite struct ConfigTrapTests {
  static let stringTraps: [(String, String)] = [
    ("06:30", "YAML reads 06:30 as the number 390"),
    ("6:30", "YAML reads 6:30 as the number 390"),
    ("1:02:03", "YAML reads 1:02:03 as the number 3723"),
    ("no", "YAML reads no as the boolean false"),
    ("Yes", "YAML reads Yes as the boolean true"),
    ("on", "YAML reads on as the boolean true"),
    ("OFF", "YAML reads OFF as the boolean false"),
    ("1.10", "YAML reads 1.10 as the number 1.1"),
    ("1e3", "YAML reads 1e3 as the number 1000"),
    (".inf", "YAML reads .inf as the number infinity"),
    ("2024-01-01", "YAML reads 2024-01-01 as a date"),
    ("0x1F", "YAML reads 0x1F as the number 31"),
    ("010", "YAML reads 010 as the number 8"),
    ("2024", "YAML reads 2024 as the number 2024"),
  ]

  @Test(arguments: stringTraps)
  func rejectsUnquotedNonStrings(value: String, reading: String) throws {
    let box = try ConfigSandbox()
    let validation = box.validate(ConfigValidationTests.briefing("    schedule: \(value)"))
    #expect(
      validation.diagnostics.map(\.summaryAndHint) == [
        "briefings.yaml:6:15: error: 'schedule' must be a string, but \(reading) | hint: quote"
          + " it: schedule: \"\(value)\""
      ])
  }

  @Test(arguments: ["~", "null", ""])
  func rejectsNullWhereAStringIsExpected(value: String) throws {
    let box = try ConfigSandbox()
    let line = value.isEmpty ? "    title:" : "    title: \(value)"
    let validation = box.validate(ConfigValidationTests.briefing(line))
    let column = value.isEmpty ? 5 : 12
    #expect(
      validation.diagnostics.map(\.summaryAndHint) == [
        "briefings.yaml:6:\(column): error: 'title' has no value | hint: give it a value, or"
          + " remove it"
      ])
  }

  @Test(arguments: [
    ("\"06:30\"", "06:30"), ("'no'", "no"), ("\"1.10\"", "1.10"), ("!!str 6:30", "6:30"),
    ("Mon..Fri 06:30", "Mon..Fri 06:30"), ("|\n      06:30", "06:30\n"),
  ])
  func acceptsQuotedAndTaggedStrings(value: String, expected: String) throws {
    let box = try ConfigSandbox()
    let validation = box.validate(ConfigValidationTests.briefing("    schedule: \(value)"))
    #expect(validation.diagnostics.isEmpty)
    #expect(validation.config?.briefings.first?.schedule == expected)
  }

  @Test(arguments: [("false", false), ("no", false), ("Off", false), ("true", true), ("yes", true)])
  func readsYAMLBooleans(value: String, expected: Bool) throws {
    let box = try ConfigSandbox()
    let validation = box.validate(ConfigValidationTests.briefing("    show_lede: \(value)"))
    #expect(validation.diagnostics.isEmpty)
    #expect(validation.config?.briefings.first?.showLede == expected)
  }

  static let wholeNumberAdvice =
    "write a whole number, such as max_stories: 5, or remove it to show every story"

  @Test(arguments: [
    ("\"3\"", "not the string \"3\" | hint: remove the quotes: max_stories: 3"),
    ("'3'", "not the string \"3\" | hint: remove the quotes: max_stories: 3"),
    ("0x10", "not '0x10' | hint: " + wholeNumberAdvice),
    ("1:30", "not '1:30' | hint: " + wholeNumberAdvice),
    ("yes", "not 'yes' | hint: " + wholeNumberAdvice),
  ])
  func rejectsIntegersWrittenOtherwise(value: String, problem: String) throws {
    let box = try ConfigSandbox()
    let validation = box.validate(ConfigValidationTests.briefing("    max_stories: \(value)"))
    #expect(
      validation.diagnostics.map(\.summaryAndHint) == [
        "briefings.yaml:6:18: error: 'max_stories' must be a positive integer, \(problem)"
      ])
  }

  @Test func acceptsIntegersWithUnderscores() throws {
    let box = try ConfigSandbox()
    let validation = box.validate(
      "version: 1\ntimezone: UTC\nhttp: {max_bytes: 1_000_000}\nsources: [{name: a, path: .}]\n"
        + "briefings: [{name: b}]\n")
    #expect(validation.config?.http.maxBytes == 1_000_000)
  }

  @Test(arguments: [
    ("true", SourceSpec.FullText.always), ("false", .never), ("yes", .always), ("auto", .auto),
    ("\"true\"", .always), ("\"auto\"", .auto),
  ])
  func readsFullTextAsBooleanOrAuto(value: String, expected: SourceSpec.FullText) throws {
    let box = try ConfigSandbox()
    let validation = box.validate(
      "version: 1\ntimezone: UTC\nsources:\n"
        + "  - {name: wire, type: feed, url: https://example.org/f, full_text: \(value)}\n"
        + "briefings: [{name: b}]\n")
    #expect(validation.diagnostics.isEmpty)
    #expect(validation.config?.sources.first?.fullText == expected)
  }
}
