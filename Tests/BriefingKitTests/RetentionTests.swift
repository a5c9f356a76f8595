import Foundation
import Testing

@testable import BriefingKit

@Suite struct RetentionTests {
  @Test func removesOnlyOldDateFoldersOfBriefingFiles() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let out = "out"
    for folder in [
      "2024-04-01", "2024-04-29", "2024-04-30", "2024-05-01", "2024-05-06", "2024-05-07",
      "executive/2024-04-01", "executive/2024-05-05",
    ] {
      try scratch.write("# Briefing\n", to: "\(out)/\(folder)/executive.md")
      try scratch.write("Briefing\n", to: "\(out)/\(folder)/executive.txt")
    }
    try scratch.write("notes", to: "\(out)/notes/2024-01-01.txt")
    try scratch.write("x", to: "\(out)/2024-13-01/executive.md")
    try scratch.write("x", to: "\(out)/2023-02-29/executive.md")
    try scratch.write("x", to: "\(out)/archive-2024-04-01/executive.md")
    try scratch.write("x", to: "\(out)/2024-04-02.md")
    try scratch.write("x", to: "\(out)/2024-04-03/photo.jpg")
    try scratch.write("x", to: "\(out)/2024-04-03/executive.md")
    try scratch.write("keep me", to: "elsewhere/precious.txt")
    try FileManager.default.createSymbolicLink(
      at: scratch.path("\(out)/2024-03-01"), withDestinationURL: scratch.path("elsewhere"))

    let report = try Retention(keepDays: 7).sweep(scratch.path(out), today: "2024-05-06")

    // Seven days kept: 2024-04-30 to 2024-05-06; 2024-04-29 is seven days old.
    #expect(
      report.removed.map(\.lastPathComponent) == ["2024-04-01", "2024-04-29", "2024-04-01"])
    #expect(
      report.removed.map { $0.path.hasSuffix("executive/2024-04-01") } == [false, false, true])
    for kept in [
      "2024-04-30", "2024-05-01", "2024-05-06", "2024-05-07", "executive/2024-05-05", "notes",
      "2024-13-01", "2023-02-29", "archive-2024-04-01", "2024-04-02.md", "2024-04-03",
      "2024-03-01",
    ] {
      #expect(scratch.exists("\(out)/\(kept)"), "\(kept) was removed")
    }
    #expect(try scratch.read("elsewhere/precious.txt") == "keep me")
    #expect(
      report.kept.map(\.message) == [
        "kept old briefing folder \(scratch.path("\(out)/2024-04-03").path): it holds 'photo.jpg'"
      ])
  }

  @Test func aMissingOutputFolderIsNothingToDo() throws {
    let report = try Retention(keepDays: 3).sweep(
      URL(fileURLWithPath: "/nonexistent/briefing-out"), today: "2024-05-06")
    #expect(report.removed.isEmpty && report.kept.isEmpty)
  }

  @Test(arguments: [
    ("2024-02-29", true), ("2023-02-29", false), ("2024-04-31", false), ("2024-12-31", true),
    ("2024-00-10", false), ("24-01-01", false), ("2024-1-01", false), ("2024_01_01", false),
    ("２０２４-01-01", false),
  ])
  func dateNamesMustBeRealDates(name: String, valid: Bool) {
    #expect((Retention.dayNumber(name) != nil) == valid)
  }

  @Test func dayNumbersCountDays() {
    #expect(Retention.dayNumber("1970-01-01") == 0)
    #expect(
      Retention.dayNumber("2024-03-01").map { $0 - (Retention.dayNumber("2024-02-28") ?? 0) } == 2)
  }
}
