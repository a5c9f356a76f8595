import Foundation
import Logging
import Testing

@testable import BriefingKit

/// Collects the lines a handler writes.
private final class LineCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [String] = []

  var lines: [String] {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }

  func append(_ line: String) {
    lock.lock()
    stored.append(line)
    lock.unlock()
  }
}

@Suite struct LogFormatTests {
  @Test(arguments: [
    (LogFormat.plain, Logger.Level.info, "info: wrote briefing"),
    (.plain, .warning, "warning: wrote briefing"),
    (.journald, .trace, "<7>wrote briefing"),
    (.journald, .debug, "<7>wrote briefing"),
    (.journald, .info, "<6>wrote briefing"),
    (.journald, .notice, "<5>wrote briefing"),
    (.journald, .warning, "<4>wrote briefing"),
    (.journald, .error, "<3>wrote briefing"),
    (.journald, .critical, "<2>wrote briefing"),
  ])
  func prefixesTheLevel(format: LogFormat, level: Logger.Level, line: String) {
    #expect(format.line(level: level, message: "wrote briefing", metadata: [:]) == line + "\n")
  }

  @Test func metadataFollowsSortedAndQuotedWhereNeeded() {
    let line = LogFormat.plain.line(
      level: .info, message: "wrote briefing",
      metadata: [
        "file": "out dir/2024-05-06/executive.md", "briefing": "executive", "stories": "3",
        "note": "say \"hi\"", "empty": "",
      ])
    #expect(
      line
        == "info: wrote briefing briefing=executive empty=\"\" "
        + "file=\"out dir/2024-05-06/executive.md\" "
        + "note=\"say \\\"hi\\\"\" stories=3\n")
  }

  @Test func anEventIsAlwaysOneLine() {
    let line = LogFormat.journald.line(
      level: .error, message: "source failed:\nline two\tand a bell \u{7}",
      metadata: ["detail": "a\nb"])
    #expect(line == "<3>source failed:\\nline two\\tand a bell \\u{7} detail=a\\nb\n")
    #expect(line.filter { $0 == "\n" }.count == 1)
  }

  @Test func journaldFormatOnlyWhenStandardErrorIsTheJournalStream() {
    let identity = (device: UInt64(64769), inode: UInt64(123456))
    #expect(LogFormat.detect(environment: [:], standardErrorIdentity: identity) == .plain)
    #expect(
      LogFormat.detect(
        environment: ["JOURNAL_STREAM": "64769:123456"], standardErrorIdentity: identity)
        == .journald)
    // Inherited by a child whose stderr was redirected elsewhere: not the journal any more.
    #expect(
      LogFormat.detect(
        environment: ["JOURNAL_STREAM": "64769:999"], standardErrorIdentity: identity)
        == .plain)
    #expect(
      LogFormat.detect(environment: ["JOURNAL_STREAM": "garbage"], standardErrorIdentity: identity)
        == .plain)
  }

  @Test(arguments: [
    (false, false, Logger.Level.info), (true, false, .debug), (false, true, .warning),
  ])
  func verboseAndQuietPickTheLevel(verbose: Bool, quiet: Bool, level: Logger.Level) {
    #expect(LogFormat.level(verbose: verbose, quiet: quiet) == level)
  }

  @Test func aLoggerWritesThroughTheHandlerAtItsLevel() {
    let collector = LineCollector()
    var logger = Logger(label: "briefing") { _ in
      LogFormatHandler(level: .info, format: .journald, sink: { collector.append($0) })
    }
    logger[metadataKey: "briefing"] = "executive"
    logger.debug("not shown")
    logger.info("wrote briefing", metadata: ["file": "out/x.md"])
    logger.warning("source failed", metadata: ["briefing": "analyst"])
    #expect(
      collector.lines == [
        "<6>wrote briefing briefing=executive file=out/x.md\n",
        "<4>source failed briefing=analyst\n",
      ])
  }
}
