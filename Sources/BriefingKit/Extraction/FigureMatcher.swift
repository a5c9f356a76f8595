/// A figure found in one paragraph, as token positions; `FigureExtractor` turns it into a
/// `Figure` with its text and sentence.
struct FigureMatch: Sendable {
  /// The first and last token of the figure's text.
  var first: Int
  var last: Int
  var value: Double?
  var unit: String?
  var kind: Figure.Kind
  var resolvedDate: String?
  /// The month and day of a date written without its year, to resolve later.
  var monthDay: (month: Int, day: Int)?
  /// Whether it is a vague quantity ("dozens of hostages").
  var isVague = false
  /// Whether a casualty verb or noun goes with it ("killing 107").
  var isCasualty = false
}

/// The figure rules over one paragraph's tokens: dates, times, money, percentages, scores,
/// ranges, ages, durations, measurements, ordinals, years and counts with what they count.
struct FigureMatcher {
  let t: [FigureToken]
  let bytes: UnsafeBufferPointer<UInt8>
  /// The day relative dates resolve against.
  let reference: Int?
  let lexicon: FigureLexicon
  let w: KnownWords
  let numbers: NumberScanner
  let dates: DateScanner

  init(
    tokens: [FigureToken], bytes: UnsafeBufferPointer<UInt8>, reference: Int?,
    lexicon: FigureLexicon = .shared, words: KnownWords = .shared
  ) {
    self.t = tokens
    self.bytes = bytes
    self.reference = reference
    self.lexicon = lexicon
    self.w = words
    self.numbers = NumberScanner(lexicon: lexicon, words: words)
    self.dates = DateScanner(lexicon: lexicon)
  }

  /// The figures of the paragraph in reading order.
  func matches() -> [FigureMatch] {
    var out: [FigureMatch] = []
    var floor = 0
    var i = 0
    while i < t.count {
      // Most tokens cannot start a figure: skip them without a call.
      let tok = t[i]
      let starts: Bool
      switch tok.kind {
      case .number: starts = true
      case .symbol:
        starts =
          tok.symbol.rawValue >= FigureToken.Symbol.dollar.rawValue
          && tok.symbol.rawValue <= FigureToken.Symbol.rupee.rawValue
      case .word:
        starts =
          !tok.classes.isDisjoint(with: Self.startClasses) || tok.entry == w.a
          || tok.entry == w.an
      }
      if starts, var m = match(at: i, floor: floor) {
        m.last = rateEnd(after: m)
        out.append(m)
        floor = m.last + 1
        i = m.last + 1
      } else {
        i += 1
      }
    }
    return out
  }

  /// Where a figure ends with the rate it is given at: "2.2 million barrels per day", "$5 an
  /// hour", "12 flights a week" (counts, measurements and money only).
  private func rateEnd(after m: FigureMatch) -> Int {
    guard m.kind == .count || m.kind == .measurement || m.kind == .money, m.unit != nil,
      m.last + 2 < t.count, t[m.last].kind != .symbol
    else { return m.last }
    // "450 a year earlier" is a comparison, not a rate.
    if m.last + 3 < t.count, t[m.last + 3].classes.contains(.relativeAfter) { return m.last }
    let by = t[m.last + 1]
    let unit = t[m.last + 2]
    guard by.spaceBefore, by.entry == w.per || by.entry == w.a || by.entry == w.an,
      unit.isWord, unit.spaceBefore, unit.classes.contains(.timeUnit)
    else { return m.last }
    return m.last + 2
  }

  // MARK: - Dispatch

  /// The classes of words that can start a figure.
  private static let startClasses: FigureWordClass = [
    .cardinal, .vague, .month, .relativeDay, .ageWord, .currencyPrefix, .fraction,
  ]

  private func match(at i: Int, floor: Int) -> FigureMatch? {
    let tok = t[i]
    switch tok.kind {
    case .symbol:
      if var code = currencyCode(of: tok.symbol) {
        // "US$", "A$", "NZ$"
        var first = i
        if tok.symbol == .dollar, i - 1 >= floor, !tok.spaceBefore, t[i - 1].isWord,
          t[i - 1].isCapitalized, t[i - 1].end - t[i - 1].start <= 2,
          let prefixed = NumberWords.dollarPrefixes[lowercasedText(i - 1)]
        {
          code = prefixed
          first = i - 1
        }
        return money(amountAt: i + 1, first: first, currency: code, spaced: false, floor: floor)
      }
      return nil
    case .number:
      return numberFigure(at: i, floor: floor)
    case .word:
      let c = tok.classes
      if c.contains(.month), let d = dates.monthFirst(t, at: i, reference: reference) {
        return date(d)
      }
      if c.contains(.relativeDay), let d = dates.relativeWeekday(t, at: i, reference: reference) {
        return FigureMatch(
          first: d.first, last: d.last, value: nil, unit: "date", kind: .date,
          resolvedDate: d.resolved)
      }
      if c.contains(.ageWord), let a = agedFigure(at: i) { return a }
      if c.contains(.currencyPrefix), tok.isCapitalized, i + 1 < t.count {
        var j = i + 1
        if t[j].symbol == .period, !t[j].spaceBefore { j += 1 }
        if j < t.count, t[j].isNumber, t[j].spaceBefore || j > i + 1 {
          let code = lexicon.entries[Int(tok.entry)].currency ?? "USD"
          return money(amountAt: j, first: i, currency: code, spaced: true, floor: floor)
        }
      }
      if let f = fractionOfScale(at: i, floor: floor) ?? fractionFigure(at: i, floor: floor) {
        return f
      }
      if c.contains(.cardinal) || c.contains(.vague) || tok.entry == w.a || tok.entry == w.an {
        return spelledFigure(at: i, floor: floor)
      }
      return nil
    }
  }

  /// "a third of renters", "nearly half of all firms", "two-thirds of the population": a
  /// proportion in percent.
  private func fractionFigure(at i: Int, floor: Int) -> FigureMatch? {
    guard let (k, share) = fraction(at: i), k + 2 < t.count, t[k + 1].entry == w.of else {
      return nil
    }
    var head = k + 2
    if head < t.count, head + 1 < t.count,
      t[head].entry == w.the || t[head].entry == w.all || t[head].classes.contains(.pronoun)
    {
      head += 1
    }
    guard head < t.count, t[head].isWord, t[head].classes.isDisjoint(with: [.function, .timeUnit]),
      share > 0, share < 100, let noun = nounHead(at: head, allowSingular: true)
    else { return nil }
    head = noun
    let q = qualifier(before: i, floor: floor)
    return FigureMatch(
      first: q.start, last: head, value: (share * 10).rounded() / 10, unit: "percent",
      kind: .percent)
  }

  /// "a third", "half", "three-quarters": the fraction word's index and its share in percent.
  private func fraction(at i: Int) -> (word: Int, share: Double)? {
    var k = i
    var count = 1.0
    if t[k].entry == w.a || t[k].entry == w.an || t[k].entry == w.one {
      k += 1
    } else if t[k].classes.contains(.cardinal), !t[k].classes.contains(.fraction),
      k + 2 < t.count, t[k + 1].isDash, !t[k + 1].spaceBefore
    {
      count = lexicon.entries[Int(t[k].entry)].value
      k += 2
    }
    guard k < t.count, t[k].isWord, t[k].classes.contains(.fraction) else { return nil }
    // The table holds "thirds" as two of them and "quarters" as three; a count says how many.
    let word = lowercasedText(k)
    let single: Double = word.hasPrefix("half") ? 50 : word.hasPrefix("third") ? 100 / 3 : 25
    return (k, count > 1 ? single * count : lexicon.entries[Int(t[k].entry)].value)
  }

  /// "half a million dollars", "a quarter of a million euros": the amount a fraction of a
  /// scale gives.
  private func fractionOfScale(at i: Int, floor: Int) -> FigureMatch? {
    guard let (k, share) = fraction(at: i), share > 0, share < 100 else { return nil }
    var a = k + 1
    if a < t.count, t[a].entry == w.of { a += 1 }
    guard a + 1 < t.count, t[a].entry == w.a || t[a].entry == w.an,
      t[a + 1].classes.contains(.scale), var m = spelledFigure(at: a, floor: floor),
      m.first == a, let value = m.value
    else { return nil }
    m.first = qualifier(before: i, floor: floor).start
    m.value = value * share / 100
    return m
  }

  private func date(_ d: DateMatch) -> FigureMatch {
    var m = FigureMatch(
      first: d.first, last: d.last, value: nil, unit: "date", kind: .date,
      resolvedDate: d.resolved)
    // A day and month without a year: keep them to resolve against a date found later.
    if d.resolved == nil
      || (d.last - d.first <= 2 && !(t[d.last].isNumber && t[d.last].digits == 4))
    {
      if let md = monthDay(d) { m.monthDay = md }
    }
    return m
  }

