/// A draft field path as an HR officer reads it: `qualifications.required[2]` is "Required
/// qualifications, item 3", `rubric.rows[1].weight` is "Rubric row 2"; the Checks screen shows
/// these instead of the file's keys.
enum FieldNames {
    static func name(_ path: String?) -> String {
        guard let path, !path.isEmpty else { return "Posting" }
        // The field, and the 1-based number of the first list item in the path, if any.
        var base = path
        var item: Int?
        if let open = path.firstIndex(of: "["), let close = path[open...].firstIndex(of: "]"),
           let index = Int(path[path.index(after: open)..<close]) {
            base = String(path[..<open])
            item = index + 1
        }
        let named: String
        if let field = FormField.all.first(where: { $0.path == base }) {
            named = field.section == "Qualifications" ? "\(field.label) qualifications" : field.label
        } else {
            named = [("competencies", "Bullet"), ("customCompetencies", "Your own bullet"), ("rubric.rows", "Rubric row"),
                     ("rubric.committee", "Committee member"), ("rubric.scale", "Rubric scale"), ("rubric", "Rubric"),
                     ("reporting.reportsTo", "Reports to"), ("reporting.alsoReportsTo", "Also reports to"),
                     ("reporting.dottedLines", "Dotted line"), ("reporting.supervises", "Supervises"),
                     ("reporting.worksWith", "Works with"), ("reporting", "Reporting lines"), ("application", "How to apply"),
                     ("notices", "Notices"), ("position", "Position"), ("compensation", "Pay")]
                .first { base == $0.0 || base.hasPrefix($0.0 + ".") }?.1 ?? base
        }
        guard let item else { return named }
        return named.hasSuffix("row") || named.hasPrefix("Bullet") || named.hasPrefix("Your own") || named.hasPrefix("Committee")
            || named == "Dotted line" ? "\(named) \(item)" : "\(named), item \(item)"
    }
}
