import Foundation

/// A briefing as a MIME email: `multipart/alternative` with the plain text and the HTML made
/// from the Markdown, for a `deliver: - command: "sendmail -t"` with `email: true`.
///
/// Lines end in LF, as `sendmail` and similar commands expect on standard input. Header values
/// that are not plain ASCII are RFC 2047 encoded; both bodies are UTF-8 in quoted-printable,
/// with lines starting with `.` or `From ` encoded so no mail transport mangles them.
public struct EmailMessage: Sendable, Hashable {
  /// The sender (`Briefing <briefing@example.org>`); `nil` leaves the `From:` header to the
  /// command (`sendmail` fills in the account it runs as).
  public var from: String?
  /// The recipients.
  public var to: [String]
  /// The subject.
  public var subject: String
  /// When it was written (the `Date:` header).
  public var date: Date
  /// The zone the `Date:` header is written in.
  public var timeZone: TimeZone
  /// The `Message-ID:` header, with its angle brackets.
  public var messageID: String
  /// The plain-text body.
  public var text: String
  /// The HTML body: a whole document.
  public var html: String

  /// Creates a message.
  public init(
    from: String?, to: [String], subject: String, date: Date, timeZone: TimeZone,
    messageID: String, text: String, html: String
  ) {
    self.from = from
    self.to = to
    self.subject = subject
    self.date = date
    self.timeZone = timeZone
    self.messageID = messageID
    self.text = text
    self.html = html
  }

  /// The email for a briefing: the subject from its title and date, the HTML from its Markdown.
  ///
  /// - Parameters:
  ///   - date: the briefing's local date, `YYYY-MM-DD`.
  ///   - sentAt: the moment for the `Date:` header.
  ///   - host: the host name for the `Message-ID:`.
  public static func briefing(
    name: String, title: String, date: String, text: String, markdown: String,
    from: String?, to: [String], sentAt: Date, timeZone: TimeZone, host: String
  ) -> EmailMessage {
    let subject = "\(title), \(longDate(date))"
    let body = MarkdownHTML().html(from: markdown)
    let html = """
      <!DOCTYPE html>
      <html>
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width">
      <title>\(MarkdownHTML.escape(subject))</title>
      </head>
      <body>
      \(body)</body>
      </html>

      """
    let digest =
      fnv1a(Data((name + date + text + markdown).utf8))
      ^ UInt64(bitPattern: Int64(sentAt.timeIntervalSince1970.rounded()))
    let messageID = "<briefing.\(name).\(date).\(String(digest, radix: 36))@\(host)>"
    return EmailMessage(
      from: from, to: to, subject: subject, date: sentAt,
      timeZone: timeZone, messageID: messageID, text: text, html: html)
  }

  /// The whole message: headers, a blank line, the two parts.
  public func rendered() -> String {
    let plainPart = Self.quotedPrintable(text)
    let htmlPart = Self.quotedPrintable(html)
    var boundary = "=_briefing_\(String(Self.fnv1a(Data((text + html).utf8)), radix: 36))"
    while plainPart.contains(boundary) || htmlPart.contains(boundary) { boundary += "_" }
    var lines: [String] = []
    if let from { lines.append("From: \(Self.encodeAddress(from))") }
    if !to.isEmpty { lines.append("To: \(to.map(Self.encodeAddress).joined(separator: ", "))") }
    lines += [
      "Subject: \(Self.encodeHeader(subject))",
      "Date: \(Self.rfc5322Date(date, in: timeZone))",
      "Message-ID: \(Self.singleLine(messageID))",
      "MIME-Version: 1.0",
      "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
      "Auto-Submitted: auto-generated",
      "",
      "This is a message in MIME format: a plain-text and an HTML version of the briefing.",
      "",
      "--\(boundary)",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      plainPart,
      "--\(boundary)",
      "Content-Type: text/html; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      htmlPart,
      "--\(boundary)--",
      "",
    ]
    return lines.joined(separator: "\n")
  }

  // MARK: Encodings

  /// A header value as-is when it is printable ASCII, else as RFC 2047 encoded words (base64,
  /// UTF-8), folded so that no encoded word is longer than 75 characters.
  public static func encodeHeader(_ value: String) -> String {
    let clean = singleLine(value)
    if clean.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return clean }
    var words: [String] = []
    var chunk = ""
    for character in clean {
      if chunk.utf8.count + String(character).utf8.count > 45 {
        words.append(chunk)
        chunk = ""
      }
      chunk.append(character)
    }
    if !chunk.isEmpty { words.append(chunk) }
    return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }
      .joined(separator: "\n ")
  }

  /// An address, with a non-ASCII display name encoded: `Zoë <zoe@example.org>`.
  public static func encodeAddress(_ address: String) -> String {
    let clean = singleLine(address).trimmingCharacters(in: .whitespaces)
    guard let open = clean.lastIndex(of: "<"), clean.hasSuffix(">") else { return clean }
    let name = clean[..<open].trimmingCharacters(in: .whitespaces)
    let mailbox = clean[open...]
    guard !name.isEmpty else { return String(mailbox) }
    if name.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return "\(name) \(mailbox)" }
    return "\(encodeHeader(name.replacingOccurrences(of: "\"", with: ""))) \(mailbox)"
  }

  /// `text` in quoted-printable (RFC 2045): lines of at most 76 characters, soft breaks `=`.
  public static func quotedPrintable(_ text: String) -> String {
    let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
    var output: [String] = []
    for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
      let bytes = Array(line.utf8)
      var encoded: [String] = []
      for (index, byte) in bytes.enumerated() {
        let isLast = index == bytes.count - 1
        let literal: Bool
        switch byte {
        case UInt8(ascii: "="): literal = false
        case UInt8(ascii: " "), UInt8(ascii: "\t"): literal = !isLast
        case UInt8(ascii: "."): literal = index != 0
        case UInt8(ascii: "F"): literal = !(index == 0 && line.hasPrefix("From "))
        case 33...126: literal = true
        default: literal = false
        }
        encoded.append(
          literal ? String(UnicodeScalar(byte)) : "=" + String(format: "%02X", byte))
      }
      var current = ""
      for piece in encoded {
        if current.count + piece.count > 75 {
          output.append(current + "=")
          current = ""
        }
        current += piece
      }
      output.append(current)
    }
    return output.joined(separator: "\n")
  }

  /// `Mon, 06 May 2024 06:30:00 +0200`.
  static func rfc5322Date(_ date: Date, in zone: TimeZone) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = zone
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
    return formatter.string(from: date)
  }

  /// `Monday 6 May 2024` for `2024-05-06` (the date itself when it is not one).
  static func longDate(_ date: String) -> String {
    let parser = DateFormatter()
    parser.locale = Locale(identifier: "en_US_POSIX")
    parser.timeZone = TimeZone(identifier: "UTC")
    parser.dateFormat = "yyyy-MM-dd"
    guard let day = parser.date(from: date) else { return date }
    parser.dateFormat = "EEEE d MMMM yyyy"
    return parser.string(from: day)
  }

  /// The value with line breaks and other control characters turned into spaces, so nothing
  /// from the configuration can add a header.
  static func singleLine(_ value: String) -> String {
    String(
      String.UnicodeScalarView(
        value.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
  }

  /// A 64-bit FNV-1a hash, for stable boundaries and message ids.
  static func fnv1a(_ data: Data) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in data {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    return hash
  }
}
