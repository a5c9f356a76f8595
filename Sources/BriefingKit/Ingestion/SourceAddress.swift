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
    let lowered = location.trimmingCharacters(in: .whitespacesAndNewlines).prefix(8).lowercased()
    if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
      self = .web
    } else if lowered.hasPrefix("file://") {
      self = .fileURL
    } else {
      self = .path
    }
  }

  /// Whether it is a URL (web or file) rather than a path.
  var isURL: Bool { self != .path }
}
