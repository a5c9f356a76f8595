extension ViewSchema {
  /// The variable reference of `docs/templates.md`: a table per shape of data.
  static var reference: String {
    var lines: [String] = []
    for schema in all {
      lines.append("### \(schema.name.prefix(1).uppercased() + schema.name.dropFirst())")
      lines.append("")
      lines.append("Available \(schema.scope).")
      lines.append("")
      lines.append("| variable | kind | what it holds |")
      lines.append("|---|---|---|")
      for field in schema.fields {
        lines.append("| `\(field.name)` | \(field.value.label) | \(field.summary) |")
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }
}
