/// Groups articles that tell the same story, so a briefing shows each story once.
///
/// Two articles are one story when their texts are near-duplicates (MinHash estimate of shingle
/// overlap, bucketed with locality-sensitive hashing so hundreds of articles cost no all-pairs
/// comparison), when they share a link or identical text, or when they report the same event:
/// the same substantial quote, or at least two of the same figures and similar headlines.
public struct StoryGrouper: Sendable {
  /// A story told by one or more articles.
  public struct Group: Sendable, Hashable {
    /// The article the story is shown from (the fullest one).
    public var primary: ExtractedArticle
    /// The other articles of the story, in input order.
    public var others: [ExtractedArticle]

    /// The primary article with the best quotes and figures of the others merged in.
    public var merged: ExtractedArticle {
      var result = primary
      for other in others {
        for quote in other.quotes
        where !result.quotes.contains(where: { QuoteKey.overlap($0.text, quote.text) >= 0.6 }) {
          result.quotes.append(quote)
        }
        for figure in other.figures
        where !result.figures.contains(where: { Self.sameFigure($0, figure) }) {
          result.figures.append(figure)
        }
      }
      return result
    }

    /// The outlets of the other articles, without the primary's and without repeats.
    public var alsoReportedBy: [String] {
      var seen: Set<String> = [primary.article.source]
      return others.map(\.article.source).filter { seen.insert($0).inserted }
    }

    static func sameFigure(_ a: Figure, _ b: Figure) -> Bool {
      if let va = a.value, let vb = b.value { return va == vb && a.unit == b.unit }
      return a.text.lowercased() == b.text.lowercased()
    }
  }

  /// The estimated text overlap above which two articles are the same story.
  public var threshold: Double
  /// The MinHash scheme.
  public var minHash: MinHash
  /// LSH bands; `minHash.size` must be a multiple of it.
  public var bands: Int

  /// Creates a grouper.
  public init(threshold: Double = 0.5, minHash: MinHash = MinHash(size: 64), bands: Int = 16) {
    precondition(minHash.size % bands == 0)
    self.threshold = threshold
    self.minHash = minHash
    self.bands = bands
  }

  /// The stories among `articles`, in order of their first article.
  public func groups(_ articles: [ExtractedArticle]) -> [Group] {
    var sets = DisjointSets(count: articles.count)
    let signatures = articles.map {
      minHash.signature(of: $0.article.title + "\n" + $0.article.body)
    }

    // Near-duplicate text: candidates from LSH buckets, confirmed by the signature estimate.
    let rows = minHash.size / bands
    for band in 0..<bands {
      var buckets: [UInt64: [Int]] = [:]
      for (i, signature) in signatures.enumerated() where signature[0] != .max {
        var h: UInt64 = UInt64(band)
        for r in 0..<rows { h = MinHash.mix(h ^ signature[band * rows + r]) }
        buckets[h, default: []].append(i)
      }
      for members in buckets.values where members.count > 1 {
        for other in members.dropFirst()
        where sets.find(members[0]) != sets.find(other)
          && minHash.similarity(signatures[members[0]], signatures[other]) >= threshold
        {
          sets.union(members[0], other)
        }
      }
    }

    // The same link, the same substantial quote: inverted indexes, no all-pairs.
    var byKey: [String: Int] = [:]
    for (i, extracted) in articles.enumerated() {
      var keys: [String] = []
      if let url = extracted.article.url, !url.isEmpty { keys.append("url:" + url) }
      keys += extracted.quotes.compactMap { QuoteKey.key(for: $0.text) }.map { "quote:" + $0 }
      for key in keys {
        if let first = byKey[key] { sets.union(first, i) } else { byKey[key] = i }
      }
    }

    // The same event: two shared figures and similar headlines.
    var byFigure: [String: [Int]] = [:]
    for (i, extracted) in articles.enumerated() {
      for key in Set(extracted.figures.compactMap(Self.figureKey)) {
        byFigure[key, default: []].append(i)
      }
    }
    var sharedFigures: [Pair: Int] = [:]
    for members in byFigure.values where members.count > 1 && members.count <= 50 {
      for (x, a) in members.enumerated() {
        for b in members[(x + 1)...] { sharedFigures[Pair(a, b), default: 0] += 1 }
      }
    }
    for (pair, count) in sharedFigures.sorted(by: { $0.key < $1.key }) where count >= 2 {
      if QuoteKey.overlap(articles[pair.a].article.title, articles[pair.b].article.title) >= 0.3 {
        sets.union(pair.a, pair.b)
      }
    }

    // Collect groups in input order; the fullest article leads.
    var members: [Int: [Int]] = [:]
    var order: [Int] = []
    for i in articles.indices {
      let root = sets.find(i)
      if members[root] == nil { order.append(root) }
      members[root, default: []].append(i)
    }
    return order.compactMap { root in
      guard let indices = members[root] else { return nil }
      let primaryIndex =
        indices.max { a, b in
          let (sa, sb) = (Self.fullness(articles[a]), Self.fullness(articles[b]))
          return sa != sb ? sa < sb : a > b
        } ?? indices[0]
      return Group(
        primary: articles[primaryIndex],
        others: indices.filter { $0 != primaryIndex }.map { articles[$0] })
    }
  }

  static func fullness(_ extracted: ExtractedArticle) -> Int {
    extracted.article.body.utf8.count + 200 * extracted.quotes.count + 50 * extracted.figures.count
  }

  static func figureKey(_ figure: Figure) -> String? {
    guard let value = figure.value, figure.kind != .date, figure.kind != .year, value >= 10 else {
      return nil
    }
    return "\(value)|\(figure.unit ?? "")"
  }

  struct Pair: Hashable, Comparable {
    let a: Int
    let b: Int
    init(_ x: Int, _ y: Int) { (a, b) = x < y ? (x, y) : (y, x) }
    static func < (l: Pair, r: Pair) -> Bool { (l.a, l.b) < (r.a, r.b) }
  }
}

/// Union-find over indices, with path halving.
struct DisjointSets {
  private var parent: [Int]

  init(count: Int) { parent = Array(0..<count) }

  mutating func find(_ x: Int) -> Int {
    var x = x
    while parent[x] != x {
      parent[x] = parent[parent[x]]
      x = parent[x]
    }
    return x
  }

  mutating func union(_ a: Int, _ b: Int) {
    let (ra, rb) = (find(a), find(b))
    if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
  }
}

/// Normalised keys and overlap for quote texts, so the same quote from two outlets matches
/// despite different punctuation or marks.
enum QuoteKey {
  /// The lowercased words of a text.
  static func words(_ text: String) -> [Substring] {
    text.lowercased().split { !($0.isLetter || $0.isNumber) }
  }

  /// A key for a substantial quote (at least eight words): its first eight words.
  static func key(for text: String) -> String? {
    let w = words(text)
    return w.count >= 8 ? w.prefix(8).joined(separator: " ") : nil
  }

  /// The Jaccard overlap of the word sets of two texts.
  static func overlap(_ a: String, _ b: String) -> Double {
    let (x, y) = (Set(words(a)), Set(words(b)))
    guard !x.isEmpty, !y.isEmpty else { return 0 }
    return Double(x.intersection(y).count) / Double(x.union(y).count)
  }
}
