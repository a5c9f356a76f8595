import Foundation

/// What `briefing check` verifies: the configuration, every briefing's templates (syntax and the
/// variables they use) and every schedule; all findings at once, each with its location.
public struct ConfigCheck: Sendable {
  /// The outcome of a check.
  public struct Result: Sendable, Hashable {
    /// Every finding, errors and warnings.
    public var diagnostics: [Diagnostic]
    /// How many briefings the configuration defines.
    public var briefingCount: Int
    /// How many sources it defines.
    public var sourceCount: Int

    /// Whether any finding is an error.
    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
  }

  /// The environment for `${VAR}` and for finding `systemd-analyze`.
  public var environment: [String: String]

  /// Creates a check.
  public init(environment: [String: String]) {
    self.environment = environment
  }

  /// Checks the configuration at `url` (named in findings as the user wrote it).
  public func check(configAt url: URL) -> Result {
    let validation = ConfigLoader(environment: environment).validate(contentsOf: url)
    guard let config = validation.config else {
      return Result(diagnostics: validation.diagnostics, briefingCount: 0, sourceCount: 0)
    }
    var findings = validation.diagnostics
    let map = ConfigSourceMap(contentsOf: url, displayName: ConfigLoader.displayName(of: url))
    let schedules = ScheduleValidator(environment: environment)
    var checkedTemplates: Set<[OutputFormat: String]> = []
    for (index, spec) in config.briefings.enumerated() {
      if checkedTemplates.insert(spec.templates).inserted {
        do {
          findings += TemplateChecker.check(try TemplateSet(for: spec, in: config))
        } catch let error as BriefingError {
          findings += error.diagnostics.map {
            map.relocate($0, to: ["briefings", .index(index), "templates"])
          }
        } catch {
          findings.append(Diagnostic(.error, "templates of '\(spec.name)': \(error)"))
        }
      }
      if let schedule = spec.schedule {
        findings += schedules.validate(schedule, timezone: config.timezone).map {
          map.relocate($0, to: ["briefings", .index(index), "schedule"])
        }
      }
    }
    return Result(
      diagnostics: findings, briefingCount: config.briefings.count,
      sourceCount: config.sources.count)
  }
}
