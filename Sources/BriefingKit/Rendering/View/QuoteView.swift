/// What a template receives for one key quote (inside `{{#quotes}}` and the `quote` partial).
struct QuoteView: Sendable, Hashable {
  var text: String
  var speaker: String
  var hasSpeaker: Bool
  var role: String
  var hasRole: Bool
  var attribution: String
  var cue: String
  var kind: String
  var isPartial: Bool

  /// The word shown instead of a speaker when a quote has none.
  static let unattributed = "unattributed"

  /// The view of a quote.
  init(_ quote: KeyQuote, style: TextStyle) {
    text = style.text(Self.nestingQuotationMarks(in: quote.text))
    let speakerText = style.text(quote.speaker ?? "")
    speaker = speakerText
    hasSpeaker = !speakerText.isEmpty
    let roleText = hasSpeaker ? style.text(quote.role ?? "") : ""
    role = roleText
    hasRole = !roleText.isEmpty
    if !hasSpeaker {
      attribution = Self.unattributed
    } else if hasRole {
      attribution = speakerText + ", " + roleText
    } else {
      attribution = speakerText
    }
    cue = style.text(quote.cue ?? "")
    kind = quote.kind.rawValue
    isPartial = quote.kind == .partial
  }

  /// The quote's own quotation marks turned into single ones, since the briefing puts the quote
  /// inside double marks: “ ” become ‘ ’ and straight `"` pairs become ‘ ’.
  static func nestingQuotationMarks(in text: String) -> String {
    var output = ""
    var straightIsOpen = false
    for character in text {
      switch character {
      case "“": output.append("‘")
      case "”": output.append("’")
      case "\"":
        output.append(straightIsOpen ? "’" : "‘")
        straightIsOpen.toggle()
      default: output.append(character)
      }
    }
    return output
  }
}
