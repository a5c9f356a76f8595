import Foundation
import Testing

@testable import BriefingKit

@Suite struct MarkdownHTMLTests {
  @Test(arguments: [
    ("# Title", "<h1>Title</h1>\n"),
    ("### Deep ###", "<h3>Deep</h3>\n"),
    ("#NotAHeading", "<p>#NotAHeading</p>\n"),
    ("One line\nand the next", "<p>One line\nand the next</p>\n"),
    ("First\n\nSecond", "<p>First</p>\n<p>Second</p>\n"),
    ("A & B < C > \"D\"", "<p>A &amp; B &lt; C &gt; &quot;D&quot;</p>\n"),
    (
      "[AT&T](https://x.org/?a=1&b=2)",
      "<p><a href=\"https://x.org/?a=1&amp;b=2\">AT&amp;T</a></p>\n"
    ),
    ("[x](javascript:alert(1))", "<p>x</p>\n"),
    ("[x](data:text/html,hi)", "<p>x</p>\n"),
    ("[rel](../2024-05-06/a.md)", "<p><a href=\"../2024-05-06/a.md\">rel</a></p>\n"),
    (
      "> quoted\n>\n> — Name, role",
      "<blockquote>\n<p>quoted</p>\n<p>— Name, role</p>\n</blockquote>\n"
    ),
    (
      "> outer\n> > inner",
      "<blockquote>\n<p>outer</p>\n<blockquote>\n<p>inner</p>\n</blockquote>\n</blockquote>\n"
    ),
    ("- a\n- b", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"),
    ("* a\n* b", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n"),
    ("3. c\n4. d", "<ol start=\"3\">\n<li>c</li>\n<li>d</li>\n</ol>\n"),
    ("- a\n  - a1\n- b", "<ul>\n<li>a\n<ul>\n<li>a1</li>\n</ul></li>\n<li>b</li>\n</ul>\n"),
    ("- a\n\n- b", "<ul>\n<li><p>a</p></li>\n<li><p>b</p></li>\n</ul>\n"),
    (
      "*em* **strong** ***both***",
      "<p><em>em</em> <strong>strong</strong> <em><strong>both</strong></em></p>\n"
    ),
    (
      "_em_ __strong__ snake_case_name",
      "<p><em>em</em> <strong>strong</strong> snake_case_name</p>\n"
    ),
    ("2 * 3 * 4", "<p>2 * 3 * 4</p>\n"),
    ("`a < b` and ``x ` y``", "<p><code>a &lt; b</code> and <code>x ` y</code></p>\n"),
    ("\\*not em\\*", "<p>*not em*</p>\n"),
    ("line  \nbreak", "<p>line<br>\nbreak</p>\n"),
    (
      "see https://x.org/a_(b). Then",
      "<p>see <a href=\"https://x.org/a_(b)\">https://x.org/a_(b)</a>. Then</p>\n"
    ),
    ("<https://x.org>", "<p><a href=\"https://x.org\">https://x.org</a></p>\n"),
    ("<desk@example.org>", "<p><a href=\"mailto:desk@example.org\">desk@example.org</a></p>\n"),
    ("<b>bold</b>", "<p>&lt;b&gt;bold&lt;/b&gt;</p>\n"),
    ("[https://x.org](https://x.org)", "<p><a href=\"https://x.org\">https://x.org</a></p>\n"),
    ("![map](https://x.org/m.png)", "<p><img src=\"https://x.org/m.png\" alt=\"map\"></p>\n"),
    ("---", "<hr>\n"),
    ("Title\n=====", "<h1>Title</h1>\n"),
    ("```\n<x> & y\n```", "<pre><code>&lt;x&gt; &amp; y\n</code></pre>\n"),
    ("", ""),
  ])
  func convertsTheBriefingSubset(markdown: String, html: String) {
    #expect(MarkdownHTML().html(from: markdown) == html)
  }

  @Test func everyFeatureAtOnceMatchesTheGoldenFile() throws {
    let fixtures = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
    let markdown = try String(
      contentsOf: fixtures.appendingPathComponent("scheduling/briefing.md"), encoding: .utf8)
    let html = MarkdownHTML().html(from: markdown)
    let golden = try scheduleGolden("briefing.html")
    try golden.update(html)
    #expect(html == golden.expected || ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1")
    #expect(!html.contains("<script"))
    #expect(!html.contains("javascript:"))
  }
}
