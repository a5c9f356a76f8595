import Foundation
import Yams

/// The YAML block between `---` lines at the top of a Markdown article, read with Yams.
///
/// Values are read as their literal text, so YAML 1.1 typing never changes them (`title: No` is the
/// title "No", `published: 2023-02-23` stays a string for the date parser).
struct FrontMatter {
  /// The keys in file order with their values.
  var fields: [(key: String, value: Node)]
  /// The file the front matter was read from.
  var file: String
  /// The number of lines before the YAML text (the opening `---`), to turn marks into file lines.
  var lineOffset: Int

  /// Splits `text` into front matter YAML and the Markdown body, or `nil` when it has none.
  /// Throws when the opening `---` is never closed.
  static func split(_ text: String, file: String) throws -> (
    yaml: String, body: String, bodyLine: Int
  )? {
    var lines = ArticleFileText.lines(of: text)[...]
    guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
      return nil
    }
    lines = lines.dropFirst()
    guard
      let close = lines.firstIndex(where: {
        let line = $0.trimmingCharacters(in: .whitespaces)
        return line == "---" || line == "..."
      })
    else {
      throw BriefingError(
        step: .ingest, reason: .source, at: SourceLocation(file: file, line: 1, column: 1),
        "front matter is not closed",
        hint: "end the YAML block with a line of three dashes ('---') before the article text")
    }
    let yaml = lines[..<close].joined(separator: "\n")
    let body = lines[lines.index(after: close)...].joined(separator: "\n")
    return (yaml, body, close + 2)
  }

  /// Reads the YAML of a front matter block that starts on the file's second line.
  init(yaml: String, file: String, lineOffset: Int = 1) throws {
    self.file = file
    self.lineOffset = lineOffset
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw Self.error(error, file: file, lineOffset: lineOffset)
    }
    guard let node else {
      fields = []
      return
    }
    guard let mapping = node.mapping else {
      throw BriefingError(
        step: .ingest, reason: .source, at: Self.location(node.mark, file, lineOffset),
        "front matter must be a mapping of keys to values",
        hint: "write one 'key: value' per line, for example 'title: ...'")
    }
    fields = mapping.compactMap { pair in pair.key.scalar.map { ($0.string, pair.value) } }
  }

  /// The first non-empty text of the given keys (a list or `name:` mapping is read as names).
  func text(_ keys: String...) -> (text: String, location: SourceLocation)? {
    for key in keys {
      guard let node = fields.first(where: { $0.key.lowercased() == key })?.value,
        let text = Self.text(of: node), !text.isEmpty
      else { continue }
      return (text, Self.location(node.mark, file, lineOffset))
    }
    return nil
  }

  private static func text(of node: Node) -> String? {
    switch node {
    case .scalar(let scalar):
      return scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
    case .sequence(let sequence):
      let items = sequence.compactMap(text(of:)).filter { !$0.isEmpty }
      return items.isEmpty ? nil : items.joined(separator: ", ")
    case .mapping(let mapping):
      for key in ["name", "title", "url", "href"] {
        if let value = mapping[key], let text = text(of: value) { return text }
      }
      return nil
    case .alias:
      return nil
    }
  }

  private static func location(_ mark: Mark?, _ file: String, _ lineOffset: Int) -> SourceLocation {
    SourceLocation(
      file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
  }

  private static func error(_ error: YamlError, file: String, lineOffset: Int) -> BriefingError {
    let problem: String
    let mark: Mark?
    switch error {
    case .scanner(_, let text, let at, _), .parser(_, let text, let at, _),
      .composer(_, let text, let at, _):
      problem = text
      mark = at
    case .duplicatedKeysInMapping(let duplicates, let context):
      problem = "duplicate key '\(duplicates.joined(separator: "', '"))'"
      mark = context.mark
    default:
      problem = "\(error)".trimmingCharacters(in: .whitespacesAndNewlines)
      mark = nil
    }
    return BriefingError(
      step: .ingest, reason: .source, at: location(mark, file, lineOffset),
      "invalid front matter: \(problem)",
      hint: "front matter is YAML: 'key: value' lines between two '---' lines")
  }
}
