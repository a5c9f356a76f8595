import Foundation

/// Reads a `directory` source: the article files in one folder (not its subfolders), parsed and
/// cleaned, in name order.
///
/// Files are chosen by the source's `pattern` glob, or by the supported extensions when it has
/// none. `README`, `SOURCES`, `LICENSE` and similar notes are left out unless the pattern names
/// one exactly. `.txt`, `.md` and
/// `.json` are read by `ArticleFileParser`; other formats (`.html`) by the `ArticleFileReading`
/// registered for their extension, and skipped without one. A missing folder fails the source;
/// a broken file is a warning and is skipped.
public struct DirectorySourceReader: SourceReading {
  /// Readers for formats the built-in parser does not know, by lowercase extension (`html`).
  public var readers: [String: any ArticleFileReading]
  /// Removes site furniture from every article read.
  public var cleaner: ArticleCleaner

  /// Creates a reader; `readers` adds formats by extension (a reader for `txt` replaces the
  /// built-in one).
  public init(
    readers: [String: any ArticleFileReading] = [:], cleaner: ArticleCleaner = ArticleCleaner()
  ) {
    self.readers = Dictionary(
      readers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    self.cleaner = cleaner
  }

  /// The extensions this reader reads: the built-in formats and the registered ones.
  public var fileExtensions: Set<String> {
    ArticleFileParser.supportedExtensions.union(readers.keys)
  }

  public func articles(from source: SourceSpec, config: BriefingConfig) async throws -> [Article] {
    try await read(source, config: config).articles
  }

  /// Reads the source's folder; the warnings name each file that was skipped and why.
  public func read(_ source: SourceSpec, config: BriefingConfig) async throws -> ArticleReadout {
    let folder = try self.folder(of: source, config: config)
    let files = try self.files(in: folder, source: source)
    var readout = ArticleReadout()
    if files.isEmpty {
      readout.warnings.append(
        Diagnostic(
          .warning,
          "source '\(source.name)': no article files"
            + (source.pattern.map { " match '\($0)'" } ?? "") + " in '\(folder.path)'",
          hint: "check the source's path and pattern in \(config.file.lastPathComponent)"))
      return readout
    }
    let outlet = source.label ?? source.name
    let parser = ArticleFileParser(timeZone: config.timezone, cleaner: cleaner)
    for file in files {
      let format = file.pathExtension.lowercased()
      do {
        var fileReadout: ArticleReadout
        if let reader = readers[format] {
          fileReadout = try reader.read(
            fileAt: file, outlet: outlet, source: source, config: config)
        } else if ArticleFileParser.supportedExtensions.contains(format) {
          fileReadout = try parser.parse(fileAt: file, outlet: outlet)
        } else {
          readout.warnings.append(
            Diagnostic(
              .warning, "'\(file.path)' skipped: no reader for .\(format) files",
              hint: "directory sources read .txt, .md and .json files"
                + (readers.isEmpty ? "" : " and " + readers.keys.sorted().joined(separator: ", "))))
          continue
        }
        fileReadout.articles = fileReadout.articles.map(cleaner.clean)
        readout.append(fileReadout)
      } catch let error as BriefingError {
        readout.warnings += error.diagnostics.map { diagnostic in
          var warning = diagnostic
          warning.severity = .warning
          if diagnostic.isError { warning.message += "; file skipped" }
          return warning
        }
      } catch {
        readout.warnings.append(
          Diagnostic(.warning, "'\(file.path)' skipped: \(error.localizedDescription)"))
      }
    }
    return readout
  }

  /// The source's folder, resolved against the configuration file; throws when it is missing.
  func folder(of source: SourceSpec, config: BriefingConfig) throws -> URL {
    guard let path = source.path, !path.isEmpty else {
      throw BriefingError(
        step: .ingest, reason: .invalidConfig,
        "source '\(source.name)' has no path",
        hint: "give the directory source a 'path:' to a folder of article files")
    }
    let folder = config.resolve(path)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
      throw BriefingError(
        step: .ingest, reason: .unreadable,
        "source '\(source.name)': folder '\(folder.path)' does not exist",
        hint: "create it, or fix 'path: \(path)' (relative paths start in the folder of "
          + "\(config.file.lastPathComponent))")
    }
    guard isFolder.boolValue else {
      throw BriefingError(
        step: .ingest, reason: .unreadable,
        "source '\(source.name)': '\(folder.path)' is a file, not a folder",
        hint: "point 'path:' at the folder that holds the article files")
    }
    return folder
  }

  /// The files of `folder` the source reads, sorted by name.
  func files(in folder: URL, source: SourceSpec) throws -> [URL] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    } catch {
      throw BriefingError(
        step: .ingest, reason: .unreadable,
        "source '\(source.name)': cannot list folder '\(folder.path)'",
        hint: "check the folder's permissions")
    }
    let glob = source.pattern.map(Glob.init)
    let extensions = fileExtensions
    return names.sorted().compactMap { name in
      let isNote = Self.notArticles.contains(stem(of: name).uppercased())
      if let glob {
        guard glob.matches(name), !isNote || glob.pattern == name else { return nil }
      } else {
        guard !name.hasPrefix("."), extensions.contains(fileExtension(of: name)), !isNote else {
          return nil
        }
      }
      let url = folder.appendingPathComponent(name)
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
        !isFolder.boolValue
      else { return nil }
      return url
    }
  }

  private func fileExtension(of name: String) -> String {
    (name as NSString).pathExtension.lowercased()
  }

  private func stem(of name: String) -> String {
    (name as NSString).deletingPathExtension
  }

  /// Notes that sit beside articles in a folder and are not articles themselves.
  private static let notArticles: Set<String> = [
    "README", "SOURCES", "LICENSE", "LICENCE", "CHANGELOG", "NOTICE", "ATTRIBUTION", "COPYING",
    "AUTHORS", "CONTRIBUTING", "INDEX",
  ]
}
