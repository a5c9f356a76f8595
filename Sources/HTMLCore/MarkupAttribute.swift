/// One attribute of an element.
public struct MarkupAttribute: Sendable, Hashable {
  /// The local name (`href`, `rel`; `lang` for `xml:lang`).
  public var name: String
  /// The namespace URI for namespaced XML attributes.
  public var namespace: String?
  /// The value, entities decoded.
  public var value: String

  /// Creates an attribute.
  public init(name: String, namespace: String? = nil, value: String) {
    self.name = name
    self.namespace = namespace
    self.value = value
  }
}
