/// Fills a briefing's Mustache templates to produce its Markdown and plain-text files.
public struct Renderer: Sendable {
  /// Creates a renderer.
  public init() {}

  /// The briefing rendered in `format`.
  public func render(_ briefing: Briefing, as format: OutputFormat) throws -> String {
    ""
  }
}
