import Foundation

/// The parts of an article file's path that name the article: the absolute path, the file stem
/// (the article id), the extension (the format) and the folder's name (the outlet).
///
/// They are what `URL(fileURLWithPath:)` gives (`path`, `deletingPathExtension()`,
/// `pathExtension`, `deletingLastPathComponent()`), computed from the bytes for plain paths
/// (`articles/a-1.txt`), which is some 20 times cheaper; any other path goes through `URL`.
struct ArticleFilePath: Sendable, Hashable {
  /// The absolute path (`URL.path`).
  var path: String
  /// The last component (`URL.lastPathComponent`).
  var name: String
  /// The last component without its extension.
  var stem: String
  /// The extension, as written (`URL.pathExtension`).
  var pathExtension: String
  /// The name of the folder holding the file.
  var folderName: String

  /// The parts of `url`.
  init(url: URL) {
    path = url.path
    name = url.lastPathComponent
    stem = url.deletingPathExtension().lastPathComponent
    pathExtension = url.pathExtension
    folderName = url.deletingLastPathComponent().lastPathComponent
  }

  /// The parts of the path `argument` as given on a command line; relative paths start in
  /// `currentDirectory` (an absolute path).
  init(_ argument: String, currentDirectory: String) {
    if let plain = Self.plain(argument, currentDirectory: currentDirectory) {
      self = plain
    } else {
      let base = URL(fileURLWithPath: currentDirectory, isDirectory: true)
      self.init(url: URL(fileURLWithPath: argument, relativeTo: base))
    }
  }

  /// The parts of a path made only of letters, digits, `-`, `_` and `.` between single slashes,
  /// without `.` or `..` components and with an extension of letters and digits; `nil` for any
  /// other path.
  private static func plain(_ argument: String, currentDirectory: String) -> ArticleFilePath? {
    let bytes = Array(argument.utf8)
    guard let first = bytes.first, bytes.last != UInt8(ascii: "/"), isPlain(bytes) else {
      return nil
    }
    let absolute: String
    var folderName: String?
    let lastSlash = bytes.lastIndex(of: UInt8(ascii: "/"))
    if first == UInt8(ascii: "/") {
      absolute = argument
    } else {
      let directory = Array(currentDirectory.utf8)
      guard directory.first == UInt8(ascii: "/") else { return nil }
      if directory.count == 1 {
        absolute = "/" + argument
      } else {
        guard directory.last != UInt8(ascii: "/"), isPlain(directory) else { return nil }
        absolute = currentDirectory + "/" + argument
      }
      if lastSlash == nil {
        let parentStart = (directory.lastIndex(of: UInt8(ascii: "/")) ?? 0) + 1
        folderName = directory.count == 1 ? "/" : string(directory[parentStart...])
      }
    }
    let nameStart = (lastSlash ?? -1) + 1
    let name = bytes[nameStart...]
    guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > nameStart, dot + 1 < bytes.count,
      bytes[(dot + 1)...].allSatisfy(isLetterOrDigit)
    else { return nil }
    if folderName == nil, let lastSlash {
      let parent = bytes[..<lastSlash]
      let parentStart = (parent.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
      folderName = lastSlash == 0 ? "/" : string(bytes[parentStart..<lastSlash])
    }
    guard let folderName else { return nil }
    return ArticleFilePath(
      path: absolute, name: string(name), stem: string(bytes[nameStart..<dot]),
      pathExtension: string(bytes[(dot + 1)...]), folderName: folderName)
  }

  private init(
    path: String, name: String, stem: String, pathExtension: String, folderName: String
  ) {
    self.path = path
    self.name = name
    self.stem = stem
    self.pathExtension = pathExtension
    self.folderName = folderName
  }

  /// Whether `bytes` are safe characters between single slashes, with no `.` or `..` component.
  private static func isPlain(_ bytes: [UInt8]) -> Bool {
    var componentStart = 0
    for index in 0...bytes.count {
      let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "/")
      if byte == UInt8(ascii: "/") {
        let length = index - componentStart
        if length == 0 && index > 0 && index < bytes.count { return false }  // "//"
        if length == 1 && bytes[componentStart] == UInt8(ascii: ".") { return false }
        if length == 2 && bytes[componentStart] == UInt8(ascii: ".")
          && bytes[componentStart + 1] == UInt8(ascii: ".")
        {
          return false
        }
        componentStart = index + 1
      } else if !(isLetterOrDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        || byte == UInt8(ascii: "."))
      {
        return false
      }
    }
    return true
  }

  private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }

  private static func string(_ bytes: ArraySlice<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }
}
