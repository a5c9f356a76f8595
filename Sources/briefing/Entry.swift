import ArgumentParser

/// The program entry: runs the command tree asynchronously.
@main
enum Entry {
  static func main() async {
    if let extract = ExtractCommand.parsingManyFiles(Array(CommandLine.arguments.dropFirst())) {
      do {
        try await extract.run()
      } catch {
        BriefingCommand.exit(withError: error)
      }
      return
    }
    await BriefingCommand.main()
  }
}
