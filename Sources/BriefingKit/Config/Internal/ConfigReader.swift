import Foundation
import Yams

/// Walks the YAML node tree of `briefings.yaml`, reading typed values and collecting every problem
/// as a diagnostic at the place it was found, so one run reports all of them.
struct ConfigReader {
  /// The file being read, for locations and source lines.
  let source: ConfigSourceText
  /// How `${VAR}` references are replaced.
  let interpolation: EnvironmentInterpolation
  /// Keys the parser renamed because they were duplicates (already reported).
  let ignoredKeys: Set<String>
  /// The folder relative paths resolve against.
  let baseDirectory: URL
  /// What was found so far.
  var diagnostics: [Diagnostic] = []

  // MARK: Findings

  /// Records an error at `mark`.
  mutating func error(_ message: String, at mark: YAMLPosition?, hint: String? = nil) {
    diagnostics.append(source.diagnostic(.error, at: mark, message, hint: hint))
  }

  /// Records a warning at `mark`.
  mutating func warning(_ message: String, at mark: YAMLPosition?, hint: String? = nil) {
    diagnostics.append(source.diagnostic(.warning, at: mark, message, hint: hint))
  }

  /// Whether any error was recorded.
  var hasErrors: Bool { diagnostics.contains { $0.isError } }

  // MARK: Structure

  /// The mapping at `value`; an empty value reads as an empty mapping.
  mutating func mapping(_ value: ConfigValue, hint: String? = nil) -> ConfigMapping? {
    if value.isNull { return ConfigMapping(node: nil, mark: value.mark, entries: []) }
    guard let mapping = value.node.mapping else {
      error(
        "\(value.subject) must be a mapping of settings, not \(describe(value.node))",
        at: value.mark,
        hint: hint ?? "write its settings on the lines below '\(value.key ?? "key"):', indented")
      return nil
    }
    return ConfigMapping(node: value.node, mark: value.node.position, entries: entries(of: mapping))
  }

  /// The entries of a mapping, with `<<: *anchor` merges applied (explicit keys win).
  private mutating func entries(of mapping: Node.Mapping) -> [ConfigEntry] {
    var entries: [ConfigEntry] = []
    var merged: [ConfigEntry] = []
    for (keyNode, value) in mapping {
      guard let key = keyNode.scalar?.string else {
        error(
          "a key must be a plain name, not \(describe(keyNode))", at: keyNode.position,
          hint: "write keys as 'name: value'")
        continue
      }
      if ignoredKeys.contains(key) { continue }
      if key == "<<", keyNode.tag.rawValue == Tag.Name.merge.rawValue {
        let sources = value.mapping.map { [$0] } ?? value.sequence?.compactMap(\.mapping)
        guard let sources, value.mapping != nil || value.sequence?.count == sources.count else {
          error(
            "'<<' must merge a mapping or a list of mappings",
            at: value.position ?? keyNode.position,
            hint: "write '<<: *name' where '&name' marks a mapping")
          continue
        }
        for source in sources { merged += self.entries(of: source) }
        continue
      }
      entries.append(ConfigEntry(key: key, keyNode: keyNode, value: value))
    }
    let explicit = Set(entries.map(\.key))
    var seen = explicit
    for entry in merged where !seen.contains(entry.key) {
      seen.insert(entry.key)
      entries.append(entry)
    }
    return entries
  }

  /// Reports every key of `mapping` that is not in `allowed`, with a did-you-mean suggestion.
  mutating func rejectUnknownKeys(
    in mapping: ConfigMapping, allowed: [String], place: String,
    misplaced: (String) -> (message: String, hint: String)? = { _ in nil }
  ) {
    for entry in mapping.entries where !allowed.contains(entry.key) {
      if let (message, hint) = misplaced(entry.key) {
        error(message, at: entry.keyNode.position, hint: hint)
        continue
      }
      let hint: String
      if let suggestion = NameSuggestion.bestMatch(for: entry.key, among: allowed) {
        hint = "did you mean '\(suggestion)'?"
      } else {
        hint = "valid keys here: " + allowed.joined(separator: ", ")
      }
      error("unknown key '\(entry.key)' \(place)", at: entry.keyNode.position, hint: hint)
    }
  }

  /// Reports a missing required key.
  mutating func missing(_ key: String, in mapping: ConfigMapping, of owner: String, hint: String) {
    error("\(owner) needs '\(key)'", at: mapping.mark, hint: hint)
  }

  /// The entries of the list at `value`; an empty value reads as an empty list.
  mutating func list(_ value: ConfigValue, hint: String) -> [Node]? {
    if value.isNull { return [] }
    guard let sequence = value.node.sequence else {
      error(
        "\(value.subject) must be a list, not \(describe(value.node))", at: value.mark, hint: hint)
      return nil
    }
    return Array(sequence)
  }

  // MARK: Scalars

