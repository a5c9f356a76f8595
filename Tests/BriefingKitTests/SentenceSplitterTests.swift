import Testing

@testable import BriefingKit

@Suite struct SentenceSplitterTests {
  @Test(arguments: [
    ("He said so. She agreed.", ["He said so.", "She agreed."]),
    ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
    ("John F. Kennedy spoke at 3.5 p.m. sharp.", ["John F. Kennedy spoke at 3.5 p.m. sharp."]),
    ("He entered the U.S. The President acted.", ["He entered the U.S.", "The President acted."]),
    ("The U.S. Senate voted.", ["The U.S. Senate voted."]),
    (
      "“It works,” he said. “Really?” she asked.", ["“It works,” he said.", "“Really?” she asked."]
    ),
    ("It ended. \"Good news.\" Then more.", ["It ended.", "\"Good news.\"", "Then more."]),
    ("On Sept. 4 it rained. Wow!", ["On Sept. 4 it rained.", "Wow!"]),
    (
      "Chuck Schumer, D-N.Y., said so. Then he left.",
      ["Chuck Schumer, D-N.Y., said so.", "Then he left."]
    ),
    (
      "“Why now?” asked Ann Brooks. Nobody knew.", ["“Why now?” asked Ann Brooks.", "Nobody knew."]
    ),
  ])
  func splitsSentences(paragraph: String, expected: [String]) {
    #expect(SentenceSplitter().sentences(in: paragraph) == expected)
  }
}
