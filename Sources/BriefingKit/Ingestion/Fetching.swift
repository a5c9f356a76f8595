import Foundation

/// Something that fetches documents by address: `http(s)://` URLs, `file://` URLs and plain
/// paths. The network lives behind this protocol, so tests and the pipeline can swap it.
public protocol Fetching: Sendable {
  /// The document at `location`. Throws a `BriefingError` (step `.ingest`, reason `.source`)
  /// located at `location` when it cannot be fetched.
  func fetch(_ location: String) async throws -> FetchedResource
}

/// A fetched document.
public struct FetchedResource: Sendable, Hashable {
  /// The body as received.
  public var data: Data
  /// The address asked for.
  public var requestedURL: String
  /// The address it came from after redirects (a file path for files).
  public var url: String
  /// The `Content-Type`, when known (guessed from the extension for files).
  public var contentType: String?
  /// Whether the body came from the HTTP cache after a `304 Not Modified`.
  public var isFromCache: Bool

  /// Creates a fetched document.
  public init(
    data: Data, requestedURL: String, url: String, contentType: String? = nil,
    isFromCache: Bool = false
  ) {
    self.data = data
    self.requestedURL = requestedURL
    self.url = url
    self.contentType = contentType
    self.isFromCache = isFromCache
  }
}
