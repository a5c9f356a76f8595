import Foundation
import Testing

@testable import BriefingKit

/// The screen in front of the cleaning rules only saves time: whatever it keeps from the rules, no
/// rule would have removed, so cleaning removes exactly what looking at every paragraph removes.
@Suite struct FurnitureScreenTests {
  /// Furniture as sites print it, beside the rules' own phrases.
  static let furniture = [
    "Photo: US Secretary of State Antony Blinken speaks to reporters in Tel Aviv, Israel, November 3, 2023.",
    "Image 1 of 12", "toggle caption", "GPO/Amos Ben Gershom/EPA via Shutterstock",
    "In this photo provided by the Israeli Government Press Office, Antony Blinken meets Benjamin Netanyahu in Tel Aviv.",
    "A man walks past a destroyed building in Khan Younis, Gaza Strip, November 3, 2023. (AP Photo/Fatima Shbair)",
    "Residents clear debris in Antakya, Turkey, February 8, 2023.",
    "Jonathan Ernst/Pool photo via AP", "(Photo by Kevin Dietsch/Getty Images)", "Image: Reuters",
    "Credit: Jane Doe for The New York Times", "Photograph: Kevin Lamarque/Reuters",
    "AFP via Getty Images", "Mandel Ngan/AFP via Getty Images", "AP Photo/Evan Vucci",
    "Piroschka van de Wouw/Reuters", "Kevin Lamarque/File Photo", "Getty Images",
    "Photo courtesy of the Smith family",
    "ABC News’ Mary Bruce and Molly Nagel contributed to this report.",
    "The Associated Press contributed to this report.", "Additional reporting by Jane Doe in Paris",
    "(Reporting by Jane Doe; Editing by John Roe)",
    "Reporting by Jane Doe in London; Writing by John Roe; Editing by Mark Potter",
    "Contributing: Jane Doe, USA TODAY", "Jane Doe contributed reporting from Kyiv.",
    "This article originally appeared on The Conversation.",
    "This story was originally published by ProPublica.",
    "A version of this story first appeared in the Morning newsletter.",
    "Originally published on Medium.", "Leave A Reply", "Your email address will not be published.",
    "Required fields are marked *", "Cancel reply",
    "Your email address will not be published. Required fields are marked *",
    "Save my name, email, and website in this browser for the next time I comment.",
    "You must be logged in to post a comment.", "Advertisement", "ADVERTISEMENT",
    "Story continues below advertisement", "Read more: Why the pause matters", "READ MORE:",
    "Read more about the talks here", "Share this article", "Share on Facebook Twitter Email",
    "© 2024 Reuters. All rights reserved.", "Copyright 2023 The Associated Press.",
    "Sign up for our newsletter to get the latest news in your inbox.",
    "Follow us on Twitter @example", "Click here to subscribe", "5 min read",
    "Comments*Required fields are marked", "Tap here to read more.", "Edited by Jane Doe",
    "The views expressed in this article are the author's own.", "\u{00A0}© Reuters 2024",
    "\u{2009}(c) 2020 Example Media", "Kevin Lamarque / Reuters", "Photos: Jane Doe",
    "Hide caption", "More from Reuters", "Related: Ukraine war live", "Watch: the moment it hit",
    "Don’t miss: the best of the week", "Editor’s picks", "0 Comments", "E-mail",
    "Jane Doe/Getty Images.", "Courtesy of the family",
  ]

  /// Prose around which furniture is put.
  static let prose = [
    "The minister arrived in the capital on Monday for talks.",
    "The talks will continue next week, officials said.",
    "“We are not going to stop,” he said, adding that 300 people had been evacuated.",
    "Prices rose 4.5% in March.", "In the end, the council voted 7–2 to approve the plan.",
  ]

