import Foundation
import HTMLCore

/// Reads the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed from its parsed XML tree.
struct XMLFeedReader: Sendable {
  /// The address the feed was read from: the base for relative links, and the namespace for
  /// item ids that are not unique on their own.
  var feedURL: String
  /// Reads item dates.
  var dateParser: DateParser

  private let renderer = HTMLTextRenderer()
  private let normalizer = URLNormalizer()

  /// The feed in `root`, or `nil` when `root` is not a feed's root element.
  func feed(from root: MarkupElement) -> Feed? {
    switch root.name {
    case "rss":
      guard let channel = root.firstChild(named: "channel") else { return nil }
      let items = channel.children(named: "item") + root.children(named: "item")
      return feed(.rss, channel: channel, items: items, read: rssItem)
    case "RDF":
      let channel = root.firstChild(named: "channel") ?? MarkupElement(name: "channel")
      let items = root.children(named: "item") + channel.children(named: "item")
      return feed(.rdf, channel: channel, items: items, read: rssItem)
    case "feed":
      return feed(.atom, channel: root, items: root.children(named: "entry"), read: atomEntry)
    default:
      return nil
    }
  }

  private func feed(
    _ format: Feed.Format, channel: MarkupElement, items: [MarkupElement],
    read: (MarkupElement, Context) -> FeedItem?
  ) -> Feed {
    let base = resolved(channel.attribute("base"), against: feedURL) ?? feedURL
    let title = channel.firstChild(named: "title").map { text(of: $0, atom: format == .atom) }
    let link =
      format == .atom ? alternateLink(in: channel, base: base) : rssLink(in: channel, base: base)
    let context = Context(
      base: base, feedAuthor: format == .atom ? atomAuthor(of: channel) : nil)
    var feed = Feed(
      format: format, title: title.flatMap { $0.isEmpty ? nil : $0 }, link: link, items: [])
    for element in items {
      if let item = read(element, context) {
        feed.items.append(item)
      } else {
        feed.skippedItems += 1
      }
    }
    return feed
  }

  private struct Context {
    var base: String
    var feedAuthor: String?
  }

  // MARK: - RSS

  private func rssItem(_ element: MarkupElement, context: Context) -> FeedItem? {
    let base = resolved(element.attribute("base"), against: context.base) ?? context.base
    let guidElement = element.firstChild(named: "guid")
    let guid = guidElement.map { $0.textContent.trimmingCharacters(in: .whitespacesAndNewlines) }
    var link = rssLink(in: element, base: base)
    if link == nil, let guid, guidElement?.attribute("isPermaLink")?.lowercased() != "false" {
      link = normalizer.normalize(guid).flatMap { _ in resolved(guid, against: base) }
    }
    if link == nil, let about = element.attribute("about") { link = resolved(about, against: base) }
    let title = element.firstChild(named: "title").map { text(of: $0, atom: false) } ?? ""
    let summary = element.firstChild(named: "description").map { paragraphs(of: $0, atom: false) }
    let content = element.firstChild(named: "encoded").map { paragraphs(of: $0, atom: false) }
    let published = firstDate(in: element, names: ["pubDate", "date", "published", "issued"])
    let updated = firstDate(in: element, names: ["updated", "modified"])
    let authors = element.children(named: "creator") + element.children(named: "author")
    let author = joinedAuthors(authors.compactMap { rssAuthorName($0.textContent) })
    return makeItem(
      guid: guid ?? element.attribute("about"), title: title, link: link, published: published,
      updated: updated, author: author, summary: summary ?? [], content: content ?? [])
  }

  private func rssLink(in element: MarkupElement, base: String) -> String? {
    for link in element.children(named: "link") {
      if let href = link.attribute("href"), link.namespace != nil {
        let rel = link.attribute("rel") ?? "alternate"
        if rel == "alternate", let url = resolved(href, against: base) { return url }
        continue
      }
      let text = link.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
      if let url = resolved(text, against: base) { return url }
    }
    return nil
  }

  /// `jane@example.com (Jane Doe)` is Jane Doe; a bare e-mail address is no name.
  private func rssAuthorName(_ raw: String) -> String? {
    let text = HTMLTextRenderer.collapsingWhitespace(raw)
    if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
      let name = text[text.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
      if !name.isEmpty { return name }
    }
    guard !text.isEmpty, !(text.contains("@") && !text.contains(" ")) else { return nil }
    return text
  }

