import Foundation
import Yams

/// A briefing as read, with where its name and source names are for later cross-checks.
struct ReadBriefing {
  /// The briefing (incomplete when the entry had errors).
  var spec: BriefingSpec
  /// The `name:` value, when there was one.
  var nameMark: YAMLPosition?
  /// The source names it lists, each with where it is.
  var sourceReferences: [(name: String, mark: YAMLPosition?)] = []
}

extension ConfigReader {
  /// `briefings:` one per audience, in file order; at least one is required.
  mutating func readBriefings(_ top: ConfigMapping) -> [ReadBriefing] {
    let example = "briefings: followed by '  - name: morning' and '    title: Morning briefing'"
    guard let entry = top["briefings"] else {
      missing("briefings", in: top, of: "the configuration", hint: "add at least one: \(example)")
      return []
    }
    let value = ConfigValue(entry)
    guard
      let items = list(
        value, hint: "start each briefing with '- ' on its own line: - name: morning")
    else { return [] }
    if items.isEmpty {
      error("'briefings' lists no briefings", at: value.mark, hint: "add at least one: \(example)")
    }
    return items.compactMap { readBriefing($0) }
  }

  /// One entry of `briefings:`.
  private mutating func readBriefing(_ node: Node) -> ReadBriefing? {
    let value = ConfigValue(item: node, of: "briefings")
    guard
      let briefing = mapping(
        value, hint: "a briefing is a set of settings: - name: morning, then 'title: ...' below it")
    else { return nil }
    rejectUnknownKeys(in: briefing, allowed: ConfigSchema.briefing, place: "in a briefing")
    let (name, nameMark) = readName(in: briefing, owner: "a briefing", example: "morning")
    var read = ReadBriefing(
      spec: BriefingSpec(name: name ?? "", title: name ?? ""), nameMark: nameMark)

    if let entry = briefing["title"], let title = string(ConfigValue(entry)) {
      read.spec.title = title
    }
    if let entry = briefing["sources"] {
      read.sourceReferences = stringsWithMarks(ConfigValue(entry)) ?? []
      read.spec.sources = read.sourceReferences.map(\.name)
    }
    if let entry = briefing["templates"] { read.spec.templates = readTemplates(ConfigValue(entry)) }
    if let entry = briefing["max_stories"] {
      read.spec.maxStories = integer(
        ConfigValue(entry), minimum: 1, example: 5,
        hint: "write a whole number, such as max_stories: 5, or remove it to show every story")
    }
    if let entry = briefing["max_quotes_per_story"] {
      read.spec.maxQuotesPerStory = integer(
        ConfigValue(entry), minimum: 0, example: 2,
        hint: "write a whole number, such as max_quotes_per_story: 2 (0 shows none),"
          + " or remove it to show every key quote")
    }
    if let entry = briefing["max_figures_per_story"] {
      read.spec.maxFiguresPerStory = integer(
        ConfigValue(entry), minimum: 0, example: 2,
        hint: "write a whole number, such as max_figures_per_story: 2 (0 shows none),"
          + " or remove it to show every key figure")
    }
    if let entry = briefing["max_words"] { read.spec.maxWords = readMaxWords(ConfigValue(entry)) }
    if let entry = briefing["show_lede"], let flag = bool(ConfigValue(entry)) {
      read.spec.showLede = flag
    }
    if let entry = briefing["include"] { read.spec.include = strings(ConfigValue(entry)) ?? [] }
    if let entry = briefing["exclude"] { read.spec.exclude = strings(ConfigValue(entry)) ?? [] }
    if let entry = briefing["sort"],
      let sort = choice(ConfigValue(entry), of: BriefingSpec.Sort.self)
    {
      read.spec.sort = sort
    }
    if let entry = briefing["window"] {
      if ConfigValue(entry).node.scalar?.string == "all" {
        read.spec.window = .unlimited
      } else if let window = duration(ConfigValue(entry), example: "24h") {
        read.spec.window = window
      }
    }
    if let entry = briefing["schedule"] { read.spec.schedule = string(ConfigValue(entry)) }
    if let entry = briefing["deliver"] {
      let value = ConfigValue(entry)
      let items = list(value, hint: "start each delivery with '- ': - command: \"sendmail -t\"")
      read.spec.deliver = (items ?? []).compactMap { readDelivery($0) }
    }
    return read
  }

  /// `max_words:` a positive integer; very small values get a warning.
  private mutating func readMaxWords(_ value: ConfigValue) -> Int? {
    let words = integer(
      value, minimum: 1, example: 40,
      hint: "write a whole number, such as max_words: 40, or remove it to keep summaries whole")
    if let words, words < 10 {
      warning(
        "'max_words' is \(words), which leaves hardly any summary", at: value.mark,
        hint: "a one-sentence summary needs about 25 to 40 words")
    }
    return words
  }

