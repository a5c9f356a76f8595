/// Text decoded from bytes, with the encoding used and why it was chosen.
public struct DecodedText: Sendable, Hashable {
  /// What decided the encoding.
  public enum Basis: String, Sendable, Hashable, Codable {
    /// The source's `encoding:` setting.
    case override
    /// A byte order mark.
    case byteOrderMark = "byte order mark"
    /// The HTTP `Content-Type` charset.
    case httpHeader = "HTTP header"
    /// `<?xml encoding?>`, `<meta charset>` or `<meta http-equiv>`.
    case declaration
    /// No declaration; the bytes are valid UTF-8.
    case validUTF8 = "valid UTF-8"
    /// No usable declaration and not valid UTF-8: Windows-1252 (with any UTF-8 runs kept).
    case fallback
  }

  /// The text, without a byte order mark.
  public var text: String
  /// The encoding the bytes were read in.
  public var encoding: TextEncoding
  /// What decided the encoding.
  public var basis: Basis

  /// Creates decoded text.
  public init(text: String, encoding: TextEncoding, basis: Basis) {
    self.text = text
    self.encoding = encoding
    self.basis = basis
  }
}
