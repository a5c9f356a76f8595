/// The text of one Mustache template and where it came from.
public struct TemplateSource: Sendable, Hashable {
  /// The name partials refer to it by: the file name without `.<ext>.mustache` (`story`).
  public var name: String
  /// The file as diagnostics name it: a path, or `Templates/<file>` for a shipped template.
  public var file: String
  /// The template text as written (without the pragma the renderer prepends).
  public var text: String

  /// Creates a template source.
  public init(name: String, file: String, text: String) {
    self.name = name
    self.file = file
    self.text = text
  }

  /// The line of the text at a 1-based line number, for showing under a diagnostic.
  func line(_ number: Int) -> String? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard number >= 1, number <= lines.count else { return nil }
    return String(lines[number - 1])
  }
}
