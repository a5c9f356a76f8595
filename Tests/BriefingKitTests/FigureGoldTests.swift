import Foundation
import Testing

@testable import BriefingKit

/// The shared articles and their hand annotations, found beside the package root.
enum SharedGold {
  /// `../shared` from the package root.
  static let directory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // BriefingKitTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .deletingLastPathComponent()
    .appendingPathComponent("shared")

  static var isPresent: Bool {
    FileManager.default.fileExists(atPath: directory.appendingPathComponent("gold/dev.json").path)
  }

  /// One gold article: its figures and lede.
  struct Article: Decodable {
    struct Figure: Decodable {
      var text: String
      var value: Double?
      var optional: Bool?
    }
    var id: String
    var figures: [Figure]?
    var lede: [String]?
  }

  static func articles() throws -> [Article] {
    let data = try Data(contentsOf: directory.appendingPathComponent("gold/dev.json"))
    return try JSONDecoder().decode([Article].self, from: data)
  }

  /// The extraction of one shared article.
  static func extract(_ id: String) throws -> ExtractedArticle? {
    let url = directory.appendingPathComponent("articles/\(id).txt")
    guard let article = try ArticleFileParser().articles(at: url, source: "shared").first else {
      return nil
    }
    return Extractor().extract(from: article)
  }
}

/// The scorer's figure rules (`shared/eval/score.py`): a system figure matches a gold one when
/// both values are numbers and equal, or one lowercased, space-normalised text holds the other at
/// word boundaries; one-to-one, greedy, best pairs first. Optional gold figures count only when
/// matched.
enum FigureScoring {
  struct Counts {
    var matched = 0
    var system = 0
    var gold = 0

    var f1: Double {
      let p = system == 0 ? 0 : Double(matched) / Double(system)
      let r = gold == 0 ? 0 : Double(matched) / Double(gold)
      return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
  }

  static func normalized(_ s: String) -> String {
    s.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  static func isWordChar(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

  /// Whether `a` occurs in `b` at word boundaries (a boundary is only required where `a` starts
  /// or ends with a word character).
  static func contains(_ b: String, _ a: String) -> Bool {
    guard !a.isEmpty, !b.isEmpty else { return false }
    let bc = Array(b)
    let ac = Array(a)
    guard ac.count <= bc.count else { return false }
    for start in 0...(bc.count - ac.count) where Array(bc[start..<start + ac.count]) == ac {
      let leftOK =
        !isWordChar(ac[0]) || start == 0 || !isWordChar(bc[start - 1])
      let end = start + ac.count
      let rightOK = !isWordChar(ac[ac.count - 1]) || end == bc.count || !isWordChar(bc[end])
      if leftOK && rightOK { return true }
    }
    return false
  }

  static func score(system: [Figure], gold: [SharedGold.Article.Figure]) -> Counts {
    var candidates: [(key: (Int, Int, Int, Int), g: Int, s: Int)] = []
    for (gi, g) in gold.enumerated() {
      let gt = normalized(g.text)
      for (si, s) in system.enumerated() {
        let st = normalized(s.text)
        var valueEqual = false
        if let gv = g.value, let sv = s.value {
          valueEqual = abs(gv - sv) <= 1e-9 * max(abs(gv), abs(sv))
        }
        let textIn = contains(st, gt) || contains(gt, st)
        if valueEqual || textIn {
          candidates.append(((valueEqual.int + textIn.int, textIn.int, -gi, -si), gi, si))
        }
      }
    }
    candidates.sort { $0.key > $1.key }
    var usedG = Set<Int>()
    var usedS = Set<Int>()
    for c in candidates where !usedG.contains(c.g) && !usedS.contains(c.s) {
      usedG.insert(c.g)
      usedS.insert(c.s)
    }
    let optionalMissed = gold.indices.filter { gold[$0].optional == true && !usedG.contains($0) }
    return Counts(
      matched: usedG.count, system: system.count, gold: gold.count - optionalMissed.count)
  }
}

extension Bool {
  fileprivate var int: Int { self ? 1 : 0 }
}

@Suite(.enabled(if: SharedGold.isPresent, "needs ../shared beside the package"))
struct FigureGoldTests {
  /// The floor only ratchets up: it sits just under what the rules reach on the shared gold.
  static let floor = 0.98

  @Test func figureF1OnSharedGoldStaysAboveFloor() throws {
    var total = FigureScoring.Counts()
    var report: [String] = []
    for article in try SharedGold.articles() {
      guard let gold = article.figures, let extracted = try SharedGold.extract(article.id) else {
        continue
      }
      let counts = FigureScoring.score(system: extracted.figures, gold: gold)
      total.matched += counts.matched
      total.system += counts.system
      total.gold += counts.gold
      report.append("\(article.id): \(counts.matched)/\(counts.system)/\(counts.gold)")
    }
    #expect(total.gold > 100)
    #expect(total.f1 >= Self.floor, "figure F1 \(total.f1): \(report.joined(separator: ", "))")
  }

  @Test func scoringFollowsTheScorer() {
    typealias G = SharedGold.Article.Figure
    let system = [
      Figure(text: "74", value: 74, unit: nil, kind: .count, sentence: "", paragraph: 0),
      Figure(text: "3", value: 3, unit: nil, kind: .count, sentence: "", paragraph: 0),
      Figure(text: "2023", value: 2023, unit: nil, kind: .year, sentence: "", paragraph: 0),
    ]
    let gold = [
      G(text: "74 Americans", value: 74), G(text: "November 3, 2023", value: nil),
      G(text: "9 lives", value: 9, optional: true),
    ]
    let counts = FigureScoring.score(system: system, gold: gold)
    #expect(counts.matched == 2)  // 74 by value; "3" inside the date at word boundaries
    #expect(counts.gold == 2)
    #expect(!FigureScoring.contains("300 americans", "3"))
  }
}
