/// The one error type of the pipeline: what went wrong, in which step, with the findings that
/// explain it (each with its location where it has one).
public struct BriefingError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Why a run stopped; decides the exit status.
  public enum Reason: String, Sendable, Hashable, Codable {
    /// The configuration or a template is invalid.
    case invalidConfig
    /// A file or directory the run needs is missing or unreadable.
    case unreadable
    /// A source could not be fetched or parsed.
    case source
    /// A template could not be rendered.
    case template
    /// An output file could not be written.
    case output
    /// Another run holds the lock.
    case locked
    /// Delivery of a written briefing failed.
    case delivery
    /// The scheduler could not install or check units.
    case scheduling
  }

  /// The pipeline step the error belongs to.
  public var step: PipelineStep
  /// Why it happened.
  public var reason: Reason
  /// The findings, errors first.
  public var diagnostics: [Diagnostic]

  /// Creates an error from findings.
  public init(step: PipelineStep, reason: Reason, diagnostics: [Diagnostic]) {
    self.step = step
    self.reason = reason
    self.diagnostics = diagnostics
  }

  /// Creates an error from one message.
  public init(
    step: PipelineStep, reason: Reason, at location: SourceLocation? = nil, _ message: String,
    hint: String? = nil
  ) {
    self.init(
      step: step, reason: reason,
      diagnostics: [Diagnostic(.error, at: location, message, hint: hint)])
  }

  public var description: String {
    diagnostics.map(\.description).joined(separator: "\n")
  }
}
