import Foundation
import Testing

@testable import BriefingKit

/// Throughput of the quote and speaker rules in process, on the shared articles repeated: a
/// benchmark run in a release build with `BRIEFING_BENCH=1`
/// (`BRIEFING_BENCH=1 swift test -c release --filter QuoteThroughputTests`), not a test.
@Suite(
  .enabled(
    if: ProcessInfo.processInfo.environment["BRIEFING_BENCH"] != nil && SharedGold.isPresent,
    "set BRIEFING_BENCH=1"))
struct QuoteThroughputTests {
  @Test func measureQuoteThroughput() throws {
    let megabytes = Int(ProcessInfo.processInfo.environment["BRIEFING_BENCH_MB"] ?? "") ?? 20
    let articles = try FigureThroughputTests.corpus(megabytes: megabytes)
    let mb = Double(articles.reduce(0) { $0 + $1.body.utf8.count }) / 1e6
    let texts = articles.map { ArticleText(title: $0.title, paragraphs: $0.paragraphs) }
    let lexicon = Lexicon.shared
    let tokenizer = Tokenizer(lexicon: lexicon)
    var sink = 0
    let extractor = QuoteExtractor()
    if ProcessInfo.processInfo.environment["BRIEFING_BENCH_ONLY"] == "quotes" {
      // For a profiler: the quote rules alone, a few times over.
      for _ in 0..<5 { for t in texts { sink &+= extractor.quotes(in: t).count } }
      #expect(sink > 0)
      return
    }
    // A reference that tracks how busy the machine is: counting words like `wc -w`.
    let tWords = FigureThroughputTests.seconds {
      for t in texts {
        for p in t.paragraphs {
          var inWord = false
          for c in p.bytes {
            let space = c == 0x20 || c == 0x0A || c == 0x09
            if !space && !inWord { sink &+= 1 }
            inWord = !space
          }
        }
      }
    }
    let tTokens = FigureThroughputTests.seconds {
      for t in texts {
        for p in t.paragraphs {
          sink &+= p.bytes.withUnsafeBufferPointer { tokenizer.tokens(of: $0).count }
        }
      }
    }
    let tParagraphs = FigureThroughputTests.seconds {
      for t in texts {
        var continuing = false
        for (index, p) in t.paragraphs.enumerated() {
          sink &+= p.bytes.withUnsafeBufferPointer {
            QuotedParagraph(index: index, bytes: $0, continuing: &continuing, lexicon: lexicon)
              .spans.count
          }
        }
      }
    }
    let tQuotes = FigureThroughputTests.seconds {
      for t in texts { sink &+= extractor.quotes(in: t).count }
    }
    func line(_ label: String, _ t: Double) -> String {
      FigureThroughputTests.line(label, seconds: t, articles: articles.count, mb: mb, width: 36)
    }
    print(
      """
      quote rules in process: \(articles.count) articles, \(String(format: "%.1f", mb)) MB \
      (CPU time of one thread, best of three)
      \(line("word count (reference)", tWords))
      \(line("Tokenizer", tTokens))
      \(line("QuotedParagraph (tokens + marks)", tParagraphs))
      \(line("QuoteExtractor", tQuotes))
      """)
    #expect(sink > 0)
  }
}
