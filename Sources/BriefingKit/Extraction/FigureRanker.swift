/// Ranks figures by how much they matter to a reader: counts with a counted noun, casualties,
/// money and percentages over incidental numbers; match minutes and datelines last.
public struct FigureRanker: Sendable {
  /// Creates the ranking rules.
  public init() {}

  /// What the ranking knows of a figure besides its kind, unit and value.
  struct Traits: Sendable {
    var isVague = false
    var isCasualty = false
    var isDateline = false
    var paragraph = 0
  }

  /// The salience of a figure, between 0 and about 1.5.
  func salience(kind: Figure.Kind, unit: String?, value: Double?, traits: Traits) -> Double {
    if traits.isDateline { return 0.05 }
    var s: Double
    switch kind {
    case .money: s = 0.85
    case .percent: s = 0.8
    case .count: s = unit == nil ? 0.5 : 0.65
    case .score: s = 0.7
    case .measurement: s = 0.5
    case .age: s = 0.5
    case .duration: s = 0.45
    case .date: s = 0.4
    case .ordinal: s = 0.35
    case .time: s = 0.25
    case .year: s = 0.2
    }
    if traits.isCasualty { s += 0.3 }
    if traits.isVague { s -= 0.25 }
    if kind == .ordinal, unit == "minute" { s = 0.1 }
    if let value, kind == .count || kind == .money, value >= 1000 { s += 0.05 }
    // Earlier paragraphs carry the news.
    s += 0.15 * max(0, 1 - Double(traits.paragraph) / 8)
    return s
  }

  /// The `limit` most salient figures, most salient first; ties keep reading order.
  public func ranked(_ figures: [Figure], limit: Int) -> [Figure] {
    let order = figures.indices.sorted {
      figures[$0].salience != figures[$1].salience
        ? figures[$0].salience > figures[$1].salience : $0 < $1
    }
    return order.prefix(max(0, limit)).map { figures[$0] }
  }
}
