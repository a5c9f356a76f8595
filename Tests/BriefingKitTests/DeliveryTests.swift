import Foundation
import Testing

@testable import BriefingKit

@Suite struct DeliveryTests {
  /// Monday 2024-05-06 06:31:00 in Berlin.
  let now = Date(timeIntervalSince1970: 1_714_969_860)
  let markdown = """
    # Exécutive briefing — 2024-05-06

    ## [Talks resume in Geneva](https://example.org/geneva?a=1&b=2)

    *Reuters*, 6 May

    > “We are closer than ever,” she said.
    >
    > — Jane Doe, foreign minister

    - 3 rounds of talks
    - $2.5 billion in aid

    """
  let text = """
    EXÉCUTIVE BRIEFING — 2024-05-06

    Talks resume in Geneva
    https://example.org/geneva?a=1&b=2
    .
    From the desk: “We are closer than ever,” she said. — Jane Doe, foreign minister
    A line that is long enough to need a soft break in quoted-printable, \
    because it goes on = and on.

    """

  /// Writes the briefing files and a fake sendmail that records its arguments, stdin and
  /// environment, then exits with the status in `status` (a file, so a test can change it).
  private func setUp(_ scratch: ScheduleScratch) throws -> (DeliveryItem, Delivery) {
    let md = try scratch.write(markdown, to: "config/out/2024-05-06/executive.md")
    let txt = try scratch.write(text, to: "config/out/2024-05-06/executive.txt")
    try scratch.write("0", to: "status")
    try scratch.write(
      """
      #!/bin/sh
      n=$(($(cat '\(scratch.url.path)/calls' 2>/dev/null || echo 0) + 1))
      echo $n > '\(scratch.url.path)/calls'
      printf '%s\\n' "$@" > '\(scratch.url.path)/args'
      cat > '\(scratch.url.path)/stdin.'$n
      env | grep '^BRIEFING_' | sort > '\(scratch.url.path)/env'
      pwd > '\(scratch.url.path)/pwd'
      status=$(cat '\(scratch.url.path)/status')
      if [ "$status" != 0 ]; then echo "mail server down" >&2; fi
      exit $status

      """, to: "bin/sendmail", executable: true)
    let item = DeliveryItem(
      briefing: "executive", title: "Exécutive briefing", date: "2024-05-06", files: [md, txt],
      outputDirectory: scratch.path("config/out"))
    let delivery = Delivery(
      config: scheduleConfig(in: scratch.path("config")), stateDirectory: scratch.path("state"),
      environment: ["PATH": "\(scratch.path("bin").path):/usr/bin:/bin"], timeout: .seconds(5),
      host: "news.example.org")
    return (item, delivery)
  }

