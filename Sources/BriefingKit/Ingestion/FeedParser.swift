import Foundation
import HTMLCore

/// Reads RSS 2.0, RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.1 into a `Feed`.
///
/// XML goes through Foundation's `XMLParser` after HTML named entities are made numeric; when
/// the XML is broken, libxml2's recovering parser keeps every item before (and often after) the
/// damage. Errors are `BriefingError`s located at the feed's address, with line and column for
/// malformed XML.
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

  /// `text` with its XML declaration saying UTF-8 (the text is already decoded, and the
  /// parser must not decode it a second time) and without control characters XML forbids.
  static func preparedXML(_ text: String) -> String {
    var body = Substring(text)
    if body.hasPrefix("<?xml"), let end = body.range(of: "?>") {
      body = body[end.upperBound...]
    }
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".unicodeScalars)
    for scalar in body.unicodeScalars {
      let value = scalar.value
      if value < 0x20, value != 0x09, value != 0x0A, value != 0x0D { continue }
      if value == 0xFFFE || value == 0xFFFF { continue }
      scalars.append(scalar)
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
