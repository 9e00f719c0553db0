import JobWrightCore
import JobWrightRender

enum ReportingView {
    static func section(of row: EditorState.ReportingRow) -> String {
        switch row {
        case .reportsTo: "Reports to"
        case .alsoReportsTo, .addAlsoReportsTo: "Also reports to (joint posts)"
        case .dotted, .addDotted: "Dotted line to"
        case .supervised, .addSupervised: "Supervises"
        case .worksWith, .addWorksWith: "Works with"
        }
    }

    /// The screen row of each reporting row (section headings sit between them); shared by the
    /// drawing and by mouse clicks.
    static func screenRows(_ state: EditorState, top: Int) -> [Int] {
        var y = top
        var lastSection = ""
        return state.reportingRows.map { row in
            if section(of: row) != lastSection { y += 1; lastSection = section(of: row) }
            defer { y += 1 }
            return y
        }
    }

    static func draw(_ state: EditorState, _ body: Rect, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let catalog = state.context.catalog
        let reporting = state.draft.reporting
        let split = min(44, state.width / 2)
        let rows = state.reportingRows
        func title(_ value: String) -> String {
            guard let role = catalog.role(value) else { return value }
            return role.title + (role.level == .building ? " [building]" : "")
        }
        let positions = screenRows(state, top: body.top)
        for (index, row) in rows.enumerated() {
            let text = switch row {
            case .reportsTo: reporting.reportsTo.map(title) ?? "(not set: Enter to pick)"
            case .alsoReportsTo(let i): title(reporting.alsoReportsTo[i])
            case .dotted(let i): title(reporting.dottedLines[i])
            case .supervised(let i): "\(title(reporting.supervises[i].role))  x\(reporting.supervises[i].count ?? 1)"
            case .worksWith(let i): title(reporting.worksWith[i])
            case .addAlsoReportsTo, .addDotted, .addSupervised, .addWorksWith: "+ add"
            }
            let y = positions[index]
            guard y < body.bottom else { break }
            if index == 0 || section(of: rows[index - 1]) != section(of: row) { canvas.put(y - 1, 0, section(of: row), .heading, limit: split - 1) }
            View.listRow(&canvas, y, 1, split - 2, text, selected: index == state.reporting.selected, glyphs: glyphs,
                         style: text.hasPrefix("+") ? .muted : .plain)
        }
        for row in body.top..<body.bottom { canvas.put(row, split, String(glyphs.vertical), .muted) }
        canvas.put(body.top, split + 2, "Org chart", .heading)
        let bosses = ([reporting.reportsTo].compactMap { $0 } + reporting.alsoReportsTo).map { Draft.roleTitle($0, in: catalog) }
        let chart = OrgChart(reportsTo: bosses.isEmpty ? nil : bosses.joined(separator: " and "),
                             position: state.draft.position.title?.nilIfBlank ?? "Untitled position",
                             supervises: reporting.supervises.map { Draft.roleTitle($0.role, in: catalog) + " (\($0.count ?? 1))" },
                             dottedLines: reporting.dottedLines.map { Draft.roleTitle($0, in: catalog) })
        let lines = chart.lines(ascii: state.context.ascii, width: state.width - split - 3)
        for (offset, line) in lines.prefix(body.height - 4).enumerated() { canvas.put(body.top + 2 + offset, split + 2, line) }
        if let reportsTo = reporting.reportsTo, let role = catalog.role(reportsTo), role.level == .building {
            let warning = View.wrap("! \(role.title) is a building-level role. The profile places the technology director at the central office, reporting to the superintendent or a central-office leader.", width: state.width - split - 3)
            for (offset, line) in warning.prefix(4).enumerated() { canvas.put(body.bottom - 4 + offset, split + 2, line, .warning) }
        }
    }
}
