import Foundation

/// Reads article JSON: one article object, an array of them, or an object that holds them under
/// `articles` or `items`.
///
/// Keys (first present wins): `title`/`headline`; `body`/`content`/`text`/`articleBody`/
/// `paragraphs`/`summary`/`description` (a string whose paragraphs are separated by blank lines,
/// or by single line breaks when it has no blank line, or an array of paragraph strings; simple
/// HTML is reduced to text); `source`/`outlet`/`publisher`;
/// `url`/`link`; `published`/`date`/`pubDate`/`datePublished`/... (a date string or epoch
/// seconds); `author`/`authors`/`byline`; `id`/`guid`.
struct JSONArticleFile {
  /// One object of the file, read into a draft or with the reason it could not be.
  struct Item {
    /// The object's position in the array, or `nil` for a file holding one object.
    var index: Int?
    /// Where the object starts in the file.
    var location: SourceLocation
    /// The article the object states, unless it is broken.
    var draft: ArticleDraft?
    /// Why the object could not be read.
    var problem: String?
    /// Doubts that did not stop the object from being read (an unreadable date).
    var notes: [String] = []
  }

  /// The file's path, for locations.
  var file: String
  /// Reads the dates of the objects.
  var dates: DateParser

  /// The items of a JSON article file; throws when the file is not JSON or holds no article object.
  func items(in data: Data) throws -> [Item] {
    var bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    guard bytes.contains(where: { !Self.isSpace($0) }) else {
      throw error(at: 1, 1, "invalid JSON: the file is empty", hint: Self.shapeHint)
    }
    let root: Any
    do {
      root = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
    } catch let failure as NSError {
      throw syntaxError(failure, bytes: bytes)
    }
    let start = bytes.firstIndex { !Self.isSpace($0) } ?? 0
    let startPlace = ArticleFileText.lineAndColumn(ofByte: start, in: bytes)
    if let object = root as? [String: Any] {
      if !Self.looksLikeArticle(object),
        let list = (object["articles"] ?? object["items"]) as? [Any]
      {
        let place = SourceLocation(file: file, line: startPlace.line, column: startPlace.column)
        return list.enumerated().map { item(from: $1, index: $0, location: place) }
      }
      let place = SourceLocation(file: file, line: startPlace.line, column: startPlace.column)
      return [item(from: object, index: nil, location: place)]
    }
    guard let list = root as? [Any] else {
      throw error(
        at: startPlace.line, startPlace.column,
        "expected an article object or an array of article objects", hint: Self.shapeHint)
    }
    let offsets = Self.elementOffsets(in: bytes)
    return list.enumerated().map { index, value in
      let offset = index < offsets.count ? offsets[index] : start
      let place = ArticleFileText.lineAndColumn(ofByte: offset, in: bytes)
      return item(
        from: value, index: index,
        location: SourceLocation(file: file, line: place.line, column: place.column))
    }
  }

  // MARK: Objects

  private func item(from value: Any, index: Int?, location: SourceLocation) -> Item {
    var item = Item(index: index, location: location)
    guard let object = value as? [String: Any] else {
      item.problem = "expected an article object, found \(Self.kind(of: value))"
      return item
    }
    let body: [String]
    switch paragraphs(in: object) {
    case .success(let paragraphs):
      body = paragraphs
    case .failure(let problem):
      item.problem = problem.message
      return item
    }
    guard !body.isEmpty else {
      item.problem = "the article has no body ('body', 'content', 'text' or 'paragraphs')"
      return item
    }
    var draft = ArticleDraft(paragraphs: body)
    draft.title = Self.text(object, "title", "headline").map(Self.plain)
    draft.id = Self.text(object, "id", "guid", "uuid")
    draft.url = Self.text(object, "url", "link", "href", "canonical_url", "canonicalUrl")
    draft.source = Self.text(object, "source", "outlet", "publisher", "site_name", "siteName")
    draft.author = Self.text(object, "author", "authors", "byline", "creator").map {
      $0.lowercased().hasPrefix("by ") ? String($0.dropFirst(3)) : $0
    }
    for key in Self.dateKeys {
      guard let value = object[key], !(value is NSNull) else { continue }
      if let date = date(from: value) {
        draft.published = date
      } else {
        item.notes.append("cannot read the date '\(value)' of '\(key)'")
      }
      break
    }
    item.draft = draft
    return item
  }

  private struct Problem: Error {
    var message: String
  }

  private func paragraphs(in object: [String: Any]) -> Result<[String], Problem> {
    for key in Self.bodyKeys {
      guard let value = object[key], !(value is NSNull) else { continue }
      if let text = value as? String {
        return .success(Self.bodyParagraphs(text))
      }
      if let list = value as? [Any] {
        var paragraphs: [String] = []
        for element in list {
          guard let text = element as? String else {
            return .failure(
              Problem(
                message: "'\(key)' must be a string or an array of strings, found an array "
                  + "holding \(Self.kind(of: element))"))
          }
          paragraphs += Self.bodyParagraphs(text)
        }
        return .success(paragraphs)
      }
      return .failure(
        Problem(
          message: "'\(key)' must be a string or an array of strings, found \(Self.kind(of: value))"
        ))
    }
    return .success([])
  }

  private func date(from value: Any) -> Date? {
    if let text = value as? String { return dates.date(from: text) }
    if let number = value as? NSNumber {
      let seconds = number.doubleValue
      guard seconds > 1 else { return nil }
      return Date(timeIntervalSince1970: seconds > 100_000_000_000 ? seconds / 1000 : seconds)
    }
    return nil
  }

