/// A shell-style file-name pattern: `*` (any run of characters), `?` (one character), `[abc]`,
/// `[a-z]` and `[!abc]` (one character of a set), `{txt,md}` (alternatives, nestable) and `\`
/// (the next character literally). It matches whole names; a leading `.` is matched only by a
/// pattern that starts with one, as in the shell.
public struct Glob: Sendable, Hashable, CustomStringConvertible {
  /// The pattern as written.
  public let pattern: String
  private let alternatives: [[Element]]

  /// Compiles `pattern`. An unclosed `[` or `{` is an ordinary character.
  public init(_ pattern: String) {
    self.pattern = pattern
    alternatives = Self.expandBraces(Array(pattern.unicodeScalars)).map(Self.compile)
  }

  /// Whether `name` matches the pattern.
  public func matches(_ name: String) -> Bool {
    let scalars = Array(name.unicodeScalars)
    if scalars.first == "." && pattern.unicodeScalars.first != "." { return false }
    return alternatives.contains { Self.match($0, scalars) }
  }

  public var description: String { pattern }

  // MARK: Compiling

  private enum Element: Hashable {
    case literal(Unicode.Scalar)
    case anyOne
    case anyRun
    case set([ClosedRange<Unicode.Scalar>], negated: Bool)
  }

  /// The patterns `{a,b}` stands for, outermost braces first.
  private static func expandBraces(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\\" {
        index += 2
        continue
      }
      if scalar == "[", let close = setEnd(scalars, from: index) {
        index = close + 1
        continue
      }
      if scalar == "{", let (close, commas) = braceEnd(scalars, from: index), !commas.isEmpty {
        let prefix = Array(scalars[..<index])
        let suffix = Array(scalars[(close + 1)...])
        let bounds = [index] + commas + [close]
        var results: [[Unicode.Scalar]] = []
        for position in 0..<(bounds.count - 1) {
          let option = Array(scalars[(bounds[position] + 1)..<bounds[position + 1]])
          results += expandBraces(prefix + option + suffix)
        }
        return results
      }
      index += 1
    }
    return [scalars]
  }

  /// The index of the `}` closing the `{` at `start` and the top-level commas inside it.
  private static func braceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> (Int, [Int])? {
    var depth = 0
    var commas: [Int] = []
    var index = start
    while index < scalars.count {
      switch scalars[index] {
      case "\\":
        index += 1
      case "{":
        depth += 1
      case "}":
        depth -= 1
        if depth == 0 { return (index, commas) }
      case "," where depth == 1:
        commas.append(index)
      default:
        break
      }
      index += 1
    }
    return nil
  }

  /// The index of the `]` closing the `[` at `start` (a `]` right after `[` or `[!` is a member).
  private static func setEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    var index = start + 1
    if index < scalars.count, scalars[index] == "!" || scalars[index] == "^" { index += 1 }
    if index < scalars.count, scalars[index] == "]" { index += 1 }
    while index < scalars.count {
      if scalars[index] == "]" { return index }
      index += 1
    }
    return nil
  }

  private static func compile(_ scalars: [Unicode.Scalar]) -> [Element] {
    var elements: [Element] = []
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "*":
        if elements.last != .anyRun { elements.append(.anyRun) }
      case "?":
        elements.append(.anyOne)
      case "\\" where index + 1 < scalars.count:
        index += 1
        elements.append(.literal(scalars[index]))
      case "[":
        guard let close = setEnd(scalars, from: index) else {
          elements.append(.literal(scalar))
          break
        }
        var member = index + 1
        let negated = scalars[member] == "!" || scalars[member] == "^"
        if negated { member += 1 }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        while member < close {
          let low = scalars[member]
          if member + 2 < close, scalars[member + 1] == "-", low <= scalars[member + 2] {
            ranges.append(low...scalars[member + 2])
            member += 3
          } else {
            ranges.append(low...low)
            member += 1
          }
        }
        elements.append(.set(ranges, negated: negated))
        index = close
      default:
        elements.append(.literal(scalar))
      }
      index += 1
    }
    return elements
  }

  // MARK: Matching

  /// Matches with one remembered `*` to fall back to, which is enough for patterns without
  /// nested structure.
  private static func match(_ pattern: [Element], _ name: [Unicode.Scalar]) -> Bool {
    var p = 0
    var n = 0
    var star: (pattern: Int, name: Int)?
    while n < name.count {
      if p < pattern.count {
        switch pattern[p] {
        case .anyRun:
          star = (p, n)
          p += 1
          continue
        case .anyOne:
          p += 1
          n += 1
          continue
        case .literal(let scalar) where scalar == name[n]:
          p += 1
          n += 1
          continue
        case .set(let ranges, let negated)
        where ranges.contains(where: { $0.contains(name[n]) }) != negated:
          p += 1
          n += 1
          continue
        default:
          break
        }
      }
      guard let last = star else { return false }
      star = (last.pattern, last.name + 1)
      p = last.pattern + 1
      n = last.name + 1
    }
    while p < pattern.count, pattern[p] == .anyRun { p += 1 }
    return p == pattern.count
  }
}
