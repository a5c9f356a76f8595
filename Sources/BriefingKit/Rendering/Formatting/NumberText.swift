/// Numbers written for readers, independent of the machine's locale: "1,200,000", "3.5", "-12".
enum NumberText {
  /// The number with thousands separated by commas and at most two decimals (trailing zeros
  /// dropped), so a double never prints raw (`0.30000000000000004`).
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "" : (value < 0 ? "-∞" : "∞") }
    let hundredths = (abs(value) * 100).rounded()
    guard hundredths < 1e17 else { return String(value) }
    let whole = Int64(hundredths) / 100
    let fraction = Int(Int64(hundredths) % 100)
    var text = grouped(whole)
    if fraction != 0 {
      text +=
        "."
        + (fraction % 10 == 0
          ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction))
    }
    return (value < 0 && hundredths != 0 ? "-" : "") + text
  }

  private static func grouped(_ number: Int64) -> String {
    let digits = Array(String(number))
    var text = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }
}
