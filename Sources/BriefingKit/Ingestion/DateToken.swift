import Foundation

/// One piece of a written date: a word, a number, a clock time or a UTC offset.
enum DateToken: Equatable {
  case word(String)
  case number(Int, digits: Int)
  case time(ClockTime)
  case offset(seconds: Int)

  /// The tokens of the UTF-8 `bytes`, or `nil` when they hold anything a date does not (a dash,
  /// a quote, a slash). Spaces, tabs, Unicode spaces, commas and dots separate tokens.
  static func tokens(in bytes: [UInt8]) -> [DateToken]? {
    var scanner = ByteScanner(bytes: bytes)
    var tokens: [DateToken] = []
    while let byte = scanner.peek {
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")
        || byte == UInt8(ascii: "\t")
      {
        scanner.advance()
      } else if ByteScanner.isLetter(byte) {
        tokens.append(.word(scanner.word()))
      } else if ByteScanner.isDigit(byte) {
        let start = scanner.position
        guard let value = scanner.number(digits: 1...4) else { return nil }
        let digits = scanner.position - start
        if scanner.eat(":") {
          guard let minute = scanner.number(digits: 2...2) else { return nil }
          var time = ClockTime(hour: value, minute: minute)
          if scanner.eat(":") {
            guard let second = scanner.number(digits: 2...2) else { return nil }
            time.second = second
          }
          tokens.append(.time(time))
        } else {
          if let byte = scanner.peek, ByteScanner.isLetter(byte) {
            let suffix = scanner.word()
            guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
          }
          tokens.append(.number(value, digits: digits))
        }
      } else if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
        guard let zone = scanner.zone() else { return nil }
        tokens.append(.offset(seconds: zone.secondsFromGMT()))
      } else if scanner.skipUnicodeSpace() {
        continue
      } else {
        return nil
      }
    }
    return tokens
  }
}

/// A time of day as a date states it; `second` may be 60 (a leap second).
struct ClockTime: Equatable {
  var hour = 0
  var minute = 0
  var second = 0
  /// The part of a second after `second`, from 0 up to 1.
  var fraction = 0.0
}

/// A cursor over the UTF-8 bytes of a date.
struct ByteScanner {
  var bytes: [UInt8]
  var position = 0

  var isAtEnd: Bool { position >= bytes.count }
  var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

  mutating func advance() { position += 1 }

  mutating func eat(_ character: Unicode.Scalar) -> Bool {
    guard let byte = peek, byte == UInt8(ascii: character) else { return false }
    position += 1
    return true
  }

  mutating func skipSpaces() {
    while peek == UInt8(ascii: " ") { position += 1 }
  }

  /// Steps over a space character outside ASCII (a no-break space, a thin space), if one is
  /// next.
  mutating func skipUnicodeSpace() -> Bool {
    guard let lead = peek, lead >= 0xC2, lead < 0xF0 else { return false }
    let length = lead < 0xE0 ? 2 : 3
    guard position + length <= bytes.count else { return false }
    var value = UInt32(lead & (length == 2 ? 0x1F : 0x0F))
    for byte in bytes[(position + 1)..<(position + length)] {
      guard byte & 0xC0 == 0x80 else { return false }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value), UnicodeWhitespace.isSpace(scalar) else {
      return false
    }
    position += length
    return true
  }

  /// A run of digits whose length is in `digits`.
  mutating func number(digits: ClosedRange<Int>) -> Int? {
    var value = 0
    var count = 0
    while let byte = peek, Self.isDigit(byte), count < digits.upperBound {
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
      count += 1
      position += 1
    }
    guard digits.contains(count), !(peek.map(Self.isDigit) ?? false) else { return nil }
    return value
  }

  /// The digits after a decimal sign, as a fraction of 1.
  mutating func fraction() -> Double? {
    let start = position
    guard let value = number(digits: 1...9) else { return nil }
    return Double(value) / pow(10, Double(position - start))
  }

  /// `H:MM`, `HH:MM:SS` or `HH:MM:SS.fff`.
  mutating func extendedTime() -> ClockTime? {
    guard let hour = number(digits: 1...2), eat(":"), let minute = number(digits: 2...2) else {
      return nil
    }
    var time = ClockTime(hour: hour, minute: minute)
    if eat(":") {
      guard let second = number(digits: 2...2) else { return nil }
      time.second = second
      if eat(".") || eat(",") {
        guard let fraction = fraction() else { return nil }
        time.fraction = fraction
      }
    }
    return time
  }

  /// `HHMM`, `HHMMSS` or `HHMMSS.fff`.
  mutating func basicTime() -> ClockTime? {
    let start = position
    guard let value = number(digits: 4...6), position - start != 5 else { return nil }
    guard position - start == 6 else { return ClockTime(hour: value / 100, minute: value % 100) }
    var time = ClockTime(hour: value / 10_000, minute: value / 100 % 100, second: value % 100)
    if eat(".") || eat(",") {
      guard let fraction = fraction() else { return nil }
      time.fraction = fraction
    }
    return time
  }

  /// A run of letters and dots, lowercased, without the dots (`a.m.` is `am`).
  mutating func word() -> String {
    let start = position
    var letters = 0
    while let byte = peek, Self.isLetter(byte) || byte == UInt8(ascii: ".") {
      if byte != UInt8(ascii: ".") { letters += 1 }
      position += 1
    }
    guard letters > 0 else { return "" }
    // ASCII letters, lower-cased into the string's own storage (small words need none).
    return String(unsafeUninitializedCapacity: letters) { buffer in
      var count = 0
      for byte in bytes[start..<position] where byte != UInt8(ascii: ".") {
        buffer[count] = byte | 0x20
        count += 1
      }
      return count
    }
  }

  /// `Z`, `UTC`, `GMT`, `+01:00`, `+0100` or `-05`.
  mutating func zone() -> TimeZone? {
    if eat("Z") || eat("z") { return isAtEnd ? .gmt : nil }
    if let byte = peek, Self.isLetter(byte) { return DateParser.zone(named: word()) }
    let sign: Int
    if eat("+") {
      sign = 1
    } else if eat("-") {
      sign = -1
    } else {
      return nil
    }
    guard let first = number(digits: 2...4) else { return nil }
    var hours = first
    var minutes = 0
    if first > 99 {
      hours = first / 100
      minutes = first % 100
    } else if eat(":") {
      guard let parsed = number(digits: 2...2) else { return nil }
      minutes = parsed
    }
    guard hours <= 14, minutes < 60 else { return nil }
    return TimeZone(secondsFromGMT: sign * (hours * 3600 + minutes * 60))
  }

  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  static func isLetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")
  }
}
