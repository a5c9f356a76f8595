/// Gives feed items their stable identifier and a title when they lack one.
struct ItemIdentity: Sendable {
  /// The feed the items come from: the namespace for guids that are not unique on their own.
  var feedURL: String

  private let normalizer = URLNormalizer()

  /// Fills in `item.id` (guid, else normalised link, else content hash) and an empty title
  /// (the first words of the text, else the link). Returns `false` for an item with no title,
  /// no link and no text: a broken item.
  func complete(_ item: inout FeedItem, guid: String?) -> Bool {
    let text = item.text
    if item.title.isEmpty {
      if let first = text.first {
        item.title = Self.opening(of: first)
      } else if let link = item.link {
        item.title = link
      } else {
        return false
      }
    }
    item.id = identifier(guid: guid, link: item.link, title: item.title, text: text)
    return true
  }

  private func identifier(guid: String?, link: String?, title: String, text: [String]) -> String {
    if let guid = guid?.trimmingCharacters(in: .whitespacesAndNewlines), !guid.isEmpty {
      if let url = normalizer.normalize(guid) { return url }
      if guid.contains(":") { return guid }
      return (normalizer.normalize(feedURL) ?? feedURL) + "#" + guid
    }
    if let link, let url = normalizer.normalize(link) { return url }
    return "sha:" + ContentHash().fingerprint([title] + text)
  }

  /// The first words of a paragraph, for items without a title.
  static func opening(of paragraph: String) -> String {
    let words = paragraph.split(separator: " ")
    guard words.count > 12 else { return paragraph }
    return words.prefix(12).joined(separator: " ") + "…"
  }
}
