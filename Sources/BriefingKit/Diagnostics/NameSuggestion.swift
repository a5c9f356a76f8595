import Foundation

/// "Did you mean" suggestions: the valid name closest to a misspelt one.
enum NameSuggestion {
  /// The candidate the user most likely meant by `word`, or `nil` when none is close.
  ///
  /// In order: the same name written differently (`maxStories`, `max-stories`), the one candidate
  /// that `word` abbreviates (`max_quote` -> `max_quotes_per_story`), a candidate that `word`
  /// extends (`window_hours` -> `window`), then the nearest by edit distance within a third of
  /// the word's length.
  static func bestMatch(for word: String, among candidates: [String]) -> String? {
    let folded = fold(word)
    guard !folded.isEmpty else { return nil }
    if let same = candidates.first(where: { fold($0) == folded }) { return same }
    if folded.count >= 3 {
      let extended = candidates.filter { fold($0).hasPrefix(folded) }
      if extended.count == 1 { return extended[0] }
      let abbreviated = candidates.filter { fold($0).count >= 3 && folded.hasPrefix(fold($0)) }
      if abbreviated.count == 1 { return abbreviated[0] }
    }
    let limit = max(1, min(3, folded.count / 3))
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(folded, fold(candidate))
      if distance <= limit, distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.name
  }

  /// The IANA time zone the user most likely meant by `name` (`europe/berlin`, `Berlin`,
  /// `America/New York`, `Europe/Berln`).
  static func timeZone(for name: String, among identifiers: [String]) -> String? {
    let wanted = name.lowercased().replacingOccurrences(of: " ", with: "_")
    if let exact = identifiers.first(where: { $0.lowercased() == wanted }) { return exact }
    let cities = identifiers.filter {
      $0.split(separator: "/").last.map { String($0).lowercased() } == wanted
    }
    if cities.count >= 1 { return cities[0] }
    var best: (name: String, distance: Int)?
    for identifier in identifiers {
      let distance = editDistance(wanted, identifier.lowercased())
      if distance <= 2, distance < (best?.distance ?? .max) {
        best = (identifier, distance)
      }
    }
    return best?.name
  }

  /// The name lowercased without `_`, `-` and spaces, so spellings of one name compare equal.
  static func fold(_ name: String) -> String {
    String(name.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != " " })
  }

  /// The optimal-string-alignment distance: insertions, deletions, substitutions and swaps of
  /// two neighbours each cost one.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
