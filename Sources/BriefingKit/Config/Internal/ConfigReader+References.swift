import Yams

extension ConfigReader {
  /// Checks what entries say about each other: unique names, briefings naming sources that
  /// exist, sources no briefing reads.
  mutating func checkReferences(
    sources: [ReadSource], briefings: [ReadBriefing], top: ConfigMapping
  ) {
    checkUnique(sources.map { ($0.spec.name, $0.nameMark) }, kind: "source")
    checkUnique(briefings.map { ($0.spec.name, $0.nameMark) }, kind: "briefing")

    let sourceNames = sources.map(\.spec.name).filter { !$0.isEmpty }
    for briefing in briefings {
      for reference in briefing.sourceReferences where !sourceNames.contains(reference.name) {
        let hint: String
        if let suggestion = NameSuggestion.bestMatch(for: reference.name, among: sourceNames) {
          hint = "did you mean '\(suggestion)'?"
        } else if sourceNames.isEmpty {
          hint = "define it under 'sources:' first"
        } else {
          hint = "defined sources: " + sourceNames.joined(separator: ", ")
        }
        error("unknown source '\(reference.name)'", at: reference.mark, hint: hint)
      }
    }

    if sources.isEmpty, !briefings.isEmpty {
      let mark = top["sources"]?.keyNode.position ?? top.mark
      warning(
        "no sources are defined, so every briefing will be empty", at: mark,
        hint: "add a source, such as a folder of articles:"
          + " sources: [{name: local, path: articles, pattern: \"*.txt\"}]")
    }
    if !briefings.isEmpty, briefings.allSatisfy({ !$0.spec.sources.isEmpty }) {
      let read = Set(briefings.flatMap(\.spec.sources))
      for source in sources where !source.spec.name.isEmpty && !read.contains(source.spec.name) {
        warning(
          "no briefing reads source '\(source.spec.name)'", at: source.nameMark,
          hint: "add it to a briefing's 'sources:', or remove it")
      }
    }
  }

  /// Reports names used twice, at the second use.
  private mutating func checkUnique(_ names: [(String, YAMLPosition?)], kind: String) {
    var first: [String: YAMLPosition?] = [:]
    for (name, mark) in names where !name.isEmpty {
      if let earlier = first[name] {
        let place = earlier.map { " at line \($0.line)" } ?? ""
        error(
          "\(kind) name '\(name)' is already used\(place)", at: mark,
          hint: "give each \(kind) its own name")
      } else {
        first[name] = mark
      }
    }
  }
}
