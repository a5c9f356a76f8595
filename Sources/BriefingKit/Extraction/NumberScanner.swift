/// A number read from one or more tokens: "12,000", "1.2 billion", "twenty-five", "a dozen",
/// "two hundred", "dozens".
struct NumberSpan: Sendable, Equatable {
  /// The first and last token of the number.
  var first: Int
  var last: Int
  /// Its value; nil for a vague quantity ("dozens", "hundreds").
  var value: Double?
  /// The factor a scale word contributed ("million" gives 1e6), 1 without one.
  var scale: Double
  /// Whether it is written in words.
  var isSpelled: Bool
  /// Whether it is a vague quantity ("dozens").
  var isVague: Bool
  /// Whether it is written with digits and looks like a year (four digits, 1500-2100).
  var isYearLike: Bool
  /// Whether it is "a"/"an"/"one": the value 1 written as a word.
  var isSpelledOne: Bool { isSpelled && value == 1 }
}

/// Reads numbers written in digits or words from figure tokens.
struct NumberScanner: Sendable {
  let lexicon: FigureLexicon
  let words: KnownWords

  init(lexicon: FigureLexicon = .shared, words: KnownWords = .shared) {
    self.lexicon = lexicon
    self.words = words
  }

  /// The number that starts at token `i`, if one does.
  func number(_ t: [FigureToken], at i: Int) -> NumberSpan? {
    guard i < t.count else { return nil }
    let tok = t[i]
    if tok.isNumber {
      var value = tok.value
      var scale = 1.0
      var last = i
      if i + 1 < t.count, t[i + 1].isWord, t[i + 1].spaceBefore, t[i + 1].classes.contains(.scale) {
        scale = lexicon.entries[Int(t[i + 1].entry)].value
        value = Self.scaled(value, scale)
        last = i + 1
      }
      let yearLike =
        scale == 1 && tok.digits == 4 && !tok.hasSeparator && !tok.hasDecimal
        && tok.value >= 1500 && tok.value <= 2100
      return NumberSpan(
        first: i, last: last, value: value, scale: scale, isSpelled: false, isVague: false,
        isYearLike: yearLike)
    }
    guard tok.isWord else { return nil }
    if tok.classes.contains(.vague) {
      // "dozens", "tens of thousands", "hundreds of millions"
      var last = i
      if i + 2 < t.count, t[i + 1].entry == words.of, t[i + 2].classes.contains(.vague) {
        last = i + 2
      }
      return NumberSpan(
        first: i, last: last, value: nil, scale: 1, isSpelled: true, isVague: true,
        isYearLike: false)
    }
    var value: Double
    var j = i + 1
    if tok.classes.contains(.cardinal) {
      value = lexicon.entries[Int(tok.entry)].value
      // "twenty-five", "twenty five"
      if value >= 20, value < 100, j < t.count {
        if j + 1 < t.count, t[j].symbol == .hyphen, !t[j].spaceBefore, !t[j + 1].spaceBefore,
          let units = unitsValue(t[j + 1])
        {
          value += units
          j += 2
        } else if t[j].spaceBefore, let units = unitsValue(t[j]) {
          value += units
          j += 1
        }
      }
      // "two and a half years"
      if j + 2 < t.count, t[j].entry == words.and, t[j + 1].entry == words.a,
        t[j + 2].classes.contains(.fraction), lexicon.entries[Int(t[j + 2].entry)].value == 50
      {
        value += 0.5
        j += 3
      }
    } else if tok.entry == words.a || tok.entry == words.an {
      guard j < t.count, t[j].spaceBefore,
        t[j].classes.contains(.dozen) || t[j].classes.contains(.scale)
      else { return nil }
      value = 1
    } else {
      return nil
    }
    var scale = 1.0
    if j < t.count, t[j].entry == words.hundred, t[j].spaceBefore {
      value *= 100
      scale = 100
      j += 1
      // "two hundred and fifty"
      if j + 1 < t.count, t[j].entry == words.and, let rest = number(t, at: j + 1), rest.isSpelled,
        let v = rest.value, v < 100, rest.scale == 1
      {
        value += v
        j = rest.last + 1
      }
    }
    if j < t.count, t[j].classes.contains(.dozen), t[j].spaceBefore {
      value *= 12
      j += 1
    }
    while j < t.count, t[j].spaceBefore, t[j].classes.contains(.scale), t[j].entry != words.hundred
    {
      let s = lexicon.entries[Int(t[j].entry)].value
      value *= s
      scale *= s
      j += 1
    }
    return NumberSpan(
      first: i, last: j - 1, value: value, scale: scale, isSpelled: true, isVague: false,
      isYearLike: false)
  }

  /// `value * scale`, rounded to the cents a decimal amount can mean ("1.7 trillion" is
  /// 1,700,000,000,000, not 1,700,000,000,000.0002).
  static func scaled(_ value: Double, _ scale: Double) -> Double {
    let v = value * scale
    return scale >= 100 ? (v * 100).rounded() / 100 : v
  }

  /// The value of a units word ("one" ... "nine").
  private func unitsValue(_ tok: FigureToken) -> Double? {
    guard tok.isWord, tok.classes.contains(.cardinal) else { return nil }
    let v = lexicon.entries[Int(tok.entry)].value
    return v >= 1 && v <= 9 ? v : nil
  }
}
