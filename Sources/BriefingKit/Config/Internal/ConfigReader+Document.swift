import Foundation
import Yams

extension ConfigReader {
  /// Reads the whole configuration from the root node; `nil` when an error was found.
  mutating func readConfig(root: Node, file: URL) -> BriefingConfig? {
    guard root.mapping != nil else {
      error(
        "the configuration must be a mapping of settings, not \(describe(root))", at: root.position,
        hint: "start the file with 'version: 1' on a line of its own")
      return nil
    }
    let rootValue = ConfigValue(
      ConfigEntry(key: "configuration", keyNode: root, value: root))
    guard let top = mapping(rootValue) else { return nil }
    rejectUnknownKeys(in: top, allowed: ConfigSchema.topLevel, place: "at the top level")

    readVersion(top)
    let timezone = readTimeZone(top)
    let output = top["output"].flatMap { readOutput(ConfigValue($0)) } ?? OutputSpec()
    let state = top["state"].flatMap { readState(ConfigValue($0)) } ?? StateSpec()
    let http = top["http"].flatMap { readHTTP(ConfigValue($0)) } ?? HTTPSpec()
    let sources = readSources(top)
    let briefings = readBriefings(top)
    checkReferences(sources: sources, briefings: briefings, top: top)

    guard !hasErrors, let timezone else { return nil }
    return BriefingConfig(
      version: 1, timezone: timezone, output: output, state: state, http: http,
      sources: sources.map(\.spec), briefings: briefings.map(\.spec), file: file)
  }

  /// `version: 1`, required.
  private mutating func readVersion(_ top: ConfigMapping) {
    guard let entry = top["version"] else {
      missing(
        "version", in: top, of: "the configuration",
        hint: "add 'version: 1' as the first line of the file")
      return
    }
    let value = ConfigValue(entry)
    guard let version = integer(value, minimum: 1, example: 1, hint: "write version: 1") else {
      return
    }
    if version != 1 {
      error(
        "unsupported configuration version \(version)", at: value.mark,
        hint: "this version of briefing reads 'version: 1'")
    }
  }

  /// `timezone:` an IANA name, required.
  private mutating func readTimeZone(_ top: ConfigMapping) -> TimeZone? {
    guard let entry = top["timezone"] else {
      missing(
        "timezone", in: top, of: "the configuration",
        hint: "add the IANA time zone briefings are dated in, such as 'timezone: Europe/Berlin'")
      return nil
    }
    let value = ConfigValue(entry)
    guard let name = string(value) else { return nil }
    if let zone = TimeZone(identifier: name) { return zone }
    let hint =
      NameSuggestion.timeZone(for: name, among: TimeZone.knownTimeZoneIdentifiers)
      .map { "did you mean '\($0)'?" }
      ?? "use an IANA name such as Europe/Berlin or America/New_York"
      + " ('timedatectl list-timezones' lists them)"
    error("unknown time zone '\(name)'", at: value.mark, hint: hint)
    return nil
  }

  /// `output:` where briefing files are written.
  private mutating func readOutput(_ value: ConfigValue) -> OutputSpec? {
    guard let section = mapping(value) else { return nil }
    rejectUnknownKeys(in: section, allowed: ConfigSchema.output, place: "in 'output'")
    var spec = OutputSpec()
    if let entry = section["directory"], let directory = string(ConfigValue(entry)) {
      spec.directory = directory
    }
    if let entry = section["path"], let path = readOutputPath(ConfigValue(entry)) {
      spec.path = path
    }
    if let entry = section["keep_days"] {
      spec.keepDays = integer(
        ConfigValue(entry), minimum: 1, example: 30,
        hint: "write the number of days to keep, such as keep_days: 30, or remove it to keep all")
    }
    return spec
  }

