/// A place in a file: 1-based line and column, printed as `file:line:column`.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The file as the user named it (a path or a URL).
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, counted in characters.
  public var column: Int

  /// Creates a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }
}
