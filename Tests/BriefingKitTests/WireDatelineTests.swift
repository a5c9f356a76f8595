import Testing

@testable import BriefingKit

/// The wire dateline that opens a story's first paragraph, found over bytes.
@Suite struct WireDatelineTests {
  /// What `WireDateline.find` reads in `paragraph`, as strings: place, agency and the text after.
  static func dateline(_ paragraph: String) -> (place: String, agency: String?, text: String)? {
    let bytes = Array(paragraph.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      guard let found = WireDateline.find(in: buffer) else { return nil }
      func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
      }
      return (
        string(found.place), found.agency.map(string), string(found.end..<buffer.count)
      )
    }
  }

  @Test(
    arguments: [
      // An upper-case place, with a region, a date and an agency or not.
      ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON", "AP", "The Senate voted."),
      ("KYIV, Ukraine (AP) — Sirens sounded.", "KYIV, Ukraine", "AP", "Sirens sounded."),
      ("KYIV, Ukraine — Sirens sounded.", "KYIV, Ukraine", nil, "Sirens sounded."),
      ("LONDON, Feb 23 (Reuters) - Shares fell.", "LONDON", "Reuters", "Shares fell."),
      ("NEW YORK, Nov 20 (Reuters) - Sales rose 5%.", "NEW YORK", "Reuters", "Sales rose 5%."),
      ("NEW YORK — Stocks rose on Monday.", "NEW YORK", nil, "Stocks rose on Monday."),
      ("WASHINGTON (Reuters) - The Senate voted.", "WASHINGTON", "Reuters", "The Senate voted."),
      ("LONDON — Shares fell.", "LONDON", nil, "Shares fell."),
      ("KABUL, Afghanistan (AP) — Girls met.", "KABUL, Afghanistan", "AP", "Girls met."),
      ("WILKES-BARRE, Pa. - About 300 left.", "WILKES-BARRE, Pa.", nil, "About 300 left."),
      ("ST. LOUIS – Voters went.", "ST. LOUIS", nil, "Voters went."),
      ("SÃO PAULO (Reuters) - Brazil's real fell.", "SÃO PAULO", "Reuters", "Brazil's real fell."),
      ("BERLIN (dpa) - Der Bundestag hat.", "BERLIN", "dpa", "Der Bundestag hat."),
      ("MANILA (The Borneo Post) — Rain fell.", "MANILA", "The Borneo Post", "Rain fell."),
      (
        "SAN FRANCISCO, Nov. 20, 2023 /PRNewswire/ -- Acme said.", "SAN FRANCISCO", "PRNewswire",
        "Acme said."
      ),
      ("WASHINGTON— The Senate voted.", "WASHINGTON", nil, "The Senate voted."),
      ("WASHINGTON (AP)- The Senate voted.", "WASHINGTON", "AP", "The Senate voted."),
      ("WASHINGTON, D.C.- The Senate voted.", "WASHINGTON, D.C.", nil, "The Senate voted."),
      // The capitalised Wikinews form: a place with a region, or with an agency.
      (
        "Evansville, Indiana, United States - This past week marked the opening.",
        "Evansville, Indiana, United States", nil, "This past week marked the opening."
      ),
      ("Kabul, Afghanistan – Girls met.", "Kabul, Afghanistan", nil, "Girls met."),
      ("Douglas, Isle of Man - Voters went.", "Douglas, Isle of Man", nil, "Voters went."),
      ("Kabul, Afghanistan, Nov 20 - Girls met.", "Kabul, Afghanistan", nil, "Girls met."),
      ("London (Reuters) - Shares fell.", "London", "Reuters", "Shares fell."),
      ("Łódź, Poland - Voters went.", "Łódź, Poland", nil, "Voters went."),
      ("ŁÓDŹ (PAP) - Voters went.", "ŁÓDŹ", "PAP", "Voters went."),
    ] as [(String, String, String?, String)])
  func findsADateline(paragraph: String, place: String, agency: String?, text: String) throws {
    let found = try #require(Self.dateline(paragraph))
    #expect(found.place == place)
    #expect(found.agency == agency)
    #expect(found.text == text)
  }

  @Test(arguments: [
    // Sentences with a dash in them.
    "The Senate voted on Tuesday — after a long debate.",
    "The plan — which the council backed in May — will cost 2 million pounds.",
    "Officials said the road would reopen soon - perhaps within weeks - once it is repaired.",
    "NATO allies agreed on 2 percent - a long-held goal.",
    "U.S. stocks fell 3% - the biggest drop in May 2020.",
    "NASA (the space agency) — which is based in Washington — said so.",
    "A cross-sectional survey of 3217 schoolchildren - the largest yet - found a deficiency.",
    "COVID-19 — the disease the virus causes — spread.",
    // Capitalised words alone, or a sentence's opening word, before a dash.
    "Group F — Sweden 3–0 Korea Republic",
    "Prime Minister Boris Johnson — who had resigned — spoke.",
    "However, President Biden — who won in 2020 — said so.",
    // No dash, no text after it, or the dash too far in.
    "On February 23, 2023, the talks began.",
    "WASHINGTON (AP) —",
    "WASHINGTON" + String(repeating: " ", count: 120) + "— The Senate voted.",
    // A quotation, or an agency that is a sentence.
    "“We will rebuild,” the mayor said — and then left.",
    "LONDON (the capital) — Shares fell.",
    // Letters whose case is not told count for no place.
    "Он сказал — это конец.",
  ])
  func findsNoDatelineInASentence(paragraph: String) {
    #expect(Self.dateline(paragraph) == nil)
  }

  /// The article's opening paragraph, the first or the first after short head lines, keeps
  /// where its text starts after the dateline; no other paragraph has one.
  @Test(
    arguments: [
      (["WASHINGTON (AP) — The Senate voted.", "LONDON — Shares fell."], 0, "The Senate voted."),
      (
        ["Tuesday, January 64, 2092", "Evansville, Indiana, United States - This week it opened."],
        1, "This week it opened."
      ),
      (["By Jane Smith, Staff Reporter", "KYIV, Ukraine — Sirens sounded."], 1, "Sirens sounded."),
      (
        [
          "The council voted on Tuesday to close the old bridge to all traffic for two years.",
          "LONDON — Shares fell.",
        ], nil, ""
      ),
      (["The plan — which the council backed — will cost 2 million pounds."], nil, ""),
    ] as [([String], Int?, String)])
  func articleTextKeepsTheOpeningDateline(paragraphs: [String], index: Int?, text: String) {
    let article = ArticleText(title: "Test", paragraphs: paragraphs)
    for (i, paragraph) in article.paragraphs.enumerated() {
      if i == index {
        #expect(paragraph.string(paragraph.datelineEnd..<paragraph.bytes.count) == text)
      } else {
        #expect(paragraph.datelineEnd == 0)
      }
    }
  }
}
