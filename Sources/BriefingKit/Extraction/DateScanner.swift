import Foundation

/// A date read from tokens: its token span and what it resolves to.
struct DateMatch: Sendable, Equatable {
  /// The first and last token of the date.
  var first: Int
  var last: Int
  /// The ISO form: `2023-11-03`, `2003-07`, or nil when it cannot be resolved.
  var resolved: String?
}

/// Finds dates in a paragraph's tokens ("October 7", "November 3, 2023", "7 October",
/// "July 2003", "last Friday", "2023-11-03") and resolves them against a reference day.
struct DateScanner: Sendable {
  let lexicon: FigureLexicon

  init(lexicon: FigureLexicon = .shared) {
    self.lexicon = lexicon
  }

  /// A date that starts with a capitalised month name at `i`.
  func monthFirst(_ t: [FigureToken], at i: Int, reference: Int?) -> DateMatch? {
    let tok = t[i]
    guard tok.isCapitalized, tok.classes.contains(.month) else { return nil }
    let month = Int(lexicon.entries[Int(tok.entry)].value)
    var j = i + 1
    // An abbreviation may carry a period: "Sept. 4".
    if j < t.count, t[j].symbol == .period, !t[j].spaceBefore, isAbbreviation(tok) { j += 1 }
    guard j < t.count, t[j].isNumber, t[j].spaceBefore, t[j].isInteger, !t[j].hasSeparator else {
      return nil
    }
    let n = t[j]
    if n.digits == 4, isYear(n) {
      // "July 2003"
      return DateMatch(first: i, last: j, resolved: CivilDate.iso(year: Int(n.value), month: month))
    }
    guard n.digits <= 2, n.value >= 1, n.value <= 31 else { return nil }
    let day = Int(n.value)
    var last = j
    if j + 1 < t.count, t[j + 1].isWord, !t[j + 1].spaceBefore {
      guard t[j + 1].classes.contains(.ordinalSuffix) else { return nil }
      last = j + 1
    }
    // ", 2023" or " 2023"
    var k = last + 1
    if k < t.count, t[k].symbol == .comma { k += 1 }
    if k < t.count, t[k].isNumber, t[k].spaceBefore, t[k].digits == 4, isYear(t[k]),
      !(k + 1 < t.count && t[k + 1].isWord && !t[k + 1].spaceBefore)
    {
      let year = Int(t[k].value)
      return DateMatch(first: i, last: k, resolved: resolve(year: year, month: month, day: day))
    }
    return DateMatch(
      first: i, last: last, resolved: resolve(year: nil, month: month, day: day, reference))
  }

  /// A date that starts with the day at `i`: "7 October", "7th October 2023", "7th of October".
  func dayFirst(_ t: [FigureToken], at i: Int, reference: Int?) -> DateMatch? {
    let tok = t[i]
    guard tok.isNumber, tok.isInteger, tok.digits <= 2, tok.value >= 1, tok.value <= 31 else {
      return nil
    }
    var j = i + 1
    if j < t.count, t[j].isWord, !t[j].spaceBefore {
      guard t[j].classes.contains(.ordinalSuffix) else { return nil }
      j += 1
      if j < t.count, t[j].isWord, lexicon.entries.indices.contains(Int(t[j].entry)),
        isWord(t[j], "of")
      {
        j += 1
      }
    }
    guard j < t.count, t[j].isWord, t[j].spaceBefore, t[j].isCapitalized,
      t[j].classes.contains(.month)
    else { return nil }
    let month = Int(lexicon.entries[Int(t[j].entry)].value)
    let day = Int(tok.value)
    var last = j
    if last + 1 < t.count, t[last + 1].symbol == .period, !t[last + 1].spaceBefore,
      isAbbreviation(t[j])
    {
      last += 1
    }
    let k = last + 1
    if k < t.count, t[k].isNumber, t[k].spaceBefore, t[k].digits == 4, isYear(t[k]) {
      return DateMatch(
        first: i, last: k, resolved: resolve(year: Int(t[k].value), month: month, day: day))
    }
    return DateMatch(
      first: i, last: last, resolved: resolve(year: nil, month: month, day: day, reference))
  }

