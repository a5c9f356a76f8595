import Testing

@testable import BriefingKit

@Suite struct IngestGlobTests {
  @Test(arguments: [
    ("*.txt", "a.txt", true),
    ("*.txt", "a.md", false),
    ("*.txt", "a.txt.bak", false),
    ("*.txt", ".hidden.txt", false),
    (".*.txt", ".hidden.txt", true),
    ("*", "anything", true),
    ("*", "", true),
    ("a?c.md", "abc.md", true),
    ("a?c.md", "ac.md", false),
    ("[abc]*.json", "b1.json", true),
    ("[abc]*.json", "d1.json", false),
    ("[a-c]x", "bx", true),
    ("[!a-c]x", "bx", false),
    ("[!a-c]x", "dx", true),
    ("[]]x", "]x", true),
    ("*.{txt,md}", "a.md", true),
    ("*.{txt,md}", "a.txt", true),
    ("*.{txt,md}", "a.json", false),
    ("{wn,abc}-*.{txt,m{d,arkdown}}", "abc-x.markdown", true),
    ("{wn,abc}-*.{txt,m{d,arkdown}}", "wn-x.md", true),
    ("{wn,abc}-*.{txt,m{d,arkdown}}", "cnn-x.md", false),
    ("2023-*-*.txt", "2023-02-23.txt", true),
    ("*a*b*c", "xxaxxbxxc", true),
    ("*a*b*c", "xxaxxcxxb", false),
    ("\\*.txt", "*.txt", true),
    ("\\*.txt", "a.txt", false),
    ("[abc", "[abc", true),
    ("{a,b", "{a,b", true),
    ("*.TXT", "a.txt", false),
    ("café-*.txt", "café-1.txt", true),
  ])
  func matchesNames(pattern: String, name: String, expected: Bool) {
    #expect(Glob(pattern).matches(name) == expected)
  }
}
