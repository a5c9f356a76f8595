import Foundation
import Yams

/// What a YAML 1.1 reader makes of an unquoted scalar: the traps where a value that looks like
/// text is read as something else (`6:30` is the number 390, `no` is false, `~` is null).
enum YAMLPlainMeaning: Hashable {
  /// Text.
  case string
  /// Nothing (`~`, `null`, an empty value).
  case null
  /// A boolean (`yes`, `no`, `on`, `off`, `true`, `false`).
  case bool(Bool)
  /// A decimal integer written plainly (`3`, `-2`, `1_000`).
  case decimal(Int)
  /// An integer in another notation: octal `010`, hex `0x1F`, base 60 `6:30`.
  case otherInteger(Int?)
  /// A floating-point number (`1.10`, `.5`, `1e3`, `.inf`).
  case float(Double?)
  /// A date or time (`2024-01-01`).
  case timestamp

  /// Classifies a scalar node (quoted scalars and explicitly tagged `!!str` are always text).
  init(of node: Node, explicitlyTagged: Bool) {
    guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any,
      !explicitlyTagged
    else {
      self = .string
      return
    }
    let text = scalar.string
    switch node.tag.rawValue {
    case Tag.Name.null.rawValue: self = .null
    case Tag.Name.bool.rawValue: self = .bool(node.bool ?? false)
    case Tag.Name.int.rawValue:
      if let value = Self.decimal(text) {
        self = .decimal(value)
      } else {
        self = .otherInteger(node.int)
      }
    case Tag.Name.float.rawValue: self = .float(node.float)
    case Tag.Name.timestamp.rawValue: self = .timestamp
    default:
      // YAML 1.1 readers disagree on `06:30`: PyYAML and Yams keep it as text, Ruby reads 390.
      if let value = Self.sexagesimal(text) {
        self = .otherInteger(value)
      } else {
        self = .string
      }
    }
  }

  /// Whether the scalar reads as text.
  var isString: Bool { self == .string }

  /// How YAML reads `text`, for a message: `the number 390`, `the boolean false`.
  func reading(of text: String) -> String {
    switch self {
    case .string: "text"
    case .null: "null (no value)"
    case .bool(let value): "the boolean \(value)"
    case .decimal(let value): "the number \(value)"
    case .otherInteger(let value): value.map { "the number \($0)" } ?? "a number"
    case .float(let value): value.map { "the number \(Self.format($0))" } ?? "a number"
    case .timestamp: "a date"
    }
  }

  /// A plain decimal integer (`-3`, `1_000`), not octal (`010`) nor base 60 (`6:30`).
  static func decimal(_ text: String) -> Int? {
    var digits = Substring(text)
    if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
    guard let first = digits.first, first.isASCII, first.isNumber,
      digits.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "_" }),
      first != "0" || digits.count == 1
    else { return nil }
    return Int(text.replacingOccurrences(of: "_", with: ""))
  }

  /// A base-60 integer such as `06:30` (390), which some YAML 1.1 readers accept.
  static func sexagesimal(_ text: String) -> Int? {
    var body = Substring(text)
    var sign = 1
    if body.first == "-" { sign = -1 }
    if body.first == "+" || body.first == "-" { body = body.dropFirst() }
    let parts = body.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count >= 2 else { return nil }
    var value = 0
    for (index, part) in parts.enumerated() {
      let digits = part.replacingOccurrences(of: "_", with: "")
      guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
        let number = Int(digits)
      else { return nil }
      if index > 0, part.count > 2 || number > 59 { return nil }
      value = value * 60 + number
    }
    return sign * value
  }

  private static func format(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "infinity" : "-infinity" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }
}
