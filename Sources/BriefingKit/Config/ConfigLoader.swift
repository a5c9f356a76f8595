import Foundation

/// Reads and validates `briefings.yaml`.
///
/// Every problem is reported at once, each located at `file:line:column` with the source line
/// and a hint: syntax errors, duplicate and unknown keys (with did-you-mean), wrong types,
/// YAML 1.1 traps (`6:30` read as a number, `no` as false), unset `${VAR}`s, broken references.
public struct ConfigLoader: Sendable {
  /// The environment `${VAR}` and `${VAR:-default}` read from.
  public var environment: [String: String]

  /// Creates a loader over the given environment.
  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.environment = environment
  }

  /// Loads the configuration at `url`, or throws a `BriefingError` (step `.loadConfig`, reason
  /// `.invalidConfig`, or `.unreadable` when the file cannot be read) with every problem found,
  /// errors first, each located at `file:line:column`.
  public func load(from url: URL) throws -> BriefingConfig {
    try Self.config(from: validate(contentsOf: url), unreadable: !Self.isReadable(url))
  }

  /// Loads a configuration from `yaml` as if read from `file` (relative paths resolve against its
  /// folder); messages name the file `displayName`, by default as `load(from:)` would.
  public func load(yaml: String, file: URL, displayName: String? = nil) throws -> BriefingConfig {
    try Self.config(from: validate(yaml: yaml, file: file, displayName: displayName))
  }

  /// Checks the configuration at `url` without throwing: the configuration when it is valid, and
  /// every error and warning, for `briefing check`.
  public func validate(contentsOf url: URL) -> ConfigValidation {
    let name = Self.displayName(of: url)
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      let reason =
        FileManager.default.fileExists(atPath: url.path) ? "cannot be read" : "does not exist"
      return ConfigValidation(
        config: nil,
        diagnostics: [
          Diagnostic(
            .error, "configuration file \(name) \(reason)",
            hint: "create it (the shipped briefings.yaml is an example), or pass --config FILE")
        ])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return ConfigValidation(
        config: nil,
        diagnostics: [
          Diagnostic(
            .error, at: SourceLocation(file: name, line: 1, column: 1),
            "the configuration is not UTF-8 text", hint: "save the file as UTF-8")
        ])
    }
    return validate(yaml: text, file: url, displayName: name)
  }

  /// Checks a configuration given as text, as if read from `file`.
  public func validate(yaml: String, file: URL, displayName: String? = nil) -> ConfigValidation {
    let text = yaml.hasPrefix("\u{FEFF}") ? String(yaml.dropFirst()) : yaml
    let source = ConfigSourceText(
      displayName: displayName ?? Self.displayName(of: file), text: text)
    let parsed = ConfigDocumentParser(source: source).parse(text)
    var reader = ConfigReader(
      source: source, interpolation: EnvironmentInterpolation(environment: environment),
      ignoredKeys: parsed.ignoredKeys,
      baseDirectory: file.standardizedFileURL.deletingLastPathComponent(),
      diagnostics: parsed.diagnostics)
    var config: BriefingConfig?
    if let root = parsed.root {
      config = reader.readConfig(root: root, file: file.standardizedFileURL)
    } else if parsed.diagnostics.isEmpty {
      reader.error(
        "the configuration is empty", at: YAMLPosition(line: 1, column: 1),
        hint: "start with 'version: 1', a 'timezone:', 'sources:' and 'briefings:'"
          + " (the shipped briefings.yaml is an example)")
    }
    let diagnostics = Self.ordered(reader.diagnostics)
    return ConfigValidation(
      config: diagnostics.contains(where: \.isError) ? nil : config, diagnostics: diagnostics)
  }

  /// How messages name the file: the path as the user gave it when relative, else the full path.
  static func displayName(of url: URL) -> String {
    url.baseURL != nil ? url.relativePath : url.path
  }

  /// Whether the file at `url` can be read at all.
  private static func isReadable(_ url: URL) -> Bool {
    FileManager.default.isReadableFile(atPath: url.path)
  }

  /// The configuration of a validation, or the error that lists its findings, errors first.
  private static func config(from validation: ConfigValidation, unreadable: Bool = false) throws
    -> BriefingConfig
  {
    if let config = validation.config, !validation.hasErrors { return config }
    throw BriefingError(
      step: .loadConfig, reason: unreadable ? .unreadable : .invalidConfig,
      diagnostics: validation.errors + validation.warnings)
  }

  /// Findings without repeats, ordered by line and column (those without a place first).
  private static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var seen: Set<Diagnostic> = []
    let unique = diagnostics.filter { seen.insert($0).inserted }
    return unique.enumerated().sorted { a, b in
      let left = a.element.location.map { ($0.line, $0.column) } ?? (0, 0)
      let right = b.element.location.map { ($0.line, $0.column) } ?? (0, 0)
      return left != right ? left < right : a.offset < b.offset
    }.map(\.element)
  }
}
