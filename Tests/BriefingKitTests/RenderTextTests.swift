import Foundation
import Testing

@testable import BriefingKit

@Suite struct RenderWrapTests {
  static let url =
    "https://en.wikinews.org/wiki/Crane_collapse_at_Mecca%27s_Grand_Mosque_kills_at_least_107_people"

  @Test(arguments: [
    // A line that fits stays as it is.
    ("short line", 20, ["short line"]),
    ("exactly twenty chars", 20, ["exactly twenty chars"]),
    // Words move to the next line; nothing is broken inside a word.
    ("one two three four five six", 10, ["one two", "three four", "five six"]),
    // Indentation is kept on every line.
    ("   one two three four five", 12, ["   one two", "   three", "   four five"]),
    // List items hang under the text after the marker.
    ("- one two three four five", 11, ["- one two", "  three", "  four five"]),
    ("   - one two three four", 13, ["   - one two", "     three", "     four"]),
    ("12. one two three four", 12, ["12. one two", "    three", "    four"]),
    // Quotes hang under the text after the opening mark; attributions after the dash.
    ("   “one two three four”", 14, ["   “one two", "    three", "    four”"]),
    (
      "     — Ann Lee, a very long role", 20,
      ["     — Ann Lee, a", "       very long", "       role"]
    ),
    // A word longer than the line (a URL) stands alone, unbroken.
    ("see \(url) now", 40, ["see", url, "now"]),
    ("   \(url)", 40, ["   \(url)"]),
  ])
  func wrapsLines(line: String, width: Int, expected: [String]) {
    #expect(TextWrapper(width: width).wrap(line: line) == expected)
  }

  @Test func wrappedTextFitsUnlessAWordCannot() throws {
    let output = try Renderer().render(RenderFixture.briefing, as: .text)
    for line in output.split(separator: "\n") where line.count > 72 {
      #expect(!line.trimmingCharacters(in: .whitespaces).contains(" "), "overlong line: \(line)")
    }
    #expect(output.contains("\n   " + (RenderFixture.briefing.stories[1].url ?? "") + "\n"))
  }

  @Test func plainTextHasNoMarkdownSyntax() throws {
    let output = try Renderer().render(RenderFixture.briefing, as: .text)
    for line in output.split(separator: "\n") {
      let trimmed = line.drop { $0 == " " }
      #expect(!trimmed.hasPrefix("#") || trimmed.hasPrefix("#MeToo"), "heading: \(line)")
      #expect(!trimmed.hasPrefix(">"), "block quote: \(line)")
    }
    #expect(!output.contains("**"))
    #expect(!output.contains("]("))
    #expect(!output.contains("\\"))
  }
}

@Suite struct RenderEscapeTests {
  @Test(arguments: [
    ("Plain words", "Plain words"),
    ("a *bold* [link](x) `code` <b>", "a \\*bold\\* \\[link\\](x) \\`code\\` \\<b>"),
    ("back\\slash ~~gone~~", "back\\\\slash \\~\\~gone\\~\\~"),
    ("snake_case stays, _emphasis_ does not", "snake_case stays, \\_emphasis\\_ does not"),
    ("# Not a heading", "\\# Not a heading"),
    ("> not a quote", "\\> not a quote"),
    ("- not a list", "\\- not a list"),
    ("1. FC Köln", "1\\. FC Köln"),
    ("2026 was a year.", "2026 was a year."),
    ("3) three", "3\\) three"),
    ("line\nbreaks  and   spaces", "line breaks and spaces"),
  ])
  func escapesMarkdown(raw: String, escaped: String) {
    #expect(MarkdownEscaper.escape(raw) == escaped)
  }

  @Test func encodesLinkDestinations() {
    #expect(MarkdownEscaper.url(" https://x.org/a b(c)<d> ") == "https://x.org/a%20b%28c%29%3Cd%3E")
  }

  @Test(arguments: [
    (240.0, "240"), (1_200_000_000, "1,200,000,000"), (3.5, "3.5"), (0.1 + 0.2, "0.3"),
    (-1234.567, "-1,234.57"), (0.05, "0.05"), (999.999, "1,000"), (-0.001, "0"),
  ])
  func formatsNumbers(value: Double, text: String) {
    #expect(NumberText.format(value) == text)
  }

