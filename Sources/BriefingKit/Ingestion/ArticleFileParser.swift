import Foundation

/// Reads article files from disk: `.txt` (title line, blank line, paragraphs), `.md` with YAML
/// front matter and `.json` (one article object or an array).
public struct ArticleFileParser: Sendable {
  /// Creates a parser.
  public init() {}

  /// The articles in the file at `url`; `source` names the outlet when the file does not.
  public func articles(at url: URL, source: String) throws -> [Article] {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw BriefingError(
        step: .ingest, reason: .unreadable, "cannot read '\(url.path)'",
        hint: "check that the file exists and is readable")
    }
    let text = String(decoding: data, as: UTF8.self)
    let stem = url.deletingPathExtension().lastPathComponent
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
      separator: "\n", omittingEmptySubsequences: false)
    var iterator = lines.drop { $0.trimmingCharacters(in: .whitespaces).isEmpty }
    let title = iterator.first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? stem
    iterator = iterator.dropFirst()
    var paragraphs: [String] = []
    var current: [String] = []
    for line in iterator {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty {
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        current = []
      } else {
        current.append(trimmed)
      }
    }
    if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
    return [
      Article(id: stem, title: title, source: source, paragraphs: paragraphs, origin: url.path)
    ]
  }
}
