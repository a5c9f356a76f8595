import ArgumentParser
import BriefingKit
import Foundation

/// `briefing check`: validates the configuration, its templates and schedules.
struct CheckCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the configuration, the templates and the schedules; exit non-zero on errors."
  )

  @OptionGroup var common: CommonOptions

  func run() async throws {
    let result = ConfigCheck(environment: ProcessInfo.processInfo.environment)
      .check(configAt: common.configURL)
    for finding in result.diagnostics where finding.isError || !common.quiet {
      Console.error(finding.description)
    }
    if result.hasErrors {
      let count = result.diagnostics.filter(\.isError).count
      Console.error("\(count) error\(count == 1 ? "" : "s") found")
      throw ExitCode(ExitStatus.configError.rawValue)
    }
    if !common.quiet {
      print(
        "\(common.config): ok (\(result.briefingCount) briefing(s), \(result.sourceCount) source(s))"
      )
    }
  }
}
