import Foundation
import Testing

@testable import BriefingKit

/// The "did you mean" suggestions for misspelt keys, values and time zones.
@Suite struct ConfigSuggestionTests {
  static let keys = ConfigSchema.briefing

  @Test(arguments: [
    ("max_quote", "max_quotes_per_story"),
    ("max_figures", "max_figures_per_story"),
    ("maxStories", "max_stories"),
    ("max-words", "max_words"),
    ("MAX_WORDS", "max_words"),
    ("titel", "title"),
    ("shedule", "schedule"),
    ("schedul", "schedule"),
    ("delivery", "deliver"),
    ("window_hours", "window"),
    ("incude", "include"),
    ("source", "sources"),
  ])
  func suggestsTheIntendedKey(typo: String, expected: String) {
    #expect(NameSuggestion.bestMatch(for: typo, among: Self.keys) == expected)
  }

  @Test(arguments: ["colour", "max", "x", "templating_engine", ""])
  func suggestsNothingWhenNothingIsClose(word: String) {
    #expect(NameSuggestion.bestMatch(for: word, among: Self.keys) == nil)
  }

  @Test(arguments: [
    ("europe/berlin", "Europe/Berlin"),
    ("Europe/Berln", "Europe/Berlin"),
    ("Berlin", "Europe/Berlin"),
    ("America/New York", "America/New_York"),
    ("tokyo", "Asia/Tokyo"),
  ])
  func suggestsTheIntendedTimeZone(name: String, expected: String) {
    #expect(
      NameSuggestion.timeZone(for: name, among: TimeZone.knownTimeZoneIdentifiers) == expected)
  }

  @Test(arguments: [("kitten", "sitting", 3), ("", "abc", 3), ("abc", "abc", 0), ("ab", "ba", 1)])
  func measuresEditDistance(a: String, b: String, distance: Int) {
    #expect(NameSuggestion.editDistance(a, b) == distance)
  }
}
