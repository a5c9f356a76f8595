import Foundation
import HTMLCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads XML with Foundation's `XMLParser` into a `MarkupElement` tree, reporting any error with
/// its line and column.
///
/// `parse()`'s result is not trusted (on Linux it returns `true` for empty input and for a missing
/// closing tag): errors come from the delegate and `parserError`, and no root element is an error.
final class XMLTreeBuilder: NSObject, XMLParserDelegate {
  /// Why the XML could not be read, and where.
  struct Failure: Error {
    var message: String
    var line: Int
    var column: Int
  }

  private var stack: [MarkupElement] = []
  private var root: MarkupElement?
  private var failure: Failure?
  private var pendingText = ""

  /// The root element of `data`, which must be UTF-8.
  static func tree(from data: Data) -> Result<MarkupElement, Failure> {
    let builder = XMLTreeBuilder()
    let parser = XMLParser(data: data)
    parser.shouldProcessNamespaces = true
    parser.shouldReportNamespacePrefixes = false
    parser.shouldResolveExternalEntities = false
    parser.delegate = builder
    _ = parser.parse()
    if builder.failure == nil, let error = parser.parserError {
      builder.failure = Failure(
        message: Self.describe(error), line: parser.lineNumber, column: parser.columnNumber)
    }
    if let failure = builder.failure { return .failure(failure) }
    guard let root = builder.root, builder.stack.isEmpty else {
      let message = builder.stack.isEmpty ? "no root element" : "the document ends too early"
      return .failure(Failure(message: message, line: parser.lineNumber, column: 1))
    }
    return .success(root)
  }

  private static func describe(_ error: Error) -> String {
    let code = (error as NSError).code
    return messages[code] ?? "malformed XML (parser error \(code))"
  }

  /// Readable texts for the libxml2 error codes `XMLParser` passes on.
  private static let messages: [Int: String] = [
    4: "the document is empty or not XML",
    5: "the document ends too early",
    9: "an invalid character",
    23: "an '&' that starts no entity",
    26: "an undeclared entity",
    38: "a '<' inside an attribute value",
    39: "an attribute without a value",
    41: "an attribute value without quotes",
    68: "a tag without a name",
    73: "a tag without its closing '>'",
    76: "a closing tag that does not match the open element",
    77: "an element that is never closed",
    85: "extra content after the document's root element",
  ]

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    flushText()
    let attributes = attributes.sorted { $0.key < $1.key }.map { key, value in
      let local = key.split(separator: ":").last.map(String.init) ?? key
      return MarkupAttribute(name: local, value: value)
    }
    stack.append(
      MarkupElement(
        name: elementName, namespace: namespaceURI.flatMap { $0.isEmpty ? nil : $0 },
        attributes: attributes))
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    flushText()
    guard let element = stack.popLast() else { return }
    if stack.isEmpty {
      root = element
    } else {
      stack[stack.count - 1].children.append(.element(element))
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    append(string)
  }

  func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
    append(String(decoding: CDATABlock, as: UTF8.self))
  }

  private func append(_ text: String) {
    guard !stack.isEmpty else { return }
    pendingText += text
  }

  private func flushText() {
    guard !pendingText.isEmpty, !stack.isEmpty else { return }
    stack[stack.count - 1].children.append(.text(pendingText))
    pendingText = ""
  }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    if failure == nil {
      failure = Failure(
        message: Self.describe(parseError), line: parser.lineNumber, column: parser.columnNumber)
    }
  }
}
