import Foundation
import Testing

@testable import BriefingKit

@Suite struct ArticleCleanerTests {
  let cleaner = ArticleCleaner()

  /// An article whose body is real prose around `paragraph`.
  static func article(around paragraphs: [String]) -> Article {
    Article(
      id: "a", title: "Title", source: "s",
      paragraphs: ["The minister arrived in the capital on Monday for talks."] + paragraphs
        + ["The talks will continue next week, officials said."],
      origin: "a.txt")
  }

  @Test(arguments: [
    // Captions
    (
      "Photo: US Secretary of State Antony Blinken speaks to reporters in Tel Aviv, Israel, November 3, 2023.",
      RemovedText.Kind.caption
    ),
    ("Image 1 of 12", .caption),
    ("toggle caption", .caption),
    (
      "In this photo provided by the Israeli Government Press Office, Antony Blinken meets Benjamin Netanyahu in Tel Aviv.",
      .caption
    ),
    (
      "A man walks past a destroyed building in Khan Younis, Gaza Strip, November 3, 2023. (AP Photo/Fatima Shbair)",
      .caption
    ),
    ("Residents clear debris in Antakya, Turkey, February 8, 2023.", .caption),
    // Photo credits
    ("GPO/Amos Ben Gershom/EPA via Shutterstock", .photoCredit),
    ("Jonathan Ernst/Pool photo via AP", .photoCredit),
    ("(Photo by Kevin Dietsch/Getty Images)", .photoCredit),
    ("Image: Reuters", .photoCredit),
    ("Credit: Jane Doe for The New York Times", .photoCredit),
    ("Photograph: Kevin Lamarque/Reuters", .photoCredit),
    ("AFP via Getty Images", .photoCredit),
    ("Mandel Ngan/AFP via Getty Images", .photoCredit),
    ("AP Photo/Evan Vucci", .photoCredit),
    ("Piroschka van de Wouw/Reuters", .photoCredit),
    ("Kevin Lamarque/File Photo", .photoCredit),
    ("Getty Images", .photoCredit),
    ("Photo courtesy of the Smith family", .photoCredit),
    // Contributor lines
    ("ABC News’ Mary Bruce and Molly Nagel contributed to this report.", .contributorLine),
    ("The Associated Press contributed to this report.", .contributorLine),
    ("Additional reporting by Jane Doe in Paris", .contributorLine),
    ("(Reporting by Jane Doe; Editing by John Roe)", .contributorLine),
    (
      "Reporting by Jane Doe in London; Writing by John Roe; Editing by Mark Potter",
      .contributorLine
    ),
    ("Contributing: Jane Doe, USA TODAY", .contributorLine),
    ("Jane Doe contributed reporting from Kyiv.", .contributorLine),
    // Republication notes
    ("This article originally appeared on The Conversation.", .republicationNote),
    ("This article originally appeared on", .republicationNote),
    ("This story was originally published by ProPublica.", .republicationNote),
    ("A version of this story first appeared in the Morning newsletter.", .republicationNote),
    ("Originally published on Medium.", .republicationNote),
    // Comment forms
    ("Leave A Reply", .commentForm),
    ("Your email address will not be published.", .commentForm),
    ("Required fields are marked *", .commentForm),
    ("Cancel reply", .commentForm),
    ("Your email address will not be published. Required fields are marked *", .commentForm),
    ("Save my name, email, and website in this browser for the next time I comment.", .commentForm),
    ("You must be logged in to post a comment.", .commentForm),
    // Other site furniture
    ("Advertisement", .boilerplate),
    ("ADVERTISEMENT", .boilerplate),
    ("Story continues below advertisement", .boilerplate),
    ("Read more: Why the pause matters", .boilerplate),
    ("READ MORE:", .boilerplate),
    ("Read more about the talks here", .boilerplate),
    ("Related: Blinken heads to Jordan", .boilerplate),
    ("Copyright 2023 The Associated Press. All rights reserved.", .boilerplate),
    ("© 2024 Reuters", .boilerplate),
    ("This material may not be published, broadcast, rewritten or redistributed.", .boilerplate),
    ("Follow us on Twitter", .boilerplate),
    ("Follow Jane Doe on X @janedoe", .boilerplate),
    ("Click here to subscribe", .boilerplate),
    ("Click here for the full story.", .boilerplate),
    ("Sign up for our daily newsletter", .boilerplate),
    ("Sign up here", .boilerplate),
    ("Subscribe to our newsletter to get the latest news.", .boilerplate),
    ("Get the latest news delivered to your inbox.", .boilerplate),
    ("Share this article", .boilerplate),
    ("Facebook Twitter Email", .boilerplate),
    ("Share on Facebook", .boilerplate),
    ("5 min read", .boilerplate),
    ("Don't miss: the best of the week", .boilerplate),
    ("Download the app", .boilerplate),
    ("Watch: Blinken arrives in Tel Aviv", .boilerplate),
  ])
  func removesFurniture(paragraph: String, kind: RemovedText.Kind) {
    let article = Self.article(around: [paragraph])
    let cleaned = cleaner.clean(article)
    #expect(cleaned.removed == [RemovedText(kind: kind, text: paragraph)])
    #expect(cleaned.paragraphs == [article.paragraphs[0], article.paragraphs[2]])
  }