  private func monthDay(_ d: DateMatch) -> (month: Int, day: Int)? {
    var month: Int?
    var day: Int?
    for k in d.first...d.last {
      if t[k].isWord, t[k].classes.contains(.month) {
        month = Int(lexicon.entries[Int(t[k].entry)].value)
      }
      if t[k].isNumber, t[k].digits <= 2 { day = Int(t[k].value) }
    }
    guard let month, let day else { return nil }
    return (month, day)
  }

  // MARK: - Numbers written with digits

  private func numberFigure(at i: Int, floor: Int) -> FigureMatch? {
    let tok = t[i]
    if let d = dates.isoDate(t, at: i) {
      return FigureMatch(
        first: d.first, last: d.last, value: nil, unit: "date", kind: .date,
        resolvedDate: d.resolved)
    }
    if let time = timeFigure(at: i) { return time }
    if tok.hasLeadingZero { return nil }
    // Fractions, dates and identifiers: "9/11", "24/7", "#5", "STS-135", "COVID-19".
    if i + 1 < t.count, t[i + 1].symbol == .slash, !t[i + 1].spaceBefore { return nil }
    if i > 0 {
      let p = t[i - 1]
      if p.symbol == .slash || p.symbol == .hash { return nil }
      if p.symbol == .hyphen, !tok.spaceBefore, !p.spaceBefore, i > 1, t[i - 2].isWord {
        return nil
      }
      if p.isWord, !tok.spaceBefore { return nil }  // "G7", "F1"
    }
    if tok.digits >= 7, !tok.hasSeparator, !tok.hasDecimal { return nil }
    if let d = dates.dayFirst(t, at: i, reference: reference) { return date(d) }
    if i + 1 < t.count, t[i + 1].isWord, !t[i + 1].spaceBefore,
      t[i + 1].classes.contains(.ordinalSuffix)
    {
      return ordinalFigure(at: i)
    }
    if let age = nameAge(at: i) { return age }
    guard let span = numbers.number(t, at: i) else { return nil }
    return quantity(span, floor: floor).map { belowZero($0, number: span.first) }
  }

  /// "14:30 GMT", "2.15pm", "10 a.m.".
  private func timeFigure(at i: Int) -> FigureMatch? {
    let tok = t[i]
    guard tok.digits <= 4, !tok.hasSeparator else { return nil }
    var last = -1
    if !tok.hasDecimal, tok.digits <= 2, tok.value <= 24, i + 2 < t.count,
      t[i + 1].symbol == .colon,
      !t[i + 1].spaceBefore, t[i + 2].isNumber, !t[i + 2].spaceBefore, t[i + 2].digits == 2,
      t[i + 2].isInteger, t[i + 2].value < 60
    {
      last = i + 2
      if let s = amPm(at: last + 1) { last = s } else if let z = zone(at: last + 1) { last = z }
      return FigureMatch(first: i, last: last, value: nil, unit: "time", kind: .time)
    }
    // "1755 GMT"
    if tok.isInteger, tok.digits == 4, !tok.hasLeadingZero || tok.value < 1000,
      Int(tok.value) / 100 < 24, Int(tok.value) % 100 < 60, let z = zone(at: i + 1)
    {
      return FigureMatch(first: i, last: z, value: nil, unit: "time", kind: .time)
    }
    if tok.hasDecimal, tok.value < 13, tok.end - tok.start >= 4,
      bytes[tok.end - 3] == UInt8(ascii: "."), let s = amPm(at: i + 1)
    {
      return FigureMatch(first: i, last: s, value: nil, unit: "time", kind: .time)
    }
    if tok.isInteger, tok.digits <= 2, tok.value >= 1, tok.value <= 12, let s = amPm(at: i + 1) {
      last = s
      if let z = zone(at: last + 1) { last = z }
      return FigureMatch(first: i, last: last, value: nil, unit: "time", kind: .time)
    }
    return nil
  }

  /// The last token of "am", "pm", "a.m." or "p.m." at `j`.
  private func amPm(at j: Int) -> Int? {
    guard j < t.count, t[j].isWord else { return nil }
    if t[j].entry == w.am || t[j].entry == w.pm {
      // "am" spaced after a number is the verb only in broken text; accept it.
      return j
    }
    // "a.m." / "p.m."
    if t[j].end - t[j].start == 1,
      bytes[t[j].start] | 0x20 == UInt8(ascii: "a")
        || bytes[t[j].start] | 0x20 == UInt8(ascii: "p"), j + 2 < t.count,
      t[j + 1].symbol == .period, !t[j + 1].spaceBefore, t[j + 2].entry == w.m,
      !t[j + 2].spaceBefore
    {
      if j + 3 < t.count, t[j + 3].symbol == .period, !t[j + 3].spaceBefore,
        j + 4 >= t.count || !(t[j + 4].isCapitalized && t[j + 4].spaceBefore)
          || zone(at: j + 4) != nil
      {
        return j + 3
      }
      return j + 2
    }
    return nil
  }

  /// A time zone after a time ("GMT", "local time").
  private func zone(at j: Int) -> Int? {
    guard j < t.count, t[j].isWord, t[j].spaceBefore, t[j].classes.contains(.timeSuffix),
      t[j].entry != w.am, t[j].entry != w.pm, isUpper(j)
    else { return nil }
    return j
  }

  /// "39th mission", "30th anniversary", "90th minute".
  private func ordinalFigure(at i: Int) -> FigureMatch? {
    let tok = t[i]
    guard tok.isInteger, !tok.hasSeparator else { return nil }
    let j = i + 2
    guard j < t.count, t[j].isWord, t[j].spaceBefore, !t[j].isCapitalized,
      !t[j].classes.contains(.function), !t[j].classes.contains(.nonFigureOrdinalNoun)
    else { return nil }
    if j + 1 < t.count, t[j + 1].symbol == .hyphen, !t[j + 1].spaceBefore { return nil }
    // The ordinal's noun: one word, or two when the second is a noun too ("15th straight win").
    var head = j
    if j + 1 < t.count, t[j + 1].isWord, t[j + 1].spaceBefore, !t[j + 1].isCapitalized,
      !t[j + 1].classes.contains(.function),
      isAdjectiveLike(j) || t[j + 1].classes.contains(.scoreNoun)
    {
      head = j + 1
    }
    return FigureMatch(
      first: i, last: head, value: tok.value, unit: lowercasedText(head), kind: .ordinal)
  }

  /// "Daniel Montalvo, 19, ..."
  private func nameAge(at i: Int) -> FigureMatch? {
    let tok = t[i]
    guard tok.isInteger, tok.digits <= 3, tok.value >= 1, tok.value <= 110, i >= 2,
      t[i - 1].symbol == .comma, tok.spaceBefore
    else { return nil }
    let p = i - 2
    // "the seven-time mayor, 71,": a noun for a person stands for the name.
    let personNoun = t[p].isWord && !t[p].isCapitalized && t[p].classes.contains(.personNoun)
    guard personNoun || t[p].isWord && t[p].isCapitalized,
      t[p].classes.isDisjoint(with: [.month, .weekday, .function])
    else { return nil }
    if i + 1 < t.count {
      let n = t[i + 1]
      let ends =
        n.symbol == .comma || n.symbol == .period || n.symbol == .semicolon
        || n.symbol == .closeParen || n.entry == w.and
      guard ends else { return nil }
    }
    var first = p
    var k = p - 1
    if personNoun {
      // Its modifiers: "world champion", "seven-time mayor", "former England captain".
      while k >= 0, p - k <= 4, t[k].isWord || t[k].symbol == .hyphen && !t[k].spaceBefore,
        t[k].classes.isDisjoint(with: [.function, .pronoun])
      {
        first = k
        k -= 1
      }
      while t[first].symbol == .hyphen { first += 1 }
      return FigureMatch(
        first: first, last: i, value: tok.value, unit: "years of age", kind: .age)
    }
    while k >= 0, first - k <= 4, t[k].isWord, t[k].isCapitalized, t[first].spaceBefore,
      t[k].classes.isDisjoint(with: [.function, .month, .weekday])
    {
      first = k
      k -= 1
    }
    // A lone name at the start of a sentence may be a place ("Kabul, 12"): require two words or
    // a person's name shape.
    return FigureMatch(first: first, last: i, value: tok.value, unit: "years of age", kind: .age)
  }

  // MARK: - Numbers written in words

