/// Draws the position's reporting lines as a small tree:
///
///     Superintendent of Schools
///     └── Director of Technology (this position)
///         ┄┄┄ dotted line to Assistant Superintendent for Teaching and Learning
///         ├── Network Administrator (1)
///         └── Help Desk Technician (2)
///
/// in box drawing, or in plain ASCII for printers. Long titles wrap under their branch.
public struct OrgChart: Sendable {
    public var reportsTo: String?
    public var position: String
    public var supervises: [String]
    public var dottedLines: [String]

    public init(reportsTo: String?, position: String, supervises: [String], dottedLines: [String]) {
        self.reportsTo = reportsTo; self.position = position; self.supervises = supervises; self.dottedLines = dottedLines
    }

    struct Glyphs {
        var branch, last, pipe, space, dotted: String
        static let unicode = Glyphs(branch: "├── ", last: "└── ", pipe: "│   ", space: "    ", dotted: "┄┄┄ ")
        static let ascii = Glyphs(branch: "+-- ", last: "`-- ", pipe: "|   ", space: "    ", dotted: "... ")
    }

    /// The chart's lines, none wider than `width` columns unless one word is (0 = no limit).
    public func lines(ascii: Bool, width: Int) -> [String] {
        let glyphs = ascii ? Glyphs.ascii : Glyphs.unicode
        var lines: [String] = []
        func add(_ text: String, first: String, rest: String) {
            let available = width > 0 ? max(12, width - DisplayWidth.of(first)) : 0
            let wrapped = TextLayout(width: available).wrap(text)
            for (index, part) in wrapped.enumerated() { lines.append((index == 0 ? first : rest) + part) }
        }
        var indent = ""
        if let reportsTo {
            add(reportsTo, first: "", rest: "")
            add(position + " (this position)", first: glyphs.last, rest: glyphs.space)
            indent = glyphs.space
        } else {
            add(position + " (this position)", first: "", rest: "")
        }
        for dotted in dottedLines {
            add("dotted line to " + dotted, first: indent + glyphs.dotted, rest: indent + glyphs.space)
        }
        for (index, child) in supervises.enumerated() {
            let isLast = index == supervises.count - 1
            add(child, first: indent + (isLast ? glyphs.last : glyphs.branch),
                rest: indent + (isLast ? glyphs.space : glyphs.pipe))
        }
        return lines
    }

    /// The chart in one sentence, for a screen reader: "Director of Technology (this position)
    /// reports to Superintendent of Schools, has a dotted line to ... and supervises ...".
    public var summary: String {
        var clauses: [String] = []
        if let reportsTo { clauses.append("reports to " + reportsTo) }
        if !dottedLines.isEmpty { clauses.append("has a dotted line to " + Self.list(dottedLines)) }
        if !supervises.isEmpty { clauses.append("supervises " + Self.list(supervises)) }
        let subject = position + " (this position)"
        return clauses.isEmpty ? subject + "." : subject + " " + Self.list(clauses) + "."
    }

    /// "a", "a and b", "a, b and c".
    private static func list(_ items: [String]) -> String {
        items.count <= 2 ? items.joined(separator: " and ") : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
