import Foundation

/// `briefing extract`: reads article files, extracts their key facts and writes them as one
/// pretty-printed JSON array, an object per article in the order of the files.
///
/// Files are read, cleaned and extracted on all cores in batches; the JSON goes out batch by batch
/// as soon as the batches before it are written, so memory holds a few batches of articles, never
/// the whole corpus. A file that cannot be read is reported and skipped; the others are still
/// extracted.
public struct ExtractJob: Sendable {
  /// The article files, as given on the command line (relative paths start in
  /// `currentDirectory`).
  public var files: [String]
  /// Reads and cleans the files.
  public var parser: ArticleFileParser
  /// Finds the key facts.
  public var extractor: Extractor
  /// How many batches are worked on at once (the number of cores by default).
  public var concurrency: Int
  /// How many files make a batch.
  public var batchSize: Int
  /// Where relative paths start.
  public var currentDirectory: String
  /// Reads URLs, web pages and feeds (`RemoteArticleLoader.handles(_:)`).
  public var remote: RemoteArticleLoader
  /// Cleans what `remote` reads, as `parser` cleans files.
  public var cleaner: ArticleCleaner

  /// Creates a job over `files`.
  public init(
    files: [String], parser: ArticleFileParser = ArticleFileParser(),
    extractor: Extractor = Extractor(),
    concurrency: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 16,
    currentDirectory: String = FileManager.default.currentDirectoryPath,
    remote: RemoteArticleLoader = RemoteArticleLoader(fetcher: HTTPFetcher(spec: HTTPSpec())),
    cleaner: ArticleCleaner = ArticleCleaner()
  ) {
    self.remote = remote
    self.cleaner = cleaner
    self.files = files
    self.parser = parser
    self.extractor = extractor
    self.concurrency = max(1, concurrency)
    self.batchSize = max(1, batchSize)
    self.currentDirectory = currentDirectory
  }

  /// What a finished job did.
  public struct Report: Sendable, Hashable {
    /// The number of articles written.
    public var articles: Int = 0
    /// The files that could not be read, with why, in file order.
    public var failures: [BriefingError] = []
  }

  /// Runs the job: writes the JSON array (and a final line break) to `output` as it goes, and
  /// hands each file's error to `output` in file order. Throws only when the JSON cannot be
  /// written (an output error, a number JSON cannot hold); the articles before are then written.
  public func run(writingTo output: some ExtractOutput) async throws -> Report {
    var report = Report()
    try output.write(Self.opening)
    var wroteRecord = false
    let batches = stride(from: 0, to: files.count, by: batchSize).map {
      $0..<min($0 + batchSize, files.count)
    }
    let window = concurrency * 2
    try await withThrowingTaskGroup(of: (Int, Batch).self) { group in
      var next = 0
      var nextToWrite = 0
      var done: [Int: Batch] = [:]
      while next < min(window, batches.count) {
        let index = next
        group.addTask { (index, try await self.batch(batches[index])) }
        next += 1
      }
      while let (index, batch) = try await group.next() {
        done[index] = batch
        while let ready = done.removeValue(forKey: nextToWrite) {
          if !ready.json.isEmpty {
            if wroteRecord { try output.write(Self.separator) }
            try output.write(ready.json)
            wroteRecord = true
          }
          for failure in ready.failures { output.report(failure) }
          report.articles += ready.articles
          report.failures += ready.failures
          nextToWrite += 1
          if next < batches.count {
            let index = next
            group.addTask { (index, try await self.batch(batches[index])) }
            next += 1
          }
        }
      }
    }
    try output.write(Self.closing)
    return report
  }

  /// The records of a batch of files: the array elements (indented, separated by `,\n`), the
  /// number of articles and the files' errors.
  struct Batch: Sendable {
    var json: [UInt8] = []
    var articles = 0
    var failures: [BriefingError] = []
  }

  func batch(_ range: Range<Int>) async throws -> Batch {
    var batch = Batch()
    for file in files[range] {
      let articles: [Article]
      do {
        if RemoteArticleLoader.handles(file) {
          articles = try await remote.articles(at: file).map(cleaner.clean)
        } else {
          let path = ArticleFilePath(file, currentDirectory: currentDirectory)
          articles = try parser.read(path, outlet: path.folderName).articles
        }
      } catch let error as BriefingError {
        batch.failures.append(error)
        continue
      }
      for article in articles {
        let record = ExtractionRecord(extractor.extract(from: article))
        if batch.articles > 0 { batch.json.append(contentsOf: Self.separator) }
        batch.json.append(contentsOf: Self.indent)
        try record.appendJSON(to: &batch.json, level: 1)
        batch.articles += 1
        // Records run to similar sizes: room for the batch at the first one's size spares the
        // copies of growing the JSON record by record.
        if batch.articles == 1 { batch.json.reserveCapacity(batch.json.count * (range.count + 1)) }
      }
    }
    return batch
  }

  private static let opening: [UInt8] = Array("[\n".utf8)
  private static let separator: [UInt8] = Array(",\n".utf8)
  private static let indent: [UInt8] = Array("  ".utf8)
  private static let closing: [UInt8] = Array("\n]\n".utf8)
}

/// Where an extract job writes: the JSON, and the files that could not be read.
public protocol ExtractOutput {
  /// Writes bytes of the JSON array.
  func write(_ bytes: [UInt8]) throws
  /// Reports a file that could not be read.
  func report(_ failure: BriefingError)
}

/// Writes a job's JSON to a file handle (standard output) and its failures, one per line, to
/// another (standard error).
public struct FileHandleExtractOutput: ExtractOutput {
  /// Where the JSON goes.
  public var json: FileHandle
  /// Where failures go.
  public var errors: FileHandle

  /// Creates an output; by default standard output and standard error.
  public init(json: FileHandle = .standardOutput, errors: FileHandle = .standardError) {
    self.json = json
    self.errors = errors
  }

  public func write(_ bytes: [UInt8]) throws {
    try bytes.withUnsafeBytes { buffer in
      var offset = 0
      let descriptor = json.fileDescriptor
      while offset < buffer.count {
        guard let base = buffer.baseAddress else { return }
        let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw BriefingError(
            step: .extract, reason: .output,
            "cannot write the JSON: \(String(cString: strerror(errno)))",
            hint: "check where standard output goes")
        }
        offset += written
      }
    }
  }

  public func report(_ failure: BriefingError) {
    errors.write(Data((failure.description + "\n").utf8))
  }
}
