import Foundation

/// Runs the built `briefing` binary as a real process, for end-to-end tests of the command line.
struct CLIRunner {
  /// What a run printed and how it ended.
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The binary beside the test bundle (`swift test` builds it into the same folder).
  static var binary: URL {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    // On Linux the test runner is `<build>/debug/<package>PackageTests.xctest`.
    if dir.lastPathComponent.hasSuffix(".xctest") { dir.deleteLastPathComponent() }
    return dir.appendingPathComponent("briefing")
  }

  /// The package root (for the shipped configuration, templates and example articles).
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// Runs the binary with `arguments` in `directory`, with a controlled environment.
  static func run(
    _ arguments: [String], in directory: URL, environment: [String: String] = [:],
    stdin: String? = nil
  ) async throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    env["HOME"] = directory.path
    env["XDG_STATE_HOME"] = directory.appendingPathComponent("state").path
    env["XDG_CONFIG_HOME"] = directory.appendingPathComponent("config").path
    env["TZ"] = "UTC"
    env.merge(environment) { _, new in new }
    process.environment = env
    // Output goes to files, so neither stream can fill up and block the child.
    let scratch = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    // Waits for the exit without blocking a thread of the cooperative pool, which other tests
    // (HTTP timeouts among them) need to run on time.
    try await withCheckedThrowingContinuation {
      (continuation: CheckedContinuation<Void, any Error>) in
      process.terminationHandler = { _ in continuation.resume() }
      do {
        try process.run()
      } catch {
        process.terminationHandler = nil
        continuation.resume(throwing: error)
        return
      }
      if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
      try? input.fileHandleForWriting.close()
    }
    try out.close()
    try err.close()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  /// A fresh temporary folder.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "briefing-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
