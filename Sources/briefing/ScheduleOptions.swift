import ArgumentParser
import BriefingKit
import Foundation

/// Whether `schedule` works on user or system units.
enum ScheduleScopeFlag: String, EnumerableFlag {
  case user
  case system

  static func help(for value: ScheduleScopeFlag) -> ArgumentHelp? {
    switch value {
    case .user: "User units in $XDG_CONFIG_HOME/systemd/user (the default)."
    case .system: "System units in /etc/systemd/system, hardened, run as --run-as USER."
    }
  }

  var scope: ScheduleScope { self == .user ? .user : .system }
}

/// The options every `schedule` subcommand takes.
struct ScheduleOptions: ParsableArguments {
  @OptionGroup var common: CommonOptions

  @Option(name: .long, help: "Only this briefing (default: every briefing with a schedule).")
  var briefing: String?

  @Flag(exclusivity: .exclusive)
  var scope: ScheduleScopeFlag = .user

  /// The configuration, loaded from `--config`.
  func loadConfig() throws -> BriefingConfig {
    try ConfigLoader().load(from: common.configURL)
  }
}

/// Options of the commands that generate units.
struct UnitOptions: ParsableArguments {
  @Option(name: .long, help: "The account system units run as (default: $SUDO_USER or $USER).")
  var runAs: String?

  @Option(name: .long, help: "The briefing binary the units run (default: this one).")
  var binary: String?

  /// The binary the units run, absolute.
  var executable: URL {
    binary.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? ExecutableLocator.current()
  }
}

/// Printing for the `schedule` commands.
enum ScheduleOutput {
  /// Writes `text` and a newline to standard error.
  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Prints a report: actions to stdout, findings to stderr, commands to run to stdout; throws
  /// the failure exit status when a finding is an error.
  static func show(_ report: ScheduleReport, commandsIntro: String) throws {
    for action in report.actions { print(action) }
    for diagnostic in report.diagnostics { error(diagnostic.description) }
    if !report.manualCommands.isEmpty {
      print(commandsIntro)
      for command in report.manualCommands { print("  \(command)") }
    }
    if report.diagnostics.contains(where: \.isError) {
      throw ExitCode(ExitStatus.failure.rawValue)
    }
  }

  /// Runs `body`, turning a `BriefingError` into its diagnostics on stderr and its exit status.
  static func run(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let failure as BriefingError {
      error(failure.description)
      throw ExitCode(ExitStatus(failure.reason).rawValue)
    }
  }
}
