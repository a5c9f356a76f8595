import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bytes of an article file and its modification time, read with one `open`, `fstat` and
/// `read` for a regular file.
///
/// Anything unusual (a missing or unreadable file, a symbolic link, a device) goes through
/// `Data(contentsOf:)` and `FileManager` as before, so errors and dates are the same either way.
struct ArticleFileContents {
  /// The file's bytes.
  var bytes: [UInt8]
  /// When the file was last modified (of the link itself for a symbolic link, as
  /// `FileManager.attributesOfItem` says).
  var modified: Date?

  /// Reads the file at the absolute `path`.
  init(path: String) throws {
    self = try Self.regularFile(path) ?? Self.throughFoundation(path)
  }

  private init(bytes: [UInt8], modified: Date?) {
    self.bytes = bytes
    self.modified = modified
  }

  /// A regular file's contents, or `nil` for anything else or on any failure. A symbolic link is
  /// not opened (`O_NOFOLLOW`): its modification time is the link's own.
  private static func regularFile(_ path: String) -> ArticleFileContents? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    // One byte more than the size: a regular file reads whole in one call, and a read that fills
    // the extra byte tells a file that grew since `fstat` (read the slow way).
    let size = Int(info.st_size)
    var complete = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
      guard let base = buffer.baseAddress else { return }
      var total = 0
      while total < buffer.count {
        let read = systemRead(descriptor, base + total, buffer.count - total)
        if read < 0 && errno == EINTR { continue }
        if read <= 0 {
          complete = read == 0
          break
        }
        total += read
        if total == size {
          complete = true
          break
        }
      }
      count = total
    }
    guard complete, bytes.count == size else { return nil }
    return ArticleFileContents(bytes: bytes, modified: modificationDate(info))
  }

  /// The modification date as `FileManager` computes it from `stat`.
  static func modificationDate(_ info: stat) -> Date {
    let seconds = TimeInterval(info.st_mtim.tv_sec)
    let nanoseconds = TimeInterval(info.st_mtim.tv_nsec)
    return Date(
      timeIntervalSinceReferenceDate: seconds - Date.timeIntervalBetween1970AndReferenceDate
        + nanoseconds / 1_000_000_000.0)
  }

  /// Reads through Foundation, with the errors `ArticleFileParser` reports.
  private static func throughFoundation(_ path: String) throws -> ArticleFileContents {
    let url = URL(fileURLWithPath: path)
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      throw BriefingError(
        step: .ingest, reason: .unreadable, "'\(path)' is a folder, not an article file",
        hint: "name the article files inside it, or configure it as a directory source")
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      let exists = FileManager.default.fileExists(atPath: path)
      throw BriefingError(
        step: .ingest, reason: .unreadable,
        exists ? "cannot read '\(path)'" : "'\(path)' does not exist",
        hint: exists
          ? "check the file's permissions"
          : "check the path; relative paths start in the current folder")
    }
    let modified =
      (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    return ArticleFileContents(bytes: [UInt8](data), modified: modified)
  }
}

/// `read(2)`, named apart from the members called `read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int)
  -> Int
{
  read(descriptor, buffer, count)
}
