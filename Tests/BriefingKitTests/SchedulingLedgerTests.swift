import Foundation
import Testing

@testable import BriefingKit

@Suite struct RunLedgerTests {
  let start = Date(timeIntervalSince1970: 1_714_977_000)

  @Test func aDateCountsAsDoneOnlyAfterABriefingWasProduced() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let ledger = RunLedger(stateDirectory: scratch.url)
    #expect(try !ledger.hasCompleted(briefing: "executive", date: "2024-05-06"))
    try ledger.recordFailure(
      briefing: "executive", date: "2024-05-06", message: "every source failed", startedAt: start,
      finishedAt: start)
    #expect(try !ledger.hasCompleted(briefing: "executive", date: "2024-05-06"))
    try ledger.recordSuccess(
      briefing: "executive", date: "2024-05-06", files: [URL(fileURLWithPath: "/out/x.md")],
      startedAt: start, finishedAt: start, partial: "source 'wire' failed")
    #expect(try ledger.hasCompleted(briefing: "executive", date: "2024-05-06"))
    #expect(try !ledger.hasCompleted(briefing: "executive", date: "2024-05-07"))
    #expect(try !ledger.hasCompleted(briefing: "analyst", date: "2024-05-06"))
    let last = try #require(try ledger.lastRun(of: "executive"))
    #expect(last.outcome == .partial)
    #expect(last.message == "source 'wire' failed")
    #expect(last.files == ["/out/x.md"])
    #expect(try ledger.runs(of: "executive").map(\.outcome) == [.failure, .partial])
  }

  /// What the pipeline does with the ledger: a missed morning is produced once on wake
  /// (systemd's `Persistent=true` may start the unit again), never twice; `--force` regenerates.
  @Test func aMissedMorningIsProducedOnceAndForceRegenerates() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let ledger = RunLedger(stateDirectory: scratch.url)
    var produced = 0
    func run(date: String, force: Bool = false) throws {
      let lock = RunLock(briefing: "executive", stateDirectory: scratch.url)
      try lock.withLock {
        if try ledger.hasCompleted(briefing: "executive", date: date) && !force { return }
        produced += 1
        try ledger.recordSuccess(
          briefing: "executive", date: date, files: [], startedAt: start, forced: force)
      }
    }
    try run(date: "2024-05-06")  // on wake, after the missed 06:30
    try run(date: "2024-05-06")  // the timer again, or a second wake
    #expect(produced == 1)
    try run(date: "2024-05-07")
    #expect(produced == 2)
    try run(date: "2024-05-07", force: true)
    #expect(produced == 3)
    #expect(try ledger.lastRun(of: "executive")?.forced == true)
  }

  @Test func theLedgerIsJSONPerBriefingAndKeepsTheNewestRecords() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let ledger = RunLedger(stateDirectory: scratch.url, capacity: 3)
    for day in 1...5 {
      try ledger.recordSuccess(
        briefing: "executive", date: "2024-05-0\(day)", files: [], startedAt: start,
        finishedAt: start)
    }
    #expect(
      try ledger.runs(of: "executive").map(\.date) == ["2024-05-03", "2024-05-04", "2024-05-05"])
    let text = try scratch.read("runs/executive.json")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["version"] as? Int == 1)
    #expect((object["runs"] as? [[String: Any]])?.first?["started_at"] == nil)
    #expect(text.contains("\"startedAt\" : \"2024-05-06T06:30:00Z\""))
    // No temporary files are left behind by the atomic writes.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: scratch.path("runs").path) == [
        "executive.json"
      ])
  }

  @Test func aDamagedLedgerIsAClearError() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    try scratch.write("{not json", to: "runs/executive.json")
    let ledger = RunLedger(stateDirectory: scratch.url)
    #expect {
      try ledger.hasCompleted(briefing: "executive", date: "2024-05-06")
    } throws: { error in
      let error = error as? BriefingError
      return error?.reason == .unreadable
        && error?.diagnostics.first?.message.hasPrefix(
          "cannot read the run ledger \(scratch.path("runs/executive.json").path): ") == true
    }
  }

  @Test func stateFolderFollowsConfigSystemdAndXDG() {
    let folder = URL(fileURLWithPath: "/srv/briefing")
    var config = scheduleConfig(in: folder)
    #expect(
      StateDirectory.url(
        for: config, environment: ["STATE_DIRECTORY": "/var/lib/briefing", "HOME": "/home/a"]
      ).path
        == "/var/lib/briefing")
    #expect(
      StateDirectory.url(
        for: config, environment: ["XDG_STATE_HOME": "/home/a/st", "HOME": "/home/a"]
      ).path
        == "/home/a/st/briefing")
    #expect(
      StateDirectory.url(for: config, environment: ["HOME": "/home/a"]).path
        == "/home/a/.local/state/briefing")
    config.state.directory = "state"
    #expect(
      StateDirectory.url(for: config, environment: ["STATE_DIRECTORY": "/var/lib/briefing"]).path
        == "/srv/briefing/state")
  }
}
