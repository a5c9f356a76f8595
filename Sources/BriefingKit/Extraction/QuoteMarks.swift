/// One quotation in a paragraph: the token of its opening mark and of its closing mark.
struct QuoteSpan: Sendable {
  /// The opening mark's token, or -1 when the quote starts at the paragraph start without one.
  var open: Int
  /// The closing mark's token, or -1 when the quote runs to the end of the paragraph.
  var close: Int
  /// Whether it is marked with single quotation marks.
  var isSingle: Bool
  /// Whether it continues an unclosed quote of the previous paragraph.
  var continuesPrevious: Bool

  /// The first token inside the marks.
  var firstInner: Int { open + 1 }
  /// The token after the last one inside the marks.
  func innerEnd(tokenCount: Int) -> Int { close < 0 ? tokenCount : close }
}

/// Pairs a paragraph's quotation marks into quotes.
///
/// Marks are judged by their shape and by the spaces around them, and paired one paragraph at a
/// time, so a stray or missing mark never pairs the rest of an article the wrong way round:
/// - curly and straight double marks, « », „ “; nested marks of another family inside a quote;
/// - single marks used as quotation marks, but not apostrophes ("’90s", "rock ’n’ roll",
///   "the Afghans’ robot");
/// - a quote left open at a paragraph's end that the next paragraph reopens (one quote over
///   several paragraphs);
/// - typos: an opening mark used as a closing one (`decision.“ However`), a mark glued between
///   words (`[a cease-fire]“The`), a closing mark with nothing open (`we will.”`), which is
///   dropped unless attribution follows it.
struct QuoteMarks: Sendable {
  /// The quotes of one paragraph, top-level only, in order.
  ///
  /// `continuing` says whether the previous paragraph ended inside a quote; on return it says
  /// whether this one does.
  func spans(
    in tokens: Tokens, bytes: UnsafeBufferPointer<UInt8>, continuing: inout Bool
  ) -> [QuoteSpan] {
    var spans: [QuoteSpan] = []
    let count = tokens.count
    var openIndex = -1
    var openGlyph = TextToken.Glyph.straight
    var nested: [TextToken.Glyph] = []
    var strays: [Int] = []
    let wasContinuing = continuing
    var k = 0
    while k < count {
      let t = tokens[k]
      guard t.kind == .doubleMark else {
        k += 1
        continue
      }
      let before = precededBySpace(k, tokens)
      let after = followedBySpace(k, tokens)
      if openIndex < 0 {
        switch t.glyph {
        case .right, .angleRight:
          if before && !after {
            openIndex = k
            openGlyph = t.glyph
          } else {
            strays.append(k)
          }
        case .straight:
          if k + 1 == count || (after && !before && k > 0 && tokens[k - 1].flags.contains(.number))
          {
            strays.append(k)
          } else {
            openIndex = k
            openGlyph = t.glyph
          }
        default:
          openIndex = k
          openGlyph = t.glyph
        }
        k += 1
        continue
      }
      // A quote is open.
      if let inner = nested.last {
        if closes(t.glyph, opener: inner) {
          nested.removeLast()
          k += 1
          continue
        }
      }
      switch t.glyph {
      case .right:
        if family(openGlyph) == .angle {
          if nested.isEmpty { nested.append(t.glyph) } else { nested.removeLast() }
        } else {
          appendSpan(&spans, open: openIndex, close: k, tokens: tokens)
          openIndex = -1
        }
      case .angleRight:
        if openGlyph == .angleRight {
          // Danish »...« opened with », so a second » opens a nested quote.
          nested.append(t.glyph)
        } else if family(openGlyph) == .angle {
          appendSpan(&spans, open: openIndex, close: k, tokens: tokens)
          openIndex = -1
        } else {
          nested.append(t.glyph)
        }
      case .angleLeft:
        if openGlyph == .angleRight {
          appendSpan(&spans, open: openIndex, close: k, tokens: tokens)
          openIndex = -1
        } else {
          nested.append(t.glyph)
        }
      case .straight:
        if openGlyph != .straight, family(openGlyph) == .curly,
          hasCurlyCloser(after: k, tokens)
        {
          // "He said "hi" to me”: straight marks nested in a curly quote.
          nested.append(t.glyph)
        } else {
          appendSpan(&spans, open: openIndex, close: k, tokens: tokens)
          openIndex = -1
        }
      case .left:
        if openGlyph == .low || (!before && after) {
          // „...“ or an opening mark typed for a closing one: `decision.“ However`.
          appendSpan(&spans, open: openIndex, close: k, tokens: tokens)
          openIndex = -1
        } else if family(openGlyph) == .angle {
          nested.append(t.glyph)
        } else if !before && !after {
          // Glued between words (`[a cease-fire]“The`): a typo inside the quote.
        } else {
          // A new opening mark: the previous quote lost its closing mark here.
          appendSpan(&spans, open: openIndex, close: k, tokens: tokens)
          openIndex = k
          openGlyph = t.glyph
        }
      case .low:
        appendSpan(&spans, open: openIndex, close: k, tokens: tokens)
        openIndex = k
        openGlyph = t.glyph
      }
      k += 1
    }
    if openIndex >= 0 {
      appendSpan(&spans, open: openIndex, close: -1, tokens: tokens)
      continuing = true
    } else {
      continuing = false
    }
    // A closing mark with nothing open: a quote from the paragraph start when the previous
    // paragraph ended inside a quote, or when attribution follows the mark.
    if let stray = strays.first, spans.first.map({ $0.open > stray }) ?? true,
      stray > 0, wasContinuing || attributionFollows(stray, tokens)
    {
      spans.insert(
        QuoteSpan(open: -1, close: stray, isSingle: false, continuesPrevious: wasContinuing),
        at: 0)
    }
    if wasContinuing, let first = spans.first, first.open == 0 {
      spans[0].continuesPrevious = true
    }
    return singleQuoted(in: tokens, bytes: bytes, around: spans)
  }

