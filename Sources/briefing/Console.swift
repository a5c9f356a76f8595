import ArgumentParser
import BriefingKit
import Foundation

/// Printing to the terminal: diagnostics to stderr, results to stdout.
enum Console {
  /// Writes a line to standard error.
  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Prints an error's findings and returns the exit code it ends the run with.
  static func report(_ error: any Error) -> ExitCode {
    if let error = error as? BriefingError {
      Self.error(error.description)
      return ExitCode(ExitStatus(error.reason).rawValue)
    }
    Self.error("error: \(error)")
    return ExitCode(ExitStatus.failure.rawValue)
  }
}
