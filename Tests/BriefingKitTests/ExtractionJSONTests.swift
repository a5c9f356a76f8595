import Foundation
import Testing

@testable import BriefingKit

/// The hand-written JSON of `briefing extract` is byte for byte what `JSONEncoder` writes with
/// `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes` from the records' `Codable`
/// conformance.
@Suite struct ExtractionJSONTests {
  static func encoderJSON(_ records: [ExtractionRecord]) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(records), as: UTF8.self)
  }

  static func record(
    id: String = "a", title: String = "Title", url: String? = nil, published: Date? = nil,
    quotes: [KeyQuote] = [], figures: [Figure] = [], lede: [String] = []
  ) -> ExtractionRecord {
    let article = Article(
      id: id, title: title, source: "outlet", url: url, published: published,
      paragraphs: ["Body."], origin: "a.txt")
    return ExtractionRecord(
      ExtractedArticle(article: article, quotes: quotes, figures: figures, lede: lede))
  }

  /// Every control character, quotes, backslashes, slashes, non-ASCII letters, emoji and the
  /// characters JSON leaves alone (DEL, U+2028).
  static let awkwardText: String = {
    var text = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
    text += "\"quoted\" \\back\\slash\\ a/b </script> “curly” ‘single’ Ünïcödé İ 中文 👩‍👩‍👧 "
    text += "\u{7F} \u{2028} \u{2029} \u{FEFF} tab\tnew\nline\r\n end"
    return text
  }()

  static let values: [Double?] = [
    nil, 0, -0.0, 1, -3, 0.5, 2_000_000_000, 1.2e9, 300_000_000, 1e15, 1e16, 1e21, 123.456,
    0.1 + 0.2, 1e-7, 2.5e-5, .pi, 9_007_199_254_740_992, -1_234_567.891, 33.3, 1_000_000_000_000,
    Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude,
  ]

  @Test func emptyArrayIsTheEncoders() throws {
    #expect(try ExtractionRecord.json([]) == Self.encoderJSON([]))
    #expect(try ExtractionRecord.json([]) == "[\n\n]")
  }

  @Test func recordWithEmptyListsAndNullsIsTheEncoders() throws {
    let records = [Self.record()]
    let json = try ExtractionRecord.json(records)
    #expect(json == (try Self.encoderJSON(records)))
    #expect(json.contains("\"figures\" : [\n\n    ],"))
    #expect(json.contains("\"url\" : null"))
  }

  @Test func awkwardTextIsEscapedAsTheEncoderDoes() throws {
    let text = Self.awkwardText
    let records = [
      Self.record(
        id: text, title: text, url: "https://example.com/a/b?c=\"d\"", published: Date(),
        quotes: [
          KeyQuote(text: text, speaker: text, role: nil, cue: "said", kind: .direct, paragraph: 3),
          KeyQuote(text: "x", speaker: nil, role: text, cue: nil, kind: .partial, paragraph: 0),
          KeyQuote(text: "", kind: .indirect, paragraph: -1),
        ],
        figures: [
          Figure(
            text: text, value: 0.5, unit: text, kind: .money, sentence: text, paragraph: 1,
            resolvedDate: "2023-11-03")
        ],
        lede: [text, "", "second"])
    ]
    #expect(try ExtractionRecord.json(records) == (try Self.encoderJSON(records)))
  }

  /// Each character JSON escapes, at every place in texts of every length around the eight bytes
  /// the writer reads at once, is escaped as the encoder does.
  @Test func escapesAnywhereInAnyLengthAreTheEncoders() throws {
    let plain = Array("The quick brown fox, é".unicodeScalars)
    for escaped in ["\"", "\\", "\n", "\t", "\u{01}", "\u{1F}", "é", "/"] {
      for length in 0...plain.count {
        var texts: [String] = []
        for position in 0...length {
          var scalars = String.UnicodeScalarView()
          scalars.append(contentsOf: plain[..<position])
          scalars.append(contentsOf: escaped.unicodeScalars)
          scalars.append(contentsOf: plain[position..<length])
          texts.append(String(scalars))
        }
        let records = [Self.record(title: "t", lede: texts)]
        #expect(try ExtractionRecord.json(records) == (try Self.encoderJSON(records)))
      }
    }
  }

  @Test(arguments: values)
  func numbersAreWrittenAsTheEncoderWritesThem(_ value: Double?) throws {
    let figures = Figure.Kind.allCases.map {
      Figure(text: "1", value: value, unit: nil, kind: $0, sentence: "s", paragraph: 0)
    }
    let records = [Self.record(figures: figures)]
    #expect(try ExtractionRecord.json(records) == (try Self.encoderJSON(records)))
  }

  @Test func infinityIsAnErrorAsWithTheEncoder() throws {
    let records = [
      Self.record(figures: [
        Figure(text: "1", value: .infinity, unit: nil, kind: .count, sentence: "s", paragraph: 0)
      ])
    ]
    #expect(throws: (any Error).self) { try Self.encoderJSON(records) }
    #expect(throws: (any Error).self) { try ExtractionRecord.json(records) }
  }

  @Test func manyVariedRecordsAreTheEncoders() throws {
    // A deterministic mix of every field's shapes.
    var generator = SplitMix(seed: 7)
    let pieces = ["a", "Ü", "\"", "\\", "/", "\n", "\u{01}", "中", " ", "😀", "’", "\t", "text"]
    func text() -> String {
      (0..<Int(generator.next() % 12)).map { _ in pieces[Int(generator.next() % 13)] }.joined()
    }
    func optionalText() -> String? { generator.next() % 3 == 0 ? nil : text() }
    var records: [ExtractionRecord] = []
    for index in 0..<60 {
      let quotes = (0..<Int(generator.next() % 4)).map { _ in
        KeyQuote(
          text: text(), speaker: optionalText(), role: optionalText(), cue: optionalText(),
          kind: KeyQuote.Kind.allCases[Int(generator.next() % 3)],
          paragraph: Int(generator.next() % 40))
      }
      let figures = (0..<Int(generator.next() % 5)).map { _ in
        Figure(
          text: text(), value: Self.values[Int(generator.next() % UInt64(Self.values.count))],
          unit: optionalText(), kind: Figure.Kind.allCases[Int(generator.next() % 11)],
          sentence: text(), paragraph: 0, resolvedDate: optionalText())
      }
      records.append(
        Self.record(
          id: "id-\(index)", title: text(), url: optionalText(),
          published: generator.next() % 2 == 0
            ? nil : Date(timeIntervalSince1970: Double(generator.next() % 2_000_000_000)),
          quotes: quotes, figures: figures,
          lede: (0..<Int(generator.next() % 3)).map { _ in text() }))
    }
    #expect(try ExtractionRecord.json(records) == (try Self.encoderJSON(records)))
    // Elements appended one by one, as the extract job streams them, make the same array.
    var streamed = Array("[\n".utf8)
    for (index, record) in records.enumerated() {
      if index > 0 { streamed += Array(",\n".utf8) }
      streamed += Array("  ".utf8)
      try record.appendJSON(to: &streamed, level: 1)
    }
    streamed += Array("\n]".utf8)
    #expect(String(decoding: streamed, as: UTF8.self) == (try Self.encoderJSON(records)))
  }
}

/// A small deterministic random number generator for generated test cases.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
