/// One Mustache tag of a template, with where it stands.
struct TemplateTag: Sendable, Hashable {
  /// What the tag does.
  enum Kind: Sendable, Hashable {
    /// `{{name}}`.
    case variable
    /// `{{{name}}}` or `{{&name}}`.
    case unescapedVariable
    /// `{{#name}}`.
    case section
    /// `{{^name}}`.
    case invertedSection
    /// `{{/name}}`.
    case close
    /// `{{>name}}`.
    case partial
    /// `{{>*name}}`: a partial named by a variable.
    case dynamicPartial
    /// `{{<name}}`: a partial with blocks to override.
    case parent
    /// `{{$name}}`: a block.
    case block
    /// `{{! … }}`.
    case comment
    /// `{{=<% %>=}}`.
    case delimiters
    /// `{{%NAME: VALUE}}`.
    case pragma
    /// A tag whose closing delimiter never comes.
    case unterminated
  }

  /// What the tag does.
  var kind: Kind
  /// The name without transforms (`title` in `{{uppercased(title)}}`); empty for comments and
  /// similar.
  var name: String
  /// The transforms applied to the name, outermost first (`["uppercased"]`).
  var transforms: [String]
  /// The tag as written, delimiters included.
  var text: String
  /// The 1-based line and column of the tag's opening delimiter.
  var line: Int
  var column: Int
  /// The 1-based line and column just past the tag's closing delimiter.
  var endLine: Int
  var endColumn: Int

  /// The name with its transforms as written (`uppercased(title)`).
  var expression: String {
    transforms.reduce(into: "") { $0 += $1 + "(" } + name
      + String(repeating: ")", count: transforms.count)
  }

  /// Whether the tag opens a section that a `{{/name}}` closes.
  var opensSection: Bool {
    [.section, .invertedSection, .parent, .block].contains(kind)
  }

  /// Whether a position (line, column) lies within the tag.
  func contains(line: Int, column: Int) -> Bool {
    (self.line, self.column) <= (line, column) && (line, column) < (endLine, endColumn)
  }
}
