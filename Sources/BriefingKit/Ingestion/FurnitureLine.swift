import Foundation

/// One paragraph as the cleaning rules look at it: folded to lower case with typographic quotes,
/// apostrophes and dashes made plain, and cut into words without their edge punctuation.
struct FurnitureLine {
  /// The paragraph as written, trimmed.
  let text: String
  /// The paragraph lowercased, with `’` as `'`, `“”` as `"`, dashes as `-` and single spaces.
  let folded: String
  /// The folded words with punctuation stripped from their edges (`(reporting` is `reporting`).
  let words: [Substring]

  /// Paragraphs longer than this are prose, never furniture: the rules skip them.
  static let maxFurnitureBytes = 700

  init(_ paragraph: String) {
    text = paragraph.trimmingCharacters(in: .whitespaces)
    guard text.utf8.count <= Self.maxFurnitureBytes else {
      folded = ""
      words = []
      return
    }
    var scalars = String.UnicodeScalarView()
    var lastWasSpace = true
    for scalar in text.lowercased().unicodeScalars {
      switch scalar {
      case " ", "\t", "\n":
        if !lastWasSpace { scalars.append(" ") }
        lastWasSpace = true
        continue
      case "’", "‘", "ʼ", "`", "´": scalars.append("'")
      case "“", "”", "„", "«", "»": scalars.append("\"")
      case "—", "–", "‒", "―", "−": scalars.append("-")
      default: scalars.append(scalar)
      }
      lastWasSpace = false
    }
    folded = String(scalars).trimmingCharacters(in: .whitespaces)
    words = folded.split(separator: " ").map { word in
      word.trimmingCharacters(in: Self.edgePunctuation)[...]
    }.filter { !$0.isEmpty }
  }

  /// Whether the paragraph is short enough for the rules to look at.
  var isCandidate: Bool { !folded.isEmpty }

  /// The number of words.
  var wordCount: Int { words.count }

  /// The folded text without trailing punctuation, arrows and bullets (`read more ›` is
  /// `read more`), for comparing with whole-line phrases.
  var bare: String {
    folded.trimmingCharacters(in: Self.bareTrim)
  }

  /// Whether the words start with the words of `phrase`.
  func starts(with phrase: String) -> Bool {
    let phraseWords = phrase.split(separator: " ")
    guard phraseWords.count <= words.count else { return false }
    return zip(phraseWords, words).allSatisfy { $0 == $1 }
  }

  /// Whether the words start with any of `phrases`.
  func starts(withAny phrases: [String]) -> Bool {
    phrases.contains { starts(with: $0) }
  }

  /// Whether any word is in `set`.
  func containsWord(in set: Set<String>) -> Bool {
    words.contains { set.contains(String($0)) }
  }

  /// The text after a leading label such as `Photo:` or `Read more |` when the paragraph starts
  /// with one of `labels` (folded), else `nil`.
  func textAfterLabel(_ labels: [String]) -> String? {
    for label in labels {
      for separator in [":", " :", " |"] where folded.hasPrefix(label + separator) {
        let count = (label + separator).count
        let original = text.dropFirst(count).trimmingCharacters(in: .whitespaces)
        return original
      }
    }
    return nil
  }

  static let edgePunctuation = CharacterSet(charactersIn: ".,;:!?\"'()[]{}*|•·›»<>-_/…")

  private static let bareTrim = CharacterSet(charactersIn: " .,;:!?*|•·›»>→-…").union(.whitespaces)
}
