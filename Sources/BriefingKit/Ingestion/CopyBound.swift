/// A paragraph's words as a caption copy test can bound them without folding the paragraph: the
/// first run of ASCII letters and digits of each word, hashed.
///
/// `PhotoFurniture.isCopy` compares the sets of two texts' folded words. A word the paragraph
/// shares with a caption has its first run (lower-cased, as folding makes it) among the caption
/// words' first runs, so the number of the paragraph's words with such a run, plus its words
/// without a run, bounds the number of shared words from above; the number of distinct first runs
/// bounds the paragraph's distinct words from below. Since `isCopy` grows with the first and falls
/// with the second, a paragraph whose bounds fail it is no copy, and only the others are folded.
struct CopyBound {
  /// The first runs' hashes, one for each word that has a run, sorted.
  private var runs: [UInt64] = []
  /// The pieces between spaces that have no run (each may be a word).
  private var runless = 0
  /// Whether the bounds hold: false when a character lower-cases to ASCII letters (`İ`, the
  /// Kelvin sign), which folding turns into runs the bytes do not show.
  private var holds = true

  /// The bounds of `paragraph`'s words, its pieces parted by the spaces `FurnitureLine` folds
  /// (space, tab, line break, no-break, thin and narrow no-break spaces).
  init(_ paragraph: String) {
    var paragraph = paragraph
    paragraph.withUTF8 { text in
      let count = text.count
      var index = 0
      var inPiece = false
      var pieceHasRun = false
      while index < count {
        let byte = text[index]
        if let space = FurnitureScreen.spaceLength(text, at: index) {
          if inPiece && !pieceHasRun { runless += 1 }
          inPiece = false
          pieceHasRun = false
          index += space
          continue
        }
        if FurnitureScreen.foldsToASCIILetters(text, at: index) {
          holds = false
          return
        }
        inPiece = true
        if FurnitureScreen.isAlphanumeric(byte) {
          let start = index
          while index < count && FurnitureScreen.isAlphanumeric(text[index]) { index += 1 }
          if !pieceHasRun { runs.append(FurnitureScreen.hash(text, start..<index)) }
          pieceHasRun = true
          continue
        }
        index += 1
      }
      if inPiece && !pieceHasRun { runless += 1 }
    }
    runs.sort()
  }

  /// The hashes of the first runs of `words` (folded words, as `FurnitureLine.words`), for
  /// `mayBeCopy(of:)`.
  static func firstRuns(of words: Set<String>) -> Set<UInt64> {
    var hashes = Set<UInt64>()
    for word in words {
      var word = word
      word.withUTF8 { bytes in
        var index = 0
        if let run = FurnitureScreen.nextRun(bytes, from: &index) {
          hashes.insert(FurnitureScreen.hash(bytes, run))
        }
      }
    }
    return hashes
  }

  /// Whether the paragraph may be a copy of a caption of `count` distinct words whose first runs
  /// are `captionRuns`: `false` only when `PhotoFurniture.isCopy` would say it is not.
  func mayBeCopy(ofCaptionWith count: Int, firstRuns captionRuns: Set<UInt64>) -> Bool {
    guard holds else { return true }
    var shared = runless
    var distinct = 0
    var previous: UInt64?
    for run in runs {
      if captionRuns.contains(run) { shared += 1 }
      if run != previous { distinct += 1 }
      previous = run
    }
    shared = min(shared, count)
    return PhotoFurniture.isCopy(
      shared: shared, leftCount: max(distinct, shared), rightCount: count)
  }
}
