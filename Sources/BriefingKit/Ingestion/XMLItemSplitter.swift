/// Cuts a broken XML feed into its items, so that one item's broken markup cannot swallow the
/// items after it: each item is parsed as a small document of its own, inside a copy of the
/// feed's root start tag (which carries the namespace declarations).
struct XMLItemSplitter: Sendable {
  /// The pieces of a feed.
  struct Pieces {
    /// The feed without its items: root, channel title, link.
    var shell: String
    /// One small, complete-looking document per item.
    var items: [String]
  }

  /// The pieces of `text`, or `nil` when no root element or no item is found.
  func pieces(of text: String) -> Pieces? {
    guard let root = rootStartTag(in: text) else { return nil }
    let itemName = ["item", "entry"].first {
      firstStart(of: $0, in: text, from: text.startIndex) != nil
    }
    guard let itemName else { return nil }
    var ranges: [Range<String.Index>] = []
    var cursor = text.startIndex
    while let start = firstStart(of: itemName, in: text, from: cursor) {
      let afterStart = text.index(after: start)
      let close = text.range(of: "</\(itemName)>", range: afterStart..<text.endIndex)
      let next = firstStart(of: itemName, in: text, from: afterStart)
      var end = close?.upperBound ?? text.endIndex
      if let next, next < end { end = next }
      ranges.append(start..<end)
      cursor = end
    }
    guard let first = ranges.first, let last = ranges.last else { return nil }
    let closing = "</\(root.name)>"
    let (open, close) =
      root.name == "rss" ? (root.tag + "<channel>", "</channel>" + closing) : (root.tag, closing)
    let items = ranges.map { open + text[$0] + close }
    let shell = String(text[..<first.lowerBound]) + String(text[last.upperBound...])
    return Pieces(shell: shell, items: items)
  }

  private func rootStartTag(in text: String) -> (name: String, tag: String)? {
    var cursor = text.startIndex
    while let open = text[cursor...].firstIndex(of: "<") {
      let next = text.index(after: open)
      guard next < text.endIndex else { return nil }
      if text[next] == "?" || text[next] == "!" {
        guard let close = text[next...].firstIndex(of: ">") else { return nil }
        cursor = text.index(after: close)
        continue
      }
      guard let close = text[next...].firstIndex(of: ">") else { return nil }
      let tag = String(text[open...close])
      let name = text[next..<close].prefix { !$0.isWhitespace && $0 != "/" }
      let local = name.split(separator: ":").last.map(String.init) ?? String(name)
      return (local, tag.hasSuffix("/>") ? String(tag.dropLast(2)) + ">" : tag)
    }
    return nil
  }

  /// The start of the next `<name` tag (not `<names`) at or after `from`.
  private func firstStart(of name: String, in text: String, from: String.Index) -> String.Index? {
    var cursor = from
    let needle = "<" + name
    while let found = text.range(of: needle, range: cursor..<text.endIndex) {
      if found.upperBound == text.endIndex { return nil }
      let following = text[found.upperBound]
      if following == ">" || following == "/" || following.isWhitespace { return found.lowerBound }
      cursor = found.upperBound
    }
    return nil
  }
}
