import Logging

/// Logging set-up for the commands.
enum LogSetup {
  /// A logger to stderr at the level `--verbose`/`--quiet` ask for.
  static func make(verbose: Bool, quiet: Bool) -> Logger {
    var logger = Logger(label: "briefing") { StreamLogHandler.standardError(label: $0) }
    logger.logLevel = verbose ? .debug : quiet ? .error : .warning
    return logger
  }
}