  private func spelledFigure(at i: Int, floor: Int) -> FigureMatch? {
    let tok = t[i]
    if tok.entry == w.a || tok.entry == w.an {
      // "nearly a month", "more than a year ago"; not a time reference alone ("an hour later",
      // "a year earlier").
      if i + 1 < t.count, t[i + 1].classes.contains(.timeUnit), t[i + 1].spaceBefore {
        let q = qualifier(before: i, floor: floor)
        guard q.strong else { return nil }
        var last = i + 1
        if let after = relative(at: last + 1) { last = after }
        return FigureMatch(
          first: q.start, last: last, value: 1, unit: unitName(i + 1), kind: .duration)
      }
    }
    guard let span = numbers.number(t, at: i) else { return nil }
    return quantity(span, floor: floor)
  }

  // MARK: - Quantities

  /// What follows a number: range, score, percentage, money, unit, compound or counted noun.
  private func quantity(_ span: NumberSpan, floor: Int) -> FigureMatch? {
    if span.isVague { return vague(span, floor: floor) }
    var span = span
    var k = span.last + 1
    if span.isYearLike, !headIsPlural(at: k) { return year(span, floor: floor) }

    // A second number: a range ("20 to 30", "8–10", "one or two") or a score ("3–2").
    var upper: NumberSpan?
    var dashed = false
    var orMore = false
    if k < t.count {
      let c = t[k]
      if c.isDash, !c.spaceBefore, k + 1 < t.count, !t[k + 1].spaceBefore,
        let m = numbers.number(t, at: k + 1), !m.isSpelled
      {
        upper = m
        dashed = true
      } else if c.symbol == .enDash, c.spaceBefore, k + 1 < t.count, t[k + 1].spaceBefore,
        !span.isSpelled, let m = numbers.number(t, at: k + 1), !m.isSpelled
      {
        upper = m
        dashed = true
      } else if c.entry == w.to || c.entry == w.or
        || (c.entry == w.and && span.first > 0 && t[span.first - 1].entry == w.between),
        k + 1 < t.count, t[k + 1].spaceBefore, let m = numbers.number(t, at: k + 1), !m.isVague,
        !m.isYearLike || span.isYearLike
      {
        upper = m
      } else if c.entry == w.or, k + 1 < t.count,
        t[k + 1].entry == w.more || t[k + 1].entry == w.so || t[k + 1].entry == w.fewer
          || t[k + 1].entry == w.less, (span.value ?? 0) >= 2
      {
        orMore = true
      }
    }
    // "The vote was 85 to 11", "approved by 341-86", "voted 77-19 late Friday": a tally.
    if let m = upper, !orMore, !span.isSpelled, !m.isSpelled, span.scale == 1, m.scale == 1,
      t[span.first].isInteger, t[m.first].isInteger, followsVoteWord(span.first),
      m.last + 1 >= t.count || !t[m.last + 1].isWord
        || !t[m.last + 1].classes.isDisjoint(with: [.function, .weekday, .relativeDay])
        || t[m.last + 1].entry == w.late || t[m.last + 1].entry == w.early
        || t[m.last + 1].entry == w.last
    {
      return FigureMatch(first: span.first, last: m.last, value: nil, unit: "votes", kind: .score)
    }
    if let m = upper, dashed, !span.isSpelled, span.scale == 1, m.scale == 1,
      let a = span.value, let b = m.value, max(a, b) < scoreLimit(before: span.first),
      t[span.first].isInteger,
      t[m.first].isInteger, !isRangeContext(before: span.first), isScoreFollower(m.last + 1)
    {
      var last = m.last
      if last + 1 < t.count, t[last + 1].isWord, t[last + 1].spaceBefore,
        t[last + 1].classes.contains(.scoreNoun)
      {
        last += 1
      } else if max(a, b) <= 7 {
        last = setScores(after: last)
      }
      return FigureMatch(first: span.first, last: last, value: nil, unit: "score", kind: .score)
    }
    // "a magnitude 6.8 earthquake"
    if !span.isSpelled, upper == nil, span.first > 0, t[span.first - 1].entry == w.magnitude {
      return FigureMatch(
        first: span.first - 1, last: span.last, value: span.value, unit: "magnitude",
        kind: .measurement)
    }
    if !span.isSpelled, isIdentifier(span.first) { return nil }
    // "one in five adults": a proportion.
    if upper == nil, k + 1 < t.count, t[k].entry == w.in, let a = span.value, a >= 1,
      let m = numbers.number(t, at: k + 1), !m.isYearLike, !m.isVague, let b = m.value, b > a,
      b <= 1000, m.scale == 1
    {
      var last = m.last
      if let head = nounHead(at: last + 1, allowSingular: false), head == last + 1 { last = head }
      return FigureMatch(
        first: span.first, last: last, value: (a / b * 1000).rounded() / 10, unit: "percent",
        kind: .percent)
    }
    if let m = upper {
      // "between 20 and 30 million": the scale of the upper end applies to both.
      if m.scale > 1, span.scale == 1, let v = span.value { span.value = v * m.scale }
      k = m.last + 1
    } else if orMore {
      k += 2
    }
    let last = k - 1
    let q = qualifier(before: span.first, floor: floor)
    let value = span.value

    // Percentages
    if let p = percent(at: k) {
      var end = p.last
      // "5.25%-5.5%", "2% to 3%": a range of percentages.
      if end + 2 < t.count, t[end + 1].isDash || t[end + 1].entry == w.to,
        let m = numbers.number(t, at: end + 2), !m.isSpelled, let r = percent(at: m.last + 1),
        r.unit == p.unit
      {
        end = r.last
      }
      // "a 25-basis-point cut": the compound's noun.
      if p.unit == "basis points", t[k].isDash, end + 1 < t.count, t[end + 1].isWord,
        t[end + 1].spaceBefore, !t[end + 1].isCapitalized,
        t[end + 1].classes.isDisjoint(with: [.function, .pronoun, .qualifier])
      {
        end += 1
      }
      return FigureMatch(first: q.start, last: end, value: value, unit: p.unit, kind: .percent)
    }
    // Money named after the amount: "422,000 euros", "5 million US dollars".
    if let c = currencyAfter(at: k, span: span) {
      let amount = value.map { c.code == "cents" ? $0 / 100 : $0 }
      return FigureMatch(
        first: q.start, last: c.last, value: amount, unit: c.code == "cents" ? "USD" : c.code,
        kind: .money)
    }
    // "30°C", "30 degrees"
    if k < t.count, t[k].symbol == .degree {
      var end = k
      var unit = "degrees"
      if k + 1 < t.count, t[k + 1].isWord, !t[k + 1].spaceBefore {
        end = k + 1
        unit = isWordText(k + 1, "F") ? "°F" : "°C"
      }
      return FigureMatch(first: q.start, last: end, value: value, unit: unit, kind: .measurement)
    }
    // "fell 3p to 245p": pence, in pounds; not "5p.m." nor a video's "720p".
    if k < t.count, t[k].isWord, !t[k].spaceBefore, t[k].end - t[k].start == 1,
      bytes[t[k].start] == UInt8(ascii: "p"), !span.isSpelled, upper == nil,
      ![480, 720, 1080, 2160].contains(value ?? 0),
      !(k + 1 < t.count && t[k + 1].symbol == .period && !t[k + 1].spaceBefore
        && k + 2 < t.count && t[k + 2].isWord && !t[k + 2].spaceBefore)
    {
      return FigureMatch(
        first: q.start, last: k, value: value.map { $0 / 100 }, unit: "GBP", kind: .money)
    }
    // A unit written onto the number: "5km", "100m", "3hrs"; anything else ("5G", "3D") is a
    // name, not a figure.
    if k < t.count, t[k].isWord, !t[k].spaceBefore {
      let u = t[k]
      if t[k].end - t[k].start == 1,
        bytes[t[k].start] == UInt8(ascii: "C")
          || bytes[t[k].start] == UInt8(ascii: "F")
      {
        let unit = bytes[t[k].start] == UInt8(ascii: "C") ? "°C" : "°F"
        return FigureMatch(first: q.start, last: k, value: value, unit: unit, kind: .measurement)
      }
      if u.classes.contains(.moneyScale), isLowercase(k), !span.isSpelled,
        let head = nounHead(at: k + 1, allowSingular: false), let v = value
      {
        var m = FigureMatch(
          first: q.start, last: head,
          value: NumberScanner.scaled(v, lexicon.entries[Int(u.entry)].value), unit: headText(head),
          kind: .count)
        m.isCasualty = t[head].classes.contains(.casualtyNoun)
        return m
      }
      if u.classes.contains(.measureUnit),
        isLowercase(k)
          || lexicon.entries[Int(u.entry)].unit
            == text(k)
      {
        let unit = lexicon.entries[Int(u.entry)].unit
        if let end = perHour(after: k) {
          return FigureMatch(
            first: q.start, last: end, value: value, unit: unit.map { $0 + "/h" },
            kind: .measurement)
        }
        return FigureMatch(first: q.start, last: k, value: value, unit: unit, kind: .measurement)
      }
      if u.classes.contains(.timeUnit), isLowercase(k) {
        return FigureMatch(
          first: q.start, last: k, value: value, unit: unitName(k), kind: .duration)
      }
      return nil
    }
    // Hyphenated compounds: "six-member team", "11-year lull", "19-year-old".
    if k + 1 < t.count, t[k].symbol == .hyphen, !t[k].spaceBefore, t[k + 1].isWord,
      !t[k + 1].spaceBefore
    {
      return compound(span, at: k, qualifierStart: q.start, hasRange: upper != nil)
    }
    // "Two people died and three others were injured".
    if upper == nil, !span.isSpelledOne, k < t.count, t[k].entry == w.others, t[k].spaceBefore {
      var m = FigureMatch(first: q.start, last: k, value: value, unit: "others", kind: .count)
      m.isCasualty = casualtyVerb(before: q.start) != nil
      return m
    }
    // "48 of the 200 seats", "three of the four victims", "13 of 21 shots", "five of their
    // last six matches": a part of a counted whole.
    var wholeAt = k + 1
    if wholeAt < t.count, isDeterminer(wholeAt) { wholeAt += 1 }
    if wholeAt < t.count,
      t[wholeAt].entry == w.last || t[wholeAt].entry == w.past
        || t[wholeAt].entry == w.next
    {
      wholeAt += 1
    }
    if upper == nil, !span.isSpelledOne, wholeAt + 1 < t.count, t[k].entry == w.of,
      t[k].spaceBefore, let whole = numbers.number(t, at: wholeAt),
      let head = nounHead(at: whole.last + 1, allowSingular: false),
      !t[head].classes.contains(.timeUnit), !t[head].classes.contains(.measureUnit)
    {
      var m = FigureMatch(
        first: q.start, last: head, value: value, unit: headText(head), kind: .count)
      m.isCasualty = t[head].classes.contains(.casualtyNoun)
      return m
    }
    // A counted noun, a unit of time or of measurement.
    if let head = nounHead(at: k, allowSingular: (value ?? 0) <= 1 || t[span.first].hasDecimal) {
      let h = t[head]
      if h.classes.contains(.timeUnit), head - k <= 1 {
        // "a year earlier", "a week ago": a time reference; "nearly a month" is a length.
        if span.isSpelledOne, upper == nil, !q.strong { return nil }
        if head + 1 < t.count, t[head + 1].entry == w.old, t[head + 1].spaceBefore,
          h.entry == w.year || h.entry == w.years
        {
          return FigureMatch(
            first: q.start, last: head + 1, value: value, unit: "years of age", kind: .age)
        }
        var end = relative(at: head + 1) ?? head
        // "four hours and 42 minutes": one length of time.
        if end == head, head + 3 < t.count, t[head + 1].entry == w.and,
          let rest = numbers.number(t, at: head + 2), !rest.isVague, rest.last + 1 < t.count,
          t[rest.last + 1].isWord, t[rest.last + 1].classes.contains(.timeUnit)
        {
          end = rest.last + 1
        }
        return FigureMatch(
          first: q.start, last: end, value: value, unit: unitName(head), kind: .duration)
      }
      if h.classes.contains(.measureUnit), head == k, !isAmbiguousUnit(head) {
        var end = head
        var unit = lexicon.entries[Int(h.entry)].unit
        if h.entry == w.square, head + 1 < t.count, t[head + 1].classes.contains(.measureUnit) {
          end = head + 1
          unit = "square " + (lexicon.entries[Int(t[end].entry)].unit ?? "")
        } else if h.entry == w.degrees, head + 1 < t.count,
          t[head + 1].entry == w.celsius || t[head + 1].entry == w.fahrenheit
        {
          end = head + 1
          unit = lexicon.entries[Int(t[end].entry)].unit
        } else if let perHour = perHour(after: head) {
          end = perHour
          unit = unit.map { $0 + "/h" }
        }
        return FigureMatch(first: q.start, last: end, value: value, unit: unit, kind: .measurement)
      }
      if span.isSpelledOne, upper == nil, !q.strong { return nil }
      var m = FigureMatch(
        first: q.start, last: head, value: value, unit: headText(head), kind: .count)
      m.isCasualty = h.classes.contains(.casualtyNoun) || casualtyVerb(before: q.start) != nil
      return m
    }
    // A bare number: only with a qualifier ("over 150,000"), after a casualty verb ("killing
    // 107 or more") or a verb of change ("rose to 4,500").
    if let verb = casualtyVerb(before: q.start) {
      var m = FigureMatch(
        first: verb.index, last: last, value: value, unit: verb.unit, kind: .count)
      m.isCasualty = true
      return m
    }
    if span.isSpelledOne, upper == nil { return nil }
    // "below zero": no count.
    if value == 0 { return nil }
    if q.strong {
      // "People under 60", "adults over 65": an age limit.
      if q.start - 1 >= floor, upper == nil, t[q.start].isWord,
        t[q.start - 1].isWord, !t[q.start - 1].isCapitalized || q.start - 1 == floor,
        t[q.start].classes.contains(.ageLimit), t[q.start - 1].classes.contains(.peopleGroup)
      {
        return FigureMatch(
          first: q.start, last: last, value: value, unit: "years of age", kind: .age)
      }
      return FigureMatch(first: q.start, last: last, value: value, unit: nil, kind: .count)
    }
    if !span.isSpelled, changeVerb(before: span.first) {
      return FigureMatch(first: span.first, last: last, value: value, unit: nil, kind: .count)
    }
    if !span.isSpelled, upper == nil, let noun = nounOf(before: span.first, floor: floor) {
      return FigureMatch(first: noun, last: last, value: value, unit: text(noun), kind: .count)
    }
    if !span.isSpelled, upper == nil, let noun = tallyAt(before: span.first, floor: floor) {
      return FigureMatch(first: noun, last: last, value: value, unit: text(noun), kind: .count)
    }
    if upper == nil, let v = value, v >= 1, v < 120, let start = age(after: span) {
      return FigureMatch(first: start, last: last, value: v, unit: "years of age", kind: .age)
    }
    return nil
  }

