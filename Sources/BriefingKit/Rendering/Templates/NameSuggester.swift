/// Finds the known name closest to a misspelt one, for "did you mean" hints.
enum NameSuggester {
  /// The candidate closest to `name` by edit distance (ignoring case), when it is close enough
  /// to be a likely typo: at most a third of the name's length, and at least 1, apart. Ties go
  /// to the candidate listed first.
  static func suggestion(for name: String, among candidates: [String]) -> String? {
    let target = Array(name.lowercased())
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != name {
      let distance = editDistance(target, Array(candidate.lowercased()))
      if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
    }
    guard let best, best.distance <= max(1, target.count / 3) else { return nil }
    return best.candidate
  }

  /// The Levenshtein distance between two character sequences.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
