import Foundation
import Logging

/// The whole run of `briefing generate`, as named steps: read articles, extract key facts, select
/// stories, render, write files and state. Data flows one way; each step's problems name it.
public struct Pipeline: Sendable {
  /// The loaded configuration.
  public var config: BriefingConfig
  /// The environment (for the state folder).
  public var environment: [String: String]
  /// Reads the sources.
  public var ingestor: Ingestor
  /// Finds quotes, figures and ledes.
  public var extractor: Extractor
  /// Groups reports of the same story.
  public var grouper: StoryGrouper
  /// The clock; injectable so tests do not depend on the wall clock.
  public var now: @Sendable () -> Date
  /// Where progress goes.
  public var logger: Logger

  /// Creates a pipeline over a configuration.
  public init(
    config: BriefingConfig, environment: [String: String] = ProcessInfo.processInfo.environment,
    ingestor: Ingestor = Ingestor(), extractor: Extractor = Extractor(),
    grouper: StoryGrouper = StoryGrouper(), now: @escaping @Sendable () -> Date = { Date() },
    logger: Logger = Logger(label: "briefing")
  ) {
    self.config = config
    self.environment = environment
    self.ingestor = ingestor
    self.extractor = extractor
    self.grouper = grouper
    self.now = now
    self.logger = logger
  }

  /// Runs the request. Throws only when nothing useful can be produced (an unknown briefing, no
  /// readable source at all, a template or write error); failures of single sources are in the
  /// report's problems.
  public func generate(_ request: GenerateRequest) async throws -> GenerateReport {
    let started = now()
    let date = request.date ?? Self.localDate(of: started, in: config.timezone)
    let specs = try briefings(named: request.briefings)
    var report = GenerateReport()

    // Read articles: the union of the sources the briefings use, each read once.
    let sourceNames = Set(specs.flatMap { sources(of: $0).map(\.name) })
    let needed = config.sources.filter { sourceNames.contains($0.name) }
    logger.info("\(PipelineStep.ingest.rawValue): \(needed.count) source(s)")
    let ingested = await ingestor.articles(from: needed, config: config)
    report.problems += ingested.errors
    for failure in ingested.failures {
      logger.warning("source '\(failure.source)' failed: \(failure.reason)")
    }
    if ingested.articles.isEmpty && !ingested.failures.isEmpty
      && ingested.failures.count == needed.count
    {
      throw BriefingError(
        step: .ingest, reason: .source,
        diagnostics: ingested.errors.flatMap(\.diagnostics)
          + [Diagnostic(.error, "no source could be read, so no briefing was written")])
    }
    report.removed = ingested.articles.flatMap { article in
      article.removed.map { (article.id, $0) }
    }
    report.articleCount = ingested.articles.count

    // Extract key facts, on all cores.
    logger.info("\(PipelineStep.extract.rawValue): \(ingested.articles.count) article(s)")
    let extracted = await extractAll(ingested.articles)
    let failedSources = Set(ingested.failures.map(\.source))

    let store = StateStore(directory: StateStore.directory(for: config, environment: environment))
    for spec in specs {
      report.outcomes.append(
        try await produce(
          spec, date: date, started: started, extracted: extracted, failures: ingested.failures,
          failedSources: failedSources, store: store, request: request))
    }
    return report
  }

