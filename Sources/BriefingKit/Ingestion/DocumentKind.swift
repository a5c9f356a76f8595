/// What a fetched document is: a feed or a web page, told by its content type and, when that is
/// vague or wrong, by its first bytes.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
  /// An RSS, Atom or JSON feed.
  case feed
  /// An HTML page.
  case page

  /// The kind of `resource`.
  public init(of resource: FetchedResource) {
    let type = resource.contentType?.lowercased() ?? ""
    if type.contains("rss") || type.contains("atom") || type.contains("feed+json")
      || type.contains("rdf")
    {
      self = .feed
      return
    }
    self = Self.sniff(resource.data.prefix(4096)) ?? (type.contains("json") ? .feed : .page)
  }

  /// The kind the first bytes show, or `nil` when they show nothing clear.
  static func sniff<Bytes: Collection>(_ head: Bytes) -> DocumentKind?
  where Bytes.Element == UInt8 {
    let text = CharsetDecoder().decode(Array(head)).text.lowercased()
    var rest = Substring(text)
    while true {
      rest = rest.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
      if rest.hasPrefix("{") {
        return rest.contains("jsonfeed.org") ? .feed : nil
      }
      guard rest.hasPrefix("<") else { return nil }
      if rest.hasPrefix("<!--") {
        guard let end = rest.range(of: "-->") else { return nil }
        rest = rest[end.upperBound...]
      } else if rest.hasPrefix("<!doctype") {
        if rest.hasPrefix("<!doctype html") { return .page }
        guard let end = rest.firstIndex(of: ">") else { return nil }
        rest = rest[rest.index(after: end)...]
      } else if rest.hasPrefix("<?") {
        guard let end = rest.range(of: "?>") else { return nil }
        rest = rest[end.upperBound...]
      } else {
        let name = rest.dropFirst().prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
        let local = name.split(separator: ":").last.map(String.init) ?? ""
        if ["rss", "feed", "rdf"].contains(local) { return .feed }
        return .page
      }
    }
  }
}
