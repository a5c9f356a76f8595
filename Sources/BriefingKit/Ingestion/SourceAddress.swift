import Foundation

/// What kind of address a source or page location is: a web URL, a `file://` URL, or a path.
enum SourceAddress: Sendable, Hashable {
  /// `http://` or `https://`.
  case web
  /// `file://`.
  case fileURL
  /// Anything else: a path on disk.
  case path

  /// The kind of `location` (the scheme is matched case-insensitively).
  init(_ location: String) {
    // Most locations are paths: a first byte that is ASCII, not whitespace and not the start of
    // `http` or `file` settles it without trimming or lowercasing.
    if let first = location.utf8.first, first < 0x80, !Self.mayStartURL(first) {
      self = .path
      return
    }
    let lowered = location.trimmingCharacters(in: .whitespacesAndNewlines).prefix(8).lowercased()
    if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
      self = .web
    } else if lowered.hasPrefix("file://") {
      self = .fileURL
    } else {
      self = .path
    }
  }

  /// Whether a location starting with this ASCII byte may be a URL once trimmed: whitespace, or
  /// the first letter of `http` or `file` in either case.
  private static func mayStartURL(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x09...0x0D, 0x20, UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "f"),
      UInt8(ascii: "F"):
      return true
    default:
      return false
    }
  }

  /// Whether it is a URL (web or file) rather than a path.
  var isURL: Bool { self != .path }
}
