import Foundation
import HTMLCore

/// What a web page says about its article outside the body: title, date, author, outlet,
/// canonical link, from `<meta>` tags, JSON-LD, `<title>`, `<h1>` and byline elements.
struct PageMetadata: Sendable, Hashable {
  /// The headline, site-name suffix removed.
  var title: String?
  /// When it was published (or, failing that, modified).
  var published: Date?
  /// The byline.
  var author: String?
  /// The outlet's name.
  var siteName: String?
  /// The canonical address of the article.
  var canonicalURL: String?
  /// The body as JSON-LD gives it (`articleBody`), for pages whose markup hides it.
  var structuredBody: String?

  /// Reads the metadata of the page whose root element is `root`, found at `url`.
  init(root: MarkupElement, url: String?, dateParser: DateParser) {
    let reader = Reader(root: root)
    let article = reader.structuredArticle()
    let normalizer = URLNormalizer()

    siteName =
      reader.meta("og:site_name") ?? article?.publisher ?? reader.meta("application-name")
      ?? url.flatMap(Self.siteName(fromHost:))

    let h1 = root.firstDescendant { $0.name == "h1" }
      .map { HTMLTextRenderer.collapsingWhitespace($0.textContent) }
      .flatMap { $0.isEmpty ? nil : $0 }
    let documentTitle = reader.title
    let rawTitle =
      reader.meta("og:title") ?? reader.meta("twitter:title") ?? article?.headline
      ?? documentTitle ?? h1
    title = rawTitle.map { Self.strippingSiteName($0, siteName: siteName, h1: h1) }

    let dateTexts: [String?] =
      [article?.datePublished]
      + Self.publishedKeys.map { reader.meta($0) }
      + [reader.timeElementDate(), article?.dateModified]
      + Self.modifiedKeys.map { reader.meta($0) }
    published = dateTexts.lazy.compactMap { $0 }.compactMap(dateParser.date(from:)).first

    author =
      article?.author
      ?? Self.authorKeys.lazy.compactMap { reader.meta($0) }.compactMap(Self.authorName).first
      ?? reader.bylineElementText().flatMap(Self.authorName)

    let canonical =
      reader.canonicalLink() ?? reader.meta("og:url")
    canonicalURL =
      canonical.flatMap { normalizer.resolve($0, against: url) }
      .flatMap { SourceAddress($0) == .web ? $0 : nil } ?? url
    structuredBody = article?.body
  }

  private static let publishedKeys = [
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
    "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
    "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime",
  ]

  private static let modifiedKeys = [
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
    "last-modified",
  ]

  private static let authorKeys = [
    "author", "article:author", "byl", "byline", "dc.creator", "dcterms.creator",
    "parsely-author", "sailthru.author", "twitter:creator",
  ]

  /// `By Jane Doe` is Jane Doe; links, handles and sentences are no names.
  static func authorName(_ raw: String) -> String? {
    var text = HTMLTextRenderer.collapsingWhitespace(raw)
    for prefix in ["by ", "By ", "BY ", "von ", "par "] where text.hasPrefix(prefix) {
      text = String(text.dropFirst(prefix.count))
    }
    text = text.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
    guard !text.isEmpty, !text.contains("://"), !text.hasPrefix("@"), text.count <= 120,
      text.split(separator: " ").count <= 16
    else { return nil }
    return text
  }

  /// `www.example.co.uk` is `example.co.uk`.
  static func siteName(fromHost url: String) -> String? {
    guard let host = URL(string: url)?.host, !host.isEmpty else { return nil }
    return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
  }

  /// `Headline | Site` and `Site - Headline` without the site part; a matching `<h1>` wins.
  static func strippingSiteName(_ title: String, siteName: String?, h1: String?) -> String {
    let clean = HTMLTextRenderer.collapsingWhitespace(title)
    if let h1, h1.split(separator: " ").count >= 2, clean != h1, clean.contains(h1) {
      return h1
    }
    let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » "]
    let site = siteName.map { normalized($0) } ?? ""
    for separator in separators {
      let parts = clean.components(separatedBy: separator)
      guard parts.count >= 2, let first = parts.first, let last = parts.last else { continue }
      if isSiteName(last, site: site) { return parts.dropLast().joined(separator: separator) }
      if isSiteName(first, site: site) { return parts.dropFirst().joined(separator: separator) }
      let rest = parts.dropLast().joined(separator: separator)
      if separator == " | ", last.split(separator: " ").count <= 4,
        rest.split(separator: " ").count >= 4
      {
        return rest
      }
    }
    return clean
  }

  private static func isSiteName(_ part: String, site: String) -> Bool {
    let key = normalized(part)
    guard key.count >= 3, !site.isEmpty else { return false }
    return key == site || (key.count >= 4 && (site.contains(key) || key.contains(site)))
  }

