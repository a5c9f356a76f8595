import Testing

@testable import BriefingKit

/// The text-level helpers of feed reading: link normalisation, entity rewriting, HTML to text.
@Suite struct FeedTextTests {
  @Test(arguments: [
    (
      "HTTPS://News.Example.COM:443/a/b?utm_source=rss&id=7&utm_medium=x#top",
      "https://news.example.com/a/b?id=7"
    ),
    ("http://example.com", "http://example.com/"),
    ("http://example.com:8080/x?fbclid=abc", "http://example.com:8080/x"),
    ("https://example.com/a?b=1&c=2", "https://example.com/a?b=1&c=2"),
  ])
  func normalisesLinks(link: String, expected: String) {
    #expect(URLNormalizer().normalize(link) == expected)
  }

  @Test func rejectsRelativeAndOddLinks() {
    #expect(URLNormalizer().normalize("/relative/path") == nil)
    #expect(URLNormalizer().normalize("mailto:someone@example.com") == nil)
    #expect(
      URLNormalizer().resolve("../b", against: "https://e.example/x/y/z") == "https://e.example/x/b"
    )
  }

  @Test(arguments: [
    ("caf&eacute; &amp; cr&egrave;me&nbsp;", "caf&#233; &amp; cr&#232;me&#160;"),
    ("AT&T and R&D", "AT&amp;T and R&amp;D"),
    ("&unknownentity; &#8220;ok&#x201D;", "&amp;unknownentity; &#8220;ok&#x201D;"),
    ("<![CDATA[caf&eacute; & more]]> &hellip;", "<![CDATA[caf&eacute; & more]]> &#8230;"),
    ("no entities at all", "no entities at all"),
  ])
  func rewritesEntitiesXMLCannotRead(text: String, expected: String) {
    #expect(XMLEntityRewriter().rewrite(text) == expected)
  }

  @Test func rendersHTMLFragmentsAsParagraphs() {
    let renderer = HTMLTextRenderer()
    #expect(
      renderer.paragraphs(
        inFragment:
          "<div>Intro <a href='#'>link</a>.</div><ul><li>One</li><li>Two</li></ul><h2>Sub</h2><p>End&hellip;</p>"
      ) == ["Intro link.", "One", "Two", "End…"])
    #expect(
      renderer.paragraphs(inFragment: "Plain text\n\nin two paragraphs") == [
        "Plain text", "in two paragraphs",
      ])
    #expect(renderer.line(fromFragment: "Tom &amp; Jerry <b>return</b>") == "Tom & Jerry return")
    #expect(renderer.line(fromFragment: "5 < 6 and 7 > 3") == "5 < 6 and 7 > 3")
  }

  @Test func fingerprintsAreStable() {
    #expect(ContentHash().fingerprint(["a", "b"]) == ContentHash().fingerprint(["a", "b"]))
    #expect(ContentHash().fingerprint(["a", "b"]) != ContentHash().fingerprint(["ab"]))
    #expect(ContentHash().fingerprint([""]) == "cbf29ce484222325")
  }
}
