/// Checks a briefing's templates before they are used (`briefing check`): parse errors, partials
/// that do not exist, and variables, sections and transforms the data never provides (which
/// swift-mustache would silently render as nothing).
public enum TemplateChecker {
  /// Every problem of every format's templates, errors at `file:line:column`.
  public static func check(_ templates: TemplateSet) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for format in OutputFormat.allCases {
      let set = templates[format]
      var parseErrors: [Diagnostic] = []
      for source in [set.main] + set.partials.keys.sorted().compactMap({ set.partials[$0] }) {
        if case .failure(let error) = TemplateCompiler.parse(source) {
          parseErrors += error.diagnostics
        }
      }
      diagnostics += parseErrors
      if parseErrors.isEmpty { diagnostics += unknownNames(in: set) }
    }
    return unique(diagnostics)
  }

  /// The variables, sections, transforms and partials that the templates use but the data
  /// never provides, each with a did-you-mean hint where a known name is close. Partials are
  /// checked where they are included, with the variables visible there.
  public static func unknownVariables(in templates: TemplateSet) -> [Diagnostic] {
    unique(OutputFormat.allCases.flatMap { unknownNames(in: templates[$0]) })
  }

  /// The unknown names of one format's templates, walking from its main template.
  static func unknownNames(in templates: TemplateSet.Templates) -> [Diagnostic] {
    var walker = Walker(templates: templates)
    walker.walk(templates.main, scopes: [.object(.briefing, inList: false)], including: [])
    return unique(walker.diagnostics)
  }

  private static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var seen: Set<Diagnostic> = []
    return diagnostics.filter { seen.insert($0).inserted }
  }

  /// What a name resolves to.
  indirect enum Shape: Hashable {
    case value(ViewSchema.Value)
    case object(ViewSchema)

    var label: String {
      switch self {
      case .value(let value): value.label
      case .object(let schema): schema.name
      }
    }

    /// The transforms swift-mustache applies to a value of this shape, and what they give.
    func transformed(by name: String) -> Shape? {
      switch self {
      case .value(.text):
        if name == "empty" { return .value(.flag) }
        return ["capitalized", "lowercased", "uppercased", "reversed"].contains(name) ? self : nil
      case .value(.number):
        if ["equalzero", "even", "odd"].contains(name) { return .value(.flag) }
        return ["plusone", "minusone"].contains(name) ? self : nil
      case .value(.list(let element)):
        switch name {
        case "first", "last": return .object(element)
        case "reversed": return self
        case "count": return .value(.number)
        case "empty": return .value(.flag)
        default: return nil
        }
      case .value(.flag), .object: return nil
      }
    }

    /// The transform names a value of this shape takes.
    var transformNames: [String] {
      switch self {
      case .value(.text): ["empty", "capitalized", "lowercased", "uppercased", "reversed"]
      case .value(.number): ["equalzero", "plusone", "minusone", "even", "odd"]
      case .value(.list): ["first", "last", "reversed", "count", "empty"]
      case .value(.flag), .object: []
      }
    }
  }

  /// A level of the context stack while a template renders.
  enum Scope: Hashable {
    /// An object's variables; `inList` when it is a list element, where `first()`, `last()`,
    /// `index()`, `even()` and `odd()` are available.
    case object(ViewSchema, inList: Bool)
    /// A plain value a section was opened on (`{{#title}}…{{.}}…{{/title}}`).
    case value(ViewSchema.Value)

    var schema: ViewSchema? {
      if case .object(let schema, _) = self { return schema }
      return nil
    }

    var shape: Shape {
      switch self {
      case .object(let schema, _): .object(schema)
      case .value(let value): .value(value)
      }
    }
  }

  /// Walks templates tag by tag with the context stack they render with.
  struct Walker {
    let templates: TemplateSet.Templates
    var diagnostics: [Diagnostic] = []
    var walked: Set<[String]> = []

    static let sequenceTransforms: [String: Shape] = [
      "first": .value(.flag), "last": .value(.flag), "index": .value(.number),
      "even": .value(.flag), "odd": .value(.flag),
    ]

    init(templates: TemplateSet.Templates) {
      self.templates = templates
    }

    /// Checks a template rendered with `scopes` (innermost last); `including` holds the
    /// partials on the way here, so that recursive partials end.
    mutating func walk(_ source: TemplateSource, scopes: [Scope], including: [String]) {
      let key = [source.file] + scopes.map { "\($0)" }
      guard walked.insert(key).inserted else { return }
      var stack: [[Scope]] = []
      var current = scopes
      for tag in TemplateScanner.tags(in: source.text) {
        switch tag.kind {
        case .variable, .unescapedVariable:
          guard let shape = resolve(tag, in: current, source: source, asSection: false) else {
            break
          }
          if case .value(.list) = shape {
            report(
              tag, in: source, "'\(tag.expression)' is a list, which does not print as text",
              hint: "loop over it with '{{#\(tag.expression)}}…{{/\(tag.expression)}}'")
          } else if case .object(let schema) = shape {
            let example = schema.fields.first?.name ?? "name"
            report(
              tag, in: source,
              "'\(tag.expression)' is a \(shape.label), which does not print as text",
              hint: "print one of its variables instead, such as '{{\(example)}}'")
          }
        case .section, .invertedSection:
          stack.append(current)
          let shape = resolve(tag, in: current, source: source, asSection: true)
          if tag.kind == .section, let shape { current = Self.entering(shape, from: current) }
        case .block:
          stack.append(current)
        case .parent:
          stack.append(current)
          include(tag, in: source, scopes: current, including: including)
        case .close:
          if let previous = stack.popLast() { current = previous }
        case .partial:
          include(tag, in: source, scopes: current, including: including)
        case .dynamicPartial:
          _ = resolve(tag, in: current, source: source, asSection: false)
        case .comment, .delimiters, .pragma, .unterminated:
          break
        }
      }
    }

    /// The scopes inside a section opened on a value of `shape`.
    static func entering(_ shape: Shape, from scopes: [Scope]) -> [Scope] {
      switch shape {
      case .value(.list(let element)): scopes + [.object(element, inList: true)]
      case .object(let schema): scopes + [.object(schema, inList: false)]
      case .value(.flag): scopes
      case .value(let value): scopes + [.value(value)]
      }
    }

    mutating func include(
      _ tag: TemplateTag, in source: TemplateSource, scopes: [Scope], including: [String]
    ) {
      guard let partial = templates.partials[tag.name] else {
        diagnostics.append(TemplateCompiler.missingPartial(tag, in: source, templates: templates))
        return
      }
      guard !including.contains(tag.name) else { return }
      walk(partial, scopes: scopes, including: including + [tag.name])
    }

    /// What a tag's name (with its transforms) resolves to, or `nil` after reporting why it
    /// resolves to nothing.
    mutating func resolve(
      _ tag: TemplateTag, in scopes: [Scope], source: TemplateSource, asSection: Bool
    ) -> Shape? {
      var transforms = tag.transforms
      let resolved: Shape?
      if tag.name.isEmpty, let last = transforms.popLast() {
        resolved = sequenceShape(last, tag: tag, in: scopes, source: source)
      } else {
        resolved = resolveName(tag, in: scopes, source: source, asSection: asSection)
      }
      guard var shape = resolved else { return nil }
      for transform in transforms.reversed() {
        guard let next = shape.transformed(by: transform) else {
          let names = shape.transformNames
          var hint =
            names.isEmpty
            ? "a \(shape.label) takes no transforms"
            : "a \(shape.label) takes: " + names.joined(separator: ", ")
          if let match = NameSuggestion.bestMatch(for: transform, among: names) {
            hint = "did you mean '\(match)'? " + hint
          }
          report(
            tag, in: source, "unknown transform '\(transform)' in '\(tag.expression)'", hint: hint)
          return nil
        }
        shape = next
      }
      return shape
    }

    /// What `first()`, `last()`, `index()`, `even()` or `odd()` gives: available directly
    /// inside a list section.
    private mutating func sequenceShape(
      _ transform: String, tag: TemplateTag, in scopes: [Scope], source: TemplateSource
    ) -> Shape? {
      guard case .object(_, inList: true) = scopes.last,
        let shape = Self.sequenceTransforms[transform]
      else {
        let names = ["first", "last", "index", "even", "odd"]
        var hint = "first(), last(), index(), even() and odd() work directly inside a list section"
        if Self.sequenceTransforms[transform] == nil,
          let match = NameSuggestion.bestMatch(for: transform, among: names)
        {
          hint = "did you mean '\(match)()'? " + hint
        }
        report(tag, in: source, "'\(transform)()' is not available here", hint: hint)
        return nil
      }
      return shape
    }

    private mutating func resolveName(
      _ tag: TemplateTag, in scopes: [Scope], source: TemplateSource, asSection: Bool
    ) -> Shape? {
      let what = asSection ? "section" : "variable"
      let name = tag.name
      guard let innermost = scopes.last else { return nil }
      if name == "." { return innermost.shape }
      if name.isEmpty {
        report(tag, in: source, "empty tag '\(tag.text)'", hint: "put a variable name inside it")
        return nil
      }
      let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
      let searched: [Scope] = name.hasPrefix(".") ? [innermost] : scopes.reversed()
      let components = name.hasPrefix(".") ? Array(parts.dropFirst()) : parts
      guard let first = components.first, !first.isEmpty else {
        report(tag, in: source, "malformed name '\(name)'", hint: nil)
        return nil
      }
      var found: Shape?
      for scope in searched {
        if let field = scope.schema?.field(named: first) {
          found = .value(field.value)
          break
        }
      }
      guard let shape = found else {
        reportUnknown(first, what: what, tag: tag, scopes: searched, source: source)
        return nil
      }
      if components.count > 1 {
        report(
          tag, in: source, "'\(components[1])' is not a variable of '\(first)' (a \(shape.label))",
          hint: "use '\(first)' on its own, or loop over a list with a section")
        return nil
      }
      return shape
    }

    mutating func reportUnknown(
      _ name: String, what: String, tag: TemplateTag, scopes: [Scope], source: TemplateSource
    ) {
      var visible: [String] = []
      for scope in scopes {
        for field in scope.schema?.fields ?? [] where !visible.contains(field.name) {
          visible.append(field.name)
        }
      }
      let hint: String
      if let match = NameSuggestion.bestMatch(for: name, among: visible) {
        hint = "did you mean '\(match)'?"
      } else if let owner = ViewSchema.all.first(where: { $0.field(named: name) != nil }) {
        hint = "'\(name)' is a variable of a \(owner.name), available \(owner.scope)"
      } else {
        hint = "available here: " + visible.joined(separator: ", ")
      }
      report(tag, in: source, "unknown \(what) '\(name)'", hint: hint)
    }

    mutating func report(
      _ tag: TemplateTag, in source: TemplateSource, _ message: String, hint: String?
    ) {
      diagnostics.append(
        Diagnostic(
          .error, at: TemplateCompiler.location(of: tag, in: source), message, hint: hint,
          sourceLine: source.line(tag.line)))
    }
  }
}
