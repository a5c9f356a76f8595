import Foundation
import Testing

@testable import BriefingKit

@Suite struct TemplateErrorTests {
  /// A Markdown template set whose main template is `text`, in a file named `t.md.mustache`.
  static func templates(main text: String, partials: [String: String] = [:]) -> TemplateSet {
    var markdown = TemplateSet.shipped[.markdown]
    markdown.main = TemplateSource(name: "briefing", file: "t.md.mustache", text: text)
    for (name, text) in partials {
      markdown.partials[name] = TemplateSource(name: name, file: "\(name).md.mustache", text: text)
    }
    return TemplateSet(formats: [.markdown: markdown])
  }

  static func renderError(_ templates: TemplateSet) -> BriefingError? {
    do {
      _ = try Renderer(templates: templates).render(RenderFixture.briefing, as: .markdown)
      return nil
    } catch let error as BriefingError {
      return error
    } catch {
      return nil
    }
  }

  @Test(arguments: [
    (
      "# {{title}}\n{{#stories}}\n{{headline}}\n",
      "t.md.mustache:2:1: error: section 'stories' is never closed"
    ),
    (
      "{{#stories}}\n  {{#hasURL}}x{{/stories}}\n{{/hasURL}}\n",
      "t.md.mustache:2:15: error: '{{/stories}}' does not close the open section 'hasURL'"
    ),
    (
      "{{title}}\n{{/stories}}\n",
      "t.md.mustache:2:1: error: '{{/stories}}' closes a section that is not open"
    ),
    ("line\n  {{head line}}\n", "t.md.mustache:2:3: error: malformed tag '{{head line}}'"),
    ("{{=<% %>}}\n", "t.md.mustache:1:1: error: malformed delimiter change '{{=<% %>}}'"),
    ("{{title}}\nand {{title\n", "t.md.mustache:2:5: error: tag '{{title' is never closed"),
    ("{{{title}}\n", "t.md.mustache:1:1: error: tag '{{{title}}' is never closed"),
    (
      "{{! a comment\nthat never ends\n",
      "t.md.mustache:1:1: error: tag '{{! a comment' is never closed"
    ),
    (
      "{{%CONTENT_TYPE: JSON}}\n",
      "t.md.mustache:1:1: error: unsupported pragma '{{%CONTENT_TYPE: JSON}}'"
    ),
    (
      "<%={{ }}=%>\n{{=<% %>=}}\n<%#stories%>\n<%/story%>\n",
      "t.md.mustache:4:1: error: '<%/story%>' does not close the open section 'stories'"
    ),
  ])
  func namesParseErrorsAtTheTag(text: String, expected: String) throws {
    let error = try #require(Self.renderError(Self.templates(main: text)))
    #expect(error.reason == .template)
    #expect(error.diagnostics.map(\.summary) == [expected])
  }

  @Test func showsTheLineWithACaretAndAHint() throws {
    let error = try #require(
      Self.renderError(Self.templates(main: "{{#stories}}\n  {{#hasURL}}x{{/stories}}\n")))
    #expect(
      error.description == """
        t.md.mustache:2:15: error: '{{/stories}}' does not close the open section 'hasURL'
              {{#hasURL}}x{{/stories}}
                          ^
          hint: close 'hasURL' (opened at line 2, column 3) with '{{/hasURL}}' first
        """)
  }

  @Test func reportsEveryBrokenTemplateAtOnce() throws {
    let templates = Self.templates(
      main: "{{#stories}}\n", partials: ["story": "{{headline\n"])
    let error = try #require(Self.renderError(templates))
    #expect(
      error.diagnostics.map(\.summary) == [
        "t.md.mustache:1:1: error: section 'stories' is never closed",
        "story.md.mustache:1:1: error: tag '{{headline' is never closed",
      ])
  }

  @Test func missingPartialIsAnError() throws {
    let error = try #require(
      Self.renderError(Self.templates(main: "{{#stories}}\n{{> stroy}}\n{{/stories}}\n")))
    #expect(
      error.diagnostics.map(\.summary) == ["t.md.mustache:2:1: error: partial 'stroy' not found"])
    #expect(
      error.diagnostics.first?.hint
        == "did you mean 'story'? partials are the files `<name>.md.mustache` beside the template")
  }

  @Test func shippedTemplatesParse() throws {
    for format in OutputFormat.allCases {
      _ = try TemplateCompiler.compile(TemplateSet.shipped[format])
    }
  }
}