  /// A string or list of strings with where each one is.
  private mutating func stringsWithMarks(_ value: ConfigValue) -> [(
    name: String, mark: YAMLPosition?
  )]? {
    if value.node.sequence == nil {
      return strings(value)?.map { ($0, value.mark) }
    }
    guard let texts = strings(value), let items = value.node.sequence else { return nil }
    return zip(texts, items).map { ($0, $1.position) }
  }

  /// `templates:` a Markdown and/or text template file, each checked to exist.
  private mutating func readTemplates(_ value: ConfigValue) -> [OutputFormat: String] {
    guard let section = mapping(value) else { return [:] }
    rejectUnknownKeys(in: section, allowed: ConfigSchema.templates, place: "in 'templates'")
    var templates: [OutputFormat: String] = [:]
    for format in OutputFormat.allCases {
      guard let entry = section[format.rawValue] else { continue }
      let value = ConfigValue(entry)
      guard let path = string(value) else { continue }
      let url = BriefingConfig.resolve(path, against: baseDirectory)
      var isDirectory: ObjCBool = false
      if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
        error(
          "template file '\(path)' does not exist", at: value.mark,
          hint: "paths are relative to the folder of \(source.displayName); looked for \(url.path)")
      } else if isDirectory.boolValue {
        error(
          "template '\(path)' is a folder, not a file", at: value.mark,
          hint: "give the template file, such as \(format.rawValue): templates/briefing."
            + "\(format.fileExtension).mustache")
      } else {
        templates[format] = path
      }
    }
    return templates
  }

  /// One entry of `deliver:`: `{command:, email:, to:, from:}` or `{copy_to:}`.
  private mutating func readDelivery(_ node: Node) -> DeliverySpec? {
    let value = ConfigValue(item: node, of: "deliver")
    guard
      let delivery = mapping(
        value, hint: "a delivery is '- command: \"sendmail -t\"' or '- copy_to: /srv/briefings'")
    else { return nil }
    rejectUnknownKeys(in: delivery, allowed: ConfigSchema.delivery, place: "in a delivery")
    let command = delivery["command"]
    let copy = delivery["copy_to"]
    switch (command, copy) {
    case (nil, nil):
      error(
        "a delivery needs 'command' or 'copy_to'", at: delivery.mark,
        hint: "pipe the briefing into a command (- command: \"sendmail -t\")"
          + " or copy its files (- copy_to: /srv/briefings)")
      return nil
    case (_?, let copy?):
      error(
        "a delivery has either 'command' or 'copy_to', not both", at: copy.keyNode.position,
        hint: "make them two entries of 'deliver:'")
      return nil
    case (nil, let copy?):
      for key in ["email", "to", "from"] {
        guard let entry = delivery[key] else { continue }
        error(
          "'\(key)' applies to 'command' deliveries, not 'copy_to'", at: entry.keyNode.position,
          hint: "remove it, or deliver by email with - command: \"sendmail -t\"")
      }
      return string(ConfigValue(copy)).map { .copy(to: $0) }
    case (let command?, nil):
      return readCommandDelivery(command: command, in: delivery)
    }
  }

  /// A `command:` delivery with its email settings.
  private mutating func readCommandDelivery(command entry: ConfigEntry, in delivery: ConfigMapping)
    -> DeliverySpec?
  {
    let command = string(ConfigValue(entry))
    let emailFlag = delivery["email"].flatMap { bool(ConfigValue($0)) }
    let email = emailFlag ?? false
    var to: [String] = []
    if let entry = delivery["to"] {
      let value = ConfigValue(entry)
      to = strings(value) ?? []
      let items = value.node.sequence.map(Array.init) ?? [value.node]
      for (item, address) in zip(items, to) where !address.contains("@") {
        let place = value.node.sequence == nil ? value : ConfigValue(item: item, of: "to")
        error(
          "'\(address)' is not an email address", at: place.mark,
          hint: "write an address such as briefings@example.org")
      }
    }
    let from = delivery["from"].flatMap { string(ConfigValue($0)) }
    if let from, !from.contains("@"), let entry = delivery["from"] {
      error(
        "'\(from)' is not an email address", at: ConfigValue(entry).mark,
        hint: "write an address such as briefings@example.org")
    }
    if email, delivery["to"] == nil {
      error(
        "an email delivery needs 'to'", at: delivery["email"]?.keyNode.position ?? delivery.mark,
        hint: "add the recipients: to: [you@example.org]")
    }
    if delivery["email"] == nil || emailFlag == false {
      for key in ["to", "from"] {
        guard let entry = delivery[key] else { continue }
        error(
          "'\(key)' only applies to email deliveries", at: entry.keyNode.position,
          hint: "add 'email: true', or remove '\(key)'")
      }
    }
    guard let command else { return nil }
    return .command(command, email: email, to: to, from: from)
  }
}
