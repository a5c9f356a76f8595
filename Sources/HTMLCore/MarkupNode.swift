/// One node of a parsed HTML or XML tree: an element or a run of text.
public enum MarkupNode: Sendable, Hashable {
  /// An element with its attributes and children.
  case element(MarkupElement)
  /// Character data (text or CDATA), entities already decoded.
  case text(String)

  /// The element, when the node is one.
  public var element: MarkupElement? {
    if case .element(let element) = self { return element }
    return nil
  }

  /// All the text under the node, in document order.
  public var textContent: String {
    switch self {
    case .element(let element): element.textContent
    case .text(let text): text
    }
  }
}
