import HTMLCore

/// Decides which parts of a web page are furniture rather than article text: navigation,
/// headers and footers, cookie banners, share bars, related links, comments, newsletters,
/// advertisements, captions, forms, scripts and styles, hidden elements, and link lists.
///
/// Judged by tag, ARIA role and class/id words. An element that holds most of the page's
/// paragraph text is never furniture by its class alone (`<div class="comments-enabled
/// article-body">`, an ASP.NET `<form>` around the whole page).
struct PageFurniture: Sendable {
  /// The amount of paragraph text on the whole page, in characters.
  var pageTextLength: Int

  /// Whether `element` is furniture.
  func isFurniture(_ element: MarkupElement) -> Bool {
    let name = element.name
    if Self.furnitureTags.contains(name) { return true }
    if isHidden(element) { return true }
    if let role = element.attribute("role")?.lowercased(), Self.furnitureRoles.contains(role) {
      return true
    }
    let hinted = name == "form" || hasFurnitureHint(element)
    if hinted {
      return !holdsMostOfPage(element)
    }
    return isLinkList(element)
  }

  private func holdsMostOfPage(_ element: MarkupElement) -> Bool {
    pageTextLength > 0 && Self.paragraphTextLength(element) * 5 > pageTextLength * 2
  }

  private func isHidden(_ element: MarkupElement) -> Bool {
    if element.attribute("hidden") != nil { return true }
    if element.attribute("aria-hidden")?.lowercased() == "true" { return true }
    if let style = element.attribute("style")?.lowercased().filter({ $0 != " " }),
      style.contains("display:none") || style.contains("visibility:hidden")
    {
      return true
    }
    return false
  }

  /// Whether the class or id names it as furniture.
  func hasFurnitureHint(_ element: MarkupElement) -> Bool {
    let names = [element.attribute("class"), element.attribute("id")].compactMap { $0 }
      .joined(separator: " ").lowercased()
    guard !names.isEmpty else { return false }
    for token in names.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
      if Self.furnitureWords.contains(String(token)) { return true }
    }
    return Self.furnitureStems.contains { names.contains($0) }
  }

  /// Short blocks and lists that are mostly links: "Read more: ...", related-story lists.
  private func isLinkList(_ element: MarkupElement) -> Bool {
    guard Self.linkCheckedTags.contains(element.name) else { return false }
    let isList = element.name == "ul" || element.name == "ol"
    let total = Self.visibleTextLength(element, upTo: isList ? Int.max : 300)
    guard total > 0, isList || total < 300 else { return false }
    let linked = Self.linkTextLength(element)
    if isList { return linked * 2 > total }
    return linked * 10 > total * 6
  }

  // MARK: - Measuring text

  /// Characters of paragraph-like text under `element`: `p` elements and long direct text runs.
  static func paragraphTextLength(_ element: MarkupElement) -> Int {
    var total = 0
    for child in element.children {
      switch child {
      case .text(let text):
        let length = text.utf8.count
        if length >= 80 { total += length }
      case .element(let child):
        if child.name == "p" {
          total += child.textContent.utf8.count
        } else if !HTMLTextRenderer.droppedElements.contains(child.name) {
          total += paragraphTextLength(child)
        }
      }
    }
    return total
  }

  /// Characters of visible text under `element`; counting stops once past `limit`.
  static func visibleTextLength(_ element: MarkupElement, upTo limit: Int = Int.max) -> Int {
    var total = 0
    for child in element.children {
      switch child {
      case .text(let text): total += trimmedLength(text)
      case .element(let child):
        if !HTMLTextRenderer.droppedElements.contains(child.name) {
          total += visibleTextLength(child, upTo: limit - total)
        }
      }
      if total > limit { return total }
    }
    return total
  }

  static func linkTextLength(_ element: MarkupElement) -> Int {
    var total = 0
    for child in element.elements where !HTMLTextRenderer.droppedElements.contains(child.name) {
      total += child.name == "a" ? visibleTextLength(child) : linkTextLength(child)
    }
    return total
  }

  private static func trimmedLength(_ text: String) -> Int {
    var count = 0
    var pendingSpace = false
    for byte in text.utf8 {
      if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
        pendingSpace = count > 0
      } else {
        if pendingSpace { count += 1 }
        pendingSpace = false
        count += 1
      }
    }
    return count
  }

  // MARK: - Tables

  static let furnitureTags: Set<String> = HTMLTextRenderer.droppedElements.union([
    "nav", "header", "footer", "aside",
  ])

  static let furnitureRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search",
    "menu", "menubar", "toolbar", "alert", "marquee",
  ]

  private static let linkCheckedTags: Set<String> = [
    "p", "ul", "ol", "div", "section", "li", "dl", "table",
  ]

  /// Whole class/id words that mark furniture.
  static let furnitureWords: Set<String> = [
    "nav", "navbar", "navigation", "menu", "header", "masthead", "footer", "sidebar", "rail",
    "aside", "ad", "ads", "adv", "advert", "advertisement", "adslot", "dfp", "gpt", "banner",
    "cookie", "cookies", "consent", "gdpr", "cmp", "privacy", "share", "shares", "sharing",
    "sharebar", "social", "follow", "related", "recommended", "recommendations", "recirc",
    "recirculation", "popular", "trending", "mostread", "most", "readmore", "teaser", "teasers",
    "comment", "comments", "disqus", "discussion", "replies", "newsletter", "signup", "subscribe",
    "subscription", "paywall", "promo", "promotion", "sponsored", "sponsor", "partner",
    "outbrain", "taboola", "breadcrumb", "breadcrumbs", "byline", "author", "bio", "tags",
    "tag", "keywords", "topics", "toolbar", "tools", "print", "skip", "hidden", "sr",
    "caption", "credit", "credits", "meta", "timestamp", "widget", "popup", "modal", "overlay",
    "login", "signin", "donate", "pagination", "pager", "gallery", "slideshow", "video",
    "player", "embed", "disclaimer", "copyright", "legal", "corrections",
  ]

  /// Word stems that mark furniture wherever they occur in a class or id.
  static let furnitureStems: [String] = [
    "cookie", "consent", "share", "social", "comment", "newsletter", "related", "advert",
    "sponsor", "outbrain", "taboola", "breadcrumb", "paywall", "promo", "subscribe", "recirc",
  ]
}