  /// "She was 91.", "He is 72, and ...", "who turned 28 last week": a person's age after "he
  /// was", "she is" or "turned"; the index where the figure starts.
  private func age(after span: NumberSpan) -> Int? {
    let verb = span.first - 1
    if verb >= 0, t[verb].isWord, t[span.first].spaceBefore, t[verb].classes.contains(.ageVerb) {
      return verb
    }
    let pronoun = span.first - 2
    let end = span.last + 1
    guard pronoun >= 0, t[span.first].spaceBefore, t[pronoun + 1].isWord, t[pronoun].isWord,
      t[pronoun].classes.contains(.personPronoun), t[pronoun + 1].classes.contains(.ageCopula),
      end >= t.count || t[end].symbol == .period || t[end].symbol == .comma
        || t[end].symbol == .semicolon
    else { return nil }
    return pronoun
  }

  /// "6-4, 3-6, 7-6 (8-6)": the last token of the sets and tie-breaks that follow a tennis set
  /// score ending at `last`.
  private func setScores(after last: Int) -> Int {
    func isSet(_ j: Int, limit: Double) -> Bool {
      j + 2 < t.count && t[j].isNumber && t[j].isInteger && t[j].value <= limit
        && t[j + 1].isDash && !t[j + 1].spaceBefore && t[j + 2].isNumber && t[j + 2].isInteger
        && !t[j + 2].spaceBefore && t[j + 2].value <= limit
    }
    var end = last
    while end + 1 < t.count {
      let j = end + 1
      if t[j].symbol == .openParen, j + 4 < t.count, isSet(j + 1, limit: 99),
        t[j + 4].symbol == .closeParen
      {
        end = j + 4
      } else if t[j].symbol == .comma, isSet(j + 1, limit: 7),
        j + 4 >= t.count || !t[j + 4].isDash
      {
        end = j + 3
      } else {
        break
      }
    }
    return end
  }

