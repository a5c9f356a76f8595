/// Finds the known name closest to a misspelt one, for "did you mean" hints.
enum NameSuggester {
  /// The candidate most likely meant by `name`: the closest by edit distance (ignoring case,
  /// a swap of two neighbours counting as one edit) when close enough to be a typo, or else one
  /// that starts with `name` (`upper` for `uppercased`). Ties go to the candidate listed first.
  static func suggestion(for name: String, among candidates: [String]) -> String? {
    let target = Array(name.lowercased())
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != name {
      let distance = editDistance(target, Array(candidate.lowercased()))
      if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    if let best, best.distance <= allowedDistance(for: target.count) { return best.candidate }
    guard target.count >= 3 else { return nil }
    return candidates.first { $0.lowercased().hasPrefix(name.lowercased()) }
  }

  /// How many edits a typo of a name of this length may have.
  static func allowedDistance(for length: Int) -> Int {
    switch length {
    case ..<4: 1
    case ..<9: 2
    default: 3
    }
  }

  /// The optimal-string-alignment distance between two character sequences: insertions,
  /// deletions, substitutions and swaps of neighbours each count one.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
        }
      }
    }
    return table[a.count][b.count]
  }
}
