import Foundation

/// The stable JSON shape of `briefing extract --format json`, one object per article.
public struct ExtractionRecord: Sendable, Hashable, Codable {
  /// One quote in the JSON shape.
  public struct Quote: Sendable, Hashable, Codable {
    public var text: String
    public var speaker: String?
    public var role: String?
    public var cue: String?
    public var kind: KeyQuote.Kind
    public var paragraph: Int
  }

  /// One figure in the JSON shape.
  public struct FigureEntry: Sendable, Hashable, Codable {
    public var text: String
    public var value: Double?
    public var unit: String?
    public var kind: Figure.Kind
    public var sentence: String
    public var date: String?
  }

  public var id: String
  public var title: String
  public var source: String
  public var url: String?
  /// When the article was published, as its source states it; nil when only the file's
  /// modification time is known.
  public var published: String?
  public var quotes: [Quote]
  public var figures: [FigureEntry]
  public var lede: [String]

  /// The record of an extracted article.
  public init(_ extracted: ExtractedArticle) {
    let article = extracted.article
    id = article.id
    title = article.title
    source = article.source
    url = article.url
    published =
      article.publishedIsFileTime ? nil : article.published.map { Self.publishedStyle.format($0) }
    quotes = extracted.quotes.map {
      Quote(
        text: $0.text, speaker: $0.speaker, role: $0.role, cue: $0.cue, kind: $0.kind,
        paragraph: $0.paragraph)
    }
    figures = extracted.figures.map {
      FigureEntry(
        text: $0.text, value: $0.value, unit: $0.unit, kind: $0.kind, sentence: $0.sentence,
        date: $0.resolvedDate)
    }
    lede = extracted.lede
  }

  /// How `published` is written: `Date.ISO8601Format()`'s style, made once rather than per record.
  private static let publishedStyle = Date.ISO8601FormatStyle()

  /// Encodes records as the pretty-printed JSON array the command prints, keys sorted so output is
  /// byte-identical from run to run (the bytes `JSONEncoder` writes with `.prettyPrinted`,
  /// `.sortedKeys` and `.withoutEscapingSlashes`).
  public static func json(_ records: [ExtractionRecord]) throws -> String {
    var writer = PrettyJSONWriter()
    try writer.array(count: records.count, level: 0) { writer, index in
      try records[index].write(to: &writer, level: 1)
    }
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  /// Appends the record as one element of the array `json(_:)` writes: the object at indent
  /// `level` (1 for an element of the top-level array), without the indent before its `{`.
  public func appendJSON(to bytes: inout [UInt8], level: Int = 1) throws {
    var writer = PrettyJSONWriter()
    swap(&writer.bytes, &bytes)
    defer { swap(&writer.bytes, &bytes) }
    try write(to: &writer, level: level)
  }

  func write(to writer: inout PrettyJSONWriter, level: Int) throws {
    let inner = level + 1
    writer.openObject()
    writer.key("figures", level: inner, first: true)
    try writer.array(count: figures.count, level: inner) { writer, index in
      try figures[index].write(to: &writer, level: inner + 1)
    }
    writer.key("id", level: inner)
    writer.string(id)
    writer.key("lede", level: inner)
    writer.array(count: lede.count, level: inner) { writer, index in writer.string(lede[index]) }
    writer.key("published", level: inner)
    writer.string(published)
    writer.key("quotes", level: inner)
    writer.array(count: quotes.count, level: inner) { writer, index in
      quotes[index].write(to: &writer, level: inner + 1)
    }
    writer.key("source", level: inner)
    writer.string(source)
    writer.key("title", level: inner)
    writer.string(title)
    writer.key("url", level: inner)
    writer.string(url)
    writer.closeObject(level: level)
  }
}

extension ExtractionRecord.Quote {
  func write(to writer: inout PrettyJSONWriter, level: Int) {
    let inner = level + 1
    writer.openObject()
    writer.key("cue", level: inner, first: true)
    writer.string(cue)
    writer.key("kind", level: inner)
    writer.string(kind.rawValue)
    writer.key("paragraph", level: inner)
    writer.integer(paragraph)
    writer.key("role", level: inner)
    writer.string(role)
    writer.key("speaker", level: inner)
    writer.string(speaker)
    writer.key("text", level: inner)
    writer.string(text)
    writer.closeObject(level: level)
  }
}

extension ExtractionRecord.FigureEntry {
  func write(to writer: inout PrettyJSONWriter, level: Int) throws {
    let inner = level + 1
    writer.openObject()
    writer.key("date", level: inner, first: true)
    writer.string(date)
    writer.key("kind", level: inner)
    writer.string(kind.rawValue)
    writer.key("sentence", level: inner)
    writer.string(sentence)
    writer.key("text", level: inner)
    writer.string(text)
    writer.key("unit", level: inner)
    writer.string(unit)
    writer.key("value", level: inner)
    try writer.number(value)
    writer.closeObject(level: level)
  }
}

// Optional fields are written as `null` rather than left out, so every object has every key.

extension ExtractionRecord {
  enum CodingKeys: String, CodingKey {
    case id, title, source, url, published, quotes, figures, lede
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(title, forKey: .title)
    try c.encode(source, forKey: .source)
    try c.encode(url, forKey: .url)
    try c.encode(published, forKey: .published)
    try c.encode(quotes, forKey: .quotes)
    try c.encode(figures, forKey: .figures)
    try c.encode(lede, forKey: .lede)
  }
}

extension ExtractionRecord.Quote {
  enum CodingKeys: String, CodingKey { case text, speaker, role, cue, kind, paragraph }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(text, forKey: .text)
    try c.encode(speaker, forKey: .speaker)
    try c.encode(role, forKey: .role)
    try c.encode(cue, forKey: .cue)
    try c.encode(kind, forKey: .kind)
    try c.encode(paragraph, forKey: .paragraph)
  }
}

extension ExtractionRecord.FigureEntry {
  enum CodingKeys: String, CodingKey { case text, value, unit, kind, sentence, date }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(text, forKey: .text)
    try c.encode(value, forKey: .value)
    try c.encode(unit, forKey: .unit)
    try c.encode(kind, forKey: .kind)
    try c.encode(sentence, forKey: .sentence)
    try c.encode(date, forKey: .date)
  }
}