  /// Produces one briefing: select, render, write, then advance its state.
  private func produce(
    _ spec: BriefingSpec, date: String, started: Date, extracted: [ExtractedArticle],
    failures: [SourceFailure], failedSources: Set<String>, store: StateStore,
    request: GenerateRequest
  ) async throws -> GenerateReport.Outcome {
    let mine = Set(sources(of: spec).map(\.name))
    var state = try store.load(spec.name)
    let candidates = extracted.filter { mine.contains($0.article.sourceName) }
    let fresh = candidates.filter { item in
      switch request.window {
      case .all: true
      case .since(let moment): (item.article.published ?? started) >= moment
      case .sinceLastRun:
        state.isNew(
          item.article, from: item.article.sourceName, date: date, now: started,
          window: spec.window)
      }
    }

    logger.info("\(PipelineStep.select.rawValue) for '\(spec.name)': \(fresh.count) new article(s)")
    let groups = grouper.groups(fresh)
    var briefing = StorySelector(timeZone: config.timezone).select(
      groups.map(\.merged), for: spec, date: date)
    attachAlsoReportedBy(groups, to: &briefing)
    briefing.failedSources = failures.filter { mine.contains($0.source) }

    logger.info("\(PipelineStep.render.rawValue) '\(spec.name)'")
    let renderer = Renderer(templates: try TemplateSet(for: spec, in: config))
    var rendered: [(OutputFormat, String)] = []
    for format in OutputFormat.allCases {
      rendered.append((format, try renderer.render(briefing, as: format)))
    }
    var outcome = GenerateReport.Outcome(
      briefing: spec.name, files: [], markdown: rendered.first { $0.0 == .markdown }?.1,
      stories: briefing.stories.count, skipped: nil)

    guard request.destination == .files else { return outcome }
    logger.info("\(PipelineStep.write.rawValue) '\(spec.name)'")
    let writer = OutputWriter()
    for (format, text) in rendered {
      let url = outputURL(briefing: spec.name, date: date, format: format)
      do {
        try writer.write(text, to: url)
      } catch {
        throw BriefingError(
          step: .write, reason: .output,
          "cannot write '\(url.path)': \(error.localizedDescription)",
          hint: "check that the output folder is writable")
      }
      outcome.files.append(url)
    }

    // Only now that the files are written does the state advance.
    let succeeded = mine.subtracting(failedSources)
    let taken = Set(fresh.map { $0.article.sourceName + "\u{1F}" + $0.article.id })
    state.recordSuccess(
      date: date, now: started,
      articles: candidates.map {
        (
          $0.article.sourceName, $0.article,
          taken.contains($0.article.sourceName + "\u{1F}" + $0.article.id)
        )
      }, succeededSources: succeeded)
    state.prune(before: started.addingTimeInterval(-config.state.keep.seconds))
    try store.save(state, for: spec.name)
    return outcome
  }

  /// Copies each group's other outlets onto the story made from its primary article.
  private func attachAlsoReportedBy(_ groups: [StoryGrouper.Group], to briefing: inout Briefing) {
    let byPrimary = Dictionary(
      groups.map { ($0.primary.article.id, $0) }, uniquingKeysWith: { first, _ in first })
    for index in briefing.stories.indices {
      guard let id = briefing.stories[index].articleIDs.first, let group = byPrimary[id] else {
        continue
      }
      briefing.stories[index].alsoReportedBy = group.alsoReportedBy
      briefing.stories[index].articleIDs += group.others.map(\.article.id)
    }
  }

  /// Extracts every article, spread over the machine's cores, keeping input order.
  public func extractAll(_ articles: [Article]) async -> [ExtractedArticle] {
    let extractor = self.extractor
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, articles.count))
    let chunk = (articles.count + workers - 1) / max(workers, 1)
    return await withTaskGroup(of: (Int, [ExtractedArticle]).self) { group in
      for w in 0..<workers {
        let slice = Array(
          articles[min(w * chunk, articles.count)..<min((w + 1) * chunk, articles.count)])
        group.addTask { (w, slice.map { extractor.extract(from: $0) }) }
      }
      var parts: [Int: [ExtractedArticle]] = [:]
      for await (w, part) in group { parts[w] = part }
      return (0..<workers).flatMap { parts[$0] ?? [] }
    }
  }

  /// The briefings of the request, or an error naming an unknown one.
  private func briefings(named names: [String]) throws -> [BriefingSpec] {
    guard !names.isEmpty else { return config.briefings }
    return try names.map { name in
      guard let spec = config.briefing(named: name) else {
        let known = config.briefings.map(\.name).joined(separator: ", ")
        throw BriefingError(
          step: .loadConfig, reason: .invalidConfig, "no briefing named '\(name)'",
          hint: "the configuration defines: \(known)")
      }
      return spec
    }
  }

  /// The sources a briefing reads (all of them when it names none).
  private func sources(of spec: BriefingSpec) -> [SourceSpec] {
    spec.sources.isEmpty
      ? config.sources : config.sources.filter { spec.sources.contains($0.name) }
  }

  /// Where a briefing file goes: `output.directory` + the `output.path` pattern.
  public func outputURL(briefing: String, date: String, format: OutputFormat) -> URL {
    let relative = config.output.path
      .replacingOccurrences(of: "{date}", with: date)
      .replacingOccurrences(of: "{briefing}", with: briefing)
      .replacingOccurrences(of: "{ext}", with: format.fileExtension)
    return config.resolve(config.output.directory).appendingPathComponent(relative)
  }

  /// The local calendar date of a moment, `YYYY-MM-DD`.
  public static func localDate(of moment: Date, in timezone: TimeZone) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timezone
    let parts = calendar.dateComponents([.year, .month, .day], from: moment)
    return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  }
}
