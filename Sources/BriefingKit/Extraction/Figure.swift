/// A key figure in an article: a number, amount, share or date with what it counts.
public struct Figure: Sendable, Hashable, Codable {
  /// What sort of figure it is.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    case count
    case money
    case percent
    case date
    case time
    case duration
    case measurement
    case age
    case score
    case ordinal
    case year
  }

  /// The figure with what it counts, as written ("more than 240 hostages").
  public var text: String
  /// The numeric value, when it has one (240; a range gives its lower end).
  public var value: Double?
  /// What it counts ("hostages", "USD", "percent", "date").
  public var unit: String?
  /// What sort of figure it is.
  public var kind: Kind
  /// The sentence it stands in.
  public var sentence: String
  /// The index of the paragraph it stands in.
  public var paragraph: Int
  /// A date resolved to the calendar (`2023-11-03`), when the figure is a date.
  public var resolvedDate: String?
  /// How much the figure matters, for ranking (higher first); not part of the stable interface.
  public var salience: Double

  /// Creates a figure.
  public init(
    text: String, value: Double?, unit: String?, kind: Kind, sentence: String, paragraph: Int,
    resolvedDate: String? = nil, salience: Double = 0
  ) {
    self.text = text
    self.value = value
    self.unit = unit
    self.kind = kind
    self.sentence = sentence
    self.paragraph = paragraph
    self.resolvedDate = resolvedDate
    self.salience = salience
  }
}
