import Foundation

/// A written briefing to hand on: what it is and where its files are.
public struct DeliveryItem: Sendable, Hashable, Codable {
  /// The briefing's name.
  public var briefing: String
  /// Its heading, for the email subject.
  public var title: String
  /// The local date it is for, `YYYY-MM-DD`.
  public var date: String
  /// The files written for it (absolute).
  public var files: [URL]
  /// The output folder, so `copy_to` keeps the files' paths below it (`2024-05-06/x.md`).
  public var outputDirectory: URL?

  /// Creates an item.
  public init(
    briefing: String, title: String, date: String, files: [URL], outputDirectory: URL? = nil
  ) {
    self.briefing = briefing
    self.title = title
    self.date = date
    self.files = files
    self.outputDirectory = outputDirectory
  }

  /// The Markdown file, when one was written.
  public var markdownFile: URL? {
    files.first { $0.pathExtension == OutputFormat.markdown.fileExtension }
  }

  /// The plain-text file, when one was written.
  public var textFile: URL? { files.first { $0.pathExtension == OutputFormat.text.fileExtension } }
}

/// Where a briefing goes: a stored form of `DeliverySpec` for the pending-deliveries file.
public enum DeliveryTarget: Sendable, Hashable, Codable, CustomStringConvertible {
  /// Piped into a shell command, as a MIME email when `email`.
  case command(String, email: Bool, to: [String], from: String?)
  /// Copied into a folder.
  case copy(to: String)

  /// The target of a configured delivery.
  public init(_ spec: DeliverySpec) {
    switch spec {
    case .command(let command, let email, let to, let from):
      self = .command(command, email: email, to: to, from: from)
    case .copy(let folder): self = .copy(to: folder)
    }
  }

  /// How messages name it: `command 'sendmail -t'` or `copy to /srv/briefings`.
  public var description: String {
    switch self {
    case .command(let command, let email, _, _):
      "\(email ? "email via" : "command") '\(command)'"
    case .copy(let folder): "copy to \(folder)"
    }
  }
}

/// A delivery that failed and will be tried again on the next run.
public struct PendingDelivery: Sendable, Hashable, Codable {
  /// What to deliver.
  public var item: DeliveryItem
  /// Where to.
  public var target: DeliveryTarget
  /// How many times it has been tried.
  public var attempts: Int
  /// When it first failed.
  public var firstFailedAt: Date
  /// When it last failed.
  public var lastFailedAt: Date
  /// Why it last failed.
  public var lastError: String

  /// Creates a pending delivery.
  public init(
    item: DeliveryItem, target: DeliveryTarget, attempts: Int, firstFailedAt: Date,
    lastFailedAt: Date, lastError: String
  ) {
    self.item = item
    self.target = target
    self.attempts = attempts
    self.firstFailedAt = firstFailedAt
    self.lastFailedAt = lastFailedAt
    self.lastError = lastError
  }

  /// Whether it delivers the same briefing, date and target as `other`.
  func isSameDelivery(as other: PendingDelivery) -> Bool {
    item.briefing == other.item.briefing && item.date == other.item.date && target == other.target
  }
}
