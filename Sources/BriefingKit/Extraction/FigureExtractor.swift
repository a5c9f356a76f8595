import Foundation

/// Finds key figures: counts with what they count, money, percentages, dates and more.
///
/// Each paragraph is scanned once as UTF-8 bytes into tokens (`FigureTokenizer`), and the figure
/// rules (`FigureMatcher`) read the tokens. A figure's text keeps its qualifier ("more than 240
/// hostages"); its sentence comes from the paragraph's sentence ranges. Repeats of a figure (the
/// same text, the same date, the same year) are kept once, at their first mention.
public struct FigureExtractor: Sendable {
  /// Whether vague quantities ("dozens of hostages", "hundreds more") are figures.
  public var includesVagueCounts: Bool
  /// How figures are ranked.
  public var ranker: FigureRanker

  /// Creates the figure rules.
  public init(includesVagueCounts: Bool = true, ranker: FigureRanker = FigureRanker()) {
    self.includesVagueCounts = includesVagueCounts
    self.ranker = ranker
  }

  /// The figures of an article in reading order; relative dates resolve against `published`,
  /// or failing that against the article's dateline or the latest full date it gives.
  public func figures(in text: ArticleText, published: Date?) -> [Figure] {
    let tokenizer = FigureTokenizer()
    var tokens: [FigureToken] = []
    tokens.reserveCapacity(256)
    var reference = published.map { CivilDate.days(of: $0) }
    var datelines: Set<Int> = []
    let dateScanner = DateScanner()
    // A dateline among the first paragraphs gives the reference day when nothing else does.
    for (index, paragraph) in text.paragraphs.prefix(3).enumerated()
    where paragraph.bytes.count < 64 {
      paragraph.bytes.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
      if let day = dateScanner.datelineDay(tokens) {
        datelines.insert(index)
        if reference == nil { reference = day }
      }
    }
    var figures: [Figure] = []
    var pending: [(index: Int, month: Int, day: Int)] = []
    var seen: Set<String> = []
    var seenValues: [Double: Int] = [:]  // value -> index of a bare figure, or -1
    var latestFullDate: Int?
    for (index, paragraph) in text.paragraphs.enumerated() {
      if Self.isFurniture(paragraph.bytes) { continue }
      paragraph.bytes.withUnsafeBufferPointer { buffer in
        // Figures come in reading order, so those of one sentence follow each other and share
        // the text of the last whole sentence given.
        var lastSentence: (range: Range<Int>, text: String)?
        tokenizer.tokenize(buffer, into: &tokens)
        let matches = FigureMatcher(tokens: tokens, bytes: buffer, reference: reference).matches()
        let body = paragraph.datelineEnd
        for m in matches {
          if m.isVague && !includesVagueCounts { continue }
          let start = tokens[m.first].start
          if start < body { continue }
          let end = tokens[m.last].end
          let figureText = String(
            decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
          let key: String
          switch m.kind {
          case .date: key = "date:" + (m.resolvedDate ?? figureText.lowercased())
          case .year: key = "year:" + (m.resolvedDate ?? figureText)
          default: key = figureText.lowercased()
          }
          guard seen.insert(key).inserted else { continue }
          // A bare number and the same amount with what it counts are one figure ("rose to
          // 41", "41 people"): keep the one that says what it counts.
          if let v = m.value, m.kind == .count || m.kind == .money {
            if m.unit == nil, seenValues[v] != nil { continue }
            if m.unit != nil, let bare = seenValues[v], bare >= 0 {
              figures.remove(at: bare)
              pending = pending.map {
                ($0.index > bare ? $0.index - 1 : $0.index, $0.month, $0.day)
              }
              for (key, index) in seenValues where index > bare { seenValues[key] = index - 1 }
            }
            seenValues[v] = m.unit == nil ? figures.count : -1
          }
          if m.kind == .date, let iso = m.resolvedDate, iso.count == 10, m.monthDay == nil,
            let day = DateScanner.days(iso: iso)
          {
            latestFullDate = max(latestFullDate ?? day, day)
          }
          if m.kind == .date, m.resolvedDate == nil, let md = m.monthDay {
            pending.append((figures.count, md.month, md.day))
          }
          let range =
            paragraph.sentenceIndex(containing: start).map { paragraph.sentences[$0] }
            ?? 0..<buffer.count
          let sentence: String
          if let last = lastSentence, last.range == range {
            sentence = last.text
          } else {
            sentence = Self.context(of: start..<end, in: range, buffer)
            if range.count <= Self.maxSentenceBytes { lastSentence = (range, sentence) }
          }
          var traits = FigureRanker.Traits()
          traits.isVague = m.isVague
          traits.isCasualty = m.isCasualty
          traits.isDateline = datelines.contains(index)
          traits.paragraph = index
          figures.append(
            Figure(
              text: figureText, value: m.value, unit: m.unit, kind: m.kind, sentence: sentence,
              paragraph: index, resolvedDate: m.resolvedDate,
              salience: ranker.salience(kind: m.kind, unit: m.unit, value: m.value, traits: traits)
            ))
        }
      }
    }
    // Days written without a year, in an article without a date of its own: resolve them
    // against the latest full date the article gives.
    if reference == nil, let latestFullDate {
      for p in pending {
        figures[p.index].resolvedDate = dateScanner.resolve(
          year: nil, month: p.month, day: p.day, latestFullDate)
      }
    }
    return figures
  }

  /// The longest sentence a figure keeps whole; of a longer one (text without full stops, a
  /// page's run-on block) it keeps the words around the figure.
  static let maxSentenceBytes = 600

  /// The sentence `range` of `bytes` that holds `figure`, or the words around the figure,
  /// cut at spaces and marked with "…", when the sentence is longer than `maxSentenceBytes`.
  static func context(
    of figure: Range<Int>, in range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> String {
    var lower = range.lowerBound
    var upper = range.upperBound
    let margin = (maxSentenceBytes - figure.count) / 2
    if upper - lower > maxSentenceBytes {
      if figure.lowerBound - lower > margin {
        lower = figure.lowerBound - margin
        while lower < figure.lowerBound, bytes[lower - 1] != 0x20 { lower += 1 }
      }
      if upper - figure.upperBound > margin {
        upper = figure.upperBound + margin
        while upper > figure.upperBound, bytes[upper] != 0x20 { upper -= 1 }
      }
    }
    var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
    if lower > range.lowerBound { text = "…" + text }
    if upper < range.upperBound { text += "…" }
    return text
  }

  /// Whether a paragraph is a caption or credit line that cleaning left in ("Photo: ...").
  static func isFurniture(_ bytes: [UInt8]) -> Bool {
    for prefix in furniturePrefixes where bytes.count > prefix.count {
      var matches = true
      for (k, b) in prefix.enumerated() where bytes[k] | 0x20 != b {
        matches = false
        break
      }
      if matches { return true }
    }
    return false
  }

  private static let furniturePrefixes: [[UInt8]] = [
    "photo:", "photograph:", "image:", "picture:", "caption:", "credit:", "video:", "graphic:",
    "photo credit", "file photo", "advertisement",
  ].map { Array($0.utf8) }
}
