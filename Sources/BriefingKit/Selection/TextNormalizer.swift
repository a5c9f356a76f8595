/// Small text helpers shared by selection and rendering: whitespace collapsing and word counts.
enum TextNormalizer {
  /// The text with every run of whitespace (newlines included) turned into one space, trimmed.
  static func collapsingWhitespace(_ text: String) -> String {
    words(of: text).joined(separator: " ")
  }

  /// The whitespace-separated words of the text.
  static func words(of text: String) -> [Substring] {
    text.split(whereSeparator: \.isWhitespace)
  }

  /// How many whitespace-separated words the text has.
  static func wordCount(of text: String) -> Int {
    words(of: text).count
  }
}
