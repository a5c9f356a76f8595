/// The keys `briefings.yaml` accepts at each place, in the order the reference lists them.
enum ConfigSchema {
  /// Keys at the top level.
  static let topLevel = ["version", "timezone", "output", "state", "http", "sources", "briefings"]
  /// Keys of `output:`.
  static let output = ["directory", "path", "keep_days"]
  /// Keys of `state:`.
  static let state = ["directory", "keep"]
  /// Keys of `http:`.
  static let http = [
    "user_agent", "connect_timeout", "total_timeout", "max_concurrent", "per_host_delay",
    "retries", "max_bytes",
  ]
  /// Keys of any source, whatever its type.
  static let source = [
    "name", "type", "path", "pattern", "url", "urls", "label", "full_text", "encoding",
  ]
  /// Keys a source of the given type takes.
  static func source(_ kind: SourceSpec.Kind) -> [String] {
    switch kind {
    case .directory: ["name", "type", "path", "pattern", "label", "encoding"]
    case .feed: ["name", "type", "url", "label", "full_text", "encoding"]
    case .page: ["name", "type", "urls", "label", "encoding"]
    }
  }
  /// Keys of a briefing.
  static let briefing = [
    "name", "title", "sources", "templates", "max_stories", "max_quotes_per_story",
    "max_figures_per_story", "max_words", "show_lede", "include", "exclude", "sort", "window",
    "schedule", "deliver",
  ]
  /// Keys of a briefing's `templates:`.
  static let templates = OutputFormat.allCases.map(\.rawValue)
  /// Keys of a `deliver:` entry.
  static let delivery = ["command", "email", "to", "from", "copy_to"]
  /// The placeholders of `output.path`.
  static let pathPlaceholders = ["date", "briefing", "ext"]
}
