import Foundation

/// Finds the absolute path of the running `briefing` binary, for the units' `ExecStart=`.
public enum ExecutableLocator {
  /// The running executable: `/proc/self/exe` resolved, else `argv[0]` made absolute.
  public static func current() -> URL {
    if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
      target.hasPrefix("/")
    {
      return URL(fileURLWithPath: target).standardizedFileURL
    }
    if let url = Bundle.main.executableURL { return url.resolvingSymlinksInPath() }
    let first = CommandLine.arguments.first ?? "briefing"
    let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    return URL(fileURLWithPath: first, relativeTo: base).standardizedFileURL
  }
}
