import Foundation
import Testing

@testable import BriefingKit

/// The figure tokenizer cuts a paragraph's bytes into words, numbers and signs.
@Suite struct FigureTokenizerTests {
  /// The tokens of `text`, each written as its text with a mark for its kind: `#` a number
  /// (with its value), `$` a sign, `^` a capitalised word, and `_` before a token that follows
  /// white space.
  static func describe(_ text: String) -> [String] {
    let bytes = Array(text.utf8)
    var tokens: [FigureToken] = []
    bytes.withUnsafeBufferPointer { FigureTokenizer().tokenize($0, into: &tokens) }
    return tokens.map { token in
      let piece = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
      let space = token.spaceBefore ? "_" : ""
      switch token.kind {
      case .number:
        var value = token.value.formatted(.number.grouping(.never))
        if token.hasSeparator { value += ",sep" }
        if token.hasLeadingZero { value += ",0" }
        return space + "#" + value
      case .symbol: return space + "$" + piece
      case .word: return space + (token.isCapitalized ? "^" : "") + piece
      }
    }
  }

  @Test(arguments: [
    ("more than 1,200 people", ["_more", "_than", "_#1200,sep", "_people"]),
    ("$1.2 billion", ["_$$", "#1.2", "_billion"]),
    ("€300m and £5,000", ["_$€", "#300", "m", "_and", "_$£", "#5000,sep"]),
    ("up 3.5% (07)", ["_up", "_#3.5", "$%", "_$(", "#7,0", "$)"]),
    ("2012–13 season", ["_#2012", "$–", "#13", "_season"]),
    ("At 2.15pm, Élysée", ["_^At", "_#2.15", "pm", "$,", "_^Élysée"]),
    ("20\u{00A0}km — 5\u{202F}°C", ["_#20", "_km", "_$—", "_#5", "_$°", "^C"]),
    ("a 3×4 grid", ["_a", "_#3", "$×", "#4", "_grid"]),
  ])
  func cutsTextIntoTokens(text: String, expected: [String]) {
    #expect(Self.describe(text) == expected)
  }

  @Test func looksWordsUpInTheLexicon() {
    let bytes = Array("Hundred MILLION abcdefghijklmnopq".utf8)
    var tokens: [FigureToken] = []
    bytes.withUnsafeBufferPointer { FigureTokenizer().tokenize($0, into: &tokens) }
    try? #require(tokens.count == 3)
    #expect(tokens[0].entry >= 0 && !tokens[0].classes.isEmpty)
    #expect(tokens[1].entry >= 0 && tokens[1].classes == tokens[0].classes)
    #expect(tokens[2].entry == -1 && tokens[2].classes.isEmpty)
  }

  /// A word ends where it ends whatever its length and wherever it stands in the paragraph:
  /// runs of ASCII letters and digits are passed eight bytes at a time, the rest byte by byte.
  @Test func wordsOfAnyLengthEndAtTheirLastLetter() {
    let letters = Array("Abcdefghijklmnopqrstuvwx1234".utf8)
    // What follows the run, and whether it continues the word.
    let followers: [(text: String, continues: Bool)] = [
      ("", false), (" tail", false), (",", false), (".5", false), ("-", false), ("é", true),
      ("ß", true), ("中", true), ("€", false), ("’", false), ("×", false), ("\u{00A0}x", false),
      ("9", true), ("Z", true),
    ]
    var tokens: [FigureToken] = []
    for lead in 0..<9 {
      for length in 1...letters.count {
        for follower in followers {
          let prefix = Array(repeating: UInt8(ascii: " "), count: lead)
          let run = Array(letters[..<length])
          let rest = Array(follower.text.utf8)
          let bytes = prefix + run + rest
          bytes.withUnsafeBufferPointer { FigureTokenizer().tokenize($0, into: &tokens) }
          var end = lead + length
          if follower.continues {
            end += rest.count
          }
          #expect(tokens.first?.start == lead, "\(bytes)")
          #expect(tokens.first?.end == end, "\(length) \(follower.text)")
        }
      }
    }
  }

  /// Whatever the bytes, even cut inside a character, tokens stand in order without overlap,
  /// inside the paragraph, and only white space is left between them.
  @Test func anyMixOfBytesIsCoveredByOrderedTokens() {
    var generator = SplitMix(seed: 17)
    let pieces: [[UInt8]] = [
      "a", "Z", "word", "Hundred", "million", "abcdefghijklmnopq", "x9", "9x", "12", "1,200",
      "3.5", "07", ",", ".", "-", "%", "$", "€", "£", "¥", "₹", "°", "“", "”", "’", "—", "–", "−",
      " ", "  ", "\n", "\t", "\u{00A0}", "\u{2009}", "\u{202F}", "é", "É", "×", "÷", "ß", "中文",
      "😀", "(", ")", "/", "#", "'", "\"", "·", "«", "…", "1st", "km", "a.m.",
    ].map { Array($0.utf8) }
    let spaces: Set<[UInt8]> = [
      [0x20], [0x0A], [0x09], [0x0D], Array("\u{00A0}".utf8), Array("\u{2009}".utf8),
      Array("\u{202F}".utf8), Array("\u{200A}".utf8), Array("\u{2008}".utf8),
    ]
    var tokens: [FigureToken] = []
    for _ in 0..<20000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(generator.next() % 14) {
        bytes += pieces[Int(generator.next() % UInt64(pieces.count))]
      }
      if generator.next() % 7 == 0, !bytes.isEmpty {
        bytes.removeLast(Int(generator.next() % UInt64(min(3, bytes.count))) + 1)
      }
      bytes.withUnsafeBufferPointer { FigureTokenizer().tokenize($0, into: &tokens) }
      var position = 0
      for token in tokens {
        #expect(token.start >= position && token.start < token.end && token.end <= bytes.count)
        #expect(isWhiteSpace(bytes[position..<token.start], spaces), "\(bytes)")
        #expect(token.spaceBefore == (token.start > position || position == 0), "\(bytes)")
        position = token.end
      }
      #expect(isWhiteSpace(bytes[position...], spaces), "\(bytes)")
    }
  }

  private func isWhiteSpace(_ gap: ArraySlice<UInt8>, _ spaces: Set<[UInt8]>) -> Bool {
    var rest = gap[...]
    while !rest.isEmpty {
      guard let space = spaces.first(where: { rest.starts(with: $0) }) else { return false }
      rest = rest.dropFirst(space.count)
    }
    return true
  }
}