  @Test func formatsDatesIndependentlyOfLocale() throws {
    let day = try #require(DateText.day(iso: "2026-11-24"))
    #expect(day.withWeekday == "Tuesday, 24 November 2026")
    #expect(DateText.day(iso: "2026-02-30") == nil)
    #expect(DateText.day(iso: "tomorrow") == nil)
    let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
    let moment = Date(timeIntervalSince1970: 1_795_500_000)  // 2026-11-24 06:00 UTC
    #expect(DateText.iso(moment, in: berlin) == "2026-11-24T07:00:00+01:00")
    #expect(DateText.iso(moment, in: .gmt) == "2026-11-24T06:00:00Z")
    #expect(DateText.time(of: moment, in: berlin) == "07:00")
    let newYork = try #require(TimeZone(identifier: "America/New_York"))
    let early = moment.addingTimeInterval(-3 * 3600)  // 22:00 the day before in New York
    #expect(DateText.day(of: early, in: newYork).long == "23 November 2026")
  }

  @Test func attributesQuotes() {
    let style = TextStyle(format: .text)
    let full = QuoteView(
      KeyQuote(text: "x", speaker: "Ann Lee", role: "minister", kind: .direct, paragraph: 0),
      style: style)
    let named = QuoteView(
      KeyQuote(text: "x", speaker: "Ann Lee", kind: .direct, paragraph: 0), style: style)
    let none = QuoteView(
      KeyQuote(text: "x", role: "minister", kind: .direct, paragraph: 0), style: style)
    #expect(
      [full.attribution, named.attribution, none.attribution] == [
        "Ann Lee, minister", "Ann Lee", "unattributed",
      ])
    #expect(!none.hasRole)
  }

  @Test func nestsInnerQuotationMarks() {
    #expect(QuoteView.nestingQuotationMarks(in: "a “b” and \"c\" d") == "a ‘b’ and ‘c’ d")
  }

  @Test(arguments: [
    (
      Figure(
        text: "last Friday", value: nil, unit: "date", kind: .date, sentence: "", paragraph: 0,
        resolvedDate: "2023-11-03"), "3 November 2023"
    ),
    (
      Figure(
        text: "November 3, 2023", value: nil, unit: "date", kind: .date, sentence: "", paragraph: 0,
        resolvedDate: "2023-11-03"), ""
    ),
    (Figure(text: "32", value: 32, unit: "years", kind: .age, sentence: "", paragraph: 0), "age"),
    (Figure(text: "aged 32", value: 32, unit: "years", kind: .age, sentence: "", paragraph: 0), ""),
    (
      Figure(
        text: "74 Americans", value: 74, unit: "Americans", kind: .count, sentence: "", paragraph: 0
      ), ""
    ),
  ])
  func notesWhatFigureTextLeavesUnsaid(figure: Figure, note: String) {
    #expect(FigureView.note(for: figure) == note)
  }

  @Test(arguments: [
    ("The death toll rose to 14 on Thursday.", "14", "The death toll rose to 14"),
    ("Shares fell 3.2% to $41.15, wiping out gains.", "$41.15", "Shares fell 3.2% to $41.15"),
    ("Sweden won 1–0, and Tunisia lost 1–2.", "1–2", "Tunisia lost 1–2"),
    (
      "Officials said that after a long night of counting in every district the total reached 9,400.",
      "9,400", "…of counting in every district the total reached 9,400"
    ),
    ("It rose (to 45%) overnight.", "45%", "to 45%"),
    ("Figures: 12.", "12", "12"),
    ("More than 240 hostages are held.", "More than 240 hostages", "More than 240 hostages"),
  ])
  func leadsABareFigureWithTheWordsOfItsClause(sentence: String, text: String, context: String) {
    let figure = Figure(
      text: text, value: nil, unit: nil, kind: .count, sentence: sentence, paragraph: 0)
    #expect(FigureView(figure, style: TextStyle(format: .text)).context == context)
  }

  @Test func tidiesOutput() {
    #expect(OutputTidier.tidy("\n\na  \n\n\n\nb\t\n\n") == "a\n\nb\n")
  }
}
