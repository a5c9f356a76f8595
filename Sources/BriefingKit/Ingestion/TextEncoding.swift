import Foundation

/// A character encoding that documents arrive in.
///
/// Labels are read the way browsers read them (the WHATWG Encoding Standard): `iso-8859-1`,
/// `latin1` and `us-ascii` mean Windows-1252, because real documents so labelled use its curly
/// quotes and dashes in 0x80-0x9F, never the C1 control characters of true Latin-1.
public enum TextEncoding: String, Sendable, Hashable, Codable, CaseIterable {
  case utf8 = "utf-8"
  case utf16LittleEndian = "utf-16le"
  case utf16BigEndian = "utf-16be"
  case windows1252 = "windows-1252"
  case iso8859_15 = "iso-8859-15"
  case iso8859_2 = "iso-8859-2"
  case windows1250 = "windows-1250"
  case windows1251 = "windows-1251"
  case shiftJIS = "shift_jis"

  /// The encoding a charset label names (`UTF-8`, `latin1`, `cp1252`, `ISO_8859-15`), or `nil`
  /// for a label this tool cannot decode.
  public init?(label: String) {
    let key = label.trimmingCharacters(in: .whitespacesAndNewlines.union(["\"", "'"]))
      .lowercased().replacingOccurrences(of: "_", with: "-")
    guard let encoding = Self.labels[key] else { return nil }
    self = encoding
  }

  /// Whether each byte is one character (so any byte string decodes without error).
  public var isSingleByte: Bool {
    switch self {
    case .windows1252, .iso8859_15, .iso8859_2, .windows1250, .windows1251: true
    case .utf8, .utf16LittleEndian, .utf16BigEndian, .shiftJIS: false
    }
  }

  private static let labels: [String: TextEncoding] = [
    "utf-8": .utf8, "utf8": .utf8, "unicode-1-1-utf-8": .utf8, "x-unicode20utf8": .utf8,
    "utf-16": .utf16LittleEndian, "utf-16le": .utf16LittleEndian, "unicode": .utf16LittleEndian,
    "ucs-2": .utf16LittleEndian, "utf-16be": .utf16BigEndian, "unicodefffe": .utf16BigEndian,
    "windows-1252": .windows1252, "cp1252": .windows1252, "x-cp1252": .windows1252,
    "iso-8859-1": .windows1252, "iso8859-1": .windows1252, "iso-88591": .windows1252,
    "latin1": .windows1252, "latin-1": .windows1252, "l1": .windows1252, "us-ascii": .windows1252,
    "ascii": .windows1252, "ansi-x3.4-1968": .windows1252, "iso-ir-100": .windows1252,
    "cp819": .windows1252, "ibm819": .windows1252, "csisolatin1": .windows1252,
    "iso-8859-15": .iso8859_15, "iso8859-15": .iso8859_15, "iso-885915": .iso8859_15,
    "latin9": .iso8859_15, "latin-9": .iso8859_15, "l9": .iso8859_15, "csisolatin9": .iso8859_15,
    "iso-8859-2": .iso8859_2, "iso8859-2": .iso8859_2, "latin2": .iso8859_2, "l2": .iso8859_2,
    "windows-1250": .windows1250, "cp1250": .windows1250, "x-cp1250": .windows1250,
    "windows-1251": .windows1251, "cp1251": .windows1251, "x-cp1251": .windows1251,
    "shift-jis": .shiftJIS, "sjis": .shiftJIS, "ms-kanji": .shiftJIS, "windows-31j": .shiftJIS,
    "x-sjis": .shiftJIS,
  ]
}
