import Foundation
import Logging

/// The whole run of `briefing generate`, as named steps: read articles, extract key facts, select
/// stories, render, write files and state. Data flows one way; each step's problems name it.
public struct Pipeline: Sendable {
  /// The loaded configuration.
  public var config: BriefingConfig
  /// The environment (for the state folder).
  public var environment: [String: String]
  /// Reads the sources (by default folders, feeds and pages: `Ingestor.standard`).
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
    ingestor: Ingestor? = nil, extractor: Extractor = Extractor(),
    grouper: StoryGrouper = StoryGrouper(), now: @escaping @Sendable () -> Date = { Date() },
    logger: Logger = Logger(label: "briefing")
  ) {
    self.config = config
    self.environment = environment
    self.ingestor =
      ingestor
      ?? Ingestor.standard(
        config: config, stateDirectory: StateDirectory.url(for: config, environment: environment),
        warn: { logger.warning("\($0.description)") })
    self.extractor = extractor
    self.grouper = grouper
    self.now = now
    self.logger = logger
  }

  /// Runs the request. Throws only when nothing useful can be produced (an unknown briefing, no
  /// readable source at all, a template or write error, another run holding the lock); failures
  /// of single sources and deliveries are in the report.
  ///
  /// Writing runs each briefing under its lock and run ledger (`UnattendedRun`): a date already
  /// produced is skipped unless forced, deliveries and `keep_days` follow the written files.
  public func generate(_ request: GenerateRequest) async throws -> GenerateReport {
    let started = now()
    let date = request.date ?? UnattendedRun.localDate(started, in: config.timezone)
    let specs = try briefings(named: request.briefings)
    let stateDirectory = StateDirectory.url(for: config, environment: environment)
    let store = StateStore(directory: stateDirectory)
    var report = GenerateReport()

    // Sources are read and extracted once, when the first briefing needs them.
    let sourceNames = Set(specs.flatMap { sources(of: $0).map(\.name) })
    var cache: Ingested?
    func ingested() async throws -> Ingested {
      if let cache { return cache }
      let fresh = try await ingest(config.sources.filter { sourceNames.contains($0.name) })
      report.problems += fresh.result.errors
      report.findings += fresh.result.warnings
      report.removed = fresh.result.articles.flatMap { article in
        article.removed.map { (article.id, $0) }
      }
      report.articleCount = fresh.result.articles.count
      cache = fresh
      return fresh
    }

    for spec in specs {
      guard request.destination == .files else {
        let input = try await ingested()
        report.outcomes.append(
          try produce(
            spec, date: date, started: started, input: input, store: store, request: request))
        continue
      }
      var outcome: GenerateReport.Outcome?
      let run = UnattendedRun(config: config, stateDirectory: stateDirectory)
      let result = try await run.run(spec, date: date, force: request.force, clock: now) {
        let input = try await ingested()
        let produced = try produce(
          spec, date: date, started: started, input: input, store: store, request: request)
        outcome = produced
        let failed = input.result.failures.filter {
          sources(of: spec).map(\.name).contains($0.source)
        }
        return UnattendedRun.Production(
          files: produced.files,
          problems: failed.map { "source '\($0.source)' failed: \($0.reason)" })
      }
      report.findings += result.diagnostics
      if result.exitStatus != .success { report.isPartial = true }
      if result.skipped {
        report.outcomes.append(
          GenerateReport.Outcome(
            briefing: spec.name, files: [], markdown: nil, stories: 0,
            skipped: "already produced for \(date); --force regenerates it"))
      } else if let outcome {
        report.outcomes.append(outcome)
      }
    }
    return report
  }

  /// The articles of a run, extracted, and how reading the sources went.
  struct Ingested: Sendable {
    var result: Ingestor.Result
    var extracted: [ExtractedArticle]
  }

  /// Reads and extracts the sources; throws when every one of them failed.
  private func ingest(_ needed: [SourceSpec]) async throws -> Ingested {
    logger.debug("\(PipelineStep.ingest.rawValue): \(needed.count) source(s)")
    let result = await ingestor.articles(from: needed, config: config)
    if result.articles.isEmpty && !needed.isEmpty && result.failures.count == needed.count {
      throw BriefingError(
        step: .ingest, reason: .source,
        diagnostics: result.errors.flatMap(\.diagnostics)
          + [Diagnostic(.error, "no source could be read, so no briefing was written")])
    }
    logger.debug("\(PipelineStep.extract.rawValue): \(result.articles.count) article(s)")
    return Ingested(result: result, extracted: await extractAll(result.articles))
  }

  /// Produces one briefing: select, render, write, then advance its state.
  private func produce(
    _ spec: BriefingSpec, date: String, started: Date, input: Ingested, store: StateStore,
    request: GenerateRequest
  ) throws -> GenerateReport.Outcome {
    let mine = Set(sources(of: spec).map(\.name))
    let extracted = input.extracted
    let failures = input.result.failures
    let failedSources = Set(failures.map(\.source))
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

    logger.debug(
      "\(PipelineStep.select.rawValue) for '\(spec.name)': \(fresh.count) new article(s)")
    let groups = grouper.groups(fresh)
    var briefing = StorySelector(timeZone: config.timezone).select(
      groups.map(\.merged), for: spec, date: date)
    attachAlsoReportedBy(groups, to: &briefing)
    briefing.failedSources = failures.filter { mine.contains($0.source) }

    logger.debug("\(PipelineStep.render.rawValue) '\(spec.name)'")
    let renderer = Renderer(templates: try TemplateSet(for: spec, in: config))
    var rendered: [(OutputFormat, String)] = []
    for format in OutputFormat.allCases {
      rendered.append((format, try renderer.render(briefing, as: format)))
    }
    var outcome = GenerateReport.Outcome(
      briefing: spec.name, files: [], markdown: rendered.first { $0.0 == .markdown }?.1,
      stories: briefing.stories.count, skipped: nil)

    guard request.destination == .files else { return outcome }
    logger.debug("\(PipelineStep.write.rawValue) '\(spec.name)'")
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

}
