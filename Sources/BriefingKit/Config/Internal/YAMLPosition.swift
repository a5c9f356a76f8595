import Yams

/// A place in the YAML text: 1-based line and 1-based column counted in Unicode scalars, as
/// libyaml counts them (Yams' `Mark` cannot be created outside Yams).
struct YAMLPosition: Hashable {
  /// The 1-based line.
  var line: Int
  /// The 1-based column in Unicode scalars.
  var column: Int

  /// Creates a position.
  init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The position of a Yams mark.
  init(_ mark: Mark) {
    self.init(line: mark.line, column: mark.column)
  }
}

extension Node {
  /// Where the node starts in the text.
  var position: YAMLPosition? { mark.map(YAMLPosition.init) }
}
