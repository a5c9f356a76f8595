import Foundation
import Yams

/// A source as read, with where its name is for later cross-checks.
struct ReadSource {
  /// The source (incomplete when the entry had errors).
  var spec: SourceSpec
  /// The `name:` value, when there was one.
  var nameMark: YAMLPosition?
}

extension ConfigReader {
  /// `sources:` the named sources, in file order.
  mutating func readSources(_ top: ConfigMapping) -> [ReadSource] {
    guard let entry = top["sources"] else { return [] }
    let hint = "start each source with '- ' on its own line: - name: local"
    guard let items = list(ConfigValue(entry), hint: hint) else { return [] }
    return items.compactMap { readSource($0) }
  }

  /// One entry of `sources:`.
  private mutating func readSource(_ node: Node) -> ReadSource? {
    let value = ConfigValue(item: node, of: "sources")
    guard
      let source = mapping(
        value, hint: "a source is a set of settings: - name: local, then 'path: articles' below it")
    else { return nil }
    let (name, nameMark) = readName(in: source, owner: "a source", example: "local")
    var spec = SourceSpec(name: name ?? "", kind: .directory)

    let kind = readSourceKind(in: source)
    if let kind {
      spec.kind = kind
      let allowed = ConfigSchema.source(kind)
      rejectUnknownKeys(in: source, allowed: allowed, place: "in a \(kind.rawValue) source") {
        key in
        guard ConfigSchema.source.contains(key) else { return nil }
        return (
          "'\(key)' does not apply to a \(kind.rawValue) source",
          Self.misplacedSourceKeyHint(key, kind: kind, allowed: allowed)
        )
      }
    } else {
      rejectUnknownKeys(in: source, allowed: ConfigSchema.source, place: "in a source")
    }

    if let entry = source["path"] { spec.path = string(ConfigValue(entry)) }
    if let entry = source["pattern"] { spec.pattern = string(ConfigValue(entry)) }
    if let entry = source["url"] { spec.url = readAddress(ConfigValue(entry)) }
    if let entry = source["urls"] {
      let value = ConfigValue(entry)
      if let urls = strings(value) {
        spec.urls = urls
        for (item, url) in zip(value.node.sequence.map(Array.init) ?? [value.node], urls) {
          _ = readAddress(ConfigValue(item: item, of: "urls"), text: url)
        }
      }
    }
    if let entry = source["label"] { spec.label = string(ConfigValue(entry)) }
    if let entry = source["full_text"], let fullText = readFullText(ConfigValue(entry)) {
      spec.fullText = fullText
    }
    if let entry = source["encoding"] { spec.encoding = string(ConfigValue(entry)) }

    switch kind {
    case .directory?:
      if source["path"] == nil {
        missing(
          "path", in: source, of: "a directory source",
          hint: "add the folder of article files, relative to this file: path: articles")
      } else if let path = spec.path, let entry = source["path"] {
        warnIfMissingFolder(path, at: ConfigValue(entry).mark)
      }
    case .feed?:
      if source["url"] == nil {
        missing(
          "url", in: source, of: "a feed source",
          hint: "add the address of the feed: url: https://example.org/feed.xml")
      }
    case .page?:
      let hint = "list the article pages: urls: [https://example.org/news/1.html]"
      if let entry = source["urls"] {
        if ConfigValue(entry).isNull || entry.value.sequence?.count == 0 {
          error("'urls' lists no pages", at: ConfigValue(entry).mark, hint: hint)
        }
      } else {
        missing("urls", in: source, of: "a page source", hint: hint)
      }
    case nil:
      break
    }
    return ReadSource(spec: spec, nameMark: nameMark)
  }

  /// `type:`, or `directory` when the source has a `path`.
  private mutating func readSourceKind(in source: ConfigMapping) -> SourceSpec.Kind? {
    if let entry = source["type"] { return choice(ConfigValue(entry), of: SourceSpec.Kind.self) }
    if source["path"] != nil { return .directory }
    let hint: String
    if source["url"] != nil {
      hint = "add 'type: feed' for an RSS, Atom or JSON feed"
    } else if source["urls"] != nil {
      hint = "add 'type: page' for a list of article pages"
    } else {
      hint =
        "add 'type: directory' with 'path:', 'type: feed' with 'url:', or 'type: page' with 'urls:'"
    }
    missing("type", in: source, of: "a source", hint: hint)
    return nil
  }

