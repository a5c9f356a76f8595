import Foundation
import Logging

/// A swift-log handler writing one line per event to standard error in a `LogFormat`.
///
/// Bootstrap it once at start-up:
/// `LogFormatHandler.bootstrap(verbose:quiet:)`, or
/// `LoggingSystem.bootstrap { _ in LogFormatHandler(level: .info) }`.
public struct LogFormatHandler: LogHandler {
  /// Where finished lines go.
  public typealias Sink = @Sendable (String) -> Void

  /// The line format.
  public var format: LogFormat
  /// The lowest level written.
  public var logLevel: Logger.Level
  /// Metadata added to every event of this logger.
  public var metadata: Logger.Metadata
  /// Metadata from the task context.
  public var metadataProvider: Logger.MetadataProvider?
  private let sink: Sink

  /// Creates a handler; by default detecting the format and writing to standard error.
  public init(
    level: Logger.Level = .info, format: LogFormat = .detect(), metadata: Logger.Metadata = [:],
    sink: @escaping Sink = LogFormatHandler.standardError
  ) {
    self.logLevel = level
    self.format = format
    self.metadata = metadata
    self.metadataProvider = nil
    self.sink = sink
  }

  /// Writes a line to standard error in one `write`.
  public static let standardError: Sink = { line in
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// Makes every `Logger` of the process use this handler at the level `--verbose`/`--quiet`
  /// ask for. Call it once, before the first `Logger` is made.
  public static func bootstrap(verbose: Bool, quiet: Bool) {
    let level = LogFormat.level(verbose: verbose, quiet: quiet)
    let format = LogFormat.detect()
    LoggingSystem.bootstrap { _ in LogFormatHandler(level: level, format: format) }
  }

  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  public func log(event: LogEvent) {
    var merged = metadata
    if let provided = metadataProvider?.get() {
      merged.merge(provided) { _, new in new }
    }
    if let explicit = event.metadata {
      merged.merge(explicit) { _, new in new }
    }
    if let error = event.error {
      merged["error"] = .string("\(error)")
    }
    sink(format.line(level: event.level, message: event.message.description, metadata: merged))
  }
}
