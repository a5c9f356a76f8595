/// The shape of the data templates receive, with a description of every variable: what
/// `TemplateChecker` checks templates against and what `docs/templates.md` documents. A test
/// keeps it equal to the fields of the view structs.
struct ViewSchema: Sendable, Hashable {
  /// What a variable holds.
  indirect enum Value: Sendable, Hashable {
    /// Text, ready to print.
    case text
    /// A whole number.
    case number
    /// A yes/no flag for `{{#flag}}…{{/flag}}` and `{{^flag}}…{{/flag}}`.
    case flag
    /// A list to loop over with `{{#list}}…{{/list}}`; inside, the element's variables.
    case list(ViewSchema)

    /// How the documentation names the kind of value.
    var label: String {
      switch self {
      case .text: "text"
      case .number: "number"
      case .flag: "flag"
      case .list(let element): "list of \(element.name)"
      }
    }
  }

  /// One variable.
  struct Field: Sendable, Hashable {
    var name: String
    var value: Value
    var summary: String
  }

  /// What the documentation calls a value of this shape ("story").
  var name: String
  /// Where templates see it.
  var scope: String
  /// Its variables in documentation order.
  var fields: [Field]

  /// The variable with the given name.
  func field(named name: String) -> Field? {
    fields.first { $0.name == name }
  }

  /// The data `briefing.<ext>.mustache` is rendered with.
  static let briefing = ViewSchema(
    name: "briefing", scope: "everywhere: at the top level and inside every section and partial",
    fields: [
      Field(
        name: "name", value: .text,
        summary: "The briefing's name from the configuration (`executive`)."),
      Field(name: "title", value: .text, summary: "The briefing's title (`Executive briefing`)."),
      Field(
        name: "date", value: .text,
        summary: "The local date the briefing is for, ISO 8601 (`2026-11-24`)."),
      Field(
        name: "localDate", value: .text,
        summary: "The same date written out (`Tuesday, 24 November 2026`)."),
      Field(name: "weekday", value: .text, summary: "The day of the week (`Tuesday`)."),
      Field(name: "stories", value: .list(story), summary: "The stories in briefing order."),
      Field(name: "hasStories", value: .flag, summary: "Whether there is at least one story."),
      Field(name: "storyCount", value: .number, summary: "How many stories there are."),
      Field(
        name: "showLede", value: .flag, summary: "Whether the briefing shows ledes (`show_lede`)."),
      Field(
        name: "failedSources", value: .list(failedSource),
        summary: "Sources that could not be read in this run."),
      Field(name: "hasFailedSources", value: .flag, summary: "Whether any source failed."),
      Field(
        name: "failedSourceNames", value: .text,
        summary: "The failed sources' names joined with `, `."),
    ])

  /// The data of one story.
  static let story = ViewSchema(
    name: "story", scope: "inside `{{#stories}}…{{/stories}}` and the `story` partial",
    fields: [
      Field(name: "number", value: .number, summary: "The story's position, from 1."),
      Field(
        name: "id", value: .text,
        summary: "The id of the story's article (its file stem or feed item id)."),
      Field(name: "headline", value: .text, summary: "The headline."),
      Field(
        name: "url", value: .text, summary: "The link to the article; empty when there is none."),
      Field(name: "hasURL", value: .flag, summary: "Whether the story has a link."),
      Field(name: "source", value: .text, summary: "The outlet that published it."),
      Field(
        name: "published", value: .text,
        summary:
          "When it was published, ISO 8601 in the configured time zone (`2026-11-24T06:30:00+01:00`); empty when unknown."
      ),
      Field(
        name: "publishedDate", value: .text,
        summary: "The publication date written out (`24 November 2026`)."),
      Field(
        name: "publishedTime", value: .text,
        summary: "The publication time of day, 24-hour clock (`06:30`)."),
      Field(name: "hasPublished", value: .flag, summary: "Whether the publication time is known."),
      Field(
        name: "lede", value: .text,
        summary:
          "What happened, in one or two sentences, cut to `max_words` with `…`; empty when `show_lede` is off."
      ),
      Field(name: "hasLede", value: .flag, summary: "Whether there is a lede to show."),
      Field(name: "quotes", value: .list(quote), summary: "The key quotes, best first."),
      Field(name: "hasQuotes", value: .flag, summary: "Whether the story has key quotes."),
      Field(name: "figures", value: .list(figure), summary: "The key figures, in reading order."),
      Field(name: "hasFigures", value: .flag, summary: "Whether the story has key figures."),
      Field(
        name: "alsoReportedBy", value: .text,
        summary: "Other outlets that reported the same story, joined with `, `."),
      Field(name: "hasAlsoReportedBy", value: .flag, summary: "Whether other outlets reported it."),
    ])

