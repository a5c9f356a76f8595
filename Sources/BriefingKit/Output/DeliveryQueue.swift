import Foundation

/// The pending-deliveries file of one briefing: `<state>/deliveries/<briefing>.json`, rewritten
/// atomically. Use it while holding the briefing's `RunLock`.
public struct DeliveryQueue: Sendable {
  /// The state folder.
  public var stateDirectory: URL

  /// Creates the queue in the state folder.
  public init(stateDirectory: URL) {
    self.stateDirectory = stateDirectory
  }

  /// The file of `briefing`.
  public func file(for briefing: String) -> URL {
    stateDirectory.appendingPathComponent("deliveries", isDirectory: true)
      .appendingPathComponent("\(briefing).json")
  }

  /// The deliveries of `briefing` waiting to be retried, oldest first.
  public func pending(for briefing: String) throws -> [PendingDelivery] {
    let url = file(for: briefing)
    guard FileManager.default.fileExists(atPath: url.path) else { return [] }
    do {
      return try RunLedger.decoder.decode(Queue.self, from: Data(contentsOf: url)).pending
    } catch {
      throw BriefingError(
        step: .deliver, reason: .unreadable,
        "cannot read the pending deliveries \(url.path): \(error.localizedDescription)",
        hint: "move the file away; the deliveries listed in it will not be retried")
    }
  }

  /// Replaces the pending deliveries of `briefing` (removing the file when none are left).
  public func save(_ pending: [PendingDelivery], for briefing: String) throws {
    let url = file(for: briefing)
    do {
      if pending.isEmpty {
        if FileManager.default.fileExists(atPath: url.path) {
          try FileManager.default.removeItem(at: url)
        }
        return
      }
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try RunLedger.encoder.encode(Queue(pending: pending)).write(to: url, options: .atomic)
    } catch {
      throw BriefingError(
        step: .deliver, reason: .output,
        "cannot write the pending deliveries \(url.path): \(error.localizedDescription)",
        hint: "check that the state folder is writable and the disk is not full")
    }
  }

  private struct Queue: Codable {
    var version = 1
    var pending: [PendingDelivery]
  }
}
