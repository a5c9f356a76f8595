/// The outcome of checking a configuration: the configuration when it is valid, and every finding
/// (errors and warnings), ordered by location.
public struct ConfigValidation: Sendable, Hashable {
  /// The configuration; `nil` when there are errors.
  public var config: BriefingConfig?
  /// Every finding, ordered by location.
  public var diagnostics: [Diagnostic]

  /// Creates a validation result.
  public init(config: BriefingConfig?, diagnostics: [Diagnostic]) {
    self.config = config
    self.diagnostics = diagnostics
  }

  /// The findings that make the configuration unusable.
  public var errors: [Diagnostic] { diagnostics.filter(\.isError) }

  /// The findings that do not stop a run.
  public var warnings: [Diagnostic] { diagnostics.filter { !$0.isError } }

  /// Whether any finding is an error.
  public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
}
