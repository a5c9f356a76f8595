import Foundation

/// The whole of `briefings.yaml`: where articles come from and which briefings to produce.
public struct BriefingConfig: Sendable, Hashable {
  /// The schema version; only `1` exists.
  public var version: Int
  /// The IANA time zone that dates and schedules are read in (`Europe/Berlin`).
  public var timezone: TimeZone
  /// Where briefings are written.
  public var output: OutputSpec
  /// Where per-briefing state (seen items, last run) is kept.
  public var state: StateSpec
  /// How HTTP requests are made.
  public var http: HTTPSpec
  /// The named sources, in file order.
  public var sources: [SourceSpec]
  /// The briefings, one per audience, in file order.
  public var briefings: [BriefingSpec]
  /// The file the configuration was read from (absolute); relative paths resolve against its folder.
  public var file: URL

  /// Creates a configuration.
  public init(
    version: Int = 1, timezone: TimeZone, output: OutputSpec, state: StateSpec = StateSpec(),
    http: HTTPSpec = HTTPSpec(), sources: [SourceSpec], briefings: [BriefingSpec], file: URL
  ) {
    self.version = version
    self.timezone = timezone
    self.output = output
    self.state = state
    self.http = http
    self.sources = sources
    self.briefings = briefings
    self.file = file
  }

  /// The folder relative paths in the configuration resolve against.
  public var baseDirectory: URL { file.deletingLastPathComponent() }

  /// Resolves a path from the configuration against its folder (`~` expands to the home folder).
  public func resolve(_ path: String) -> URL {
    Self.resolve(path, against: baseDirectory)
  }

  /// Resolves a path against `base` (`~` expands to the home folder), as `resolve(_:)` does.
  public static func resolve(_ path: String, against base: URL) -> URL {
    let expanded = (path as NSString).expandingTildeInPath
    if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL }
    return base.appendingPathComponent(expanded).standardizedFileURL
  }

  /// The source with the given name.
  public func source(named name: String) -> SourceSpec? {
    sources.first { $0.name == name }
  }

  /// The briefing with the given name.
  public func briefing(named name: String) -> BriefingSpec? {
    briefings.first { $0.name == name }
  }
}

/// `output:` where and how briefing files are written.
public struct OutputSpec: Sendable, Hashable {
  /// The folder files are written under (relative to the configuration file).
  public var directory: String
  /// The file-name pattern under the folder: `{date}`, `{briefing}` and `{ext}` are replaced.
  public var path: String
  /// Briefing folders older than this many days are removed after a run; `nil` keeps everything.
  public var keepDays: Int?

  /// Creates an output specification.
  public init(
    directory: String = "out", path: String = "{date}/{briefing}.{ext}", keepDays: Int? = nil
  ) {
    self.directory = directory
    self.path = path
    self.keepDays = keepDays
  }
}

/// `state:` where the run state lives.
public struct StateSpec: Sendable, Hashable {
  /// The state folder; `nil` means `$XDG_STATE_HOME/briefing` (or `~/.local/state/briefing`).
  public var directory: String?
  /// Seen items older than this are pruned from the state.
  public var keep: TimeSpan

  /// Creates a state specification.
  public init(directory: String? = nil, keep: TimeSpan = .days(30)) {
    self.directory = directory
    self.keep = keep
  }
}

/// `http:` how the tool behaves as an HTTP client.
public struct HTTPSpec: Sendable, Hashable {
  /// The User-Agent header sent with every request.
  public var userAgent: String
  /// How long to wait for a connection or for the next bytes.
  public var connectTimeout: TimeSpan
  /// How long one whole request may take.
  public var totalTimeout: TimeSpan
  /// How many requests run at once.
  public var maxConcurrent: Int
  /// The pause between two requests to the same host.
  public var perHostDelay: TimeSpan
  /// How many times a request is retried after a 5xx or network error.
  public var retries: Int
  /// The largest response body accepted, in bytes.
  public var maxBytes: Int

  /// Creates an HTTP specification with polite defaults.
  public init(
    userAgent: String = "briefing/1.0 (+https://example.org/briefing)",
    connectTimeout: TimeSpan = .seconds(10), totalTimeout: TimeSpan = .seconds(30),
    maxConcurrent: Int = 4, perHostDelay: TimeSpan = .seconds(1), retries: Int = 2,
    maxBytes: Int = 5_000_000
  ) {
    self.userAgent = userAgent
    self.connectTimeout = connectTimeout
    self.totalTimeout = totalTimeout
    self.maxConcurrent = maxConcurrent
    self.perHostDelay = perHostDelay
    self.retries = retries
    self.maxBytes = maxBytes
  }
}

