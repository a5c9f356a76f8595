/// A quotation found in an article, with who said it.
public struct KeyQuote: Sendable, Hashable, Codable {
  /// How the words are quoted.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A whole quoted statement.
    case direct
    /// A few quoted words woven into the reporter's sentence.
    case partial
    /// Reported speech without quotation marks ("X said that ...").
    case indirect
  }

  /// The quoted words, without the quotation marks.
  public var text: String
  /// The speaker's fullest name (or the organisation or document), when attributed.
  public var speaker: String?
  /// The speaker's role as the article gives it ("White House spokesman").
  public var role: String?
  /// The reporting verb that attributes it ("said", "told reporters").
  public var cue: String?
  /// How it is quoted.
  public var kind: Kind
  /// The index of the paragraph it starts in.
  public var paragraph: Int
  /// How much the quote matters, for ranking (higher first); not part of the stable interface.
  public var salience: Double

  /// Creates a quote.
  public init(
    text: String, speaker: String? = nil, role: String? = nil, cue: String? = nil,
    kind: Kind, paragraph: Int, salience: Double = 0
  ) {
    self.text = text
    self.speaker = speaker
    self.role = role
    self.cue = cue
    self.kind = kind
    self.paragraph = paragraph
    self.salience = salience
  }
}
