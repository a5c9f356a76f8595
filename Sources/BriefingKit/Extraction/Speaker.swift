/// Who said something: a person, an organisation, a document or a group, as the briefing names
/// them.
struct Speaker: Sendable, Hashable {
  /// What sort of speaker it is.
  enum Kind: UInt8, Sendable {
    case person
    case organisation
    /// A report, letter, statement or other document.
    case document
    /// A group of people ("officials", "the report's authors").
    case group
    /// A lone capitalised word that may be a surname or a place.
    case unknown
  }

  /// A person's grammatical gender, when the article tells it.
  enum Gender: UInt8, Sendable {
    case unknown
    case male
    case female
  }

  /// The fullest name ("Antony Blinken", "the White House", "the Home Office letter").
  var name: String
  /// The role the article gives ("US Secretary of State").
  var role: String?
  var kind: Kind
  /// The index of the person in the article's `SpeakerInventory`, for people.
  var person: Int?

  /// Whether the speaker is named by a proper name of two or more words.
  var isFullName: Bool {
    kind == .person && name.utf8.contains(UInt8(ascii: " "))
  }
}
