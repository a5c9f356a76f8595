import Foundation
import HTMLCore

/// Reads RSS 2.0, RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.1 into a `Feed`.
///
/// XML goes through Foundation's `XMLParser` after HTML named entities are made numeric. When
/// the XML is broken, each item is read on its own (strictly, then with libxml2's recovering
/// parser), so a broken item costs only itself; failing that, the whole document is recovered.
/// Errors are `BriefingError`s located at the feed's address, with line and column for malformed
/// XML.
public struct FeedParser: Sendable {
  /// Reads item dates.
  public var dateParser: DateParser

  /// Creates a parser.
  public init(dateParser: DateParser = DateParser()) {
    self.dateParser = dateParser
  }

  /// The feed in `data` read from `url`: the charset comes from `encoding` (an override), a BOM,
  /// `contentType`, the XML declaration, or the bytes themselves.
  public func feed(
    from data: Data, url: String, contentType: String? = nil, encoding: String? = nil
  ) throws -> Feed {
    let decoded = CharsetDecoder().decode(data, contentType: contentType, override: encoding)
    return try feed(fromText: decoded.text, url: url)
  }

  /// The feed in already decoded `text` read from `url`.
  public func feed(fromText text: String, url: String) throws -> Feed {
    let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    guard let first = trimmed.first else {
      throw Self.error(url, nil, "the feed is empty", hint: "check the address of the feed")
    }
    if first == "{" {
      do {
        return try JSONFeedParser(feedURL: url, dateParser: dateParser).feed(
          from: Data(trimmed.utf8))
      } catch {
        throw Self.error(
          url, nil, "not a JSON Feed (no 'version' naming jsonfeed.org, or no 'items')",
          hint: "check that the address serves an RSS, Atom or JSON feed")
      }
    }
    return try xmlFeed(from: String(trimmed), url: url)
  }

  private func xmlFeed(from text: String, url: String) throws -> Feed {
    let prepared = XMLEntityRewriter().rewrite(Self.preparedXML(text))
    let bytes = Array(prepared.utf8)
    let reader = XMLFeedReader(feedURL: url, dateParser: dateParser)
    switch XMLTreeBuilder.tree(from: Data(bytes)) {
    case .success(let root):
      guard let feed = reader.feed(from: root) else {
        throw Self.notAFeed(url, root: root.name)
      }
      return feed
    case .failure(let failure):
      if let feed = itemByItem(prepared, reader: reader) { return feed }
      if let root = MarkupParser.recoveringXML(utf8: bytes) {
        guard let feed = reader.feed(from: root) else { throw Self.notAFeed(url, root: root.name) }
        if !feed.items.isEmpty { return feed }
      }
      throw Self.error(
        url, SourceLocation(file: url, line: failure.line, column: failure.column),
        "\(failure.message): the feed is not well-formed XML",
        hint: "the publisher's feed is broken; try again later or tell them")
    }
  }

  /// A broken feed read one item at a time, so a broken item costs only itself; `nil` when no
  /// item can be read that way.
  private func itemByItem(_ text: String, reader: XMLFeedReader) -> Feed? {
    guard let pieces = XMLItemSplitter().pieces(of: text) else { return nil }
    let shell = Self.tree(pieces.shell).flatMap(reader.feed(from:))
    guard var feed = shell else { return nil }
    for piece in pieces.items {
      let items = Self.tree(piece).flatMap(reader.feed(from:))?.items ?? []
      if items.isEmpty { feed.skippedItems += 1 }
      feed.items += items
    }
    return feed.items.isEmpty ? nil : feed
  }

  /// The tree of a small XML document: strict parse first, libxml2's recovering parse second.
  private static func tree(_ text: String) -> MarkupElement? {
    if case .success(let root) = XMLTreeBuilder.tree(from: Data(text.utf8)) { return root }
    return MarkupParser.recoveringXML(utf8: Array(text.utf8))
  }

  /// `text` with the encoding taken out of its XML declaration (the text is already decoded,
  /// and the parser must not decode it a second time) and control characters XML forbids made
  /// spaces; lines and columns stay where they were, so error positions match the document.
  static func preparedXML(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var body = Substring(text)
    if body.hasPrefix("<?xml"), let end = body.range(of: "?>") {
      let declaration = body[..<end.upperBound]
      let withoutEncoding = declaration.replacingOccurrences(
        of: #"\s+encoding\s*=\s*["'][^"']*["']"#, with: "", options: .regularExpression)
      scalars.append(contentsOf: withoutEncoding.dropLast(2).unicodeScalars)
      let padding = declaration.unicodeScalars.count - withoutEncoding.unicodeScalars.count
      scalars.append(contentsOf: String(repeating: " ", count: max(0, padding)).unicodeScalars)
      scalars.append(contentsOf: "?>".unicodeScalars)
      body = body[end.upperBound...]
    }
    for scalar in body.unicodeScalars {
      let value = scalar.value
      if (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D)
        || value == 0xFFFE || value == 0xFFFF
      {
        scalars.append(" ")
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  private static func notAFeed(_ url: String, root: String) -> BriefingError {
    error(
      url, nil, "not a feed: the document's root element is <\(root)>",
      hint: root.lowercased() == "html"
        ? "this is a web page; use a 'page' source for article pages, or find the page's feed link"
        : "check that the address serves an RSS, Atom or JSON feed")
  }

  private static func error(
    _ url: String, _ location: SourceLocation?, _ message: String, hint: String
  ) -> BriefingError {
    BriefingError(
      step: .ingest, reason: .source, at: location ?? SourceLocation(file: url), message,
      hint: hint)
  }
}
