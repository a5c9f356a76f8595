import ArgumentParser

/// The program entry: runs the command tree asynchronously.
@main
enum Entry {
  static func main() async {
    await BriefingCommand.main()
  }
}
