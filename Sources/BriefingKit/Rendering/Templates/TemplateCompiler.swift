import Mustache

/// Turns template sources into swift-mustache templates: prepends the text pragma (swift-mustache
/// escapes HTML by default, and the pragma does not carry into partials), and turns parse errors
/// into readable diagnostics at the offending tag.
enum TemplateCompiler {
  /// Prepended to every template and partial so that nothing is HTML-escaped. It takes a line of
  /// its own, which is left out of rendered output and taken off reported line numbers.
  static let textPragma = "{{%CONTENT_TYPE: TEXT}}\n"

  /// A format's main template and a library of its partials, ready to render.
  /// - Throws: `BriefingError` (`.template`) with every parse error, and every partial that a
  ///   template reachable from the main one includes but that does not exist.
  static func compile(_ templates: TemplateSet.Templates) throws -> (
    main: MustacheTemplate, library: MustacheLibrary
  ) {
    var diagnostics: [Diagnostic] = []
    var library = MustacheLibrary()
    var main: MustacheTemplate?
    for source in [templates.main]
      + templates.partials.keys.sorted().compactMap({ templates.partials[$0] })
    {
      switch parse(source) {
      case .success(let template):
        if source == templates.main {
          main = template
        } else {
          library.register(template, named: source.name)
        }
      case .failure(let error):
        diagnostics += error.diagnostics
      }
    }
    diagnostics += missingPartials(in: templates)
    guard diagnostics.isEmpty, let main else {
      throw BriefingError(step: .render, reason: .template, diagnostics: diagnostics)
    }
    return (main, library)
  }

  /// One template parsed, or the error that explains why it cannot be.
  static func parse(_ source: TemplateSource) -> Result<MustacheTemplate, BriefingError> {
    do {
      return .success(try MustacheTemplate(string: textPragma + source.text))
    } catch let error as MustacheTemplate.ParserError {
      return .failure(
        BriefingError(
          step: .render, reason: .template, diagnostics: [diagnostic(for: error, in: source)]))
    } catch {
      return .failure(
        BriefingError(
          step: .render, reason: .template,
          at: SourceLocation(file: source.file, line: 1, column: 1),
          "cannot parse template: \(error)"))
    }
  }

