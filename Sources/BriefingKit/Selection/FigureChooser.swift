/// Chooses the key figures of a story: the most salient ones, each value once, shown in reading
/// order.
struct FigureChooser: Sendable, Hashable {
  /// How many figures to keep; `nil` keeps every distinct figure.
  var limit: Int?

  /// Kinds in the order they break salience ties: what a reader acts on first.
  static let kindPriority: [Figure.Kind] = [
    .money, .count, .percent, .measurement, .duration, .score, .age, .date, .time, .year, .ordinal,
  ]

  /// The figures ranked best first, each value+unit once (the best copy kept), with their
  /// position in reading order.
  func ranked(_ figures: [Figure]) -> [(index: Int, figure: Figure)] {
    var ranked = Array(figures.enumerated()).map { (index: $0.offset, figure: $0.element) }
    ranked.sort { lhs, rhs in
      let (a, b) = (lhs.figure, rhs.figure)
      if a.salience != b.salience { return a.salience > b.salience }
      let (ka, kb) = (Self.priority(of: a.kind), Self.priority(of: b.kind))
      if ka != kb { return ka < kb }
      return lhs.index < rhs.index
    }
    var seen: Set<String> = []
    return ranked.filter { seen.insert(Self.identity(of: $0.figure)).inserted }
  }

  /// The chosen figures in reading order.
  func choose(from figures: [Figure]) -> [Figure] {
    var chosen = ranked(figures)
    if let limit { chosen = Array(chosen.prefix(max(0, limit))) }
    return chosen.sorted { $0.index < $1.index }.map(\.figure)
  }

  /// What makes two figures the same: value and unit, or (without a value) the resolved date or
  /// the text.
  static func identity(of figure: Figure) -> String {
    let unit = TextNormalizer.collapsingWhitespace(figure.unit ?? "").lowercased()
    if let value = figure.value { return "v:\(value)|\(unit)" }
    if let date = figure.resolvedDate { return "d:\(date)" }
    return "t:" + TextNormalizer.collapsingWhitespace(figure.text).lowercased()
  }

  private static func priority(of kind: Figure.Kind) -> Int {
    kindPriority.firstIndex(of: kind) ?? kindPriority.count
  }
}
