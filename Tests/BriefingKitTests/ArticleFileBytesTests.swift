import Foundation
import Testing

@testable import BriefingKit

/// The byte-level ways of reading article files give what the `URL`, `FileManager` and `String`
/// ways they replace gave.
@Suite struct ArticleFileBytesTests {
  static let paths = [
    "good.txt", "dir/a.txt", "/tmp/x/article-00001.txt", "./a.txt", "../b/c.md", "a//b.txt",
    "a/b/", "a.b.c.json", ".hidden", "noext", "dir/.txt", "a/./b.txt", "~/x.txt", "a b/c d.txt",
    "ü/é.txt", "a%20b/c.txt", "/", "x/..", "a.TXT", "a.", "/a.txt", "dir/sub/", "a?b#c.txt",
    "a.t xt", "a.txt ", "a..txt", "a.tar.gz", "a.ü", "a.-", " a.txt", "a.txt.", "..a.txt",
    ".a.txt", "a.123", "a\\b.txt", "a:b.txt", "x/ .txt", "x/a;b.txt", "deep/er/still/file_1-2.md",
    "/abs/one.json", "..", ".", "x/../y.txt", "-dash.txt",
  ]

  @Test(arguments: ["/", "/tmp", "/tmp/some-folder_1", "/tmp/odd folder", "/tmp/ü"])
  func pathPartsAreTheURLs(currentDirectory: String) {
    for path in Self.paths {
      let fast = ArticleFilePath(path, currentDirectory: currentDirectory)
      let base = URL(fileURLWithPath: currentDirectory, isDirectory: true)
      let reference = ArticleFilePath(url: URL(fileURLWithPath: path, relativeTo: base))
      #expect(fast == reference, "\(path) in \(currentDirectory)")
    }
  }

  @Test func regularFilesAreReadWithTheirModificationTime() throws {
    let folder = try IngestScratchFolder()
    let modified = Date(timeIntervalSince1970: 1_700_000_123.456_789)
    let file = try folder.write("a.txt", "Title\n\nBody.\n", modified: modified)
    let contents = try ArticleFileContents(path: file.path)
    #expect(contents.bytes == Array("Title\n\nBody.\n".utf8))
    let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
    #expect(contents.modified == attributes[.modificationDate] as? Date)
    let empty = try folder.write("empty.txt", "")
    #expect(try ArticleFileContents(path: empty.path).bytes == [])
  }

  @Test func linksFoldersAndMissingFilesAreReadAsBefore() throws {
    let folder = try IngestScratchFolder()
    let target = try folder.write("target.txt", "Title\n\nBody.\n")
    let link = folder.url.appendingPathComponent("link.txt")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    let contents = try ArticleFileContents(path: link.path)
    #expect(contents.bytes == Array("Title\n\nBody.\n".utf8))
    let attributes = try FileManager.default.attributesOfItem(atPath: link.path)
    #expect(contents.modified == attributes[.modificationDate] as? Date)
    let missing = folder.url.appendingPathComponent("missing.txt").path
    #expect(throws: BriefingError.self) { try ArticleFileContents(path: missing) }
    do {
      _ = try ArticleFileContents(path: folder.url.path)
      Issue.record("a folder was read")
    } catch let error as BriefingError {
      #expect(error.description.contains("is a folder, not an article file"))
    }
  }

  /// Plain text cut the way `lines(of:)`, `isBlank`, `collapsingSpaces` and `paragraphs(of:)` cut
  /// it before.
  @Test func titleAndParagraphsAreCutAsTheLinesWere() {
    var generator = SplitMix(seed: 3)
    let pieces = [
      "a", "word", " ", "  ", "\n", "\n\n", "\n \n", "é", "“x”", ".", "\n   \n\n", "\t",
    ]
    var texts = ["", " ", "\n", "Title", "Title\n", "Title\n\nBody", "\n\n  Title  \n x \n\n y\n"]
    for _ in 0..<2000 {
      texts.append(
        (0..<Int(generator.next() % 30)).map { _ in pieces[Int(generator.next() % 12)] }.joined())
    }
    for raw in texts {
      let text = ArticleFileText.normalized(raw)
      let lines = ArticleFileText.lines(of: text)
      let cut = ArticleFileText.titleAndParagraphs(Array(text.utf8))
      guard let titleIndex = lines.firstIndex(where: { !ArticleFileText.isBlank($0) }) else {
        #expect(cut == nil, "\(raw.debugDescription)")
        continue
      }
      #expect(cut?.title == ArticleFileText.collapsingSpaces(String(lines[titleIndex])))
      #expect(cut?.titleLine == titleIndex)
      #expect(cut?.paragraphs == ArticleFileText.paragraphs(of: lines[(titleIndex + 1)...]))
    }
  }

