import Foundation
import Testing

@testable import BriefingKit

@Suite struct BriefingStateTests {
  let now = Date(timeIntervalSince1970: 1_764_000_000)

  func article(_ id: String, publishedHoursAgo: Double?) -> Article {
    Article(
      id: id, title: id, source: "Wire",
      published: publishedHoursAgo.map { now.addingTimeInterval(-$0 * 3600) }, paragraphs: ["x"],
      origin: id)
  }

  @Test func firstRunTakesOnlyItemsInsideTheWindow() {
    let state = BriefingState()
    #expect(
      state.isNew(
        article("a", publishedHoursAgo: 2), from: "w", date: "2025-11-24", now: now,
        window: .hours(24)))
    #expect(
      !state.isNew(
        article("b", publishedHoursAgo: 30), from: "w", date: "2025-11-24", now: now,
        window: .hours(24)))
    #expect(
      state.isNew(
        article("c", publishedHoursAgo: nil), from: "w", date: "2025-11-24", now: now,
        window: .hours(24)))
  }

  @Test func laterRunsShowOnlyWhatIsNewAndRegeneratingADateRepeatsIt() {
    var state = BriefingState()
    let a = article("a", publishedHoursAgo: 2)
    state.recordSuccess(
      date: "2025-11-24", now: now, articles: [("w", a, true)], succeededSources: ["w"])
    let tomorrow = now.addingTimeInterval(86_400)
    // Old news the next day.
    #expect(!state.isNew(a, from: "w", date: "2025-11-25", now: tomorrow, window: .hours(24)))
    // The same date regenerated (--force) shows it again.
    #expect(state.isNew(a, from: "w", date: "2025-11-24", now: now, window: .hours(24)))
    // A new item, even one with an old date, is new after the first run.
    #expect(
      state.isNew(
        article("old", publishedHoursAgo: 100), from: "w", date: "2025-11-25", now: tomorrow,
        window: .hours(24)))
  }

  @Test func aFailedSourceIsNotAdvanced() {
    var state = BriefingState()
    state.recordSuccess(
      date: "2025-11-24", now: now,
      articles: [
        ("ok", article("a", publishedHoursAgo: 1), true),
        ("down", article("b", publishedHoursAgo: 1), true),
      ],
      succeededSources: ["ok"])
    #expect(state.sources["ok"]?.lastSuccess == now)
    #expect(state.sources["down"] == nil)
  }

  @Test func storeRoundTripsAndPrunes() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: dir) }
    let store = StateStore(directory: dir)
    #expect(try store.load("exec") == BriefingState())
    var state = BriefingState()
    state.recordSuccess(
      date: "2025-11-24", now: now, articles: [("w", article("a", publishedHoursAgo: 1), true)],
      succeededSources: ["w"])
    try store.save(state, for: "exec")
    #expect(try store.load("exec") == state)
    state.prune(before: now.addingTimeInterval(1))
    #expect(state.sources["w"]?.items.isEmpty == true)
  }

  @Test func unreadableStateNamesTheFile() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    try Data("{not json".utf8).write(to: dir.appendingPathComponent("exec.state.json"))
    #expect(throws: BriefingError.self) { try StateStore(directory: dir).load("exec") }
  }
}
