/// A place in a file: 1-based line and column, printed as `file:line:column`; a whole file or URL
/// (line 0) prints as just `file`.
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

  /// Creates a location naming a whole file or URL, without a line (printed as just `file`).
  public init(file: String) {
    self.init(file: file, line: 0, column: 0)
  }

  public var description: String {
    guard line > 0 else { return file }
    return column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
  }
}
