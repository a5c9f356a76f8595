/// What a template receives for one source that failed (inside `{{#failedSources}}`).
struct FailedSourceView: Sendable, Hashable {
  var source: String
  var reason: String

  /// The view of a failure.
  init(_ failure: SourceFailure, style: TextStyle) {
    source = style.text(failure.source)
    reason = style.text(failure.reason)
  }
}