  /// "last Friday", "next Monday", "this Tuesday".
  func relativeWeekday(_ t: [FigureToken], at i: Int, reference: Int?) -> DateMatch? {
    guard i + 1 < t.count, t[i].classes.contains(.relativeDay), t[i + 1].isCapitalized,
      t[i + 1].classes.contains(.weekday)
    else { return nil }
    let weekday = Int(lexicon.entries[Int(t[i + 1].entry)].value)
    guard let reference else { return DateMatch(first: i, last: i + 1, resolved: nil) }
    let today = CivilDate.weekday(reference)
    let resolved: Int
    if isWord(t[i], "next") || isWord(t[i], "coming") {
      var delta = (weekday - today + 7) % 7
      if delta == 0 { delta = 7 }
      resolved = reference + delta
    } else if isWord(t[i], "this") {
      // The day of the same week as the reference.
      resolved = reference + (weekday - today)
    } else {
      var delta = (today - weekday + 7) % 7
      if delta == 0 { delta = 7 }
      resolved = reference - delta
    }
    return DateMatch(first: i, last: i + 1, resolved: CivilDate.iso(resolved))
  }

  /// "2023-11-03".
  func isoDate(_ t: [FigureToken], at i: Int) -> DateMatch? {
    guard i + 4 < t.count, t[i].isNumber, t[i].digits == 4, isYear(t[i]),
      t[i + 1].symbol == .hyphen, !t[i + 1].spaceBefore, t[i + 2].isNumber, t[i + 2].digits == 2,
      !t[i + 2].spaceBefore, t[i + 3].symbol == .hyphen, !t[i + 3].spaceBefore,
      t[i + 4].isNumber, t[i + 4].digits == 2, !t[i + 4].spaceBefore
    else { return nil }
    let y = Int(t[i].value)
    let m = Int(t[i + 2].value)
    let d = Int(t[i + 4].value)
    guard (1...12).contains(m), d >= 1, d <= CivilDate.daysIn(month: m, year: y) else {
      return nil
    }
    return DateMatch(
      first: i, last: i + 4, resolved: CivilDate.iso(CivilDate.days(year: y, month: m, day: d)))
  }

  /// The day of a dateline paragraph: a paragraph that holds only a date, with or without its
  /// weekday ("Thursday, February 23, 2023").
  func datelineDay(_ t: [FigureToken]) -> Int? {
    guard !t.isEmpty, t.count <= 8 else { return nil }
    var i = 0
    if t[0].classes.contains(.weekday) {
      i = 1
      if i < t.count, t[i].symbol == .comma { i += 1 }
    }
    guard i < t.count else { return nil }
    let match = monthFirst(t, at: i, reference: nil) ?? dayFirst(t, at: i, reference: nil)
    guard let match, let iso = match.resolved, iso.count == 10 else { return nil }
    var end = match.last + 1
    while end < t.count, t[end].symbol == .period { end += 1 }
    guard end == t.count else { return nil }
    return Self.days(iso: iso)
  }

  /// The day number of `yyyy-mm-dd`.
  static func days(iso: String) -> Int? {
    let parts = iso.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    return CivilDate.days(year: parts[0], month: parts[1], day: parts[2])
  }

  /// The ISO date of a day and month; without a year, the year that puts it nearest the
  /// reference day, news being more often about the past: a day ahead counts three times a day
  /// behind ("7 March" in a November article is last March; "June 28" in April is this June).
  func resolve(year: Int?, month: Int, day: Int, _ reference: Int? = nil) -> String? {
    if let year {
      guard day <= CivilDate.daysIn(month: month, year: year) else { return nil }
      return CivilDate.iso(CivilDate.days(year: year, month: month, day: day))
    }
    guard let reference else { return nil }
    let ry = CivilDate.civil(reference).year
    var best: Int?
    for y in [ry - 1, ry, ry + 1] where day <= CivilDate.daysIn(month: month, year: y) {
      let d = CivilDate.days(year: y, month: month, day: day)
      if best.map({ cost(d - reference) < cost($0 - reference) }) ?? true { best = d }
    }
    return best.map { CivilDate.iso($0) }
  }

  private func cost(_ delta: Int) -> Int { delta < 0 ? -delta : 3 * delta }

  func isYear(_ n: FigureToken) -> Bool {
    n.isInteger && !n.hasSeparator && n.value >= 1000 && n.value <= 2199
  }

  /// Whether a month word is short for its name ("Sept", "Nov"), so a period after it belongs to
  /// it; "May", "June" and "July" are whole names, and their period ends the sentence.
  private func isAbbreviation(_ month: FigureToken) -> Bool {
    month.end - month.start <= 4 && !isWord(month, "may") && !isWord(month, "june")
      && !isWord(month, "july")
  }

  func isWord(_ t: FigureToken, _ word: String) -> Bool {
    guard t.entry >= 0, let key = WordKey(word) else { return false }
    return lexicon.index(of: key) == t.entry
  }
}
