import Foundation

/// Remembers the validators (`ETag`, `Last-Modified`) and bodies of fetched documents, so the
/// next fetch is a conditional GET and a `304 Not Modified` costs the server nothing.
///
/// Kept under a directory the caller passes in (the state directory's `http/` folder): an index
/// `http-cache.json` and one body file per address, each written atomically, the body before
/// the index, so a crash never leaves an index pointing at a missing or partial body. A missing
/// or unreadable index is an empty cache.
public actor HTTPCache {
  /// What is remembered about one address.
  public struct Entry: Sendable, Hashable, Codable {
    /// The `ETag` the server sent.
    public var etag: String?
    /// The `Last-Modified` the server sent.
    public var lastModified: String?
    /// The `Content-Type` of the body.
    public var contentType: String?
    /// Where the body came from after redirects.
    public var finalURL: String
    /// The body file's name inside the cache folder.
    public var bodyFile: String

    enum CodingKeys: String, CodingKey {
      case etag
      case lastModified = "last_modified"
      case contentType = "content_type"
      case finalURL = "final_url"
      case bodyFile = "body_file"
    }
  }

  /// The folder the cache lives in.
  public let directory: URL
  private var entries: [String: Entry]?

  /// A cache kept in `directory` (created when first written).
  public init(directory: URL) {
    self.directory = directory
  }

  private var indexURL: URL { directory.appendingPathComponent("http-cache.json") }

  private func loadedEntries() -> [String: Entry] {
    if let entries { return entries }
    let loaded =
      (try? Data(contentsOf: indexURL)).flatMap {
        try? JSONDecoder().decode([String: Entry].self, from: $0)
      } ?? [:]
    entries = loaded
    return loaded
  }

  /// The remembered entry for `url`, if its body is still there.
  public func entry(for url: String) -> Entry? {
    guard let entry = loadedEntries()[url] else { return nil }
    let body = directory.appendingPathComponent(entry.bodyFile)
    return FileManager.default.fileExists(atPath: body.path) ? entry : nil
  }

  /// The remembered body for `url`.
  public func body(for url: String) -> Data? {
    guard let entry = entry(for: url) else { return nil }
    return try? Data(contentsOf: directory.appendingPathComponent(entry.bodyFile))
  }

  /// Remembers a `200` response to `url`; a response without validators forgets `url` instead.
  public func store(
    _ body: Data, for url: String, etag: String?, lastModified: String?, contentType: String?,
    finalURL: String
  ) throws {
    var entries = loadedEntries()
    guard etag != nil || lastModified != nil else {
      if entries.removeValue(forKey: url) != nil {
        self.entries = entries
        try writeIndex(entries)
      }
      return
    }
    let file = ContentHash().fingerprint([url]) + ".body"
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try body.write(to: directory.appendingPathComponent(file), options: .atomic)
    entries[url] = Entry(
      etag: etag, lastModified: lastModified, contentType: contentType, finalURL: finalURL,
      bodyFile: file)
    self.entries = entries
    try writeIndex(entries)
  }

  private func writeIndex(_ entries: [String: Entry]) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    try encoder.encode(entries).write(to: indexURL, options: .atomic)
  }
}