  private static func normalized(_ text: String) -> String {
    text.lowercased().filter { $0.isLetter || $0.isNumber }
  }
}

/// Looks things up in a page's tree.
private struct Reader {
  var root: MarkupElement
  private var metas: [String: String] = [:]

  init(root: MarkupElement) {
    self.root = root
    for meta in root.descendants(where: { $0.name == "meta" }) {
      guard
        let content = meta.attribute("content")?.trimmingCharacters(in: .whitespacesAndNewlines),
        !content.isEmpty
      else { continue }
      for key in ["property", "name", "itemprop", "http-equiv"] {
        if let name = meta.attribute(key)?.lowercased(), metas[name] == nil {
          metas[name] = HTMLTextRenderer.collapsingWhitespace(content)
        }
      }
    }
  }

  func meta(_ key: String) -> String? { metas[key] }

  var title: String? {
    let head = root.firstChild(named: "head") ?? root
    guard let title = head.firstDescendant(where: { $0.name == "title" }) else { return nil }
    let text = HTMLTextRenderer.collapsingWhitespace(title.textContent)
    return text.isEmpty ? nil : text
  }

  func canonicalLink() -> String? {
    root.firstDescendant { element in
      element.name == "link"
        && (element.attribute("rel")?.lowercased().split(separator: " ").contains("canonical")
          ?? false)
    }?.attribute("href")
  }

  func timeElementDate() -> String? {
    let scope = root.firstDescendant { $0.name == "article" } ?? root
    if let published = scope.firstDescendant(where: {
      $0.attribute("itemprop") == "datePublished"
    }) {
      return published.attribute("datetime") ?? published.attribute("content")
        ?? published.textContent
    }
    return scope.firstDescendant { $0.name == "time" && $0.attribute("datetime") != nil }?
      .attribute("datetime")
  }

  func bylineElementText() -> String? {
    let byline = root.firstDescendant { element in
      if element.attribute("rel") == "author" || element.attribute("itemprop") == "author" {
        return true
      }
      let names = (element.attribute("class") ?? "").lowercased()
      return names.split(separator: " ").contains { $0 == "byline" || $0.hasSuffix("__byline") }
    }
    guard let byline else { return nil }
    if let name = byline.firstDescendant(where: { $0.attribute("itemprop") == "name" }) {
      return name.textContent
    }
    return byline.textContent
  }

  /// The first JSON-LD object of a news or blog article type.
  func structuredArticle() -> StructuredArticle? {
    let scripts = root.descendants { element in
      element.name == "script"
        && (element.attribute("type")?.lowercased().contains("ld+json") ?? false)
    }
    for script in scripts {
      var text = script.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
      for wrapper in ["<![CDATA[", "]]>", "<!--", "-->"] {
        text = text.replacingOccurrences(of: wrapper, with: "")
      }
      guard let json = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { continue }
      if let article = Self.findArticle(in: json) { return StructuredArticle(article) }
    }
    return nil
  }

  private static func findArticle(in json: Any) -> [String: Any]? {
    if let array = json as? [Any] {
      for element in array {
        if let found = findArticle(in: element) { return found }
      }
      return nil
    }
    guard let object = json as? [String: Any] else { return nil }
    if isArticle(object["@type"]) { return object }
    if let graph = object["@graph"], let found = findArticle(in: graph) { return found }
    if let entity = object["mainEntity"], let found = findArticle(in: entity) { return found }
    return nil
  }

  private static func isArticle(_ type: Any?) -> Bool {
    let types =
      (type as? [Any])?.compactMap { $0 as? String } ?? [type as? String].compactMap { $0 }
    return types.contains {
      $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "LiveBlogPosting" || $0 == "Report"
    }
  }
}

/// The fields of a JSON-LD `NewsArticle` (or `Article`, `BlogPosting`, ...).
private struct StructuredArticle {
  var headline: String?
  var datePublished: String?
  var dateModified: String?
  var author: String?
  var publisher: String?
  var body: String?

  init(_ object: [String: Any]) {
    headline = (object["headline"] as? String) ?? (object["name"] as? String)
    datePublished = object["datePublished"] as? String
    dateModified = object["dateModified"] as? String
    author = Self.names(object["author"]).flatMap { $0.isEmpty ? nil : $0.joined(separator: ", ") }
    publisher = Self.names(object["publisher"])?.first
    body = object["articleBody"] as? String
  }

  private static func names(_ value: Any?) -> [String]? {
    switch value {
    case let text as String:
      return PageMetadata.authorName(text).map { [$0] }
    case let object as [String: Any]:
      return (object["name"] as? String).flatMap(PageMetadata.authorName).map { [$0] }
    case let array as [Any]:
      var unique: [String] = []
      for name in array.compactMap({ names($0) }).flatMap({ $0 }) where !unique.contains(name) {
        unique.append(name)
      }
      return unique
    default:
      return nil
    }
  }
}
