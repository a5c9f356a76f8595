/// What a template receives for one key figure (inside `{{#figures}}` and the `figure` partial).
struct FigureView: Sendable, Hashable {
  var text: String
  var value: String
  var hasValue: Bool
  var unit: String
  var kind: String
  var note: String
  var hasNote: Bool
  var date: String
  var sentence: String

  /// Kinds whose bare number says nothing without its kind ("32" is an age).
  static let kindsNamedWhenBare: Set<Figure.Kind> = [.age, .score, .ordinal, .year]

  /// The view of a figure.
  init(_ figure: Figure, style: TextStyle) {
    text = style.text(figure.text)
    value = figure.value.map(NumberText.format) ?? ""
    hasValue = figure.value != nil
    unit = style.text(figure.unit ?? "")
    kind = figure.kind.rawValue
    date = figure.resolvedDate ?? ""
    note = style.text(Self.note(for: figure))
    hasNote = !note.isEmpty
    sentence = style.text(figure.sentence)
  }

  /// What the figure's text leaves unsaid: the calendar date a relative or year-less date
  /// resolves to ("last Friday" -> "3 November 2023"), or the kind of a bare number ("age").
  static func note(for figure: Figure) -> String {
    if let resolved = figure.resolvedDate, let day = DateText.day(iso: resolved),
      !figure.text.contains(String(day.year))
    {
      return day.long
    }
    if kindsNamedWhenBare.contains(figure.kind), !figure.text.contains(where: \.isLetter) {
      return figure.kind.rawValue
    }
    return ""
  }
}