  /// The data of one quote.
  static let quote = ViewSchema(
    name: "quote", scope: "inside `{{#quotes}}…{{/quotes}}` and the `quote` partial",
    fields: [
      Field(
        name: "text", value: .text,
        summary:
          "The quoted words without the outer quotation marks; quotation marks inside become single ones (`‘…’`)."
      ),
      Field(
        name: "speaker", value: .text,
        summary:
          "The speaker's full name (or the organisation or document); empty when unattributed."),
      Field(name: "hasSpeaker", value: .flag, summary: "Whether the quote has a speaker."),
      Field(
        name: "role", value: .text,
        summary:
          "The speaker's role as the article gives it (`US Secretary of State`); empty when unknown."
      ),
      Field(name: "hasRole", value: .flag, summary: "Whether the speaker's role is known."),
      Field(
        name: "attribution", value: .text,
        summary:
          "`Full Name, role`, `Full Name`, or `unattributed`: what follows the dash under a quote."),
      Field(
        name: "cue", value: .text,
        summary: "The reporting verb (`said`, `told reporters`); empty when none."),
      Field(
        name: "kind", value: .text,
        summary:
          "`direct` (a whole statement) or `partial` (words woven into the reporter's sentence)."),
      Field(name: "isPartial", value: .flag, summary: "Whether the quote is partial."),
    ])

  /// The data of one figure.
  static let figure = ViewSchema(
    name: "figure", scope: "inside `{{#figures}}…{{/figures}}` and the `figure` partial",
    fields: [
      Field(
        name: "text", value: .text,
        summary: "The figure with what it counts, as written (`more than 240 hostages`)."),
      Field(
        name: "context", value: .text,
        summary:
          "The figure as a reader needs it: the text, led by the words of its clause when the text is a bare number (`The death toll rose to 14`)."
      ),
      Field(
        name: "value", value: .text,
        summary: "Its number formatted (`1,200,000,000`, `3.5`); empty when it has none."),
      Field(name: "hasValue", value: .flag, summary: "Whether it has a number."),
      Field(
        name: "unit", value: .text,
        summary: "What it counts (`hostages`, `USD`, `percent`); empty when unknown."),
      Field(
        name: "kind", value: .text,
        summary:
          "`count`, `money`, `percent`, `date`, `time`, `duration`, `measurement`, `age`, `score`, `ordinal` or `year`."
      ),
      Field(
        name: "note", value: .text,
        summary:
          "What the text leaves unsaid: the calendar date a relative date resolves to (`3 November 2023`) or the kind of a bare number (`age`); often empty."
      ),
      Field(name: "hasNote", value: .flag, summary: "Whether there is a note."),
      Field(
        name: "date", value: .text,
        summary: "A date figure resolved to the calendar, ISO 8601 (`2023-11-03`); empty otherwise."
      ),
      Field(name: "sentence", value: .text, summary: "The sentence the figure stands in."),
    ])

  /// The data of one failed source.
  static let failedSource = ViewSchema(
    name: "failed source", scope: "inside `{{#failedSources}}…{{/failedSources}}`",
    fields: [
      Field(name: "source", value: .text, summary: "The source's name from the configuration."),
      Field(name: "reason", value: .text, summary: "What went wrong, in a few words."),
    ])

  /// Every shape, in documentation order.
  static let all: [ViewSchema] = [briefing, story, quote, figure, failedSource]
}