  /// Every paragraph the tests screen: real articles, furniture, phrases and variants of them.
  static let paragraphs: [String] = {
    var base = furniture + prose
    base += (SiteFurniture.openingPhrases + PhotoFurniture.openingPhrases).flatMap(\.phrases)
    base += SiteFurniture.shareBarWords.sorted()
    base += SiteFurniture.closingWords.map { "Jane Doe contributed to this \($0)" }
    // The example articles that ship with the project (copies of the shared ones), so the
    // test reads the same text on a clean clone.
    for directory in [TemplateSetTests.root.appendingPathComponent("examples/articles")] {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
      for file in files.sorted() where file.hasSuffix(".txt") {
        let text =
          (try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8))
        base += text.map { ArticleFileText.paragraphs(ofBody: $0) } ?? []
      }
    }
    var variants: [String] = []
    for text in base {
      let capitalised = text.prefix(1).uppercased() + text.dropFirst()
      variants += [
        text, text.uppercased(), capitalised, "“" + capitalised + "”", "— " + text, text + ".",
        capitalised + " here", capitalised + ": Jane Doe/Reuters", "(" + text + ")",
        "\u{00A0}" + text, text.replacingOccurrences(of: " ", with: "\u{00A0}"),
        text.replacingOccurrences(of: " ", with: "  "), "• " + text + " ›", text + " 2023",
        text + " (AP)", "In this photo, " + text, prose[0] + " " + text, text + " " + prose[1],
        text.replacingOccurrences(of: "'", with: "’"), "\u{0130}" + text, text + " \u{212A}",
        capitalised + " : Jane Doe", capitalised + "\u{00A0}| x", capitalised + "|",
        capitalised + ", Kyiv, Ukraine, Sept. 3, 2023.", "A man in Kyiv, Ukraine, " + text,
        text + ", in Kyiv, Ukraine, 3 November 2023", text + ", Kyiv, Ukraine, 2023-11-03",
        text + ", Kyiv, Ukraine, N.o.v. 3, 2023", "— " + capitalised + " —",
      ]
    }
    // Words of phrases thrown together.
    var generator = SplitMix(seed: 11)
    let words = base.flatMap { $0.split(separator: " ").map(String.init) }.prefix(4000)
    for _ in 0..<3000 {
      let count = 1 + Int(generator.next() % 8)
      variants.append(
        (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }
          .joined(separator: generator.next() % 5 == 0 ? " / " : " "))
    }
    return variants
  }()

  @Test func theRulesTheScreenKeepsAParagraphFromWouldNotTakeIt() throws {
    var screenedOut = 0
    var misses: [String] = []
    for paragraph in Self.paragraphs {
      let rules = ArticleCleaner.rules(for: paragraph)
      if rules.isEmpty { screenedOut += 1 }
      let line = FurnitureLine(paragraph)
      if !rules.contains(.labelled), PhotoFurniture.labelled(line) != nil {
        misses.append("labelled: \(paragraph)")
      }
      if !rules.contains(.credit), PhotoFurniture.isCredit(line) {
        misses.append("credit: \(paragraph)")
      }
      if !rules.contains(.site), let kind = SiteFurniture.kind(of: line) {
        misses.append("\(kind): \(paragraph)")
      }
      if !rules.contains(.captionLike), PhotoFurniture.isCaptionLike(line, standalone: true) {
        misses.append("caption: \(paragraph)")
      }
    }
    #expect(misses == [])
    // The test means something only if the screen keeps a good share from every rule.
    #expect(screenedOut > Self.paragraphs.count / 4)
  }

  @Test func everyFurnitureExampleGetsThroughTheScreenAndIsRemoved() {
    for paragraph in Self.furniture {
      var captions: [FurnitureLine] = []
      #expect(ArticleCleaner.mayBeFurniture(paragraph), "\(paragraph)")
      #expect(
        ArticleCleaner.kind(of: FurnitureLine(paragraph), captions: &captions) != nil,
        "\(paragraph)")
    }
  }

  @Test func wordsAreCountedWithoutFoldingAsWithIt() {
    for paragraph in Self.paragraphs + [
      "", " ", "— • …", "a—b “c” ‘d’", "\u{00A0}x\u{2009}y\u{202F}z",
    ] {
      #expect(
        FurnitureLine.wordCount(of: paragraph) == FurnitureLine(paragraph).wordCount,
        "\(paragraph)")
    }
  }

  @Test func cleaningWithTheScreenRemovesWhatCleaningEveryParagraphDoes() {
    var generator = SplitMix(seed: 5)
    let pool = Self.paragraphs
    let cleaner = ArticleCleaner()
    for _ in 0..<400 {
      let count = 1 + Int(generator.next() % 14)
      let paragraphs = (0..<count).map { _ in pool[Int(generator.next() % UInt64(pool.count))] }
      let screened = cleaner.clean(paragraphs: paragraphs)
      let reference = Self.cleanEveryParagraph(paragraphs)
      #expect(screened.paragraphs == reference.paragraphs)
      #expect(screened.removed == reference.removed)
    }
  }

  /// Cleaning as it was before the screen: every rule on every paragraph.
  static func cleanEveryParagraph(_ paragraphs: [String]) -> (
    paragraphs: [String], removed: [RemovedText]
  ) {
    let lines = paragraphs.map(FurnitureLine.init)
    var kinds: [RemovedText.Kind?] = Array(repeating: nil, count: lines.count)
    var captions: [FurnitureLine] = []
    for (index, line) in lines.enumerated() {
      kinds[index] = ArticleCleaner.kind(of: line, captions: &captions)
    }
    for (index, kind) in kinds.enumerated() where kind == .photoCredit {
      for neighbour in [index - 1, index + 1] where lines.indices.contains(neighbour) {
        guard kinds[neighbour] == nil,
          PhotoFurniture.isCaptionLike(lines[neighbour], standalone: false)
        else { continue }
        kinds[neighbour] = .caption
        captions.append(lines[neighbour])
      }
    }
    if !captions.isEmpty {
      for (index, line) in lines.enumerated() where kinds[index] == nil {
        if captions.contains(where: { PhotoFurniture.isCopy(line, of: $0) }) {
          kinds[index] = .caption
        }
      }
    }
    var kept: [String] = []
    var removed: [RemovedText] = []
    for (index, paragraph) in paragraphs.enumerated() {
      if let kind = kinds[index] {
        removed.append(RemovedText(kind: kind, text: lines[index].text))
      } else {
        kept.append(paragraph)
      }
    }
    return (kept, removed)
  }
}

