import Foundation
import HTMLCore
import Testing

@testable import BriefingKit

@Suite struct HTMLArticleExtractorTests {
  static func article(
    _ fixture: String, url: String = "https://gazette.example.com/news/x",
    contentType: String? = nil
  )
    throws -> Article
  {
    try HTMLArticleExtractor().article(
      from: try RemoteFixtures.data("html/\(fixture)"), url: url, contentType: contentType)
  }

  @Test func extractsNewsPageWithoutFurniture() throws {
    let article = try Self.article("news-article.html")
    #expect(article.title == "Council approves Northern Crossing bridge plan")
    #expect(article.source == "The Riverside Gazette")
    #expect(article.author == "Maria Ortiz, Tom Becker")
    #expect(article.published == DateParser().date(from: "2024-03-05T07:30:00Z"))
    #expect(article.url == "https://gazette.example.com/news/2024/03/bridge-plan")
    #expect(article.id == "https://gazette.example.com/news/2024/03/bridge-plan")
    #expect(article.origin == "https://gazette.example.com/news/x")
    #expect(
      article.paragraphs == [
        "Riverside council approved the £48m Northern Crossing on Monday night, ending a decade of argument over how to ease traffic in the town centre.",
        "Councillors voted 9–4 in favour after a four-hour debate in a packed chamber, with dozens of residents watching from the public gallery.",
        "“This is the most important decision this council has taken in a generation,” said council leader Jan Okafor. “It will change how people move around Riverside for the next fifty years.”",
        "Opponents said the bridge would draw more cars into residential streets on the north bank. Sarah Lindgren, who chairs the North Bank Residents’ Association, called the vote “a betrayal” and said the group would consider a legal challenge.",
        "The scheme includes a separate lane for cyclists and pedestrians, and the council says about 14,000 vehicles a day will use the crossing once it opens.",
        "Work is due to begin in the spring of 2025, with the bridge expected to open in 2027. The government has promised £30m of the cost; the rest will come from the council’s capital budget.",
      ])
  }

  @Test func findsDensestBlockInDivSoup() throws {
    let article = try Self.article(
      "div-soup.html", url: "https://www.coastline.example/news/dredging")
    #expect(article.title == "Harbour dredging to start next month")
    #expect(article.source == "coastline.example")
    #expect(article.author == "Maria Ortiz")
    #expect(article.published == DateParser().date(from: "2024-02-20"))
    #expect(
      article.paragraphs == [
        "Dredging of the harbour mouth will begin in March, the port authority said on Tuesday, after silt left by winter storms cut the channel's depth by almost a metre.",
        "The work will take about six weeks and cost €2.1 million. Fishing boats will be able to use the harbour throughout, but larger cargo ships will be diverted to the deep-water berth at Northpoint.",
        "“We cannot let the channel silt up any further,” said harbour master Ole Hansen. “Every week we wait, the problem gets bigger and the bill gets higher.”",
        "Environmental groups have asked the authority to monitor the seagrass beds near the harbour entrance while the work goes on.",
        "The authority said it would publish weekly water-quality readings on its website.",
      ])
  }

  @Test func joinsParagraphsWrappedOneByOne() throws {
    let article = try Self.article(
      "wrapped-paragraphs.html", url: "https://news.example.co.uk/science-1")
    #expect(article.title == "Garden plant soaks up toxic metals, study finds")
    #expect(article.source == "news.example.co.uk")
    #expect(article.published == DateParser().date(from: "2024-03-06T11:00:00Z"))
    #expect(article.paragraphs.count == 6)
    #expect(article.paragraphs.first?.hasPrefix("Scientists have found") == true)
    #expect(
      article.paragraphs.last
        == "The findings were published on Wednesday in the journal Environmental Science Letters.")
    #expect(!article.paragraphs.contains { $0.contains("Budget") || $0.contains("Priya") })
  }

  @Test func joinsBodySplitIntoColumnsByAds() throws {
    let article = try Self.article(
      "split-body.html", url: "https://herald.example.com/2024/03/07/depot")
    #expect(article.title == "Old tram depot to become 400 homes")
    #expect(article.author == "Jonas Weber")
    #expect(article.source == "City Herald")
    #expect(article.paragraphs.count == 7)
    #expect(
      article.paragraphs.first?.hasPrefix("The city’s plan to turn its old tram depot") == true)
    #expect(article.paragraphs.last?.hasPrefix("Work on a new tram stop") == true)
    #expect(!article.paragraphs.contains { $0 == "Advertisement" || $0.contains("bakery") })
  }

  @Test(
    arguments: [
      ("windows-1252.html", nil), ("undeclared-1252.html", nil), ("utf16le.html", nil),
      ("utf8-declared-latin1.html", nil), ("undeclared-1252.html", "text/html; charset=utf-8"),
    ] as [(String, String?)])
  func decodesPagesInAnyCharset(fixture: String, contentType: String?) throws {
    let article = try Self.article(fixture, contentType: contentType)
    #expect(article.title == "Café prices climb again")
    #expect(article.paragraphs.count == 3)
    #expect(
      article.paragraphs[1]
        == "“We had no choice,” said Renée Dubois, who runs a café on the main square. “Milk, coffee and rent all went up.”"
    )
    #expect(article.paragraphs[2].hasSuffix("The average price is now €3.40."))
  }

  @Test func pageWithoutTextIsAnError() {
    let html =
      "<html><head><title>Front page</title></head><body><nav><a href='/a'>A</a></nav></body></html>"
    #expect {
      _ = try HTMLArticleExtractor().article(fromHTML: html, url: "https://e.example/")
    } throws: { error in
      (error as? BriefingError)?.diagnostics.first?.summary
        == "https://e.example/: error: no article text found on the page"
    }
  }

  @Test func fallsBackToJSONLDArticleBody() throws {
    let html = """
      <html><head><title>Short | Site</title>
      <script type="application/ld+json">{"@type": ["NewsArticle"], "headline": "Budget passes",
      "articleBody": "The budget passed by 310 votes to 250 on Wednesday evening after a long debate in parliament.\\n\\nThe opposition said it would fight on.",
      "author": "By Lena Fischer", "datePublished": "2024-03-01T10:00:00+01:00"}</script>
      </head><body><div id="app"></div></body></html>
      """
    let article = try HTMLArticleExtractor().article(
      fromHTML: html, url: "https://e.example/budget")
    #expect(article.title == "Budget passes")
    #expect(article.author == "Lena Fischer")
    #expect(article.paragraphs.count == 2)
    #expect(article.published == DateParser().date(from: "2024-03-01T09:00:00Z"))
  }

  @Test(
    arguments: [
      (
        "Bridge plan approved | The Riverside Gazette", "The Riverside Gazette", nil,
        "Bridge plan approved"
      ),
      (
        "Bridge plan approved - Riverside Gazette", "The Riverside Gazette", nil,
        "Bridge plan approved"
      ),
      ("Gazette — Bridge plan approved", "Gazette", nil, "Bridge plan approved"),
      (
        "Why the vote went 9-4 - and what comes next", nil, nil,
        "Why the vote went 9-4 - and what comes next"
      ),
      (
        "Bridge plan approved by council tonight | News | Gazette", nil, nil,
        "Bridge plan approved by council tonight | News"
      ),
      (
        "Bridge plan approved :: Riverside news site", nil, "Bridge plan approved",
        "Bridge plan approved"
      ),
    ] as [(String, String?, String?, String)])
  func stripsSiteNameFromTitles(title: String, site: String?, h1: String?, expected: String) {
    #expect(PageMetadata.strippingSiteName(title, siteName: site, h1: h1) == expected)
  }

  @Test func parsesBrokenHTMLLikeABrowser() {
    let root = MarkupParser.html(
      utf8: Array("<p>One <b>bold<p>Two &amp; &eacute;<br>three<table><tr><td>x".utf8))
    let paragraphs = HTMLTextRenderer().paragraphs(in: root)
    #expect(paragraphs == ["One bold", "Two & é", "three", "x"])
  }

  @Test func ignoresMetaCharsetOfAlreadyDecodedText() {
    let html =
      "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Zürich – “quoted”</p></body></html>"
    let root = MarkupParser.html(utf8: Array(html.utf8))
    #expect(HTMLTextRenderer().paragraphs(in: root) == ["Zürich – “quoted”"])
  }
}