  /// The text of a scalar after `${VAR}` replacement, or `nil` after reporting why not.
  ///
  /// `isInterpolated` says a reference was replaced: the result is then text, whatever it
  /// looks like.
  mutating func text(of value: ConfigValue) -> (text: String, isInterpolated: Bool)? {
    guard let scalar = value.node.scalar else { return nil }
    let result = interpolation.apply(to: scalar.string)
    for problem in result.problems {
      let mark = self.mark(of: problem, in: value)
      switch problem {
      case .unset(let name, _):
        error(
          "environment variable '\(name)' is not set", at: mark,
          hint: "set it, or give a default: ${\(name):-value}")
      case .unclosed:
        error(
          "'${' is not closed", at: mark,
          hint: "write ${NAME} or ${NAME:-default}; write $${ for a literal '${'")
      case .invalidName(let body, _):
        error(
          "'${\(body)}' does not name an environment variable", at: mark,
          hint: "a name has letters, digits and '_' and does not start with a digit;"
            + " write $${ for a literal '${'")
      }
    }
    guard result.problems.isEmpty else { return nil }
    return (result.text, result.isInterpolated)
  }

  /// Where a `${...}` problem is: its `${` in the source line when it can be found there.
  private func mark(of problem: EnvironmentInterpolation.Problem, in value: ConfigValue)
    -> YAMLPosition?
  {
    guard let mark = value.node.position, let scalar = value.node.scalar else { return value.mark }
    let characters = Array(scalar.string)
    let start = min(problem.offset, characters.count)
    let reference = String(characters[start..<min(characters.count, start + 2 + 40)])
      .prefix { $0 != "}" }
    guard let line = source.line(mark.line) else { return mark }
    let scalars = Array(line.unicodeScalars)
    let needle = Array(reference.unicodeScalars)
    var column = mark.column - 1
    while column + needle.count <= scalars.count {
      if Array(scalars[column..<(column + needle.count)]) == needle {
        return YAMLPosition(line: mark.line, column: column + 1)
      }
      column += 1
    }
    return mark
  }

  /// What YAML makes of a scalar that is neither quoted nor interpolated.
  func meaning(of value: ConfigValue) -> YAMLPlainMeaning {
    let tagged = value.node.position.flatMap { source.character(at: $0) } == "!"
    return YAMLPlainMeaning(of: value.node, explicitlyTagged: tagged)
  }

  /// Whether the scalar was written in quotes or as a block (`|`, `>`).
  func isQuoted(_ value: ConfigValue) -> Bool {
    guard let scalar = value.node.scalar else { return false }
    return scalar.style != .plain && scalar.style != .any
  }

  /// A string value; `allowEmpty` accepts `""`.
  mutating func string(_ value: ConfigValue, allowEmpty: Bool = false) -> String? {
    if value.isNull {
      error("\(value.subject) has no value", at: value.mark, hint: "give it a value, or remove it")
      return nil
    }
    guard value.node.scalar != nil else {
      error(
        "\(value.subject) must be a string, not \(describe(value.node))", at: value.mark,
        hint: "write a single value: \(value.example("text"))")
      return nil
    }
    guard let (text, isInterpolated) = text(of: value) else { return nil }
    if !isInterpolated, !isQuoted(value) {
      let meaning = meaning(of: value)
      if !meaning.isString {
        let written = value.node.scalar?.string ?? text
        error(
          "\(value.subject) must be a string, but YAML reads \(written) as "
            + meaning.reading(of: written),
          at: value.mark, hint: "quote it: \(value.quotedExample(written))")
        return nil
      }
    }
    if text.isEmpty, !allowEmpty {
      error("\(value.subject) is empty", at: value.mark, hint: "give it a value, or remove it")
      return nil
    }
    return text
  }

  /// An integer of at least `minimum` (`1`: a positive integer, `0`: a whole number).
  mutating func integer(_ value: ConfigValue, minimum: Int, example: Int, hint: String? = nil)
    -> Int?
  {
    let expected = minimum >= 1 ? "a positive integer" : "a whole number (0 or more)"
    let advice = hint ?? "write a whole number, such as \(value.example(String(example)))"
    if value.isNull {
      error("\(value.subject) has no value", at: value.mark, hint: advice)
      return nil
    }
    guard value.node.scalar != nil else {
      error(
        "\(value.subject) must be \(expected), not \(describe(value.node))", at: value.mark,
        hint: advice)
      return nil
    }
    guard let (text, isInterpolated) = text(of: value) else { return nil }
    let number: Int?
    if isInterpolated {
      number = YAMLPlainMeaning.decimal(text.trimmingCharacters(in: .whitespaces))
    } else if isQuoted(value) {
      let unquoted = YAMLPlainMeaning.decimal(text)
      error(
        "\(value.subject) must be \(expected), not the string \(quoted(text))", at: value.mark,
        hint: unquoted != nil ? "remove the quotes: \(value.example(text))" : advice)
      return nil
    } else if case .decimal(let plain) = meaning(of: value) {
      number = plain
    } else {
      number = nil
    }
    guard let number else {
      error("\(value.subject) must be \(expected), not '\(text)'", at: value.mark, hint: advice)
      return nil
    }
    guard number >= minimum else {
      error("\(value.subject) must be \(expected), not \(number)", at: value.mark, hint: advice)
      return nil
    }
    return number
  }