  @Test(arguments: [
    "The photo, taken by a bystander, shows the moment the crane fell.",
    "Photos released of the scene showed the crane had crashed through the roof.",
    "He said the photo was fake.",
    "In this case, the court ruled against the city.",
    "Reporting by the newspaper revealed that the minister had lied.",
    "Sign-up rates for the scheme doubled last year.",
    "Subscribers to the service were told on Monday.",
    "Follow-up talks are scheduled for next week.",
    "The minister will follow the advice of doctors.",
    "Copyright law has not kept pace with AI, experts say.",
    "Credit card debt rose 5% last year.",
    "Read more than 100 pages a day, the teacher advised.",
    "All rights reserved, the company said in a statement about its designs.",
    "Share prices fell sharply on Tuesday.",
    "Jonathan Ernst, a Reuters photographer, was injured.",
    "Getty Images said it would appeal the ruling.",
    "Analysis",
    "Group F — Sweden 1–0 Korea Republic",
    "US Secretary of State Antony Blinken met Benjamin Netanyahu in Tel Aviv, Israel, on November 3, 2023.",
    "The United States has classified Hamas as a terrorist organization.",
    "Contributing to the decline were higher interest rates.",
    "This report was first published by the United Nations in March.",
    "The article, first published in Nature, found that the virus spread quickly.",
    "“Leave a reply,” the sign said, “and we will get back to you.”",
    "Advertisement revenue fell by a third, the company said.",
    "Click, the company's new app, was launched on Monday.",
    "Related charges were filed against two other men.",
    "Sign up was slow, organisers said, but numbers rose later.",
    "Follow the money, the investigators were told.",
    "WASHINGTON (AP) — The Senate voted 51-49 on Tuesday to confirm the nominee.",
    "By the end of the day, 240 hostages were still held.",
    "Blinken, left, and Netanyahu spoke for two hours, officials said.",
    "The Washington Post/ABC News poll found that 40% of voters approved.",
    "Photographer Jane Doe, who took the picture, said she was shocked.",
    "Image quality has improved sharply in new phones.",
    "Credit Suisse shares fell 24% on Wednesday.",
    "Rescue workers searched the rubble of the building on Feb. 6, 2023.",
  ])
  func keepsArticleText(paragraph: String) {
    let article = Self.article(around: [paragraph])
    let cleaned = cleaner.clean(article)
    #expect(cleaned.paragraphs == article.paragraphs)
    #expect(cleaned.removed.isEmpty)
  }

  @Test func removesACaptionNextToACreditAndItsRepeatedCopy() {
    let caption =
      "Rescue workers search the rubble of a collapsed building in the city centre on Feb. 6, 2023."
    let article = Self.article(around: [
      caption, "Jane Doe/Reuters",
      "Rescue workers search the rubble of a collapsed building in the city centre.",
      "Rescue workers searched the rubble through the night, the fire service said.",
    ])
    let cleaned = cleaner.clean(article)
    #expect(cleaned.removed.map(\.kind) == [.caption, .photoCredit, .caption])
    #expect(
      cleaned.paragraphs == [
        article.paragraphs[0],
        "Rescue workers searched the rubble through the night, the fire service said.",
        article.paragraphs[5],
      ])
  }

  @Test func keepsProseThatSharesWordsWithACaption() {
    let prose =
      "Antony Blinken spoke with Isaac Herzog in Tel Aviv, Israel, on Friday about the hostages "
      + "and the flow of aid into Gaza."
    let article = Self.article(around: [
      "Photo: Antony Blinken speaks with Isaac Herzog in Tel Aviv, Israel, November 3, 2023.",
      prose,
    ])
    let cleaned = cleaner.clean(article)
    #expect(cleaned.paragraphs.contains(prose))
    #expect(cleaned.removed.map(\.kind) == [.caption])
  }

  @Test func keepsAShortParagraphBeforeACreditWhenItReadsAsProse() {
    let prose = "The minister later told reporters the pause would hold."
    let article = Self.article(around: [prose, "Jane Doe/Reuters"])
    let cleaned = cleaner.clean(article)
    #expect(cleaned.paragraphs.contains(prose))
    #expect(cleaned.removed == [RemovedText(kind: .photoCredit, text: "Jane Doe/Reuters")])
  }

  @Test func keepsEarlierRemovalsAndTheRestOfTheArticle() {
    var article = Self.article(around: ["Advertisement"])
    article.removed = [RemovedText(kind: .dateline, text: "March 3, 2024")]
    article.url = "https://example.org/a"
    let cleaned = cleaner.clean(article)
    #expect(cleaned.removed.map(\.kind) == [.dateline, .boilerplate])
    #expect(cleaned.url == article.url && cleaned.title == article.title)
  }

  @Test func leavesLongParagraphsAlone() {
    let long = "Advertisement " + String(repeating: "and the talks went on for hours ", count: 30)
    let article = Self.article(around: [long])
    #expect(cleaner.clean(article).paragraphs == article.paragraphs)
  }
}
