/// The final clean-up of rendered output, whatever the template: no trailing spaces, no leading
/// blank lines, at most one blank line in a row, exactly one newline at the end.
enum OutputTidier {
  /// The tidied document.
  static func tidy(_ document: String) -> String {
    var lines: [Substring] = []
    var previousWasBlank = true
    for var line in document.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      while let last = line.last, last == " " || last == "\t" { line.removeLast() }
      let isBlank = line.isEmpty
      if isBlank && previousWasBlank { continue }
      lines.append(line)
      previousWasBlank = isBlank
    }
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }
}