  // MARK: Values

  private static let bodyKeys = [
    "body", "content", "text", "articleBody", "article_body", "paragraphs", "summary",
    "description",
  ]

  private static let dateKeys = [
    "published", "date", "pubDate", "published_at", "publishedAt", "datePublished",
    "date_published", "created_at", "createdAt", "updated", "updated_at", "dateModified",
  ]

  private static let shapeHint =
    "an article JSON file holds one object like {\"title\": ..., \"body\": ...} or an array of them"

  private static func looksLikeArticle(_ object: [String: Any]) -> Bool {
    (bodyKeys + ["title", "headline"]).contains { object[$0] != nil }
  }

  /// The first of `keys` that has a text value: a string, a number, a list of those, or an object
  /// with a `name`.
  private static func text(_ object: [String: Any], _ keys: String...) -> String? {
    for key in keys {
      if let value = object[key], let text = text(of: value), !text.isEmpty { return text }
    }
    return nil
  }

  private static func text(of value: Any) -> String? {
    switch value {
    case let string as String:
      return string.trimmingCharacters(in: .whitespacesAndNewlines)
    case let number as NSNumber:
      return number.stringValue
    case let list as [Any]:
      let names = list.compactMap(text(of:)).filter { !$0.isEmpty }
      return names.isEmpty ? nil : names.joined(separator: ", ")
    case let object as [String: Any]:
      return ["name", "title", "displayName"].lazy.compactMap { object[$0].flatMap(text(of:)) }
        .first
    default:
      return nil
    }
  }

  private static func plain(_ text: String) -> String {
    ArticleFileText.collapsingSpaces(TextEntity.decoded(stripTags(text)))
  }

  /// The paragraphs of a body string; simple HTML (`<p>`, `<br>`) is reduced to text first.
  static func bodyParagraphs(_ text: String) -> [String] {
    guard text.contains("<"), text.contains(">") else {
      return ArticleFileText.paragraphs(ofBody: TextEntity.decoded(text))
    }
    var marked = text
    for tag in [
      "</p>", "<br>", "<br/>", "<br />", "</div>", "</li>", "</h1>", "</h2>", "</h3>",
      "</h4>", "</blockquote>",
    ] {
      marked = marked.replacingOccurrences(of: tag, with: "\n\n", options: .caseInsensitive)
    }
    return ArticleFileText.paragraphs(ofBody: TextEntity.decoded(stripTags(marked)))
  }

  /// `text` without HTML tags (`<p class="x">`, `</a>`); a `<` not starting a tag is kept.
  static func stripTags(_ text: String) -> String {
    guard text.contains("<") else { return text }
    var output = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "<", index + 1 < scalars.count,
        scalars[index + 1].properties.isAlphabetic || scalars[index + 1] == "/"
          || scalars[index + 1] == "!",
        let close = scalars[index...].firstIndex(of: ">")
      {
        index = close + 1
        continue
      }
      output.append(scalar)
      index += 1
    }
    return String(output)
  }

  private static func kind(of value: Any) -> String {
    switch value {
    case is String: "a string"
    case is NSNumber: "a number"
    case is [Any]: "an array"
    case is [String: Any]: "an object"
    case is NSNull: "null"
    default: "a value"
    }
  }

  // MARK: Syntax

  private func syntaxError(_ failure: NSError, bytes: [UInt8]) -> BriefingError {
    let description = failure.userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(failure)"
    var offset = bytes.count
    var problem = "unexpected end of file"
    if let range = description.range(of: "character ") {
      let digits = description[range.upperBound...].prefix { $0.isNumber }
      if let parsed = Int(digits) {
        offset = parsed
        problem =
          parsed < bytes.count
          ? "unexpected '\(Self.character(at: parsed, in: bytes))'" : "unexpected end of file"
      }
    } else if !description.lowercased().contains("end of file") {
      problem = description.trimmingCharacters(in: .punctuationCharacters)
    }
    let place = ArticleFileText.lineAndColumn(ofByte: offset, in: bytes)
    return error(
      at: place.line, place.column, "invalid JSON: \(problem)",
      hint: "check for a missing comma, quote or bracket near this place")
  }

  private static func character(at offset: Int, in bytes: [UInt8]) -> String {
    var end = offset + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return String(decoding: bytes[offset..<end], as: UTF8.self)
  }

  private func error(at line: Int, _ column: Int, _ message: String, hint: String) -> BriefingError
  {
    BriefingError(
      step: .ingest, reason: .source, at: SourceLocation(file: file, line: line, column: column),
      message, hint: hint)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  /// The byte offsets where the elements of a top-level array start.
  static func elementOffsets(in bytes: [UInt8]) -> [Int] {
    var offsets: [Int] = []
    var depth = 0
    var inString = false
    var expectingElement = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if inString {
        if byte == UInt8(ascii: "\\") {
          index += 1
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
      } else if !isSpace(byte) {
        if expectingElement && depth == 1 && byte != UInt8(ascii: "]") {
          offsets.append(index)
        }
        expectingElement = false
        switch byte {
        case UInt8(ascii: "\""): inString = true
        case UInt8(ascii: "["), UInt8(ascii: "{"):
          depth += 1
          if depth == 1 { expectingElement = byte == UInt8(ascii: "[") }
        case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
        case UInt8(ascii: ","): expectingElement = depth == 1
        default: break
        }
      }
      index += 1
    }
    return offsets
  }
}
