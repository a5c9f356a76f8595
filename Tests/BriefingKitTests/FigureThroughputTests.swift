import Foundation
import Testing

@testable import BriefingKit

/// Throughput of the extraction module in process, without file reading or JSON: a benchmark
/// that `scripts/bench` runs in a release build (`BRIEFING_BENCH=1`), not part of the test run.
@Suite(
  .enabled(
    if: ProcessInfo.processInfo.environment["BRIEFING_BENCH"] != nil && SharedGold.isPresent,
    "set BRIEFING_BENCH=1 (scripts/bench)"))
struct FigureThroughputTests {
  /// The shared articles repeated to about `megabytes` MB, each copy's paragraphs rotated so
  /// no two neighbours are the same.
  static func corpus(megabytes: Int) throws -> [Article] {
    let dir = SharedGold.directory.appendingPathComponent("articles")
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    let parser = ArticleFileParser()
    let base = try files.flatMap {
      try parser.articles(at: dir.appendingPathComponent($0), source: "bench")
    }
    var articles: [Article] = []
    var bytes = 0
    var round = 0
    while bytes < megabytes * 1_000_000 {
      for var a in base {
        if a.paragraphs.count > 2 {
          let k = round % (a.paragraphs.count - 1)
          a.paragraphs =
            [a.paragraphs[0]] + Array(a.paragraphs[1...].dropFirst(k))
            + Array(a.paragraphs[1...].prefix(k))
        }
        bytes += a.body.utf8.count
        articles.append(a)
      }
      round += 1
    }
    return articles
  }

  /// CPU seconds of the calling thread spent in `body`: on a machine shared with other work,
  /// wall time says more about the neighbours than about the code.
  /// The best of three runs.
  static func seconds(_ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<3 {
      let start = threadCPU()
      body()
      best = min(best, threadCPU() - start)
    }
    return best
  }

  static func threadCPU() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  static func processCPU() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  /// One line of a throughput table: the label padded to `width`, then seconds, articles per
  /// second and MB per second.
  static func line(_ label: String, seconds t: Double, articles: Int, mb: Double, width: Int)
    -> String
  {
    label + String(repeating: " ", count: max(0, width - label.count))
      + String(format: "%7.3f s %9.0f art/s %8.1f MB/s", t, Double(articles) / t, mb / t)
  }

  @Test func measureExtractionThroughput() async throws {
    let articles = try Self.corpus(megabytes: 40)
    let mb = Double(articles.reduce(0) { $0 + $1.body.utf8.count }) / 1e6
    let texts = articles.map { ArticleText(title: $0.title, paragraphs: $0.paragraphs) }
    let figures = FigureExtractor()
    let lede = LedeExtractor()
    let extractor = Extractor()
    var sink = 0
    let tText = Self.seconds {
      for a in articles {
        sink &+= ArticleText(title: a.title, paragraphs: a.paragraphs).paragraphs.count
      }
    }
    let tokenizer = FigureTokenizer()
    var tokens: [FigureToken] = []
    let tTokens = Self.seconds {
      for t in texts {
        for p in t.paragraphs {
          p.bytes.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
          sink &+= tokens.count
        }
      }
    }
    let tFigures = Self.seconds {
      for t in texts { sink &+= figures.figures(in: t, published: nil).count }
    }
    let tLede = Self.seconds { for t in texts { sink &+= lede.lede(of: t).count } }
    let tAll = Self.seconds {
      for a in articles { sink &+= extractor.extract(from: a).figures.count }
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = Self.processCPU()
    let chunks = stride(from: 0, to: articles.count, by: (articles.count + cores - 1) / cores).map {
      Array(articles[$0..<min($0 + (articles.count + cores - 1) / cores, articles.count)])
    }
    let counts = await withTaskGroup(of: Int.self) { group in
      for chunk in chunks {
        group.addTask { chunk.reduce(0) { $0 + extractor.extract(from: $1).figures.count } }
      }
      return await group.reduce(0, +)
    }
    let tParallel = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let cpuParallel = Self.processCPU() - cpuStart
    sink &+= counts
    func line(_ label: String, _ t: Double) -> String {
      FigureThroughputTests.line(label, seconds: t, articles: articles.count, mb: mb, width: 44)
    }
    print(
      """
      extraction module in process: \(articles.count) articles, \(String(format: "%.1f", mb)) MB \
      (CPU time of one thread; the last line is wall time over \(cores) threads, \
      \(String(format: "%.2f", cpuParallel)) s of CPU)
      \(line("ArticleText (sentence split)", tText))
      \(line("FigureTokenizer (part of FigureExtractor)", tTokens))
      \(line("FigureExtractor", tFigures))
      \(line("LedeExtractor", tLede))
      \(line("Extractor.extract (1 core)", tAll))
      \(line("Extractor.extract (\(cores) cores)", tParallel))
      """)
    #expect(sink > 0)
  }
}
