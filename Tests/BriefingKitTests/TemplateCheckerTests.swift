import Foundation
import Testing

@testable import BriefingKit

@Suite struct TemplateCheckerTests {
  static func findings(main: String, partials: [String: String] = [:]) -> [String] {
    TemplateChecker.unknownVariables(
      in: TemplateErrorTests.templates(main: main, partials: partials)
    )
    .map { $0.summary + ($0.hint.map { " | " + $0 } ?? "") }
  }

  @Test func shippedTemplatesAreClean() {
    #expect(TemplateChecker.check(.shipped).isEmpty)
  }

  @Test(arguments: [
    (
      "{{#stories}}\n  {{hedline}}\n{{/stories}}\n",
      "t.md.mustache:2:3: error: unknown variable 'hedline' | did you mean 'headline'?"
    ),
    (
      "# {{titel}}\n",
      "t.md.mustache:1:3: error: unknown variable 'titel' | did you mean 'title'?"
    ),
    (
      "{{#stories}}{{#quote}}x{{/quote}}{{/stories}}\n",
      "t.md.mustache:1:13: error: unknown section 'quote' | did you mean 'quotes'?"
    ),
    (
      "{{headline}}\n",
      "t.md.mustache:1:1: error: unknown variable 'headline' | 'headline' is a variable of a story, "
        + "available inside `{{#stories}}…{{/stories}}` and the `story` partial"
    ),
    (
      "{{upper(title)}}\n",
      "t.md.mustache:1:1: error: unknown transform 'upper' in 'upper(title)' | did you mean "
        + "'uppercased'? a text takes: empty, capitalized, lowercased, uppercased, reversed"
    ),
    (
      "{{stories}}\n",
      "t.md.mustache:1:1: error: 'stories' is a list, which does not print as text | loop over it "
        + "with '{{#stories}}…{{/stories}}'"
    ),
    (
      "{{index()}}\n",
      "t.md.mustache:1:1: error: 'index()' is not available here | first(), last(), index(), even() "
        + "and odd() work directly inside a list section"
    ),
    (
      "{{#stories}}{{title.size}}{{/stories}}\n",
      "t.md.mustache:1:13: error: 'size' is not a variable of 'title' (a text) | use 'title' on its "
        + "own, or loop over a list with a section"
    ),
    (
      "{{#stories}}\n{{> stroy}}\n{{/stories}}\n",
      "t.md.mustache:2:1: error: partial 'stroy' not found | did you mean 'story'? partials are the "
        + "files `<name>.md.mustache` beside the template"
    ),
  ])
  func reportsUnknownNamesWithLocationAndSuggestion(main: String, expected: String) {
    #expect(Self.findings(main: main) == [expected])
  }

  @Test func acceptsEverythingTheDataProvides() {
    let main = """
      {{title}} {{#title}}{{.}}{{/title}} {{uppercased(title)}} {{#empty(title)}}none{{/empty(title)}}
      {{plusone(storyCount)}} {{#count(stories)}}{{/count(stories)}}
      {{#stories}}
      {{#first()}}first{{/first()}}{{^last()}}, {{/last()}} {{plusone(index())}} {{title}}
      {{#quotes}}{{#hasRole}}{{#odd()}}{{role}}{{/odd()}}{{/hasRole}}{{.attribution}}{{/quotes}}
      {{/stories}}
      {{#first(stories)}}{{headline}}{{/first(stories)}}
      {{^failedSources}}all read{{/failedSources}}
      {{=<% %>=}}<%#failedSources%><%source%><%/failedSources%>
      """
    #expect(Self.findings(main: main) == [])
  }

  @Test func reportsObjectsPrintedAsText() {
    #expect(
      Self.findings(main: "{{.}}") == [
        "t.md.mustache:1:1: error: '.' is a briefing, which does not print as text | print one of "
          + "its variables instead, such as '{{name}}'"
      ])
  }

  @Test(arguments: [
    ("titel", ["name", "title"], "title"), ("stroy", ["story", "quote"], "story"),
    ("upper", ["empty", "uppercased"], "uppercased"), ("hedline", ["headline"], "headline"),
    ("xyz", ["title", "name"], nil), ("url", ["uri"], "uri"), ("ab", ["abc"], "abc"),
  ])
  func suggestsLikelyNames(name: String, candidates: [String], expected: String?) {
    #expect(NameSuggestion.bestMatch(for: name, among: candidates) == expected)
  }

  @Test func checksPartialsWithTheVariablesWhereTheyAreIncluded() {
    let partial = "{{headline}} {{title}} {{hedline}}\n"
    let inside = Self.findings(
      main: "{{#stories}}{{> item}}{{/stories}}", partials: ["item": partial])
    #expect(
      inside == [
        "item.md.mustache:1:24: error: unknown variable 'hedline' | did you mean 'headline'?"
      ])
    let outside = Self.findings(main: "{{> item}}", partials: ["item": partial])
    #expect(outside.count == 2)
    #expect(
      outside.first?.hasPrefix("item.md.mustache:1:1: error: unknown variable 'headline'") == true)
  }

  @Test func endsOnRecursivePartials() {
    let findings = Self.findings(main: "{{> a}}", partials: ["a": "{{> a}}{{zzz}}"])
    #expect(
      findings == [
        "a.md.mustache:1:8: error: unknown variable 'zzz' | available here: "
          + ViewSchema.briefing.fields.map(\.name).joined(separator: ", ")
      ])
  }

  @Test func checkReportsParseErrorsInsteadOfNames() {
    let templates = TemplateErrorTests.templates(main: "{{#stories}}{{nope}}\n")
    #expect(
      TemplateChecker.check(templates).map(\.summary) == [
        "t.md.mustache:1:1: error: section 'stories' is never closed"
      ])
  }

  /// The schema the checker and the documentation use matches the structs templates receive.
  @Test func schemaMatchesViewStructs() throws {
    let view = BriefingView(RenderFixture.briefing, format: .markdown)
    let story = try #require(view.stories.first)
    let pairs: [(Any, ViewSchema)] = [
      (view, .briefing), (story, .story), (try #require(story.quotes.first), .quote),
      (try #require(story.figures.first), .figure),
      (try #require(view.failedSources.first), .failedSource),
    ]
    for (value, schema) in pairs {
      let children = Mirror(reflecting: value).children
      #expect(children.map { $0.label ?? "" } == schema.fields.map(\.name), "\(schema.name)")
      for (child, field) in zip(children, schema.fields) {
        switch field.value {
        case .text: #expect(child.value is String, "\(field.name)")
        case .number: #expect(child.value is Int, "\(field.name)")
        case .flag: #expect(child.value is Bool, "\(field.name)")
        case .list: #expect(child.value is [Any], "\(field.name)")
        }
      }
    }
  }
}
