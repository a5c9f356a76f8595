/// An element of a parsed HTML or XML tree, as a plain value.
///
/// HTML element and attribute names are lowercase; XML names are local names with the namespace
/// URI kept apart, so `dc:creator` is `creator` in `http://purl.org/dc/elements/1.1/`.
public struct MarkupElement: Sendable, Hashable {
  /// The local name.
  public var name: String
  /// The namespace URI (XML only).
  public var namespace: String?
  /// The attributes, in document order.
  public var attributes: [MarkupAttribute]
  /// The child nodes, in document order.
  public var children: [MarkupNode]

  /// Creates an element.
  public init(
    name: String, namespace: String? = nil, attributes: [MarkupAttribute] = [],
    children: [MarkupNode] = []
  ) {
    self.name = name
    self.namespace = namespace
    self.attributes = attributes
    self.children = children
  }

  /// The value of the first attribute with the given local name.
  public func attribute(_ name: String) -> String? {
    attributes.first { $0.name == name }?.value
  }

  /// The child elements, in document order.
  public var elements: [MarkupElement] {
    children.compactMap(\.element)
  }

  /// The first child element with the given local name (and namespace, when given).
  public func firstChild(named name: String, namespace: String? = nil) -> MarkupElement? {
    for case .element(let child) in children
    where child.name == name && (namespace == nil || child.namespace == namespace) {
      return child
    }
    return nil
  }

  /// The child elements with the given local name (and namespace, when given).
  public func children(named name: String, namespace: String? = nil) -> [MarkupElement] {
    elements.filter { $0.name == name && (namespace == nil || $0.namespace == namespace) }
  }

  /// All the text under the element, in document order.
  public var textContent: String {
    var text = ""
    appendText(to: &text)
    return text
  }

  private func appendText(to text: inout String) {
    for child in children {
      switch child {
      case .text(let run): text += run
      case .element(let element): element.appendText(to: &text)
      }
    }
  }

  /// Every element below this one that satisfies `predicate`, in document order.
  public func descendants(where predicate: (MarkupElement) -> Bool) -> [MarkupElement] {
    var found: [MarkupElement] = []
    collect(into: &found, where: predicate)
    return found
  }

  private func collect(
    into found: inout [MarkupElement], where predicate: (MarkupElement) -> Bool
  ) {
    for case .element(let child) in children {
      if predicate(child) { found.append(child) }
      child.collect(into: &found, where: predicate)
    }
  }

  /// The first element below this one, in document order, that satisfies `predicate`.
  public func firstDescendant(where predicate: (MarkupElement) -> Bool) -> MarkupElement? {
    for case .element(let child) in children {
      if predicate(child) { return child }
      if let found = child.firstDescendant(where: predicate) { return found }
    }
    return nil
  }
}
