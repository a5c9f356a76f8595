/// Fills a briefing's Mustache templates to produce its Markdown and plain-text files.
///
/// Templates receive view-model structs with every value preformatted (dates, numbers,
/// attributions, flags); text from articles is escaped for Markdown in the Markdown format. The
/// output is tidied whatever the template: no trailing spaces, at most one blank line in a row,
/// one newline at the end; plain text is also wrapped at `textWidth` columns. The same briefing
/// renders to the same bytes.
public struct Renderer: Sendable {
  /// The templates used, per format.
  public var templates: TemplateSet
  /// The column plain-text lines wrap at.
  public var textWidth: Int

  /// Creates a renderer over a briefing's templates (the shipped ones by default).
  public init(templates: TemplateSet = .shipped, textWidth: Int = 72) {
    self.templates = templates
    self.textWidth = textWidth
  }

  /// The briefing rendered in `format`.
  /// - Throws: `BriefingError` (`.template`) listing every parse error of the format's templates
  ///   and every partial they include that does not exist, at `file:line:column`.
  public func render(_ briefing: Briefing, as format: OutputFormat) throws -> String {
    let (main, library) = try TemplateCompiler.compile(templates[format])
    let rendered = main.render(BriefingView(briefing, format: format), library: library)
    let tidy = OutputTidier.tidy(rendered)
    switch format {
    case .markdown: return tidy
    case .text: return TextWrapper(width: textWidth).wrap(document: tidy)
    }
  }
}