  // MARK: - Single marks

  /// Adds the quotes marked with single marks outside `doubles`, keeping reading order; a
  /// double-marked quote inside a single-marked one (‘We are “thrilled”,’ she said) is nested.
  private func singleQuoted(
    in tokens: Tokens, bytes: UnsafeBufferPointer<UInt8>, around doubles: [QuoteSpan]
  ) -> [QuoteSpan] {
    var hasSingle = false
    for t in tokens where t.kind == .singleMark {
      hasSingle = true
      break
    }
    guard hasSingle else { return doubles }
    var out: [QuoteSpan] = []
    var d = 0
    var k = 0
    let count = tokens.count
    while k < count {
      if d < doubles.count, k >= max(doubles[d].open, 0) {
        out.append(doubles[d])
        k = doubles[d].close < 0 ? count : doubles[d].close + 1
        d += 1
        continue
      }
      if tokens[k].kind == .singleMark, opensSingle(k, tokens, bytes),
        let close = singleCloser(after: k, tokens, bytes, doubles: doubles[d...])
      {
        out.append(QuoteSpan(open: k, close: close, isSingle: true, continuesPrevious: false))
        while d < doubles.count, max(doubles[d].open, 0) < close { d += 1 }
        k = close + 1
        continue
      }
      k += 1
    }
    while d < doubles.count {
      out.append(doubles[d])
      d += 1
    }
    return out
  }

  private func opensSingle(
    _ k: Int, _ tokens: Tokens, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let t = tokens[k]
    guard k + 1 < tokens.count, !t.flags.contains(.spaceAfter) else { return false }
    let next = tokens[k + 1]
    guard next.kind == .word || next.kind == .ellipsis else { return false }
    if isElision(k, tokens, bytes) { return false }
    switch t.glyph {
    case .left, .low, .angleLeft: return true
    default: return precededBySpace(k, tokens)
    }
  }

  /// ’90s, ’n’, ’em, ’tis, ’til, ’cause: an apostrophe standing for left-out letters.
  private func isElision(
    _ k: Int, _ tokens: Tokens, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard k + 1 < tokens.count else { return false }
    let next = tokens[k + 1]
    guard next.kind == .word else { return false }
    if next.flags.contains(.number) {
      // '90s, ’60s, '07
      let length = next.end - next.start
      return length == 2 || (length == 3 && bytes[Int(next.end) - 1] | 0x20 == UInt8(ascii: "s"))
    }
    if next.has(.elision) {
      // rock ’n’ roll: the next token closes the "n" right away.
      return true
    }
    return false
  }

  static let elisions: [String] = [
    "n", "em", "tis", "twas", "til", "cause", "bout", "nuff", "round", "cos", "coz",
  ]

