import Foundation

/// Finds key figures: counts with what they count, money, percentages, dates and more.
public struct FigureExtractor: Sendable {
  /// Creates the figure rules.
  public init() {}

  /// The figures of an article in reading order; relative dates resolve against `published`.
  public func figures(in text: ArticleText, published: Date?) -> [Figure] {
    []
  }
}
