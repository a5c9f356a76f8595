import Foundation
import Testing

@testable import BriefingKit

@Suite struct UnattendedRunTests {
  /// Monday 2024-05-06 06:31 in Berlin.
  static let morning = Date(timeIntervalSince1970: 1_714_969_860)

  private func setUp(_ scratch: ScheduleScratch) throws -> (UnattendedRun, BriefingSpec) {
    try scratch.write("1", to: "status")
    try scratch.write(
      "#!/bin/sh\ncat >> '\(scratch.path("mailbox").path)'\n"
        + "exit $(cat '\(scratch.path("status").path)')\n",
      to: "bin/deliver", executable: true)
    var config = scheduleConfig(in: scratch.path("config"))
    config.output.keepDays = 7
    var spec = try #require(config.briefing(named: "executive"))
    spec.deliver = [
      .command("'\(scratch.path("bin/deliver").path)'", email: false, to: [], from: nil)
    ]
    var run = UnattendedRun(
      config: config, stateDirectory: scratch.path("state"), lockTimeout: .seconds(0.2))
    run.delivery.environment = ["PATH": "/usr/bin:/bin"]
    return (run, spec)
  }

  private func write(_ scratch: ScheduleScratch, date: String) throws -> UnattendedRun.Production {
    let file = try scratch.write("Briefing of \(date)\n", to: "config/out/\(date)/executive.txt")
    return UnattendedRun.Production(files: [file])
  }

  @Test func producesOncePerDateDeliversRetriesAndCleansUp() async throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let (run, spec) = try setUp(scratch)
    try scratch.write("old", to: "config/out/2024-04-01/executive.txt")
    var produced = 0

    let first = try await run.run(spec, date: "2024-05-06", clock: { Self.morning }) {
      produced += 1
      return try write(scratch, date: "2024-05-06")
    }
    #expect(!first.skipped)
    #expect(first.record?.outcome == .partial)
    #expect(first.exitStatus == .partialFailure)
    #expect(first.delivery.pendingCount == 1)
    #expect(first.retention.removed.map(\.lastPathComponent) == ["2024-04-01"])
    #expect(scratch.exists("config/out/2024-05-06/executive.txt"))

    // Woken again the same morning: nothing is produced twice, the delivery is retried.
    try scratch.write("0", to: "status")
    let second = try await run.run(spec, date: "2024-05-06", clock: { Self.morning }) {
      produced += 1
      return try write(scratch, date: "2024-05-06")
    }
    #expect(second.skipped)
    #expect(second.exitStatus == .success)
    #expect(second.delivery.delivered.count == 1)
    #expect(produced == 1)
    #expect(try scratch.read("mailbox") == "Briefing of 2024-05-06\nBriefing of 2024-05-06\n")

    let forced = try await run.run(spec, date: "2024-05-06", force: true, clock: { Self.morning }) {
      produced += 1
      return try write(scratch, date: "2024-05-06")
    }
    #expect(!forced.skipped && forced.record?.forced == true && forced.exitStatus == .success)
    #expect(produced == 2)
  }

  @Test func aFailedRunIsRecordedAndRunsAgain() async throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let (run, spec) = try setUp(scratch)
    await #expect(throws: BriefingError.self) {
      _ = try await run.run(spec, date: "2024-05-06", clock: { Self.morning }) {
        throw BriefingError(step: .ingest, reason: .source, "every source failed")
      }
    }
    let ledger = RunLedger(stateDirectory: scratch.path("state"))
    #expect(try ledger.lastRun(of: "executive")?.outcome == .failure)
    #expect(try ledger.lastRun(of: "executive")?.message == "every source failed")
    try scratch.write("0", to: "status")
    let again = try await run.run(spec, date: "2024-05-06", clock: { Self.morning }) {
      try write(scratch, date: "2024-05-06")
    }
    #expect(!again.skipped && again.exitStatus == .success)
  }

  @Test func aConcurrentRunOfTheSameBriefingIsLocked() async throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let (run, spec) = try setUp(scratch)
    let holder = try await RunLock(briefing: "executive", stateDirectory: scratch.path("state"))
      .acquire()
    defer { holder.release() }
    await #expect {
      _ = try await run.run(spec, date: "2024-05-06", clock: { Self.morning }) {
        try write(scratch, date: "2024-05-06")
      }
    } throws: { error in
      (error as? BriefingError).map { ExitStatus($0.reason) } == .locked
    }
    #expect(!scratch.exists("config/out/2024-05-06"))
  }

  @Test func localDatesFollowTheConfigZone() {
    // 2024-05-05 23:30 UTC is already Monday in Berlin.
    let late = Date(timeIntervalSince1970: 1_714_951_800)
    #expect(
      UnattendedRun.localDate(late, in: TimeZone(identifier: "Europe/Berlin") ?? .gmt)
        == "2024-05-06")
    #expect(UnattendedRun.localDate(late, in: TimeZone(identifier: "UTC") ?? .gmt) == "2024-05-05")
  }
}