  /// `true` or `false` (YAML 1.1 also reads `yes`/`no`, `on`/`off`).
  mutating func bool(_ value: ConfigValue) -> Bool? {
    let advice = "write true or false: \(value.example("true"))"
    if value.isNull {
      error("\(value.subject) has no value", at: value.mark, hint: advice)
      return nil
    }
    guard value.node.scalar != nil else {
      error(
        "\(value.subject) must be true or false, not \(describe(value.node))", at: value.mark,
        hint: advice)
      return nil
    }
    guard let (text, isInterpolated) = text(of: value) else { return nil }
    if isInterpolated {
      if let flag = Self.boolean(text) { return flag }
    } else if isQuoted(value) {
      error(
        "\(value.subject) must be true or false, not the string \(quoted(text))", at: value.mark,
        hint: Self.boolean(text).map { "remove the quotes: \(value.example(String($0)))" } ?? advice
      )
      return nil
    } else if case .bool(let flag) = meaning(of: value) {
      return flag
    }
    error("\(value.subject) must be true or false, not '\(text)'", at: value.mark, hint: advice)
    return nil
  }

  /// A length of time such as `24h`; `allowZero` accepts `0`.
  mutating func duration(_ value: ConfigValue, allowZero: Bool = false, example: String)
    -> TimeSpan?
  {
    let advice =
      "write a number and a unit (s, m, h, d or w), such as \(value.example(example))"
    if value.isNull {
      error("\(value.subject) has no value", at: value.mark, hint: advice)
      return nil
    }
    guard value.node.scalar != nil else {
      error(
        "\(value.subject) must be a duration, not \(describe(value.node))", at: value.mark,
        hint: advice)
      return nil
    }
    guard let (text, _) = text(of: value) else { return nil }
    guard let span = TimeSpan(parsing: text) else {
      error(
        "\(value.subject) must be a duration such as \(example), not '\(text)'", at: value.mark,
        hint: advice)
      return nil
    }
    if span.seconds == 0, !allowZero {
      error("\(value.subject) must be longer than 0", at: value.mark, hint: advice)
      return nil
    }
    return span
  }

  /// One of the raw values of `Choice`.
  mutating func choice<Choice: RawRepresentable & CaseIterable>(
    _ value: ConfigValue, of type: Choice.Type
  ) -> Choice? where Choice.RawValue == String {
    guard let text = string(value) else { return nil }
    if let choice = Choice(rawValue: text) { return choice }
    let names = Choice.allCases.map(\.rawValue)
    let hint =
      NameSuggestion.bestMatch(for: text, among: names).map { "did you mean '\($0)'?" }
      ?? "write \(value.example(names[0]))"
    error(
      "\(value.subject) must be \(Self.alternatives(names)), not '\(text)'", at: value.mark,
      hint: hint)
    return nil
  }

  /// A string or a list of strings (`include: war` or `include: [war, peace]`).
  mutating func strings(_ value: ConfigValue) -> [String]? {
    if value.isNull { return [] }
    if value.node.scalar != nil { return string(value).map { [$0] } }
    guard let items = list(value, hint: "write one value, or a list: \(value.key ?? "key"): [a, b]")
    else { return nil }
    var result: [String] = []
    var failed = false
    for item in items {
      if let text = string(ConfigValue(item: item, of: value.key ?? "list")) {
        result.append(text)
      } else {
        failed = true
      }
    }
    return failed ? nil : result
  }

  // MARK: Wording

  /// How a node is named after "not": `'three'`, `a list`, `a mapping`.
  func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar):
      scalar.style == .plain || scalar.style == .any
        ? "'\(scalar.string)'" : "the string \(quoted(scalar.string))"
    case .mapping: "a mapping"
    case .sequence: "a list"
    case .alias: "an alias"
    }
  }

  /// `text` in double quotes, escaped as YAML would.
  func quoted(_ text: String) -> String {
    "\""
      + text.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }

  /// `a or b`, `a, b or c`.
  static func alternatives(_ names: [String]) -> String {
    guard names.count > 1, let last = names.last else { return names.first ?? "" }
    return names.dropLast().joined(separator: ", ") + " or " + last
  }

  /// A boolean written as text (from `${VAR}`): true/false, yes/no, on/off in any case.
  static func boolean(_ text: String) -> Bool? {
    switch text.trimmingCharacters(in: .whitespaces).lowercased() {
    case "true", "yes", "on": true
    case "false", "no", "off": false
    default: nil
    }
  }
}