  /// "−173 °C", "-89.2C", "minus 210 degrees": a temperature below zero.
  private func belowZero(_ m: FigureMatch, number: Int) -> FigureMatch {
    guard m.kind == .measurement, let unit = m.unit, unit.hasPrefix("°") || unit == "degrees",
      let value = m.value, value > 0, m.first == number, number >= 1
    else { return m }
    let sign = number - 1
    let isMinusWord = t[sign].isWord && t[number].spaceBefore && isWordText(sign, "minus")
    let isMinusSign =
      !t[number].spaceBefore && (t[sign].symbol == .hyphen || isMinusCharacter(sign))
      && (sign == 0 || t[sign].spaceBefore)
    guard isMinusWord || isMinusSign else { return m }
    var negative = m
    negative.first = sign
    negative.value = -value
    return negative
  }

  /// Whether token `j` is the minus sign U+2212.
  private func isMinusCharacter(_ j: Int) -> Bool {
    let start = t[j].start
    return t[j].end - start == 3 && bytes[start] == 0xE2 && bytes[start + 1] == 0x88
      && bytes[start + 2] == 0x92
  }

  /// "120 km/h": the index of the "h" that makes a unit of length a speed.
  private func perHour(after unit: Int) -> Int? {
    let h = unit + 2
    guard h < t.count, t[unit + 1].symbol == .slash, !t[unit + 1].spaceBefore, t[h].isWord,
      !t[h].spaceBefore, t[h].end - t[h].start == 1, bytes[t[h].start] == UInt8(ascii: "h")
    else { return nil }
    return h
  }

  /// "police put the figure at 240,000", "put the death toll at 2,053": a tally a bare number
  /// is given as; the tally noun's index.
  private func tallyAt(before first: Int, floor: Int) -> Int? {
    let noun = first - 2
    guard noun - 1 >= floor, t[first].spaceBefore, t[first - 1].entry == w.at,
      t[first - 1].spaceBefore, t[noun].isWord, !t[noun].isCapitalized,
      t[noun].classes.contains(.tallyNoun)
    else { return nil }
    if isDeterminer(noun - 1) { return noun }
    if noun - 2 >= floor, t[noun - 1].isWord, !t[noun - 1].isCapitalized, isDeterminer(noun - 2) {
      return noun
    }
    return nil
  }

  /// "a crowd of 60,000", "its population of 12,500", "an estimated audience of 4,000": the
  /// noun a bare number is the size of, after an article or possessive and at most one modifier;
  /// its index.
  private func nounOf(before first: Int, floor: Int) -> Int? {
    let noun = first - 2
    guard noun - 1 >= floor, t[first].spaceBefore, t[first - 1].entry == w.of,
      t[first - 1].spaceBefore, isPlainNoun(noun)
    else { return nil }
    if isDeterminer(noun - 1) { return noun }
    if noun - 2 >= floor, t[noun - 1].isWord, !t[noun - 1].isCapitalized,
      t[noun - 1].classes.isDisjoint(with: [.function, .cardinal, .vague]),
      isDeterminer(noun - 2)
    {
      return noun
    }
    return nil
  }

  /// Whether the token at `j` is a lowercase word of three or more letters that no word list
  /// gives another part in a figure.
  private func isPlainNoun(_ j: Int) -> Bool {
    let tok = t[j]
    guard tok.isWord, !tok.isCapitalized, tok.end - tok.start >= 3,
      bytes[tok.start] | 0x20 &- UInt8(ascii: "a") < 26
    else { return false }
    let taken: FigureWordClass = [
      .function, .cardinal, .scale, .vague, .month, .weekday, .qualifier, .timeUnit,
      .measureUnit, .currencyWord, .percentWord, .identifierNoun, .ageWord, .relativeDay,
      .scoreContext, .casualtyVerb, .changeVerb, .yearPreposition, .rangeIntro,
    ]
    return tok.classes.isDisjoint(with: taken)
  }

  /// Whether the token at `j` is "a", "an", "the" or a possessive determiner.
  private func isDeterminer(_ j: Int) -> Bool {
    guard j >= 0, t[j].isWord else { return false }
    if t[j].entry == w.a || t[j].entry == w.an || t[j].entry == w.the { return true }
    return t[j].classes.contains(.possessiveDeterminer)
  }

  /// "dozens of hostages", "hundreds more", "thousands of people".
  private func vague(_ span: NumberSpan, floor: Int) -> FigureMatch? {
    let k = span.last + 1
    guard k < t.count else { return nil }
    let q = qualifier(before: span.first, floor: floor)
    if t[k].entry == w.more, t[k].spaceBefore {
      var m = FigureMatch(first: q.start, last: k, value: nil, unit: nil, kind: .count)
      m.isVague = true
      return m
    }
    // "hundreds were killed", "dozens injured", "thousands evacuated": people a verb counts.
    var v = k
    while v < t.count, v - k < 2, t[v].isWord, t[v].classes.contains(.auxiliary) {
      v += 1
    }
    if v < t.count, t[v].isWord, t[v].spaceBefore, t[v].classes.contains(.casualtyVerb),
      !hasSuffix(v, "ing"), let unit = lexicon.entries[Int(t[v].entry)].unit
    {
      var m = FigureMatch(first: q.start, last: v, value: nil, unit: unit, kind: .count)
      m.isVague = true
      m.isCasualty = true
      return m
    }
    guard t[k].entry == w.of, k + 1 < t.count else { return nil }
    // Vague quantities matter when they count people affected: "dozens of hostages", not
    // "millions of pilgrims" arriving each year or "dozens of rounds".
    guard let head = nounHead(at: k + 1, allowSingular: false),
      t[head].classes.contains(.casualtyNoun)
    else { return nil }
    var m = FigureMatch(first: q.start, last: head, value: nil, unit: headText(head), kind: .count)
    m.isVague = true
    m.isCasualty = true
    return m
  }

  /// "in 2010", "since 1958", "from 2004 to 2009", "the 2012–13 season".
  private func year(_ span: NumberSpan, floor: Int) -> FigureMatch? {
    let i = span.first
    guard let y = span.value else { return nil }
    var last = i
    var isSeason = false
    if i + 2 < t.count, t[i + 1].isDash, !t[i + 1].spaceBefore, t[i + 2].isNumber,
      !t[i + 2].spaceBefore, t[i + 2].isInteger,
      (t[i + 2].digits == 2 && Int(t[i + 2].value) == (Int(y) + 1) % 100)
        || (t[i + 2].digits == 4 && t[i + 2].value == y + 1)
    {
      last = i + 2
      isSeason = true
      if last + 1 < t.count, t[last + 1].classes.contains(.seasonNoun), t[last + 1].spaceBefore {
        last += 1
      }
    } else if i + 2 < t.count,
      t[i + 1].entry == w.to || t[i + 1].entry == w.and || t[i + 1].entry == w.through
        || t[i + 1].entry == w.until || t[i + 1].isDash,
      let m = numbers.number(t, at: i + 2), m.isYearLike, let v = m.value, v > y
    {
      last = i + 2
    }
    var first = i
    var p = i - 1
    if p >= floor, t[p].symbol == .hyphen, !t[p].spaceBefore, !t[i].spaceBefore { p -= 1 }
    if p >= floor, t[p].entry == w.mid || t[p].entry == w.early || t[p].entry == w.late { p -= 1 }
    if p >= floor, t[p].isWord, t[p].classes.contains(.yearPreposition),
      !(t[p].entry == w.between && last == i)
    {
      first = p
    } else if !isSeason {
      return nil
    }
    return FigureMatch(
      first: first, last: last, value: y, unit: isSeason ? "season" : "year", kind: .year,
      resolvedDate: String(Int(y)))
  }

  /// "aged 8–10 years", "aged 19", "ages 12 to 15".
  private func agedFigure(at i: Int) -> FigureMatch? {
    var j = i + 1
    if j < t.count, t[j].entry == w.between || t[j].entry == w.from { j += 1 }
    // "died at the age of 82"
    if j < t.count, t[j].entry == w.of, t[i].entry == w.age { j += 1 }
    guard !t[i].isCapitalized || i == 0, j < t.count, t[j].spaceBefore,
      let span = numbers.number(t, at: j), !span.isVague, let v = span.value, v < 130
    else { return nil }
    var last = span.last
    let k = last + 1
    if k + 1 < t.count, t[k].isDash || t[k].entry == w.to || t[k].entry == w.and,
      let m = numbers.number(t, at: k + 1), !m.isVague
    {
      last = m.last
    }
    if last + 1 < t.count, t[last + 1].entry == w.years || t[last + 1].entry == w.year {
      last += 1
      if last + 1 < t.count, t[last + 1].entry == w.old { last += 1 }
    }
    return FigureMatch(first: i, last: last, value: v, unit: "years of age", kind: .age)
  }

