import Foundation

/// Reads and validates `briefings.yaml`.
public struct ConfigLoader: Sendable {
  /// The environment `${VAR}` and `${VAR:-default}` read from.
  public var environment: [String: String]

  /// Creates a loader over the given environment.
  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.environment = environment
  }

  /// Loads the configuration at `url`, or throws a `BriefingError` (reason `.invalidConfig`) with
  /// every problem found, each located at `file:line:column`.
  public func load(from url: URL) throws -> BriefingConfig {
    throw BriefingError(step: .loadConfig, reason: .invalidConfig, "not implemented yet")
  }
}
