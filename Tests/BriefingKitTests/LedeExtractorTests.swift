import Foundation
import Testing

@testable import BriefingKit

@Suite struct LedeExtractorTests {
  static func lede(_ paragraphs: [String]) -> [String] {
    LedeExtractor().lede(of: ArticleText(title: "Test", paragraphs: paragraphs))
  }

  static let long =
    "The city council voted on Tuesday to close the old bridge to all traffic for two years while engineers rebuild its rusting steel frame."

  @Test func skipsDatelineAndByline() {
    #expect(
      Self.lede(["Thursday, February 23, 2023", "By Jane Smith, Staff Reporter", Self.long])
        == [Self.long])
  }

  @Test(arguments: [
    ("WASHINGTON (Reuters) - " + long, long),
    ("LONDON — " + long, long),
    ("Evansville, Indiana, United States - " + long, long),
    ("KABUL, Afghanistan (AP) — " + long, long),
    ("NEW YORK, Nov. 20, 2023 /PRNewswire/ -- " + long, long),
    ("BERLIN (dpa) - " + long, long),
  ])
  func stripsWireDateline(paragraph: String, expected: String) {
    #expect(Self.lede([paragraph]) == [expected])
  }

  /// After a head line the file kept (a date it could not read), the next paragraph opens the
  /// story and its dateline goes.
  /// The part of a quote the sentence splitter cut off never joins a short first sentence.
  @Test func takesNoHalfOfAQuote() {
    let first = "Finnish smartphone maker Nordvik on Wednesday unveiled its first folding phone."
    #expect(
      Self.lede([
        first,
        "\"We didn't want to be first to foldables. We wanted to be right,\" chief executive "
          + "Aino Lehtonen told the audience.",
      ]) == [first])
  }

  @Test func stripsWireDatelineAfterAHeadLine() {
    #expect(
      Self.lede(["Tuesday, January 64, 2092", "Evansville, Indiana, United States - " + Self.long])
        == [Self.long])
  }

  @Test(arguments: [
    "However, President Biden — who won the election in 2020 — said the old bridge would close for two years.",
    "Prime Minister Boris Johnson — who had resigned in the summer — said the old bridge would close for two years.",
  ])
  func keepsCapitalisedWordsBeforeADash(sentence: String) {
    #expect(Self.lede([sentence]) == [sentence])
  }

  @Test func keepsDashInsideOrdinarySentence() {
    let sentence =
      "Officials said the road would reopen soon - perhaps within weeks - once the repairs of the old bridge are finished."
    #expect(Self.lede([sentence]) == [sentence])
  }

  @Test(arguments: [
    ("Erling Haaland scored a hat-trick as City beat Wolves 5-1 at the Etihad on Saturday.", true),
    (
      "Beijing said on Monday it would retaliate against the new tariffs on its steel exports.",
      true
    ),
    ("Moving into Gaza and strengthening efforts to free dozens of hostages held there.", false),
  ])
  func tellsANameEndingInIngFromAParticiplePhrase(sentence: String, isLede: Bool) {
    #expect(Self.lede([sentence, Self.long]).first == (isLede ? sentence : Self.long))
  }

  @Test func neverPicksQuoteOnlySentence() {
    #expect(
      Self.lede([
        "“We will rebuild it better than before,” the mayor said on Tuesday evening.", Self.long,
      ])
        == [Self.long])
  }

  @Test func addsSecondSentenceWhenFirstIsShort() {
    let first = "The old bridge is closing for two years."
    let second = "Engineers will rebuild its rusting steel frame, the city council said on Tuesday."
    #expect(Self.lede([first + " " + second]) == [first, second])
  }

  @Test func addsKeyReactionFromLaterParagraph() {
    let reaction = "Shop owners on both banks rejected the plan, saying trade would collapse."
    #expect(
      Self.lede([
        Self.long, "“It is the only safe option,” the mayor said at a press conference.",
        "Photo: The old bridge at dusk, seen from the east bank.", reaction,
      ]) == [Self.long, reaction])
  }

  @Test func leavesLongFirstSentenceAloneWithoutReaction() {
    #expect(
      Self.lede([
        Self.long, "The bridge was built in 1904 and last repaired in the late 1980s by the state.",
      ])
        == [Self.long])
  }

  @Test func skipsFragmentsAndCaptions() {
    let reaction =
      "Residents appeared to reject the closure, calling it a disaster for local trade."
    #expect(
      Self.lede([
        Self.long
          + " Moving traffic to the ring road and doubling ferry services – laying out the detour.",
        "The mayor and the city engineer at the bridge in Portville, Ohio, November 3, 2023.",
        reaction,
      ]) == [Self.long, reaction])
  }

  @Test(.enabled(if: SharedGold.isPresent, "needs ../shared beside the package"))
  func matchesGoldLedeOfSharedArticle() throws {
    for article in try SharedGold.articles() {
      guard let gold = article.lede, !gold.isEmpty,
        let extracted = try SharedGold.extract(article.id)
      else { continue }
      #expect(
        Self.rouge1(extracted.lede.joined(separator: " "), gold.joined(separator: " ")) >= 0.95)
    }
  }

  /// ROUGE-1 F over lowercased word tokens, as the scorer computes it.
  static func rouge1(_ system: String, _ gold: String) -> Double {
    func tokens(_ s: String) -> [String] {
      s.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
    }
    let s = tokens(system)
    let g = tokens(gold)
    var counts: [String: Int] = [:]
    for t in g { counts[t, default: 0] += 1 }
    var overlap = 0
    for t in s where counts[t, default: 0] > 0 {
      counts[t, default: 0] -= 1
      overlap += 1
    }
    guard overlap > 0 else { return 0 }
    let p = Double(overlap) / Double(s.count)
    let r = Double(overlap) / Double(g.count)
    return 2 * p * r / (p + r)
  }
}