  /// The hint for a key that belongs to another type of source.
  private static func misplacedSourceKeyHint(
    _ key: String, kind: SourceSpec.Kind, allowed: [String]
  ) -> String {
    switch (key, kind) {
    case ("url", .page): "a page source lists its addresses under 'urls:'"
    case ("urls", .feed): "a feed source reads one 'url'; make each feed a source of its own"
    case ("path", _):
      "'path' is for directory sources; a \(kind.rawValue) source takes: "
        + allowed.joined(separator: ", ")
    default:
      "a \(kind.rawValue) source takes: " + allowed.joined(separator: ", ")
    }
  }

  /// A feed or page address: http, https, a `file://` URL or a file path.
  private mutating func readAddress(_ value: ConfigValue, text: String? = nil) -> String? {
    guard let address = text ?? string(value) else { return nil }
    let hint = "write an http or https address, or a file path"
    if let range = address.range(of: "://") {
      let scheme = address[..<range.lowerBound].lowercased()
      guard ["http", "https", "file"].contains(scheme) else {
        error(
          "\(value.subject) must be an http or https address or a file path, not '\(address)'",
          at: value.mark, hint: hint)
        return nil
      }
      guard let url = URL(string: address), scheme == "file" || !(url.host ?? "").isEmpty else {
        error("\(value.subject) is not a valid address: '\(address)'", at: value.mark, hint: hint)
        return nil
      }
    }
    return address
  }

  /// `full_text: auto | true | false`.
  private mutating func readFullText(_ value: ConfigValue) -> SourceSpec.FullText? {
    if value.node.scalar != nil, !value.isNull, !isQuoted(value),
      case .bool(let flag) = meaning(of: value)
    {
      return flag ? .always : .never
    }
    return choice(value, of: SourceSpec.FullText.self)
  }

  /// Warns when a directory source's folder does not exist.
  private mutating func warnIfMissingFolder(_ path: String, at mark: YAMLPosition?) {
    let url = BriefingConfig.resolve(path, against: baseDirectory)
    var isDirectory: ObjCBool = false
    if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
      warning(
        "folder '\(path)' does not exist", at: mark,
        hint: "paths are relative to the folder of \(source.displayName); looked for \(url.path)")
    } else if !isDirectory.boolValue {
      warning(
        "'\(path)' is a file, not a folder", at: mark,
        hint: "give the folder that holds the article files")
    }
  }

  /// `name:`, required, usable in file names; returns the name and where it is.
  mutating func readName(in mapping: ConfigMapping, owner: String, example: String)
    -> (String?, YAMLPosition?)
  {
    guard let entry = mapping["name"] else {
      missing(
        "name", in: mapping, of: owner,
        hint: "add a short name of lowercase letters, digits, '-' or '_': name: \(example)")
      return (nil, nil)
    }
    let value = ConfigValue(entry)
    guard let name = string(value) else { return (nil, value.mark) }
    if !Self.isUsableName(name) {
      let slug = Self.slug(name)
      error(
        "'\(name)' is not a usable name", at: value.mark,
        hint: "names become part of file names: use lowercase letters, digits, '-' and '_'"
          + (slug.isEmpty ? "" : ", such as '\(slug)'"))
    }
    return (name, value.mark)
  }

  /// Whether `name` is lowercase letters, digits, `-` and `_`, starting with a letter or digit.
  static func isUsableName(_ name: String) -> Bool {
    let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_")
    guard let first = name.first, first != "-", first != "_", name.count <= 64 else {
      return false
    }
    return name.allSatisfy { allowed.contains($0) }
  }

  /// `name` made usable: `World News` -> `world-news`.
  static func slug(_ name: String) -> String {
    var slug = ""
    for character in name.lowercased() {
      if character.isASCII, character.isLetter || character.isNumber || character == "_" {
        slug.append(character)
      } else if !slug.isEmpty, slug.last != "-" {
        slug.append("-")
      }
    }
    while slug.last == "-" { slug.removeLast() }
    return String(slug.prefix(64))
  }
}