  @Test func plainDeliveryPipesTheTextIntoTheCommand() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let (item, delivery) = try setUp(scratch)
    let report = try delivery.deliver(
      item, to: [.command("sendmail -i someone@example.org", email: false, to: [], from: nil)],
      now: now)
    #expect(
      report.delivered == ["command 'sendmail -i someone@example.org' of executive 2024-05-06"])
    #expect(!report.hasFailures)
    #expect(try scratch.read("stdin.1") == text)
    #expect(try scratch.read("args") == "-i\nsomeone@example.org\n")
    #expect(try scratch.read("pwd") == scratch.path("config").path + "\n")
    let md = scratch.path("config/out/2024-05-06/executive.md").path
    let txt = scratch.path("config/out/2024-05-06/executive.txt").path
    #expect(
      try scratch.read("env") == """
        BRIEFING_DATE=2024-05-06
        BRIEFING_MARKDOWN=\(md)
        BRIEFING_NAME=executive
        BRIEFING_TEXT=\(txt)
        BRIEFING_TITLE=Exécutive briefing

        """)
  }

  @Test func emailDeliveryIsAMultipartMIMEMessage() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let (item, delivery) = try setUp(scratch)
    _ = try delivery.deliver(
      item,
      to: [
        .command(
          "sendmail -t -i", email: true, to: ["Zoë Day <zoe@example.org>", "ops@example.org"],
          from: "Briefing <briefing@example.org>")
      ], now: now)
    let message = try scratch.read("stdin.1")
    let (head, body) = try #require(split(message))
    let headers = parseHeaders(head)
    #expect(headers["From"] == "Briefing <briefing@example.org>")
    #expect(decodeWords(headers["To"] ?? "") == "Zoë Day <zoe@example.org>, ops@example.org")
    #expect(decodeWords(headers["Subject"] ?? "") == "Exécutive briefing, Monday 6 May 2024")
    #expect(headers["Subject"]?.hasPrefix("=?UTF-8?B?") == true)
    #expect(headers["Date"] == "Mon, 06 May 2024 06:31:00 +0200")
    #expect(headers["MIME-Version"] == "1.0")
    let messageID = try #require(headers["Message-ID"])
    #expect(
      messageID.hasPrefix("<briefing.executive.2024-05-06.")
        && messageID.hasSuffix("@news.example.org>"))
    let contentType = try #require(headers["Content-Type"])
    #expect(contentType.hasPrefix("multipart/alternative; boundary=\""))
    let boundary = String(contentType.split(separator: "\"")[1])

    let parts = body.components(separatedBy: "--\(boundary)")
    #expect(parts.count == 4)  // preamble, plain, html, closing
    #expect(parts.last == "--\n")
    let (plainHead, plainBody) = try #require(split(String(parts[1].dropFirst())))
    #expect(parseHeaders(plainHead)["Content-Type"] == "text/plain; charset=utf-8")
    #expect(parseHeaders(plainHead)["Content-Transfer-Encoding"] == "quoted-printable")
    #expect(decodeQuotedPrintable(String(plainBody.dropLast())) == text)
    #expect(plainBody.split(separator: "\n").allSatisfy { $0.count <= 76 })

    let (htmlHead, htmlBody) = try #require(split(String(parts[2].dropFirst())))
    #expect(parseHeaders(htmlHead)["Content-Type"] == "text/html; charset=utf-8")
    let html = decodeQuotedPrintable(String(htmlBody.dropLast()))
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">"))
    #expect(html.contains("<h1>Exécutive briefing — 2024-05-06</h1>"))
    #expect(
      html.contains(
        "<h2><a href=\"https://example.org/geneva?a=1&amp;b=2\">Talks resume in Geneva</a></h2>"))
    #expect(
      html.contains(
        "<blockquote>\n<p>“We are closer than ever,” she said.</p>\n"
          + "<p>— Jane Doe, foreign minister</p>\n</blockquote>"
      ))
    #expect(html.contains("<ul>\n<li>3 rounds of talks</li>\n<li>$2.5 billion in aid</li>\n</ul>"))
  }

  @Test func quotedPrintableProtectsDotsAndFromLines() {
    let encoded = EmailMessage.quotedPrintable(".\nFrom here\nFrom\nend = trailing \nnaïve")
    #expect(encoded == "=2E\n=46rom here\nFrom\nend =3D trailing=20\nna=C3=AFve")
  }

  @Test func longHeadersAreFoldedIntoShortEncodedWords() {
    let subject = String(repeating: "Übersicht der Nachrichten ", count: 4)
    let encoded = EmailMessage.encodeHeader(subject)
    let words = encoded.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(words.count > 1)
    #expect(words.allSatisfy { $0.count <= 75 && $0.hasPrefix("=?UTF-8?B?") })
    #expect(decodeWords(encoded) == subject)
    #expect(
      EmailMessage.encodeHeader("Plain\r\nBcc: evil@example.org") == "Plain  Bcc: evil@example.org")
  }

  @Test func aFailedDeliveryIsKeptAndRetriedOnTheNextRun() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let (item, delivery) = try setUp(scratch)
    let spec = DeliverySpec.command("sendmail -t", email: true, to: ["ops@example.org"], from: nil)
    try scratch.write("75", to: "status")

    let first = try delivery.deliver(item, to: [spec], now: now)
    #expect(first.delivered.isEmpty)
    #expect(
      first.failures.map(\.message) == [
        "email via 'sendmail -t' of executive 2024-05-06 failed: exit status 75: mail server down"
      ])
    #expect(first.pendingCount == 1)
    #expect(scratch.exists("config/out/2024-05-06/executive.md"))
    let pending = try DeliveryQueue(stateDirectory: scratch.path("state")).pending(for: "executive")
    #expect(pending.map(\.attempts) == [1])
    #expect(pending.first?.lastError == "exit status 75: mail server down")

    // The next morning's run: the mail server is back.
    try scratch.write("0", to: "status")
    let tomorrow = DeliveryItem(
      briefing: "executive", title: item.title, date: "2024-05-07", files: item.files,
      outputDirectory: item.outputDirectory)
    let second = try delivery.deliver(tomorrow, to: [spec], now: now.addingTimeInterval(86_400))
    #expect(
      second.delivered == [
        "email via 'sendmail -t' of executive 2024-05-06 (retry 2)",
        "email via 'sendmail -t' of executive 2024-05-07",
      ])
    #expect(second.pendingCount == 0)
    #expect(!scratch.exists("state/deliveries/executive.json"))
    #expect(try scratch.read("calls") == "3\n")
    let retried = try scratch.read("stdin.2")
    #expect(retried.contains("Subject: =?UTF-8?B?"))
    // Without `from:` the command fills in the sender.
    #expect(!retried.contains("\nFrom: ") && !retried.hasPrefix("From: "))
    #expect(retried.hasPrefix("To: ops@example.org\n"))
  }

  @Test func retryPendingWorksWithoutANewBriefing() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let (item, delivery) = try setUp(scratch)
    try scratch.write("1", to: "status")
    _ = try delivery.deliver(
      item, to: [.command("sendmail", email: false, to: [], from: nil)], now: now)
    let stillFailing = try delivery.retryPending(for: "executive", now: now.addingTimeInterval(60))
    #expect(stillFailing.failures.count == 1)
    #expect(
      try DeliveryQueue(stateDirectory: scratch.path("state")).pending(for: "executive").first?
        .attempts == 2)
    try scratch.write("0", to: "status")
    let report = try delivery.retryPending(for: "executive", now: now.addingTimeInterval(120))
    #expect(report.delivered == ["command 'sendmail' of executive 2024-05-06 (retry 3)"])
    #expect(try delivery.retryPending(for: "executive") == DeliveryReport())
  }

  @Test func aHangingCommandTimesOut() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    var (item, delivery) = try setUp(scratch)
    delivery.timeout = .seconds(0.5)
    let started = Date()
    let report = try delivery.deliver(
      item, to: [.command("sleep 30", email: false, to: [], from: nil)], now: now)
    #expect(Date().timeIntervalSince(started) < 10)
    #expect(report.failures.first?.message.hasSuffix("failed: timed out after 0.5s") == true)
    #expect(report.pendingCount == 1)
  }

  @Test func oldOrOrphanedPendingDeliveriesAreGivenUpLoudly() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let (item, delivery) = try setUp(scratch)
    try scratch.write("1", to: "status")
    let spec = DeliverySpec.command("sendmail", email: false, to: [], from: nil)
    _ = try delivery.deliver(item, to: [spec], now: now)
    let week = try delivery.retryPending(for: "executive", now: now.addingTimeInterval(8 * 86_400))
    #expect(week.abandoned.count == 1)
    #expect(week.abandoned.first?.message.contains("after 2 attempts over 1w") == true)
    #expect(week.pendingCount == 0)

    _ = try delivery.deliver(item, to: [spec], now: now)
    try FileManager.default.removeItem(at: scratch.path("config/out/2024-05-06"))
    let gone = try delivery.retryPending(for: "executive", now: now.addingTimeInterval(60))
    #expect(gone.abandoned.first?.message.contains("its files are gone") == true)
    #expect(gone.hasFailures)
  }

  @Test func copyToCopiesTheFilesKeepingTheirDatedPaths() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let (item, delivery) = try setUp(scratch)
    try scratch.write("old", to: "config/shared/2024-05-06/executive.md")
    let report = try delivery.deliver(item, to: [.copy(to: "shared")], now: now)
    #expect(report.delivered == ["copy to shared of executive 2024-05-06"])
    #expect(try scratch.read("config/shared/2024-05-06/executive.md") == markdown)
    #expect(try scratch.read("config/shared/2024-05-06/executive.txt") == text)
    #expect(
      try FileManager.default.contentsOfDirectory(
        atPath: scratch.path("config/shared/2024-05-06").path
      )
      .sorted() == ["executive.md", "executive.txt"])
  }

  @Test func aCopyThatCannotBeWrittenIsRetried() throws {
    let scratch = try ScheduleScratch()
    defer { scratch.remove() }
    let (item, delivery) = try setUp(scratch)
    try scratch.write("a file where a folder should be", to: "config/blocked")
    let report = try delivery.deliver(item, to: [.copy(to: "blocked")], now: now)
    #expect(report.failures.count == 1)
    #expect(report.pendingCount == 1)
    try FileManager.default.removeItem(at: scratch.path("config/blocked"))
    let retry = try delivery.retryPending(for: "executive", now: now)
    #expect(retry.delivered.count == 1)
    #expect(scratch.exists("config/blocked/2024-05-06/executive.md"))
  }

  // MARK: Reading messages back

  private func split(_ text: String) -> (String, String)? {
    guard let range = text.range(of: "\n\n") else { return nil }
    return (String(text[..<range.lowerBound]), String(text[range.upperBound...]))
  }

  private func parseHeaders(_ head: String) -> [String: String] {
    var headers: [String: String] = [:]
    var last: String?
    for line in head.split(separator: "\n") {
      if line.first == " ", let key = last {
        headers[key, default: ""] += "\n" + line
      } else if let colon = line.firstIndex(of: ":") {
        let key = String(line[..<colon])
        headers[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        last = key
      }
    }
    return headers
  }

  /// RFC 2047 encoded words (base64, UTF-8) decoded; folding between words dropped.
  private func decodeWords(_ value: String) -> String {
    let unfolded = value.replacingOccurrences(of: "?=\n =?", with: "?==?")
    guard let pattern = try? NSRegularExpression(pattern: "=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?=")
    else { return value }
    var result = ""
    var cursor = unfolded.startIndex
    let whole = NSRange(unfolded.startIndex..., in: unfolded)
    for match in pattern.matches(in: unfolded, range: whole) {
      guard let range = Range(match.range, in: unfolded),
        let payload = Range(match.range(at: 1), in: unfolded)
      else { continue }
      result += unfolded[cursor..<range.lowerBound]
      let data = Data(base64Encoded: String(unfolded[payload])) ?? Data()
      result += String(decoding: data, as: UTF8.self)
      cursor = range.upperBound
    }
    return result + unfolded[cursor...]
  }

  private func decodeQuotedPrintable(_ text: String) -> String {
    var bytes: [UInt8] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      var utf8 = Array(line.utf8)
      let soft = utf8.last == UInt8(ascii: "=")
      if soft { utf8.removeLast() }
      var i = 0
      while i < utf8.count {
        if utf8[i] == UInt8(ascii: "="), i + 2 < utf8.count + 0 + 1,
          let value = UInt8(String(decoding: utf8[(i + 1)...(i + 2)], as: UTF8.self), radix: 16)
        {
          bytes.append(value)
          i += 3
        } else {
          bytes.append(utf8[i])
          i += 1
        }
      }
      if !soft && index < lines.count - 1 { bytes.append(UInt8(ascii: "\n")) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
