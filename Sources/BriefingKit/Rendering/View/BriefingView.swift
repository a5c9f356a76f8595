/// What the top-level template (`briefing.<ext>.mustache`) receives: the briefing with every
/// value preformatted for the output format. Field names are the template variables; see
/// `ViewSchema.briefing` and `docs/templates.md`.
struct BriefingView: Sendable, Hashable {
  var name: String
  var title: String
  var date: String
  var localDate: String
  var weekday: String
  var stories: [StoryView]
  var hasStories: Bool
  var storyCount: Int
  var showLede: Bool
  var failedSources: [FailedSourceView]
  var hasFailedSources: Bool
  var failedSourceNames: String

  /// The view of a briefing for one format.
  init(_ briefing: Briefing, format: OutputFormat) {
    let style = TextStyle(format: format)
    let day = DateText.day(iso: briefing.date)
    name = briefing.name
    title = style.text(briefing.title)
    date = briefing.date
    localDate = day?.withWeekday ?? briefing.date
    weekday = day?.weekdayName ?? ""
    stories = briefing.stories.enumerated().map { offset, story in
      StoryView(
        story, number: offset + 1, showsLede: briefing.showsLede, timeZone: briefing.timeZone,
        style: style)
    }
    hasStories = !stories.isEmpty
    storyCount = stories.count
    showLede = briefing.showsLede
    failedSources = briefing.failedSources.map { FailedSourceView($0, style: style) }
    hasFailedSources = !failedSources.isEmpty
    failedSourceNames = failedSources.map(\.source).joined(separator: ", ")
  }
}
