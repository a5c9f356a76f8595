/// What a template receives for one key figure (inside `{{#figures}}` and the `figure` partial).
struct FigureView: Sendable, Hashable {
  var text: String
  var context: String
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
    let lead = Self.lead(of: figure)
    context = lead.isEmpty ? text : style.text(lead + " " + figure.text)
    value = figure.value.map(NumberText.format) ?? ""
    hasValue = figure.value != nil
    unit = style.text(figure.unit ?? "")
    kind = figure.kind.rawValue
    date = figure.resolvedDate ?? ""
    note = style.text(Self.note(for: figure, lead: lead))
    hasNote = !note.isEmpty
    sentence = style.text(figure.sentence)
  }

  /// What the figure's text leaves unsaid: the calendar date a relative or year-less date
  /// resolves to ("last Friday" -> "3 November 2023"), or the kind of a bare number ("age").
  /// `lead` is the figure's lead when already known.
  static func note(for figure: Figure, lead: String? = nil) -> String {
    if let resolved = figure.resolvedDate, let day = DateText.day(iso: resolved),
      !figure.text.contains(String(day.year))
    {
      return day.long
    }
    if kindsNamedWhenBare.contains(figure.kind), !figure.text.contains(where: \.isLetter),
      (lead ?? Self.lead(of: figure)).isEmpty
    {
      return figure.kind.rawValue
    }
    return ""
  }

  /// Words that join a clause to the one before, left out at the start of a lead.
  private static let conjunctions: Set<String> = [
    "and", "but", "or", "while", "whereas", "as", "so", "which", "that", "although", "though",
  ]

  /// Clause boundaries a figure's lead does not cross.
  private static let boundaries = [", ", "; ", ": ", " — ", " – ", " (", "“", "\""]

  /// The words that lead to a bare figure in its sentence, from the start of its clause ("The
  /// death toll rose to" for `14`; "…" opens a lead cut to its last eight words); empty when
  /// the figure's text says what it counts or is not found in its sentence.
  static func lead(of figure: Figure) -> String {
    guard !figure.text.contains(where: \.isLetter),
      let range = figure.sentence.range(of: figure.text)
    else { return "" }
    var prefix = figure.sentence[..<range.lowerBound]
    for boundary in boundaries {
      if let cut = prefix.range(of: boundary, options: .backwards) {
        prefix = prefix[cut.upperBound...]
      }
    }
    var words = prefix.split(whereSeparator: \.isWhitespace)[...]
    while let first = words.first, conjunctions.contains(String(first)) { words.removeFirst() }
    guard words.contains(where: { $0.contains(where: \.isLetter) }) else { return "" }
    if words.count > 8 { return "…" + words.suffix(8).joined(separator: " ") }
    return words.joined(separator: " ")
  }
}