  private func singleCloser(
    after open: Int, _ tokens: Tokens, _ bytes: UnsafeBufferPointer<UInt8>,
    doubles: ArraySlice<QuoteSpan>
  ) -> Int? {
    var candidate: Int? = nil
    var k = open + 2
    let end = min(tokens.count, open + 120)
    var nextDouble = doubles.startIndex
    while k < end {
      // Skip a double-marked quote nested inside; one left open ends the search.
      if nextDouble < doubles.endIndex, k >= max(doubles[nextDouble].open, 0) {
        guard doubles[nextDouble].close >= 0 else { break }
        k = doubles[nextDouble].close + 1
        nextDouble += 1
        continue
      }
      let t = tokens[k]
      if t.kind == .singleMark {
        let prev = tokens[k - 1]
        let closes =
          t.glyph == .right || t.glyph == .straight || t.glyph == .angleRight
        if closes, !t.flags.contains(.spaceBefore), followedBySpace(k, tokens),
          !(prev.kind == .word && isElisionClose(k, tokens))
        {
          // "the players’ union": a plural possessive, unless no other closing mark follows.
          let plural =
            prev.kind == .word && bytes[Int(prev.end) - 1] | 0x20 == UInt8(ascii: "s")
            && k + 1 < tokens.count && tokens[k + 1].isLowercaseWord
          if !plural { return k }
          if candidate == nil { candidate = k }
        } else if opensSingle(k, tokens, bytes), t.glyph != .right {
          break
        }
      } else if t.kind == .doubleMark {
        break
      }
      k += 1
    }
    return candidate
  }

  /// Whether the mark at `k` closes an elision ("rock ’n’ roll").
  private func isElisionClose(_ k: Int, _ tokens: Tokens) -> Bool {
    k >= 2 && tokens[k - 2].kind == .singleMark && !tokens[k - 2].flags.contains(.spaceAfter)
      && tokens[k - 1].has(.elision)
  }

  // MARK: - Helpers

  private enum Family { case straight, curly, angle }

  private func family(_ glyph: TextToken.Glyph) -> Family {
    switch glyph {
    case .straight: return .straight
    case .left, .right, .low: return .curly
    case .angleLeft, .angleRight: return .angle
    }
  }

  private func closes(_ glyph: TextToken.Glyph, opener: TextToken.Glyph) -> Bool {
    switch opener {
    case .straight: return glyph == .straight
    case .left, .low: return glyph == .right || (opener == .low && glyph == .left)
    case .right: return glyph == .right
    case .angleLeft: return glyph == .angleRight
    case .angleRight: return glyph == .angleLeft || glyph == .angleRight
    }
  }

  private func hasCurlyCloser(after k: Int, _ tokens: Tokens) -> Bool {
    var j = k + 1
    while j < tokens.count {
      if tokens[j].kind == .doubleMark && tokens[j].glyph == .right { return true }
      j += 1
    }
    return false
  }

  /// Whether a space, the paragraph start or an opening bracket or dash is right before `k`.
  private func precededBySpace(_ k: Int, _ tokens: Tokens) -> Bool {
    if k == 0 || tokens[k].flags.contains(.spaceBefore) { return true }
    let p = tokens[k - 1].kind
    return p == .openBracket || p == .dash || p == .doubleMark
  }

  /// Whether a space, the paragraph end or punctuation is right after `k`.
  private func followedBySpace(_ k: Int, _ tokens: Tokens) -> Bool {
    if k + 1 == tokens.count || tokens[k].flags.contains(.spaceAfter) { return true }
    switch tokens[k + 1].kind {
    case .comma, .period, .semicolon, .colon, .question, .exclamation, .closeBracket, .dash,
      .doubleMark, .singleMark:
      return true
    default:
      return false
    }
  }

  private func appendSpan(_ spans: inout [QuoteSpan], open: Int, close: Int, tokens: Tokens) {
    let end = close < 0 ? tokens.count : close
    var k = open + 1
    while k < end {
      if tokens[k].kind == .word { break }
      k += 1
    }
    guard k < end else { return }
    spans.append(QuoteSpan(open: open, close: close, isSingle: false, continuesPrevious: false))
  }

  /// Whether a comma and a reporting verb follow a stray closing mark ("we'll win," he said).
  private func attributionFollows(_ k: Int, _ tokens: Tokens) -> Bool {
    var j = k + 1
    if j < tokens.count, tokens[j].kind == .comma { j += 1 }
    if k > 0, tokens[k - 1].kind == .comma {} else if j == k + 1 { return false }
    var words = 0
    while j < tokens.count, words < 5 {
      let t = tokens[j]
      guard t.kind == .word else { return false }
      if t.has(.finiteCue) && t.isLowercaseWord { return true }
      words += 1
      j += 1
    }
    return false
  }
}
