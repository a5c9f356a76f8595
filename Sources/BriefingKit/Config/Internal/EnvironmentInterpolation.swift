/// `${VAR}` and `${VAR:-default}` in configuration values, read from an environment.
///
/// `$${` and `$$` stand for a literal `${` and `$`; any other `$` is kept as written.
struct EnvironmentInterpolation {
  /// Something wrong with a `${...}` in a value.
  enum Problem: Hashable {
    /// `${NAME}` names a variable that is not set and has no default.
    case unset(name: String, offset: Int)
    /// `${` without its `}`.
    case unclosed(offset: Int)
    /// `${...}` whose name is not a variable name.
    case invalidName(String, offset: Int)

    /// Where in the value (in characters) the `${` starts.
    var offset: Int {
      switch self {
      case .unset(_, let offset), .unclosed(let offset), .invalidName(_, let offset): offset
      }
    }
  }

  /// The value with every reference replaced.
  struct Result: Hashable {
    /// The value after replacement.
    var text: String
    /// Whether a `${...}` was replaced, which makes the value a string whatever YAML read it as.
    var isInterpolated: Bool
    /// What could not be replaced.
    var problems: [Problem]
  }

  /// The variables references read from.
  let environment: [String: String]

  /// Replaces the references in `text`.
  func apply(to text: String) -> Result {
    guard text.contains("$") else { return Result(text: text, isInterpolated: false, problems: []) }
    let characters = Array(text)
    var output = ""
    var problems: [Problem] = []
    var interpolated = false
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let next = index + 1 < characters.count ? characters[index + 1] : nil
      guard character == "$", let next else {
        output.append(character)
        index += 1
        continue
      }
      if next == "$" {
        output.append("$")
        index += 2
        continue
      }
      guard next == "{" else {
        output.append(character)
        index += 1
        continue
      }
      guard let close = characters[(index + 2)...].firstIndex(of: "}") else {
        problems.append(.unclosed(offset: index))
        output.append(contentsOf: characters[index...])
        break
      }
      let body = String(characters[(index + 2)..<close])
      let name: String
      let fallback: String?
      if let range = body.range(of: ":-") {
        name = String(body[..<range.lowerBound])
        fallback = String(body[range.upperBound...])
      } else {
        name = body
        fallback = nil
      }
      if !Self.isVariableName(name) {
        problems.append(.invalidName(body, offset: index))
      } else if let value = environment[name], !(value.isEmpty && fallback != nil) {
        output.append(value)
      } else if let fallback {
        output.append(fallback)
      } else {
        problems.append(.unset(name: name, offset: index))
      }
      interpolated = true
      index = close + 1
    }
    return Result(text: output, isInterpolated: interpolated, problems: problems)
  }

  /// Whether `name` is a shell variable name: a letter or `_`, then letters, digits or `_`.
  static func isVariableName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, first.isASCII,
      first == "_" || first.properties.isAlphabetic
    else { return false }
    return name.unicodeScalars.allSatisfy {
      $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || $0.properties.numericType != nil)
    }
  }
}