  /// `output.path`: a relative pattern with `{briefing}` and `{ext}`, and usually `{date}`.
  private mutating func readOutputPath(_ value: ConfigValue) -> String? {
    guard let path = string(value) else { return nil }
    let example = "path: \"{date}/{briefing}.{ext}\""
    var valid = true
    for placeholder in Self.placeholders(in: path)
    where !ConfigSchema.pathPlaceholders.contains(placeholder) {
      let suggestion = NameSuggestion.bestMatch(
        for: placeholder, among: ConfigSchema.pathPlaceholders)
      error(
        "unknown placeholder '{\(placeholder)}' in 'path'", at: value.mark,
        hint: suggestion.map { "did you mean '{\($0)}'?" }
          ?? "'path' can use {date}, {briefing} and {ext}")
      valid = false
    }
    for required in ["briefing", "ext"] where !path.contains("{\(required)}") {
      let reason =
        required == "briefing"
        ? "every briefing would write the same file" : "the Markdown and text files would collide"
      error("'path' must contain '{\(required)}'", at: value.mark, hint: "\(reason): \(example)")
      valid = false
    }
    if path.hasPrefix("/") || path.hasPrefix("~") {
      error(
        "'path' must be relative to 'directory'", at: value.mark,
        hint: "set the folder with 'directory:' and the file names with \(example)")
      valid = false
    }
    if path.split(separator: "/").contains("..") {
      error(
        "'path' must stay inside 'directory'", at: value.mark,
        hint: "remove the '..' and change 'directory:' instead")
      valid = false
    }
    if valid, !path.contains("{date}") {
      warning(
        "'path' has no '{date}', so each run replaces the previous briefing", at: value.mark,
        hint: "keep one file per day: \(example)")
    }
    return valid ? path : nil
  }

  /// The names inside `{...}` in `text`.
  static func placeholders(in text: String) -> [String] {
    var names: [String] = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      let after = rest[rest.index(after: open)...]
      guard let close = after.firstIndex(of: "}") else { break }
      names.append(String(after[..<close]))
      rest = after[after.index(after: close)...]
    }
    return names
  }

  /// `state:` where the run state is kept.
  private mutating func readState(_ value: ConfigValue) -> StateSpec? {
    guard let section = mapping(value) else { return nil }
    rejectUnknownKeys(in: section, allowed: ConfigSchema.state, place: "in 'state'")
    var spec = StateSpec()
    if let entry = section["directory"] { spec.directory = string(ConfigValue(entry)) }
    if let entry = section["keep"], let keep = duration(ConfigValue(entry), example: "30d") {
      spec.keep = keep
    }
    return spec
  }

  /// `http:` how requests are made.
  private mutating func readHTTP(_ value: ConfigValue) -> HTTPSpec? {
    guard let section = mapping(value) else { return nil }
    rejectUnknownKeys(in: section, allowed: ConfigSchema.http, place: "in 'http'")
    var spec = HTTPSpec()
    if let entry = section["user_agent"], let agent = string(ConfigValue(entry)) {
      spec.userAgent = agent
    }
    if let entry = section["connect_timeout"],
      let span = duration(ConfigValue(entry), example: "10s")
    {
      spec.connectTimeout = span
    }
    if let entry = section["total_timeout"], let span = duration(ConfigValue(entry), example: "30s")
    {
      spec.totalTimeout = span
    }
    if let entry = section["max_concurrent"],
      let count = integer(ConfigValue(entry), minimum: 1, example: 4)
    {
      spec.maxConcurrent = count
    }
    if let entry = section["per_host_delay"],
      let span = duration(ConfigValue(entry), allowZero: true, example: "1s")
    {
      spec.perHostDelay = span
    }
    if let entry = section["retries"],
      let count = integer(ConfigValue(entry), minimum: 0, example: 2)
    {
      spec.retries = count
    }
    if let entry = section["max_bytes"],
      let count = integer(ConfigValue(entry), minimum: 1, example: 5_000_000)
    {
      spec.maxBytes = count
    }
    if spec.connectTimeout > spec.totalTimeout, let entry = section["connect_timeout"] {
      warning(
        "'connect_timeout' (\(spec.connectTimeout)) is longer than 'total_timeout'"
          + " (\(spec.totalTimeout)), so it never applies",
        at: entry.keyNode.position, hint: "make 'total_timeout' the longer of the two")
    }
    return spec
  }
}
