import Foundation
import Testing

@testable import BriefingKit

@Suite struct CharsetDecoderTests {
  static let cafe = "The price of a café crème in the old town rose by 12% this year — the steepest"
  static let quote = "“We had no choice,” said Renée Dubois"

  static func decoded(_ fixture: String, contentType: String? = nil, override: String? = nil)
    throws -> DecodedText
  {
    CharsetDecoder().decode(
      try RemoteFixtures.data("html/\(fixture)"), contentType: contentType, override: override)
  }

  @Test(
    arguments: [
      ("windows-1252.html", nil, TextEncoding.windows1252, DecodedText.Basis.declaration),
      ("undeclared-1252.html", nil, .windows1252, .fallback),
      ("undeclared-1252.html", "text/html; charset=UTF-8", .utf8, .httpHeader),
      ("utf16le.html", nil, .utf16LittleEndian, .byteOrderMark),
      ("utf8-declared-latin1.html", nil, .utf8, .validUTF8),
      ("windows-1252.html", "text/html; charset=\"windows-1252\"", .windows1252, .httpHeader),
    ] as [(String, String?, TextEncoding, DecodedText.Basis)])
  func decodesRealBytesWithoutMojibake(
    fixture: String, contentType: String?, encoding: TextEncoding, basis: DecodedText.Basis
  ) throws {
    let decoded = try Self.decoded(fixture, contentType: contentType)
    #expect(decoded.encoding == encoding)
    #expect(decoded.basis == basis)
    #expect(decoded.text.contains(Self.cafe))
    #expect(decoded.text.contains(Self.quote))
    #expect(decoded.text.contains("€3.40"))
    #expect(!decoded.text.contains("Ã"))
    #expect(!decoded.text.contains("\u{FFFD}"))
  }

  @Test func readsISO885915EuroSign() throws {
    let decoded = try Self.decoded("iso-8859-15.html")
    #expect(decoded.encoding == .iso8859_15)
    #expect(decoded.text.contains("The average price is now €3.40."))
    #expect(decoded.text.contains("café crème"))
  }

  @Test func overrideWinsOverEverything() throws {
    let decoded = try Self.decoded(
      "utf8-declared-latin1.html", contentType: "text/html; charset=utf-8", override: "latin1")
    #expect(decoded.basis == .override)
    #expect(decoded.encoding == .windows1252)
    #expect(decoded.text.contains("cafÃ©"))
  }

  @Test func unknownOverrideIsIgnored() throws {
    let decoded = try Self.decoded("windows-1252.html", override: "klingon-8")
    #expect(decoded.encoding == .windows1252)
    #expect(decoded.basis == .declaration)
  }

  @Test func byteOrderMarkWinsOverHeaderAndIsDropped() {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("naïve".utf8)
    let decoded = CharsetDecoder().decode(bytes, contentType: "text/plain; charset=iso-8859-1")
    #expect(decoded.text == "naïve")
    #expect(decoded.basis == .byteOrderMark)
  }

  @Test func repairsStrayWindows1252BytesInUTF8() {
    let bytes = Array("Zürich ".utf8) + [0x93, 0x71, 0x94] + Array(" – fin".utf8)
    let decoded = CharsetDecoder().decode(bytes)
    #expect(decoded.text == "Zürich “q” – fin")
    #expect(decoded.basis == .fallback)
  }

  @Test func readsUTF16BigEndianWithoutBOMWhenDeclared() {
    let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss>Ærø</rss>"
    var bytes: [UInt8] = []
    for unit in text.utf16 { bytes += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    let decoded = CharsetDecoder().decode(bytes)
    #expect(decoded.text == text)
    #expect(decoded.encoding == .utf16BigEndian)
  }

  @Test(arguments: [
    ("UTF-8", TextEncoding.utf8), ("utf8", .utf8), ("ISO-8859-1", .windows1252),
    ("latin1", .windows1252), ("US-ASCII", .windows1252), ("cp1252", .windows1252),
    ("ISO_8859-15", .iso8859_15), ("\"Windows-1251\"", .windows1251), ("Shift_JIS", .shiftJIS),
  ])
  func readsCharsetLabels(label: String, encoding: TextEncoding) {
    #expect(TextEncoding(label: label) == encoding)
  }

  @Test(
    arguments: [
      ("<?xml version='1.0' encoding='ISO-8859-15'?><rss/>", "iso-8859-15"),
      ("<html><head><META CHARSET=Windows-1252></head>", "windows-1252"),
      ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">", "koi8-r"),
      ("<html><body>no declaration</body></html>", nil),
    ] as [(String, String?)])
  func findsDeclaredCharset(document: String, expected: String?) {
    #expect(CharsetDecoder.declaredCharset(in: Array(document.utf8)) == expected)
  }

  @Test func windows1252MapsC1RangeToPunctuation() {
    let bytes: [UInt8] = [0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9C]
    #expect(CharsetDecoder.text(bytes, as: .windows1252) == "€…‘’“”–—™œ")
  }
}
