import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a finished child process left behind.
public struct ProcessResult: Sendable, Hashable {
  /// The exit status (or the signal number when `wasKilled`).
  public var status: Int32
  /// Everything it wrote to standard output.
  public var output: String
  /// Everything it wrote to standard error.
  public var errorOutput: String
  /// Whether it was stopped because it ran past its timeout.
  public var timedOut: Bool

  /// Creates a result.
  public init(status: Int32, output: String, errorOutput: String, timedOut: Bool = false) {
    self.status = status
    self.output = output
    self.errorOutput = errorOutput
    self.timedOut = timedOut
  }

  /// Whether it exited with status 0 in time.
  public var succeeded: Bool { status == 0 && !timedOut }

  /// Standard output and error together, trimmed, for messages.
  public var combinedOutput: String {
    [output, errorOutput]
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
      .joined(separator: "\n")
  }
}

/// Runs child processes (`systemctl`, `systemd-analyze`, delivery commands) to completion.
///
/// Output goes to temporary files rather than pipes, so a chatty child can never block on a full
/// pipe while its input is still being written. A child that runs past its timeout is sent
/// `SIGTERM`, then `SIGKILL`, along with the processes it started (its process group).
public struct ProcessRunner: Sendable {
  /// Creates a runner.
  public init() {}

  /// Runs `executable` with `arguments`, feeding it `input` on standard input.
  ///
  /// - Parameters:
  ///   - environment: the child's whole environment; `nil` inherits this process's.
  ///   - workingDirectory: the child's current directory; `nil` inherits this process's.
  ///   - timeout: how long it may run; `nil` waits forever.
  public func run(
    _ executable: URL, arguments: [String] = [], environment: [String: String]? = nil,
    workingDirectory: URL? = nil, input: Data = Data(), timeout: TimeSpan? = nil
  ) throws -> ProcessResult {
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("briefing-process-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let inputFile = scratch.appendingPathComponent("stdin")
    let outputFile = scratch.appendingPathComponent("stdout")
    let errorFile = scratch.appendingPathComponent("stderr")
    try input.write(to: inputFile)
    try Data().write(to: outputFile)
    try Data().write(to: errorFile)
    let stdin = try FileHandle(forReadingFrom: inputFile)
    let stdout = try FileHandle(forWritingTo: outputFile)
    let stderr = try FileHandle(forWritingTo: errorFile)
    defer {
      try? stdin.close()
      try? stdout.close()
      try? stderr.close()
    }

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let workingDirectory { process.currentDirectoryURL = workingDirectory }
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()

    let timedOut = wait(for: process, timeout: timeout)
    let output = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
    let errorOutput = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
    return ProcessResult(
      status: process.terminationStatus, output: output, errorOutput: errorOutput,
      timedOut: timedOut)
  }

  /// Waits for the process to end; returns whether it had to be stopped.
  private func wait(for process: Process, timeout: TimeSpan?) -> Bool {
    guard let timeout else {
      process.waitUntilExit()
      return false
    }
    let deadline = Date().addingTimeInterval(timeout.seconds)
    while process.isRunning && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.01)
    }
    guard process.isRunning else { return false }
    let group = process.processIdentifier
    // The child is its own process-group leader: stop the commands it started too.
    if kill(-group, SIGTERM) != 0 { process.terminate() }
    let grace = Date().addingTimeInterval(2)
    while process.isRunning && Date() < grace {
      Thread.sleep(forTimeInterval: 0.01)
    }
    if process.isRunning { kill(-group, SIGKILL) }
    process.waitUntilExit()
    return true
  }
}
