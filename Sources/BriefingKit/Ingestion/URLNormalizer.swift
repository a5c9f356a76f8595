import Foundation

/// Makes links comparable: the same article reached through two feeds or two tracking links
/// gets the same identifier.
///
/// Lowercases scheme and host, drops the fragment, default ports, and tracking parameters
/// (`utm_*`, `fbclid`, `gclid`, ...), and an empty query.
public struct URLNormalizer: Sendable {
  /// Creates a normaliser.
  public init() {}

  /// The normal form of `link`, or `nil` when it is not an absolute http(s) or file URL.
  public func normalize(_ link: String) -> String? {
    let trimmed = link.trimmingCharacters(in: .whitespacesAndNewlines)
    guard var components = URLComponents(string: trimmed),
      let scheme = components.scheme?.lowercased(),
      ["http", "https", "file"].contains(scheme)
    else { return nil }
    components.scheme = scheme
    components.host = components.host?.lowercased()
    if (scheme == "http" && components.port == 80) || (scheme == "https" && components.port == 443)
    {
      components.port = nil
    }
    components.fragment = nil
    if let items = components.queryItems {
      let kept = items.filter { !Self.isTracking($0.name) }
      components.queryItems = kept.isEmpty ? nil : kept
    }
    if components.path.isEmpty, components.host != nil { components.path = "/" }
    return components.string
  }

  /// `link` resolved against `base` (relative links in feeds and pages), or `nil` when neither
  /// gives an absolute URL.
  public func resolve(_ link: String, against base: String?) -> String? {
    let trimmed = link.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { return nil }
    if let url = URL(string: trimmed), url.scheme != nil { return url.absoluteString }
    guard let base, let baseURL = URL(string: base),
      let url = URL(string: trimmed, relativeTo: baseURL)
    else { return nil }
    return url.absoluteURL.absoluteString
  }

  private static func isTracking(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.hasPrefix("utm_") || trackingParameters.contains(lower)
  }

  private static let trackingParameters: Set<String> = [
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga", "igshid", "yclid",
    "cmpid", "ocid", "at_medium", "at_campaign",
  ]
}