  @Test func utf8IsValidatedAsByTheStandardLibrary() {
    var generator = SplitMix(seed: 13)
    let pieces: [[UInt8]] = [
      [0x41], [0x20], Array("word".utf8), Array("é".utf8), Array("’".utf8), Array("😀".utf8),
      Array("中".utf8), [0x80], [0xBF], [0xC0, 0x80], [0xC2], [0xE0, 0x80, 0x80],
      [0xED, 0xA0, 0x80],
      [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF], [0xE2, 0x80], [0xF0, 0x9F, 0x98],
    ]
    for _ in 0..<5000 {
      let bytes = (0..<Int(generator.next() % 20)).flatMap { _ in
        pieces[Int(generator.next() % UInt64(pieces.count))]
      }
      let valid = bytes.withUnsafeBufferPointer { ArticleFileText.isValidUTF8($0) }
      #expect(valid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
    }
  }

  /// One pass tells both whether the bytes are UTF-8 and whether normalising would change them.
  @Test func surveyTellsValidAndNormalBytes() {
    var generator = SplitMix(seed: 29)
    let pieces: [[UInt8]] = [
      [0x41], [0x20], Array("word".utf8), Array("é".utf8), Array("’".utf8), Array("“".utf8),
      Array("😀".utf8), Array("中".utf8), [0x0D], [0x09], [0x0A], Array("\u{00A0}".utf8),
      Array("\u{00AD}".utf8), Array("\u{0085}".utf8), Array("\u{200B}".utf8),
      Array("\u{2060}".utf8), Array("\u{2007}".utf8), Array("\u{2009}".utf8),
      Array("\u{200A}".utf8), Array("\u{202F}".utf8), Array("\u{2028}".utf8),
      Array("\u{2029}".utf8), Array("\u{3000}".utf8), Array("\u{FEFF}".utf8),
      Array("\u{2061}".utf8), Array("\u{3001}".utf8), Array("\u{FEFE}".utf8), [0x80], [0xC2],
      [0xE2, 0x80], [0xED, 0xA0, 0x80], Array("plain ascii text".utf8),
    ]
    for _ in 0..<5000 {
      let bytes = (0..<Int(generator.next() % 24)).flatMap { _ in
        pieces[Int(generator.next() % UInt64(pieces.count))]
      }
      let survey = bytes.withUnsafeBufferPointer { ArticleFileText.survey($0) }
      let valid = String(validating: bytes, as: UTF8.self) != nil
      #expect(survey.isValid == valid, "\(bytes)")
      guard valid else { continue }
      let normalized = bytes.withUnsafeBufferPointer { ArticleFileText.normalized($0) }
      #expect(survey.isNormal == (normalized == bytes), "\(bytes)")
    }
  }

  @Test(arguments: [
    ("plain text", true, true), ("tab\there", true, false), ("cr\rhere", true, false),
    ("eight by\r", true, false), ("no-break\u{00A0}space", true, false),
    ("“curly” quotes — dashes’", true, true), ("zero\u{200B}width", true, false),
  ])
  func surveyOfText(text: String, isValid: Bool, isNormal: Bool) {
    let survey = Array(text.utf8).withUnsafeBufferPointer { ArticleFileText.survey($0) }
    #expect(survey == ArticleFileText.UTF8Survey(isValid: isValid, isNormal: isNormal))
  }

  @Test func textIsNormalisedFromBytesAsFromStrings() {
    let texts = [
      "\u{FEFF}Title\r\nBody\r\rMore\tx\u{00A0}y\u{00AD}z\u{0085}w\u{200B}v\u{2060}u",
      "\u{2007}\u{2009}\u{200A}\u{202F}\u{2028}\u{2029}\u{3000}\u{FEFF}“quotes” — dash",
      "plain ascii only", "", "é\u{00C2}\u{E2}",
    ]
    for text in texts {
      #expect(
        ArticleFileText.normalizedUTF8(Array(text.utf8))
          == Array(ArticleFileText.normalized(ArticleFileText.decode(Data(text.utf8))).utf8))
    }
    #expect(ArticleFileText.normalizedUTF8([0x43, 0x61, 0x66, 0xE9]) == nil)  // Windows-1252
    #expect(ArticleFileText.normalizedUTF8([0xFF, 0xFE, 0x41, 0x00]) == nil)  // UTF-16
    #expect(ArticleFileText.looksBinary(Array("abc\0def".utf8)))
    #expect(!ArticleFileText.looksBinary(Array("abcdef".utf8)))
  }
}