  // MARK: - Atom

  private func atomEntry(_ element: MarkupElement, context: Context) -> FeedItem? {
    let base = resolved(element.attribute("base"), against: context.base) ?? context.base
    let id = element.firstChild(named: "id")?.textContent
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let title = element.firstChild(named: "title").map { text(of: $0, atom: true) } ?? ""
    let summary = element.firstChild(named: "summary").map { paragraphs(of: $0, atom: true) }
    let contentElement = element.firstChild(named: "content")
    let content =
      contentElement?.attribute("src") == nil
      ? contentElement.map { paragraphs(of: $0, atom: true) } : nil
    let published = firstDate(in: element, names: ["published", "issued", "created"])
    let updated = firstDate(in: element, names: ["updated", "modified"])
    return makeItem(
      guid: id, title: title, link: alternateLink(in: element, base: base), published: published,
      updated: updated, author: atomAuthor(of: element) ?? context.feedAuthor,
      summary: summary ?? [], content: content ?? [])
  }

  private func alternateLink(in element: MarkupElement, base: String) -> String? {
    let links = element.children(named: "link")
    let alternate =
      links.first { ($0.attribute("rel") ?? "alternate") == "alternate" && isHTMLLink($0) }
      ?? links.first { ($0.attribute("rel") ?? "alternate") == "alternate" }
    return alternate?.attribute("href").flatMap { resolved($0, against: base) }
  }

  private func isHTMLLink(_ link: MarkupElement) -> Bool {
    guard let type = link.attribute("type") else { return true }
    return type.contains("html")
  }

  private func atomAuthor(of element: MarkupElement) -> String? {
    let names = element.children(named: "author").compactMap { author -> String? in
      let name = author.firstChild(named: "name")?.textContent ?? author.textContent
      let clean = HTMLTextRenderer.collapsingWhitespace(name)
      return clean.isEmpty ? nil : clean
    }
    return joinedAuthors(names)
  }

  // MARK: - Shared

  private func makeItem(
    guid: String?, title: String, link: String?, published: Date?, updated: Date?,
    author: String?, summary: [String], content: [String]
  ) -> FeedItem? {
    let identity = ItemIdentity(feedURL: feedURL)
    var item = FeedItem(
      id: "", title: title, link: link, published: published, updated: updated, author: author,
      summary: summary, content: content)
    guard identity.complete(&item, guid: guid) else { return nil }
    return item
  }

  /// The plain text of a title-like element: Atom's `type` decides whether it is HTML; RSS
  /// titles are HTML only when they look like it.
  private func text(of element: MarkupElement, atom: Bool) -> String {
    switch atom ? textType(of: element) : .html {
    case .text: HTMLTextRenderer.collapsingWhitespace(element.textContent)
    case .html: renderer.line(fromFragment: element.textContent)
    case .xhtml: HTMLTextRenderer.collapsingWhitespace(element.textContent)
    }
  }

  /// The paragraphs of a summary- or content-like element.
  private func paragraphs(of element: MarkupElement, atom: Bool) -> [String] {
    switch atom ? textType(of: element) : .html {
    case .text: HTMLTextRenderer.plainParagraphs(element.textContent)
    case .html: renderer.paragraphs(inFragment: element.textContent)
    case .xhtml: renderer.paragraphs(in: element)
    }
  }

  private enum TextType { case text, html, xhtml }

  private func textType(of element: MarkupElement) -> TextType {
    let type = (element.attribute("type") ?? "text").lowercased()
    if type == "xhtml" || type.contains("xhtml") || type.hasSuffix("xml") { return .xhtml }
    if type == "html" || type.contains("html") { return .html }
    if type == "text" || type.hasPrefix("text/") { return .text }
    return .text
  }

  private func firstDate(in element: MarkupElement, names: [String]) -> Date? {
    for name in names {
      for child in element.children(named: name) {
        if let date = dateParser.date(from: child.textContent) { return date }
      }
    }
    return nil
  }

  private func joinedAuthors(_ names: [String]) -> String? {
    var unique: [String] = []
    for name in names where !unique.contains(name) { unique.append(name) }
    return unique.isEmpty ? nil : unique.joined(separator: ", ")
  }

  private func resolved(_ link: String?, against base: String) -> String? {
    guard let link else { return nil }
    return normalizer.resolve(link, against: base)
  }
}
