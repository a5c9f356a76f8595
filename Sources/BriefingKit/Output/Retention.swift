import Foundation

/// `output.keep_days`: removes briefing folders older than the kept days.
///
/// Only folders whose names are dates (`2024-05-06`) are candidates, at the top of the output
/// folder or one level below it (for patterns like `{briefing}/{date}/...`). A candidate is
/// removed only when everything inside it is a briefing file (Markdown, text, HTML, JSON);
/// a folder that holds anything else is left alone and reported. Symbolic links are never
/// followed or removed.
public struct Retention: Sendable {
  /// How many days of briefings are kept, today included.
  public var keepDays: Int
  /// The file extensions a removable briefing folder may contain.
  public var briefingExtensions: Set<String>

  /// Creates a retention policy keeping `keepDays` days (at least today).
  public init(keepDays: Int, briefingExtensions: Set<String> = ["md", "txt", "html", "json"]) {
    self.keepDays = max(keepDays, 1)
    self.briefingExtensions = briefingExtensions
  }

  /// What one sweep did.
  public struct Report: Sendable, Hashable {
    /// The folders removed.
    public var removed: [URL] = []
    /// Old date folders left in place because they hold other files, with the reason.
    public var kept: [Diagnostic] = []
  }

  /// Removes the date folders under `outputDirectory` dated `keepDays` or more days before the
  /// local date `today` (`YYYY-MM-DD`). Folders dated today or later are never touched.
  public func sweep(_ outputDirectory: URL, today: String) throws -> Report {
    guard let todayDay = Self.dayNumber(today) else {
      throw BriefingError(
        step: .write, reason: .output, "'\(today)' is not a date (YYYY-MM-DD)")
    }
    let cutoff = todayDay - keepDays
    var report = Report()
    for folder in candidates(in: outputDirectory) {
      guard let day = Self.dayNumber(folder.lastPathComponent), day <= cutoff else { continue }
      if let stranger = firstNonBriefingItem(in: folder) {
        report.kept.append(
          Diagnostic(
            .warning, "kept old briefing folder \(folder.path): it holds \(stranger)",
            hint: "only folders holding nothing but briefing files are removed by keep_days"))
        continue
      }
      do {
        try FileManager.default.removeItem(at: folder)
        report.removed.append(folder)
      } catch {
        report.kept.append(
          Diagnostic(
            .warning,
            "cannot remove old briefing folder \(folder.path): "
              + error.localizedDescription))
      }
    }
    return report
  }

  /// Real folders named like dates at depth one or two.
  private func candidates(in root: URL) -> [URL] {
    var result: [URL] = []
    for child in Self.directories(in: root) {
      if Self.dayNumber(child.lastPathComponent) != nil {
        result.append(child)
      } else {
        result += Self.directories(in: child).filter { Self.dayNumber($0.lastPathComponent) != nil }
      }
    }
    return result.sorted { $0.path < $1.path }
  }

  /// The real (not linked) folders directly inside `folder`.
  private static func directories(in folder: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().compactMap { name in
      let url = folder.appendingPathComponent(name)
      guard
        let type = try? FileManager.default.attributesOfItem(atPath: url.path)[.type]
          as? FileAttributeType,
        type == .typeDirectory
      else { return nil }
      return url
    }
  }

  /// A description of the first item in `folder` that is not a briefing file, if any.
  private func firstNonBriefingItem(in folder: URL) -> String? {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names.sorted() {
      let url = folder.appendingPathComponent(name)
      let type =
        (try? FileManager.default.attributesOfItem(atPath: url.path)[.type])
        as? FileAttributeType
      if type == .typeDirectory {
        if let inner = firstNonBriefingItem(in: url) { return inner }
        continue
      }
      guard type == .typeRegular else { return "'\(name)', which is not a regular file" }
      let ext = url.pathExtension.lowercased()
      guard briefingExtensions.contains(ext) || name.hasPrefix(".") && name.contains(".tmp") else {
        return "'\(name)'"
      }
    }
    return nil
  }

  /// Days since 1970-01-01 of a strict `YYYY-MM-DD` name that is a real calendar date.
  static func dayNumber(_ name: String) -> Int? {
    let bytes = Array(name.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for byte in bytes[range] {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    return CivilDate.days(year: year, month: month, day: day)
  }
}