  /// "six-member team", "11-year lull", "19-year-old", "three-nation alliance".
  private func compound(_ span: NumberSpan, at k: Int, qualifierStart: Int, hasRange: Bool)
    -> FigureMatch?
  {
    let noun = k + 1
    let n = t[noun]
    guard !n.isCapitalized, let value = span.value else { return nil }
    if n.classes.contains(.timeUnit) {
      if noun + 2 < t.count, t[noun + 1].symbol == .hyphen, !t[noun + 1].spaceBefore,
        t[noun + 2].entry == w.old, !t[noun + 2].spaceBefore
      {
        var last = noun + 2
        // "19-year-olds"
        if last + 1 < t.count, t[last + 1].isWord, !t[last + 1].spaceBefore { last += 1 }
        return FigureMatch(
          first: qualifierStart, last: last, value: value, unit: "years of age", kind: .age)
      }
      if noun + 1 < t.count, t[noun + 1].symbol == .hyphen, !t[noun + 1].spaceBefore {
        return nil  // "billion-year-contract", "two-week-long"
      }
      if noun + 1 < t.count, t[noun + 1].isWord, t[noun + 1].spaceBefore,
        t[noun + 1].isCapitalized
      {
        return nil  // a name: "the 10-year Treasury"
      }
      let end = nounAfterCompound(noun + 1) ?? noun
      // "four-year colleges", "10-year bonds": a kind of thing, not a length of time.
      if end > noun, isPlural(end) { return nil }
      return FigureMatch(
        first: qualifierStart, last: end, value: value, unit: unitName(noun), kind: .duration)
    }
    if n.classes.contains(.percentWord) {
      return FigureMatch(
        first: qualifierStart, last: noun, value: value, unit: "percent", kind: .percent)
    }
    if n.entry == w.strong {
      // "a 5,000-strong crowd"
      guard let end = nounAfterCompound(noun + 1) else { return nil }
      return FigureMatch(
        first: qualifierStart, last: end, value: value, unit: text(end), kind: .count)
    }
    if n.entry == w.fold, !span.isSpelledOne {
      // "rose more than 30-fold", "a threefold increase in cases"
      let end = nounAfterCompound(noun + 1) ?? noun
      return FigureMatch(
        first: qualifierStart, last: end, value: value, unit: "times", kind: .measurement)
    }
    if n.classes.contains(.nonCountCompound) || n.classes.contains(.function) { return nil }
    if span.isSpelledOne && !hasRange { return nil }
    if noun + 1 < t.count, t[noun + 1].symbol == .hyphen, !t[noun + 1].spaceBefore { return nil }
    if n.classes.contains(.measureUnit) {
      let end = nounAfterCompound(noun + 1) ?? noun
      return FigureMatch(
        first: qualifierStart, last: end, value: value,
        unit: lexicon.entries[Int(n.entry)].unit, kind: .measurement)
    }
    guard let end = nounAfterCompound(noun + 1) else { return nil }
    return FigureMatch(
      first: qualifierStart, last: end, value: value, unit: Self.plural(lowercasedText(noun)),
      kind: .count)
  }

  /// "matches", "parties", "members": the plural a compound's noun counts in.
  static func plural(_ word: String) -> String {
    if word.hasSuffix("s") { return word }
    if word.hasSuffix("ch") || word.hasSuffix("sh") || word.hasSuffix("x") || word.hasSuffix("z") {
      return word + "es"
    }
    if word.hasSuffix("y"), let before = word.dropLast().last, !"aeiou".contains(before) {
      return word.dropLast() + "ies"
    }
    return word + "s"
  }

  /// The noun a hyphenated compound qualifies: up to two words after it ("Afghan team").
  private func nounAfterCompound(_ k: Int) -> Int? {
    var end: Int?
    var j = k
    while j < t.count, j - k < 2, t[j].isWord, t[j].spaceBefore,
      t[j].classes.isDisjoint(with: [.function, .pronoun, .month, .weekday])
    {
      end = j
      if !isAdjectiveLike(j) && !t[j].isCapitalized { break }
      j += 1
    }
    return end
  }

  // MARK: - Money and percentages

  private func currencyCode(of symbol: FigureToken.Symbol) -> String? {
    switch symbol {
    case .dollar: return "USD"
    case .euro: return "EUR"
    case .pound: return "GBP"
    case .yen: return "JPY"
    case .rupee: return "INR"
    default: return nil
    }
  }

  /// "$1.2 billion", "€300m", "£5,000", "US$20,000 bail", "Rs 5 crore".
  private func money(amountAt j: Int, first: Int, currency: String, spaced: Bool, floor: Int)
    -> FigureMatch?
  {
    guard j < t.count, t[j].isNumber, spaced || !t[j].spaceBefore || t[j - 1].isWord else {
      return nil
    }
    var value = t[j].value
    var last = j
    if j + 1 < t.count, t[j + 1].isWord {
      let s = t[j + 1]
      if !s.spaceBefore, s.classes.contains(.moneyScale) || s.classes.contains(.scale) {
        value = NumberScanner.scaled(value, lexicon.entries[Int(s.entry)].value)
        last = j + 1
      } else if s.spaceBefore, s.classes.contains(.scale) {
        value = NumberScanner.scaled(value, lexicon.entries[Int(s.entry)].value)
        last = j + 1
      } else if !s.spaceBefore {
        return nil
      }
    }
    let q = qualifier(before: first, floor: floor)
    // "$8.30 to $8.90", "$9-$9.70": a range of money in one currency; not a change ("rose from
    // £850,000 to £1.6m"), where each amount is a figure.
    let isChange = first - 1 >= floor && t[first - 1].entry == w.from
    if !isChange, last + 3 < t.count, t[last + 1].entry == w.to || t[last + 1].isDash,
      currencyCode(of: t[last + 2].symbol) == currency, t[last + 3].isNumber
    {
      last += 3
      if last + 1 < t.count, t[last + 1].isWord,
        t[last + 1].classes.contains(.moneyScale) || t[last + 1].classes.contains(.scale)
      {
        last += 1
      }
    }
    // "$1.85 per share", "$80 a barrel"; not "$680 million a year earlier", a comparison.
    if last + 2 < t.count, t[last + 1].entry == w.per || t[last + 1].entry == w.a,
      t[last + 2].isWord, t[last + 2].spaceBefore, !t[last + 2].isCapitalized,
      t[last + 2].classes.isDisjoint(with: [.function, .pronoun, .qualifier]),
      !(last + 3 < t.count && t[last + 3].classes.contains(.relativeAfter))
    {
      return FigureMatch(
        first: q.start, last: last + 2, value: value, unit: currency, kind: .money)
    }
    // What the money is: "bail", "deal", "fine" (one or two lowercase nouns).
    var j2 = last + 1
    while j2 < t.count, j2 - last <= 2, t[j2].isWord, t[j2].spaceBefore, !t[j2].isCapitalized,
      t[j2].classes.isDisjoint(with: [.function, .pronoun, .month, .weekday, .qualifier]),
      !isVerbLike(j2), !isAdverb(j2)
    {
      last = j2
      if !isAdjectiveLike(j2) { break }
      j2 += 1
    }
    if last > j, t[last].isWord, isAdjectiveLike(last), !t[last].classes.contains(.scale),
      !t[last].classes.contains(.moneyScale)
    {
      last -= 1
    }
    return FigureMatch(first: q.start, last: last, value: value, unit: currency, kind: .money)
  }

  private func percent(at k: Int) -> (last: Int, unit: String)? {
    guard k < t.count else { return nil }
    let c = t[k]
    if c.symbol == .percent { return (k, "percent") }
    // "25 basis points", "a 25-basis-point cut"
    var b = k
    if c.isDash, !c.spaceBefore { b += 1 }
    if b + 1 < t.count, t[b].entry == w.basis {
      var e = b + 1
      if t[e].isDash, !t[e].spaceBefore, e + 1 < t.count { e += 1 }
      if t[e].entry == w.points || t[e].entry == w.point { return (e, "basis points") }
    }
    // "3.7pc": the British press's short form, glued to the number.
    if c.isWord, !c.spaceBefore, c.end - c.start == 2, bytes[c.start] == UInt8(ascii: "p"),
      bytes[c.start + 1] == UInt8(ascii: "c")
    {
      return (k, "percent")
    }
    guard c.isWord, c.spaceBefore else { return nil }
    if c.classes.contains(.percentWord) {
      if c.entry == w.percentage {
        guard k + 1 < t.count, t[k + 1].entry == w.points || t[k + 1].entry == w.point else {
          return nil
        }
        return (k + 1, "percentage points")
      }
      if k + 1 < t.count, t[k + 1].entry == w.points, t[k + 1].spaceBefore {
        return (k + 1, "percentage points")
      }
      return (k, "percent")
    }
    if c.entry == w.per, k + 1 < t.count, t[k + 1].entry == w.cent {
      if k + 2 < t.count, t[k + 2].entry == w.points, t[k + 2].spaceBefore {
        return (k + 2, "percentage points")
      }
      return (k + 1, "percent")
    }
    return nil
  }

