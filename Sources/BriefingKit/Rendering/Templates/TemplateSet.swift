import Foundation

/// The templates of one briefing, per output format: a main template (`briefing.md.mustache`)
/// and the partials it can include by name (`{{> story}}` is `story.md.mustache`).
///
/// A briefing's `templates:` may name, per format, a template file or a folder. A file becomes
/// the main template, and the other `*.<ext>.mustache` files beside it override the shipped
/// partials of the same name. A folder overrides by name: its `briefing.<ext>.mustache` (if any)
/// is the main template and its other `*.<ext>.mustache` files are partials. Anything not
/// overridden comes from the shipped templates, which are embedded in the library.
public struct TemplateSet: Sendable, Hashable {
  /// The templates of one format.
  public struct Templates: Sendable, Hashable {
    /// The template the briefing is rendered with.
    public var main: TemplateSource
    /// The partials by name.
    public var partials: [String: TemplateSource]

    /// Creates a format's templates.
    public init(main: TemplateSource, partials: [String: TemplateSource]) {
      self.main = main
      self.partials = partials
    }
  }

  /// The templates per format.
  public var formats: [OutputFormat: Templates]

  /// The name of the main template file of each format, without the format's extension.
  public static let mainName = "briefing"
  /// The extension every template file ends with.
  public static let templateExtension = "mustache"

  /// Creates a set from templates per format; formats left out use the shipped templates.
  public init(formats: [OutputFormat: Templates]) {
    var all = formats
    for format in OutputFormat.allCases where all[format] == nil {
      all[format] = Self.shippedTemplates(for: format)
    }
    self.formats = all
  }

  /// The shipped templates.
  public static let shipped = TemplateSet(formats: [:])

  /// Loads the templates at `paths` (absolute file or folder URLs, per format) over the shipped
  /// ones.
  /// - Throws: `BriefingError` (`.template`) naming every path that cannot be read.
  public init(paths: [OutputFormat: URL]) throws {
    var formats: [OutputFormat: Templates] = [:]
    var diagnostics: [Diagnostic] = []
    for format in OutputFormat.allCases {
      guard let url = paths[format] else { continue }
      do {
        formats[format] = try Self.load(url, format: format)
      } catch let error as BriefingError {
        diagnostics += error.diagnostics
      }
    }
    if !diagnostics.isEmpty {
      throw BriefingError(step: .render, reason: .template, diagnostics: diagnostics)
    }
    self.init(formats: formats)
  }

  /// Loads the templates a briefing names in its `templates:`, paths resolved against the
  /// configuration's folder.
  public init(for spec: BriefingSpec, in config: BriefingConfig) throws {
    try self.init(paths: spec.templates.mapValues { config.resolve($0) })
  }

  /// The templates of a format.
  public subscript(format: OutputFormat) -> Templates {
    formats[format] ?? Self.shippedTemplates(for: format)
  }

  /// The file name of a template: `story` in Markdown is `story.md.mustache`.
  public static func fileName(_ name: String, format: OutputFormat) -> String {
    "\(name).\(format.fileExtension).\(templateExtension)"
  }

  /// The shipped templates of a format.
  static func shippedTemplates(for format: OutputFormat) -> Templates {
    let suffix = ".\(format.fileExtension).\(templateExtension)"
    var sources: [String: TemplateSource] = [:]
    for (file, text) in ShippedTemplates.files where file.hasSuffix(suffix) {
      let name = String(file.dropLast(suffix.count))
      sources[name] = TemplateSource(name: name, file: "Templates/" + file, text: text)
    }
    let main =
      sources.removeValue(forKey: mainName)
      ?? TemplateSource(
        name: mainName, file: "Templates/" + fileName(mainName, format: format), text: "")
    return Templates(main: main, partials: sources)
  }

  /// Loads a format's templates from a file or folder over the shipped ones.
  static func load(_ url: URL, format: OutputFormat) throws -> Templates {
    var templates = shippedTemplates(for: format)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw BriefingError(
        step: .render, reason: .template, "template '\(url.path)' does not exist",
        hint: "fix the \(format.rawValue) path under the briefing's `templates:`, or remove it "
          + "to use the shipped template")
    }
    let folder = isDirectory.boolValue ? url : url.deletingLastPathComponent()
    let suffix = ".\(format.fileExtension).\(templateExtension)"
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted()
    } catch {
      throw unreadable(folder)
    }
    let mainFile =
      isDirectory.boolValue ? fileName(mainName, format: format) : url.lastPathComponent
    for file in names where file != mainFile {
      let name = String(file.dropLast(suffix.count))
      templates.partials[name] = try source(at: folder.appendingPathComponent(file), name: name)
    }
    let mainURL = folder.appendingPathComponent(mainFile)
    if !isDirectory.boolValue || names.contains(mainFile) {
      templates.main = try source(at: mainURL, name: mainName)
    }
    return templates
  }

  private static func source(at url: URL, name: String) throws -> TemplateSource {
    guard let data = FileManager.default.contents(atPath: url.path) else { throw unreadable(url) }
    guard var text = String(data: data, encoding: .utf8) else {
      throw BriefingError(
        step: .render, reason: .template, "template '\(url.path)' is not UTF-8 text",
        hint: "save the template as UTF-8")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return TemplateSource(name: name, file: url.path, text: text)
  }

  private static func unreadable(_ url: URL) -> BriefingError {
    BriefingError(
      step: .render, reason: .template, "cannot read template '\(url.path)'",
      hint: "check that the file exists and is readable")
  }
}