/// The byte bounds on caption copies only save time: whenever they rule a paragraph out as a copy
/// of a caption, comparing the folded words does too.
@Suite struct CopyBoundTests {
  @Test func aParagraphTheBoundsRuleOutIsNoCopy() {
    var pool = FurnitureScreenTests.paragraphs
    pool += [
      "İstanbul Kelvin \u{212A} test", "\u{0130}STANBUL, Turkey, November 3, 2023",
      "a\u{00A0}b\u{2009}c\u{202F}d e", "— • … & % é", "Jane Doe/Reuters",
    ]
    let lines = pool.map(FurnitureLine.init)
    // Captions and paragraphs as the cleaner compares them: of three words or more.
    var captions = Array(lines.filter { $0.wordCount >= 3 }.prefix(200))
    captions += lines.filter {
      $0.wordCount >= 3 && ($0.text.contains("İ") || $0.text.contains("\u{212A}"))
    }
    var ruledOut = 0
    var generator = SplitMix(seed: 7)
    for caption in captions {
      let words = Set(caption.words)
      let runs = CopyBound.firstRuns(of: words)
      for _ in 0..<40 {
        let index = Int(generator.next() % UInt64(pool.count))
        let bound = CopyBound(pool[index])
        let line = lines[index]
        guard line.wordCount >= 3 else { continue }
        if !bound.mayBeCopy(ofCaptionWith: words.count, firstRuns: runs) {
          ruledOut += 1
          #expect(
            !PhotoFurniture.isCopy(words: Set(line.words), of: words),
            "\(pool[index]) / \(caption.text)")
        }
      }
      // A caption is never ruled out as a copy of itself.
      #expect(
        CopyBound(caption.text).mayBeCopy(ofCaptionWith: words.count, firstRuns: runs),
        "\(caption.text)")
    }
    #expect(ruledOut > 2000)
  }
}
