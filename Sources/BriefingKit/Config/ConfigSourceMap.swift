import Foundation
import Yams

/// Finds where a value sits in a configuration file, so later checks (schedules, templates) can
/// report their findings at `file:line:column` with the source line, like the loader does.
public struct ConfigSourceMap: Sendable {
  /// One step of a path into the document: a mapping key or a list index.
  public enum Step: Sendable, Hashable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    case key(String)
    case index(Int)

    public init(stringLiteral value: String) { self = .key(value) }
    public init(integerLiteral value: Int) { self = .index(value) }
  }

  private let text: String
  private let displayName: String

  /// Reads the file at `url`; `displayName` is how locations name it.
  public init(contentsOf url: URL, displayName: String) {
    self.text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    self.displayName = displayName
  }

  /// A finding at the value reached by `path` (or without a location when the path is absent).
  public func diagnostic(
    _ severity: Diagnostic.Severity, at path: [Step], _ message: String, hint: String? = nil
  ) -> Diagnostic {
    let source = ConfigSourceText(displayName: displayName, text: text)
    guard let node = node(at: path), let mark = node.mark else {
      return Diagnostic(severity, message, hint: hint)
    }
    return source.diagnostic(
      severity, at: source.location(line: mark.line, scalarColumn: mark.column), message,
      hint: hint)
  }

  /// Moves a finding made without a location (such as a schedule check's) to the value at `path`.
  public func relocate(_ finding: Diagnostic, to path: [Step]) -> Diagnostic {
    guard finding.location == nil else { return finding }
    return diagnostic(finding.severity, at: path, finding.message, hint: finding.hint)
  }

  private func node(at path: [Step]) -> Node? {
    guard var node = (try? Yams.compose(yaml: text)) ?? nil else { return nil }
    for step in path {
      switch step {
      case .key(let key):
        guard let next = node.mapping?[key] else { return nil }
        node = next
      case .index(let index):
        guard let list = node.sequence, index < list.count else { return nil }
        node = list[index]
      }
    }
    return node
  }
}