  /// Every `{{> name}}` in the templates reachable from the main one that names no partial.
  static func missingPartials(in templates: TemplateSet.Templates) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    var queue = [templates.main]
    var visited: Set<String> = []
    while !queue.isEmpty {
      let source = queue.removeFirst()
      guard visited.insert(source.file).inserted else { continue }
      for tag in TemplateScanner.tags(in: source.text) where [.partial, .parent].contains(tag.kind)
      {
        if let partial = templates.partials[tag.name] {
          queue.append(partial)
        } else {
          diagnostics.append(missingPartial(tag, in: source, templates: templates))
        }
      }
    }
    return diagnostics
  }

  /// The diagnostic for a partial that does not exist.
  static func missingPartial(
    _ tag: TemplateTag, in source: TemplateSource, templates: TemplateSet.Templates
  ) -> Diagnostic {
    let known = templates.partials.keys.sorted()
    let fileName = source.file.split(separator: "/").last.map(String.init) ?? source.file
    let ext = fileName.split(separator: ".").dropFirst().first.map(String.init) ?? "md"
    var hint = "partials are the files `<name>.\(ext).mustache` beside the template"
    if let match = NameSuggestion.bestMatch(for: tag.name, among: known) {
      hint = "did you mean '\(match)'? " + hint
    }
    return Diagnostic(
      .error, at: location(of: tag, in: source), "partial '\(tag.name)' not found", hint: hint,
      sourceLine: source.line(tag.line))
  }

  /// The location of a tag.
  static func location(of tag: TemplateTag, in source: TemplateSource) -> SourceLocation {
    SourceLocation(file: source.file, line: tag.line, column: tag.column)
  }

  /// A readable diagnostic for a swift-mustache parse error, placed at the tag it concerns.
  static func diagnostic(
    for error: MustacheTemplate.ParserError, in source: TemplateSource
  ) -> Diagnostic {
    let tags = TemplateScanner.tags(in: source.text)
    let line = max(1, error.context.lineNumber - 1)
    let column = error.context.columnNumber
    let tagIndex =
      tags.firstIndex { $0.contains(line: line, column: column) }
      ?? tags.lastIndex { ($0.line, $0.column) <= (line, column) }
    let tag = tagIndex.map { tags[$0] }
    var place = SourceLocation(file: source.file, line: line, column: column)
    if let tag { place = location(of: tag, in: source) }
    let (message, hint): (String, String?)
    switch error.error {
    case _ where tag?.kind == .unterminated:
      let opening = tag?.text.prefix { !$0.isNewline } ?? "{{"
      message = "tag '\(opening)' is never closed"
      hint = "end it with '\(opening.hasPrefix("{{{") ? "}}}" : "}}")'"
    case MustacheTemplate.Error.sectionCloseNameIncorrect:
      let open = tagIndex.flatMap { openSections(in: Array(tags[..<$0])).last }
      let closing = tag?.text ?? "{{/…}}"
      if let open {
        message = "'\(closing)' does not close the open section '\(open.name)'"
        hint =
          "close '\(open.name)' (opened at line \(open.line), column \(open.column)) with "
          + "'{{/\(open.name)}}' first"
      } else {
        message = "'\(closing)' closes a section that is not open"
        hint = "remove it, or open the section with '{{#\(tag?.name ?? "name")}}' before it"
      }
    case MustacheTemplate.Error.expectedSectionEnd:
      if let open = openSections(in: tags).last {
        place = location(of: open, in: source)
        message = "section '\(open.name)' is never closed"
        hint = "close it with '{{/\(open.name)}}'"
      } else {
        message = "a section is never closed"
        hint = "close every '{{#name}}' and '{{^name}}' with '{{/name}}'"
      }
    case MustacheTemplate.Error.unfinishedName:
      message = "malformed tag '\(tag?.text ?? "{{…}}")'"
      hint =
        "a tag holds one name of letters, digits and '.', '-', '_', '?', optionally inside "
        + "transforms such as 'uppercased(title)'"
    case MustacheTemplate.Error.transformAppliedToInheritanceSection:
      message = "a block cannot take a transform: '\(tag?.text ?? "{{$…}}")'"
      hint = "remove the transform from the block name"
    case MustacheTemplate.Error.illegalTokenInsideInheritSection,
      MustacheTemplate.Error.textInsideInheritSection:
      message = "only blocks may appear inside a parent tag: '\(tag?.text ?? "{{<…}}")'"
      hint = "put content inside '{{$name}}…{{/name}}' blocks between '{{<partial}}' and its close"
    case MustacheTemplate.Error.invalidConfigVariableSyntax,
      MustacheTemplate.Error.unrecognisedConfigVariable:
      message = "unsupported pragma '\(tag?.text ?? "{{%…}}")'"
      hint = "remove it: templates are always rendered as plain text, without HTML escaping"
    case MustacheTemplate.Error.invalidSetDelimiter,
      _ where tag?.kind == .delimiters:
      // swift-mustache reports some malformed delimiter changes as running out of text.
      message = "malformed delimiter change '\(tag?.text ?? "{{=…=}}")'"
      hint = "write it as '{{=<% %>=}}': two delimiters separated by a space, between '=' signs"
    default:
      message = "unexpected end of template inside a tag"
      hint = "check that every '{{' has its '}}'"
    }
    return Diagnostic(.error, at: place, message, hint: hint, sourceLine: source.line(place.line))
  }

  /// The sections still open after the given tags, outermost first.
  static func openSections(in tags: [TemplateTag]) -> [TemplateTag] {
    var open: [TemplateTag] = []
    for tag in tags {
      if tag.opensSection {
        open.append(tag)
      } else if tag.kind == .close, let last = open.last, last.name == tag.name {
        open.removeLast()
      }
    }
    return open
  }
}