/// One entry of `sources:`.
public struct SourceSpec: Sendable, Hashable {
  /// What kind of source it is.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// Article files in a local folder (`path`, `pattern`).
    case directory
    /// An RSS, Atom or JSON feed (`url`: http, https or a file path).
    case feed
    /// A list of article page URLs (`urls`).
    case page
  }

  /// When to fetch an item's linked page for its full text.
  public enum FullText: String, Sendable, Hashable, CaseIterable {
    case auto
    case always = "true"
    case never = "false"
  }

  /// The name briefings refer to it by.
  public var name: String
  /// What kind of source it is.
  public var kind: Kind
  /// The folder of a `directory` source.
  public var path: String?
  /// The glob of a `directory` source (`*.txt`); `nil` reads every supported file.
  public var pattern: String?
  /// The feed address of a `feed` source.
  public var url: String?
  /// The page addresses of a `page` source.
  public var urls: [String]
  /// The outlet name shown in briefings; defaults to the feed's title or the source name.
  public var label: String?
  /// When to fetch linked pages for full text.
  public var fullText: FullText
  /// An encoding that overrides what the bytes declare (`windows-1252`).
  public var encoding: String?

  /// Creates a source specification.
  public init(
    name: String, kind: Kind, path: String? = nil, pattern: String? = nil, url: String? = nil,
    urls: [String] = [], label: String? = nil, fullText: FullText = .auto, encoding: String? = nil
  ) {
    self.name = name
    self.kind = kind
    self.path = path
    self.pattern = pattern
    self.url = url
    self.urls = urls
    self.label = label
    self.fullText = fullText
    self.encoding = encoding
  }
}

/// One entry of `briefings:`: a briefing for one audience.
public struct BriefingSpec: Sendable, Hashable {
  /// How stories are ordered.
  public enum Sort: String, Sendable, Hashable, CaseIterable {
    /// Most important first.
    case salience
    /// Newest first.
    case time
  }

  /// The name used on the command line and in file names.
  public var name: String
  /// The heading of the briefing.
  public var title: String
  /// The names of the sources it reads; empty means all.
  public var sources: [String]
  /// Its own templates per format; a missing one falls back to the shipped template.
  public var templates: [OutputFormat: String]
  /// At most this many stories; `nil` shows every story.
  public var maxStories: Int?
  /// At most this many quotes per story; `nil` shows all key quotes.
  public var maxQuotesPerStory: Int?
  /// At most this many figures per story; `nil` shows all key figures.
  public var maxFiguresPerStory: Int?
  /// A story summary (the lede) is cut to at most this many words; `nil` keeps it whole.
  public var maxWords: Int?
  /// Whether stories show their lede.
  public var showLede: Bool
  /// Only articles whose title or body contains one of these keywords (empty: all).
  public var include: [String]
  /// Articles whose title or body contains one of these keywords are left out.
  public var exclude: [String]
  /// How stories are ordered.
  public var sort: Sort
  /// On a first run (no state yet), how far back items are taken.
  public var window: TimeSpan
  /// When the briefing runs, as a systemd calendar expression (`Mon..Fri 06:30`).
  public var schedule: String?
  /// What happens to the written briefing afterwards.
  public var deliver: [DeliverySpec]

  /// Creates a briefing specification.
  public init(
    name: String, title: String, sources: [String] = [], templates: [OutputFormat: String] = [:],
    maxStories: Int? = nil, maxQuotesPerStory: Int? = nil, maxFiguresPerStory: Int? = nil,
    maxWords: Int? = nil, showLede: Bool = true, include: [String] = [], exclude: [String] = [],
    sort: Sort = .salience, window: TimeSpan = .hours(24), schedule: String? = nil,
    deliver: [DeliverySpec] = []
  ) {
    self.name = name
    self.title = title
    self.sources = sources
    self.templates = templates
    self.maxStories = maxStories
    self.maxQuotesPerStory = maxQuotesPerStory
    self.maxFiguresPerStory = maxFiguresPerStory
    self.maxWords = maxWords
    self.showLede = showLede
    self.include = include
    self.exclude = exclude
    self.sort = sort
    self.window = window
    self.schedule = schedule
    self.deliver = deliver
  }
}

/// One entry of a briefing's `deliver:` list.
public enum DeliverySpec: Sendable, Hashable {
  /// Pipe the briefing into a command (`sendmail -t`); with `email`, as a MIME email to `to`.
  case command(String, email: Bool, to: [String], from: String?)
  /// Copy the briefing files into a folder.
  case copy(to: String)
}

/// The formats a briefing is written in.
public enum OutputFormat: String, Sendable, Hashable, Codable, CaseIterable {
  case markdown
  case text

  /// The file extension of the format.
  public var fileExtension: String {
    switch self {
    case .markdown: "md"
    case .text: "txt"
    }
  }
}
