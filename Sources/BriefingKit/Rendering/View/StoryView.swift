import Foundation

/// What a template receives for one story (inside `{{#stories}}` and the `story` partial).
struct StoryView: Sendable, Hashable {
  var number: Int
  var id: String
  var headline: String
  var url: String
  var hasURL: Bool
  var source: String
  var published: String
  var publishedDate: String
  var publishedTime: String
  var hasPublished: Bool
  var lede: String
  var hasLede: Bool
  var quotes: [QuoteView]
  var hasQuotes: Bool
  var figures: [FigureView]
  var hasFigures: Bool
  var alsoReportedBy: String
  var hasAlsoReportedBy: Bool

  /// The view of the story shown `number`th (from 1).
  init(_ story: Story, number: Int, showsLede: Bool, timeZone: TimeZone, style: TextStyle) {
    self.number = number
    id = story.articleIDs.first ?? ""
    headline = style.text(story.headline)
    let link = story.url?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    url = link.isEmpty ? "" : style.url(link)
    hasURL = !link.isEmpty
    source = style.text(story.source)
    if let date = story.published {
      published = DateText.iso(date, in: timeZone)
      publishedDate = DateText.day(of: date, in: timeZone).long
      publishedTime = DateText.time(of: date, in: timeZone)
    } else {
      (published, publishedDate, publishedTime) = ("", "", "")
    }
    hasPublished = story.published != nil
    lede = showsLede ? style.text(story.lede) : ""
    hasLede = !lede.isEmpty
    quotes = story.quotes.map { QuoteView($0, style: style) }
    hasQuotes = !quotes.isEmpty
    figures = story.figures.map { FigureView($0, style: style) }
    hasFigures = !figures.isEmpty
    let others = story.alsoReportedBy.map(style.text).filter { !$0.isEmpty }
    alsoReportedBy = others.joined(separator: ", ")
    hasAlsoReportedBy = !others.isEmpty
  }
}