  private func currencyAfter(at k: Int, span: NumberSpan) -> (last: Int, code: String)? {
    guard k < t.count, t[k].isWord, t[k].spaceBefore else { return nil }
    var j = k
    var code: String?
    // "US dollars", "Australian dollars", "Hong Kong dollars"
    if t[j].isCapitalized, !t[j].classes.contains(.currencyWord), j + 1 < t.count,
      t[j + 1].entry == w.dollars || t[j + 1].entry == w.dollar
    {
      code = NumberWords.dollarPrefixes[lowercasedText(j)]
      if code == nil {
        let name = lowercasedText(j)
        code =
          [
            "australian": "AUD", "canadian": "CAD", "singapore": "SGD", "taiwan": "TWD",
            "zimbabwean": "ZWL", "american": "USD",
          ][name]
      }
      guard code != nil else { return nil }
      j += 1
    }
    // "Swiss francs", "Mexican pesos", "Peruvian soles": the country names the currency.
    if code == nil, t[j].isCapitalized, !t[j].classes.contains(.currencyWord), j + 1 < t.count,
      t[j + 1].isWord, t[j + 1].spaceBefore, t[j + 1].classes.contains(.currencyWord),
      let named = NumberWords.nationalCurrencies[lowercasedText(j)]
    {
      code = named
      j += 1
    }
    if t[j].entry == w.cents, j == k { return (j, "cents") }
    guard t[j].classes.contains(.currencyWord) else { return nil }
    if t[j].classes.contains(.measureUnit) {
      // "pounds" is money only after a scale or before "sterling".
      let sterling = j + 1 < t.count && t[j + 1].entry == w.sterling
      guard span.scale > 1 || sterling else { return nil }
      return (sterling ? j + 1 : j, "GBP")
    }
    return (j, code ?? lexicon.entries[Int(t[j].entry)].currency ?? "")
  }

  // MARK: - Context

  /// Where a qualifier before token `first` starts ("more than", "at least", "some", "nearly"),
  /// and whether it is strong enough to make a bare number a figure.
  private func qualifier(before first: Int, floor: Int) -> (start: Int, strong: Bool) {
    var s = first
    var strong = false
    for _ in 0..<2 {
      let p = s - 1
      guard p >= floor, t[p].isWord, t[s].spaceBefore else { break }
      let e = t[p].entry
      let prev = p - 1 >= floor ? t[p - 1].entry : -2
      if e == w.than,
        prev == w.more || prev == w.less || prev == w.fewer || prev == w.greater
          || prev == w.higher || prev == w.lower
      {
        s = p - 1
        strong = true
        if s - 1 >= floor, [w.well, w.far, w.much, w.slightly, w.just].contains(t[s - 1].entry) {
          s -= 1
        }
      } else if e == w.least || e == w.most, prev == w.at {
        s = p - 1
        strong = true
      } else if e == w.to, prev == w.up || prev == w.close {
        s = p - 1
        strong = true
      } else if e == w.`as`, [w.many, w.much, w.few, w.little, w.high, w.low].contains(prev),
        p - 2 >= floor, t[p - 2].entry == w.`as`
      {
        s = p - 2
        strong = true
      } else if e == w.of, prev == w.upwards {
        s = p - 1
        strong = true
      } else if e == w.of, prev == w.excess, p - 2 >= floor, t[p - 2].entry == w.in {
        s = p - 2
        strong = true
      } else if e == w.of, [w.total, w.maximum, w.minimum, w.average].contains(prev),
        p - 2 >= floor, t[p - 2].entry == w.a || t[p - 2].entry == w.an
      {
        s = p - 2
        strong = true
      } else if e == w.estimated || e == w.record || e == w.further || e == w.additional
        || e == w.extra
      {
        s = (prev == w.an || prev == w.a) ? p - 1 : p
        strong = strong || e == w.estimated
      } else if t[p].classes.contains(.qualifier), s == first || e == w.only || e == w.just {
        let weak = [w.all, w.other, w.another, w.every, w.next, w.last, w.past].contains(e)
        s = p
        strong = strong || !weak
        if !weak, p - 1 >= floor, [w.just, w.well, w.only].contains(t[p - 1].entry) { s = p - 1 }
      } else {
        break
      }
    }
    return (s, strong)
  }

  /// "ago", "later", "earlier" after a duration.
  private func relative(at j: Int) -> Int? {
    guard j < t.count, t[j].spaceBefore,
      t[j].entry == w.ago || t[j].entry == w.later || t[j].entry == w.earlier
    else { return nil }
    return j
  }

  /// A casualty verb just before a figure ("killing 107", "killed at least 12").
  private func casualtyVerb(before first: Int) -> (index: Int, unit: String?)? {
    var p = first - 1
    if p >= 0, t[p].entry == w.all { p -= 1 }
    guard p >= 0, t[p].isWord, !t[p].isCapitalized, t[p].classes.contains(.casualtyVerb) else {
      return nil
    }
    return (p, lexicon.entries[Int(t[p].entry)].unit)
  }

  /// A verb of change before a bare amount ("rose to 4,500", "reached 1,000"), or the amount
  /// a change started from ("up from 941", "fell to 300 from 450").
  private func changeVerb(before first: Int) -> Bool {
    var p = first - 1
    if p >= 0, t[p].entry == w.from {
      p -= 1
      if p >= 0, t[p].entry == w.up || t[p].entry == w.down { return true }
      // "fell to 300 from 450": a figure and its verb before "from".
      while p >= 0, first - p <= 4, !t[p].isWord || t[p].entry == w.to { p -= 1 }
      return p >= 0 && t[p].isWord && t[p].classes.contains(.changeVerb)
        && !t[p].classes.contains(.function)
    }
    if p >= 0, t[p].entry == w.to || t[p].entry == w.by {
      p -= 1
      // "fell 120 points, or 0.4%, to 35,012": past the size of the change to its verb.
      if p >= 0, t[p].symbol == .comma {
        var k = p - 1
        while k >= 0, p - k <= 8, isPartOfChange(k) { k -= 1 }
        if k < p - 1, k >= 0, t[k].isWord, t[k].classes.contains(.changeVerb),
          !t[k].classes.contains(.function)
        {
          return true
        }
      }
    }
    return p >= 0 && t[p].isWord && t[p].classes.contains(.changeVerb)
      && !t[p].classes.contains(.function)
  }

  /// Whether token `k` can be part of the size of a change between its verb and "to": numbers,
  /// "%", commas, "or", "points", "percent".
  private func isPartOfChange(_ k: Int) -> Bool {
    let tok = t[k]
    switch tok.kind {
    case .number: return true
    case .symbol: return tok.symbol == .percent || tok.symbol == .comma
    case .word:
      return tok.entry == w.or || tok.entry == w.points || tok.entry == w.point
        || tok.entry == w.per || tok.entry == w.cent || tok.classes.contains(.percentWord)
    }
  }

  /// Whether the number at `i` names something ("Studio 54", "page 5", "posts 542").
  private func isIdentifier(_ i: Int) -> Bool {
    guard i > 0, t[i].spaceBefore, t[i - 1].isWord else { return false }
    let p = t[i - 1]
    if p.classes.contains(.identifierNoun) { return true }
    let allowed: FigureWordClass = [
      .function, .qualifier, .qualifierTail, .yearPreposition, .casualtyVerb, .changeVerb, .month,
      .scoreContext, .relativeDay, .cardinal,
    ]
    return (p.isCapitalized || hasUppercase(i - 1)) && p.classes.isDisjoint(with: allowed)
  }

  /// Whether a word has a capital letter anywhere ("iPhone").
  private func hasUppercase(_ j: Int) -> Bool { !isLowercase(j) }

  /// Whether what follows "3-2" lets it be a score: the end of the sentence, a function word, a
  /// name ("Sweden 1–0 Korea") or a result noun ("win"); not a unit or another noun ("the 18-24
  /// age group", "a 50-50 chance", "8–10 years").
  private func isScoreFollower(_ k: Int) -> Bool {
    guard k < t.count else { return true }
    if t[k].symbol == .percent || t[k].symbol == .degree { return false }
    guard t[k].isWord else { return true }
    let c = t[k].classes
    if c.contains(.scoreNoun) { return true }
    if !c.isDisjoint(with: [.timeUnit, .measureUnit, .percentWord, .currencyWord]) {
      return false
    }
    if c.contains(.function) { return true }
    return t[k].isCapitalized
  }

