/// Decodes the character references that turn up in Markdown and JSON article text (`&amp;`,
/// `&nbsp;`, `&#8217;`, `&#x2014;`).
enum TextEntity {
  /// The text of the reference starting at `start` (an `&`) and the index after its `;`, or `nil`
  /// when it is not a known reference.
  static func decode(_ scalars: [Unicode.Scalar], at start: Int) -> (text: String, end: Int)? {
    guard start + 2 < scalars.count, scalars[start] == "&",
      let semicolon = scalars[(start + 1)..<min(scalars.count, start + 12)].firstIndex(of: ";")
    else { return nil }
    let name = String(String.UnicodeScalarView(scalars[(start + 1)..<semicolon]))
    if name.hasPrefix("#") {
      let digits = name.dropFirst()
      let value =
        digits.first == "x" || digits.first == "X"
        ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
      return (String(scalar), semicolon + 1)
    }
    guard let text = named[name] else { return nil }
    return (text, semicolon + 1)
  }

  /// `text` with its character references decoded.
  static func decoded(_ text: String) -> String {
    guard text.contains("&") else { return text }
    let scalars = Array(text.unicodeScalars)
    var output = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "&", let entity = decode(scalars, at: index) {
        output.append(contentsOf: entity.text.unicodeScalars)
        index = entity.end
      } else {
        output.append(scalars[index])
        index += 1
      }
    }
    return String(output)
  }

  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–",
    "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
    "laquo": "«", "raquo": "»", "copy": "©", "reg": "®", "trade": "™", "euro": "€", "pound": "£",
    "yen": "¥", "cent": "¢", "deg": "°", "middot": "·", "bull": "•", "times": "×", "eacute": "é",
    "egrave": "è", "aacute": "á", "agrave": "à", "iacute": "í", "oacute": "ó", "uacute": "ú",
    "ntilde": "ñ", "ccedil": "ç", "uuml": "ü", "ouml": "ö", "auml": "ä", "szlig": "ß",
  ]
}
