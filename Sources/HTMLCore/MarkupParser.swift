internal import CLibXML2

/// Parses HTML and XML with libxml2 into `MarkupElement` trees.
///
/// Input is UTF-8: decode bytes with the document's charset first. Declarations inside the
/// document (`<meta charset>`, `<?xml encoding?>`) are ignored, so text is never decoded twice.
public enum MarkupParser {
  /// Parses real-world HTML in recover mode and returns its root element (normally `html`);
  /// never fails: broken markup is repaired the way browsers do.
  public static func html(utf8 bytes: [UInt8], url: String? = nil) -> MarkupElement {
    let document = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        htmlReadMemory(
          chars.baseAddress, Int32(clamping: chars.count), url, "UTF-8",
          briefing_html_options())
      }
    }
    guard let document else { return MarkupElement(name: "html") }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document) else { return MarkupElement(name: "html") }
    return convert(root, isHTML: true)
  }

  /// Parses XML in recover mode (for broken feeds) and returns the root element, or `nil` when
  /// nothing usable is there.
  public static func recoveringXML(utf8 bytes: [UInt8]) -> MarkupElement? {
    let document = bytes.withUnsafeBufferPointer { buffer -> xmlDocPtr? in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        xmlReadMemory(
          chars.baseAddress, Int32(clamping: chars.count), nil, "UTF-8",
          briefing_xml_recover_options())
      }
    }
    guard let document else { return nil }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document) else { return nil }
    return convert(root, isHTML: false)
  }

  private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    guard let pointer else { return nil }
    return pointer.withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
  }

  private static func convert(_ node: xmlNodePtr, isHTML: Bool) -> MarkupElement {
    let name = string(node.pointee.name) ?? ""
    var element = MarkupElement(
      name: isHTML ? name.lowercased() : name,
      namespace: isHTML ? nil : string(node.pointee.ns?.pointee.href))
    var attribute = node.pointee.properties
    while let current = attribute {
      let attributeName = string(current.pointee.name) ?? ""
      var value = ""
      if let text = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
        value = string(text) ?? ""
        briefing_xml_free(text)
      }
      element.attributes.append(
        MarkupAttribute(
          name: isHTML ? attributeName.lowercased() : attributeName,
          namespace: isHTML ? nil : string(current.pointee.ns?.pointee.href), value: value))
      attribute = current.pointee.next
    }
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        element.children.append(.element(convert(current, isHTML: isHTML)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let text = string(current.pointee.content), !text.isEmpty {
          element.children.append(.text(text))
        }
      case XML_ENTITY_REF_NODE:
        if let text = xmlNodeGetContent(current) {
          element.children.append(.text(string(text) ?? ""))
          briefing_xml_free(text)
        }
      default:
        break
      }
      child = current.pointee.next
    }
    return element
  }
}