  /// The highest points a score may have: 99, or 199 after a result verb ("beat the Celtics
  /// 112-104").
  private func scoreLimit(before first: Int) -> Double {
    var k = first - 1
    while k >= 0, first - k <= 5 {
      if t[k].isWord, t[k].classes.contains(.scoreContext), !t[k].classes.contains(.function) {
        return 200
      }
      k -= 1
    }
    return 100
  }

  /// Whether a word about a vote stands within the eight words before `first`.
  private func followsVoteWord(_ first: Int) -> Bool {
    var k = first - 1
    while k >= 0, first - k <= 8 {
      if t[k].isWord, t[k].classes.contains(.voteWord) { return true }
      if t[k].symbol == .period || t[k].symbol == .semicolon { return false }
      k -= 1
    }
    return false
  }

  /// Whether the word before `first` introduces a range rather than a score.
  private func isRangeContext(before first: Int) -> Bool {
    first > 0 && t[first - 1].isWord && t[first - 1].classes.contains(.rangeIntro)
  }

  /// Whether a unit or a plural noun follows at `k` (then "8–10" is a range, not a score).
  private func headIsUnitOrPlural(at k: Int) -> Bool {
    guard k < t.count else { return false }
    if t[k].symbol == .percent || t[k].symbol == .degree { return true }
    guard t[k].isWord, t[k].spaceBefore else { return false }
    let c = t[k].classes
    if c.contains(.scoreNoun) { return false }
    if !c.isDisjoint(with: [.timeUnit, .measureUnit, .percentWord, .currencyWord]) { return true }
    if c.contains(.function) { return false }
    return nounHead(at: k, allowSingular: false) != nil
  }

  /// Whether a plural noun follows at `k` as the first word ("1709 schoolchildren").
  private func headIsPlural(at k: Int) -> Bool {
    guard k < t.count, t[k].isWord, t[k].spaceBefore, !t[k].classes.contains(.function) else {
      return false
    }
    return isPlural(k)
  }

  /// The head noun of the phrase at `k` that a number counts: the first plural noun or unit
  /// within four words ("three remaining Space Shuttle orbiters"), or, for a number written in
  /// digits of 10 or more, the last of up to two words ("92,000 asylum claim").
  private func nounHead(at k: Int, allowSingular: Bool) -> Int? {
    var j = k
    var words = 0
    var lastWord: Int?
    while j < t.count, words < 4 {
      let tok = t[j]
      guard tok.isWord, tok.spaceBefore else { break }
      let c = tok.classes
      let modifier =
        tok.entry == w.other || tok.entry == w.more || tok.entry == w.new
        || tok.entry == w.additional || tok.entry == w.extra || tok.entry == w.further
        || tok.entry == w.us && tok.isCapitalized  // "36 US ports"
      if !modifier {
        if !c.isDisjoint(with: [.function, .pronoun, .month, .weekday]) { break }
        if c.contains(.timeUnit) || c.contains(.measureUnit) { return j }
        if isPlural(j) { return j }
        if allowSingular, words == 0, !isAdjectiveLike(j), !isVerbLike(j), !tok.isCapitalized {
          return j
        }
        if isVerbLike(j) || isAdverb(j) { break }
      }
      // A hyphenated word ("co-ordinated") counts as one.
      var end = j
      while end + 2 < t.count, t[end + 1].symbol == .hyphen, !t[end + 1].spaceBefore,
        t[end + 2].isWord, !t[end + 2].spaceBefore
      {
        end += 2
      }
      if end > j, isPlural(end) { return end }
      if !modifier { lastWord = end }
      words += 1
      j = end + 1
    }
    // Digits of 10 or more followed by a noun: "92,000 asylum claim".
    if let lastWord, k > 0, lastWord - k <= 2, !isVerbLike(lastWord), !isAdjectiveLike(lastWord),
      (k...lastWord).allSatisfy({ !t[$0].isWord || isLowercase($0) }),
      t[k - 1].isNumber && t[k - 1].value >= 1000
        || k > 1 && t[k - 1].classes.contains(.scale) && t[k - 2].isNumber
    {
      return lastWord
    }
    return nil
  }

  // MARK: - Word shapes

  private func isPlural(_ j: Int) -> Bool {
    let tok = t[j]
    guard tok.isWord else { return false }
    if tok.classes.contains(.irregularPlural) { return true }
    if !tok.classes.isDisjoint(with: [.function, .pronoun]) { return false }
    let n = tok.end - tok.start
    guard n >= 3 else { return false }
    let last = bytes[tok.end - 1] | 0x20
    let prev = bytes[tok.end - 2] | 0x20
    if last == UInt8(ascii: "s") {
      return prev != UInt8(ascii: "s") && prev != UInt8(ascii: "u") && prev != UInt8(ascii: "i")
        && bytes[tok.end - 2] != UInt8(ascii: "'")
    }
    // "schoolchildren", "gunmen", "townspeople"
    if last == UInt8(ascii: "n"), prev == UInt8(ascii: "e"), n >= 5 {
      return hasSuffix(j, "children")
        || hasSuffix(j, "men") && !hasSuffix(j, "omen")
          && !hasSuffix(j, "amen") && !hasSuffix(j, "imen")
    }
    if last == UInt8(ascii: "e"), n >= 6 { return hasSuffix(j, "people") }
    return false
  }

  /// Whether the word looks like an adjective or modifier ("remaining", "armed", "Afghan").
  private func isAdjectiveLike(_ j: Int) -> Bool {
    hasSuffix(j, "ing") || hasSuffix(j, "ed") || hasSuffix(j, "al") || hasSuffix(j, "ive")
      || hasSuffix(j, "ous") || hasSuffix(j, "ful") || hasSuffix(j, "ic") || hasSuffix(j, "an")
      || hasSuffix(j, "ish") || hasSuffix(j, "ern") || hasSuffix(j, "ese") || hasSuffix(j, "ary")
      || t[j].isCapitalized
  }

  /// Whether the word looks like a finite verb or participle after a number ("received").
  private func isVerbLike(_ j: Int) -> Bool {
    hasSuffix(j, "ed") && !hasSuffix(j, "eed") || t[j].classes.contains(.changeVerb)
      || t[j].classes.contains(.casualtyVerb)
  }

  private func isAdverb(_ j: Int) -> Bool { hasSuffix(j, "ly") }

  /// Units that are also common words when spaced ("5 m", "3 in", "2 g").
  private func isAmbiguousUnit(_ j: Int) -> Bool { t[j].end - t[j].start <= 1 }

  private func hasSuffix(_ j: Int, _ suffix: StaticString) -> Bool {
    let tok = t[j]
    let n = suffix.utf8CodeUnitCount
    guard tok.end - tok.start > n else { return false }
    return suffix.withUTF8Buffer { s in
      var k = 0
      while k < n {
        if bytes[tok.end - n + k] | 0x20 != s[k] { return false }
        k += 1
      }
      return true
    }
  }

  private func isLowercase(_ j: Int) -> Bool {
    var k = t[j].start
    while k < t[j].end {
      if bytes[k] >= 65 && bytes[k] <= 90 { return false }
      k += 1
    }
    return true
  }

  private func isUpper(_ j: Int) -> Bool {
    var k = t[j].start
    while k < t[j].end {
      if bytes[k] >= 97 && bytes[k] <= 122 { return false }
      k += 1
    }
    return true
  }

  private func isWordText(_ j: Int, _ word: String) -> Bool { text(j) == word }

  /// The text of a head noun, with the words hyphenated onto it ("start-ups").
  func headText(_ j: Int) -> String {
    var first = j
    while first >= 2, t[first - 1].symbol == .hyphen, !t[first - 1].spaceBefore,
      !t[first].spaceBefore, t[first - 2].isWord
    {
      first -= 2
    }
    // "two Grammy Awards", "two Range Rovers": a capitalised head keeps the name it ends.
    if t[j].isCapitalized {
      while first >= 1, t[first - 1].isWord, t[first - 1].isCapitalized, t[first].spaceBefore,
        t[first - 1].classes.isDisjoint(with: [.cardinal, .month, .weekday, .function])
      {
        first -= 1
      }
    }
    return String(
      decoding: UnsafeBufferPointer(rebasing: bytes[t[first].start..<t[j].end]), as: UTF8.self)
  }

  /// The text of token `j`.
  func text(_ j: Int) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[t[j].start..<t[j].end]), as: UTF8.self)
  }

  private func lowercasedText(_ j: Int) -> String { text(j).lowercased() }

  /// The plural unit name of a time-unit token.
  private func unitName(_ j: Int) -> String? {
    t[j].entry >= 0 ? lexicon.entries[Int(t[j].entry)].unit : nil
  }
}
