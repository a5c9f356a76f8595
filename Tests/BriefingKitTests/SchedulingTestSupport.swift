import Foundation

@testable import BriefingKit

/// A scratch folder for one test; call `remove()` in a `defer`.
struct ScheduleScratch {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("briefing-schedule-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(at: url) }

  func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

  @discardableResult
  func write(_ text: String, to relative: String, executable: Bool = false) throws -> URL {
    let file = path(relative)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
    if executable {
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
    }
    return file
  }

  func read(_ relative: String) throws -> String {
    try String(contentsOf: path(relative), encoding: .utf8)
  }

  func exists(_ relative: String) -> Bool {
    (try? FileManager.default.attributesOfItem(atPath: path(relative).path)) != nil
  }

  /// A fake `systemctl` that appends its arguments to `systemctl.log` and exits with `status`
  /// (printing `message` to stderr when it fails); `is-enabled`/`is-active` answer yes.
  func fakeSystemctl(status: Int = 0, message: String = "") throws -> URL {
    let log = path("systemctl.log").path
    return try write(
      """
      #!/bin/sh
      echo "$*" >> '\(log)'
      case "$*" in
        *is-enabled*) echo enabled; exit 0 ;;
        *is-active*) echo active; exit 0 ;;
      esac
      if [ \(status) -ne 0 ]; then echo '\(message)' >&2; fi
      exit \(status)

      """, to: "tools/systemctl", executable: true)
  }

  /// The lines the fake `systemctl` was called with.
  func systemctlCalls() -> [String] {
    ((try? read("systemctl.log")) ?? "").split(separator: "\n").map(String.init)
  }
}

/// The real `systemd-analyze`, when installed.
let installedSystemdAnalyze = SystemdTools(environment: ProcessInfo.processInfo.environment)
  .systemdAnalyze

/// A configuration file at `folder/briefings.yaml` with two scheduled briefings and one not.
func scheduleConfig(in folder: URL, timezone: String = "Europe/Berlin") -> BriefingConfig {
  BriefingConfig(
    timezone: TimeZone(identifier: timezone) ?? .gmt,
    output: OutputSpec(directory: "out", keepDays: 14),
    sources: [SourceSpec(name: "local", kind: .directory, path: "articles")],
    briefings: [
      BriefingSpec(name: "executive", title: "Executive briefing", schedule: "Mon..Fri 06:30"),
      BriefingSpec(name: "analyst", title: "Analyst briefing", schedule: "Sat,Sun 08:00 UTC"),
      BriefingSpec(name: "adhoc", title: "Ad hoc briefing"),
    ],
    file: folder.appendingPathComponent("briefings.yaml"))
}

/// Compares `text` with `Golden/scheduling/<name>`; `UPDATE_GOLDENS=1` rewrites the file.
func scheduleGolden(_ name: String, filePath: String = #filePath) throws -> (
  expected: String, update: (String) throws -> Void
) {
  let golden = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/scheduling/\(name)")
  let update: (String) throws -> Void = { text in
    if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(
        at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: golden)
    }
  }
  let expected = (try? String(contentsOf: golden, encoding: .utf8)) ?? ""
  return (expected, update)
}
