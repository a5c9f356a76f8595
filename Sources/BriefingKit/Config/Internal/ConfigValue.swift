import Yams

/// One value of the configuration with what the user calls it, so readers can say
/// `'max_words' must be ...` or `an entry of 'include' must be ...` and point at it.
struct ConfigValue {
  /// The YAML node of the value.
  let node: Node
  /// How messages name the value: `'max_words'`, `an entry of 'include'`.
  let subject: String
  /// The key the value belongs to, for hints (`max_words`); `nil` for list entries.
  let key: String?
  /// Where to point when the value itself is missing (the key of an empty value).
  let ownerMark: YAMLPosition?

  /// The value of a mapping entry.
  init(_ entry: ConfigEntry) {
    self.node = entry.value
    self.subject = "'\(entry.key)'"
    self.key = entry.key
    self.ownerMark = entry.keyNode.position
  }

  /// An entry of the list under `key`.
  init(item node: Node, of key: String) {
    self.node = node
    self.subject = "an entry of '\(key)'"
    self.key = nil
    self.ownerMark = node.position
  }

  /// Where messages about the value point: the value, or its key when it is empty.
  var mark: YAMLPosition? {
    if isNull, node.scalar?.string.isEmpty ?? false { return ownerMark ?? node.position }
    return node.position ?? ownerMark
  }

  /// Whether the value is an unquoted null (`~`, `null` or nothing).
  var isNull: Bool {
    guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any else {
      return false
    }
    return node.tag.rawValue == Tag.Name.null.rawValue
  }

  /// How to write `text` quoted at this place, for hints: `schedule: "06:30"` or `- "no"`.
  func quotedExample(_ text: String) -> String {
    let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"")
    return example("\"\(escaped)\"")
  }

  /// How to write `text` at this place, for hints: `max_words: 3` or `- 3`.
  func example(_ text: String) -> String {
    if let key { return "\(key): \(text)" }
    return "- \(text)"
  }
}

/// One `key: value` of a mapping.
struct ConfigEntry {
  /// The key as text.
  let key: String
  /// The key's node, for its location.
  let keyNode: Node
  /// The value's node.
  let value: Node
}

/// A mapping of the configuration, its keys in file order (merge keys `<<` already applied).
struct ConfigMapping {
  /// The mapping's node (its location is its first key).
  let node: Node?
  /// Where to point for a key the mapping lacks.
  let mark: YAMLPosition?
  /// The entries in file order.
  let entries: [ConfigEntry]

  /// The entry with the given key.
  subscript(key: String) -> ConfigEntry? {
    entries.first { $0.key == key }
  }
}
