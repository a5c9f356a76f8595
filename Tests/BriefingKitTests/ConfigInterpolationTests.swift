import Foundation
import Testing

@testable import BriefingKit

/// `${VAR}` and `${VAR:-default}` in configuration values.
@Suite struct ConfigInterpolationTests {
  static let environment = ["NAME": "world", "EMPTY": "", "COUNT": "3"]

  static let replacements: [(String, String, Bool)] = [
    ("${NAME}", "world", true),
    ("hello ${NAME}!", "hello world!", true),
    ("${NAME}${NAME}", "worldworld", true),
    ("${MISSING:-fallback}", "fallback", true),
    ("${EMPTY:-fallback}", "fallback", true),
    ("${EMPTY}", "", true),
    ("${NAME:-fallback}", "world", true),
    ("${MISSING:-}", "", true),
    ("$${NAME}", "${NAME}", false),
    ("$$5", "$5", false),
    ("costs $5", "costs $5", false),
    ("ends with $", "ends with $", false),
    ("no references", "no references", false),
  ]

  @Test(arguments: replacements)
  func replacesReferences(text: String, expected: String, isInterpolated: Bool) {
    let result = EnvironmentInterpolation(environment: Self.environment).apply(to: text)
    #expect(result == .init(text: expected, isInterpolated: isInterpolated, problems: []))
  }

  static let problems: [(String, EnvironmentInterpolation.Problem)] = [
    ("${MISSING}", .unset(name: "MISSING", offset: 0)),
    ("a ${NAME} ${MISSING}", .unset(name: "MISSING", offset: 10)),
    ("${NAME", .unclosed(offset: 0)),
    ("${1ST}", .invalidName("1ST", offset: 0)),
    ("${}", .invalidName("", offset: 0)),
    ("${A-B}", .invalidName("A-B", offset: 0)),
  ]

  @Test(arguments: problems)
  func reportsBrokenReferences(text: String, problem: EnvironmentInterpolation.Problem) {
    let result = EnvironmentInterpolation(environment: Self.environment).apply(to: text)
    #expect(result.problems == [problem])
  }

  @Test func interpolatesBeforeCheckingTypes() throws {
    let box = try ConfigSandbox()
    let yaml = """
      version: 1
      timezone: ${TZ_NAME:-Europe/Berlin}
      sources: [{name: local, path: "${ARTICLES}"}]
      briefings:
        - name: daily
          title: "Briefing for ${TEAM}"
          max_stories: ${COUNT}
          show_lede: ${LEDE:-no}
          schedule: ${SCHEDULE}
          include: ["$${literal}", "$$5"]

      """
    let validation = box.validate(
      yaml,
      environment: ["ARTICLES": ".", "TEAM": "the desk", "COUNT": "3", "SCHEDULE": "06:30"])
    #expect(validation.diagnostics.isEmpty)
    let config = try #require(validation.config)
    #expect(config.timezone.identifier == "Europe/Berlin")
    #expect(config.sources.first?.path == ".")
    let briefing = try #require(config.briefings.first)
    #expect(briefing.title == "Briefing for the desk")
    #expect(briefing.maxStories == 3)
    #expect(briefing.showLede == false)
    #expect(briefing.schedule == "06:30")
    #expect(briefing.include == ["${literal}", "$5"])
  }

  @Test func reportsUnsetVariablesWhereTheyAre() throws {
    let box = try ConfigSandbox()
    let yaml = """
      version: 1
      timezone: UTC
      sources: [{name: local, path: .}]
      briefings:
        - name: daily
          title: "Briefing for ${TEAM}"
          max_stories: ${COUNT}
          deliver:
            - command: sendmail -t -f ${SENDER} ${OOPS

      """
    let validation = box.validate(yaml, environment: ["COUNT": "three"])
    #expect(
      validation.diagnostics.map(\.summaryAndHint) == [
        "briefings.yaml:6:26: error: environment variable 'TEAM' is not set | hint: set it, or"
          + " give a default: ${TEAM:-value}",
        "briefings.yaml:7:18: error: 'max_stories' must be a positive integer, not 'three' |"
          + " hint: write a whole number, such as max_stories: 5, or remove it to show every story",
        "briefings.yaml:9:33: error: environment variable 'SENDER' is not set | hint: set it, or"
          + " give a default: ${SENDER:-value}",
        "briefings.yaml:9:43: error: '${' is not closed | hint: write ${NAME} or"
          + " ${NAME:-default}; write $${ for a literal '${'",
      ])
  }

  @Test func leavesKeysAlone() throws {
    let box = try ConfigSandbox()
    let validation = box.validate(
      ConfigValidationTests.briefing("    ${KEY}: 1"), environment: ["KEY": "max_stories"])
    #expect(
      validation.errors.map(\.summary) == [
        "briefings.yaml:6:5: error: unknown key '${KEY}' in a briefing"
      ])
  }

  @Test func readsTheProcessEnvironmentByDefault() {
    #expect(ConfigLoader().environment == ProcessInfo.processInfo.environment)
  }
}
