import JobWrightCore
import JobWrightRender

enum PositionView {
    static func draw(_ state: EditorState, _ body: Rect, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let fields = FormField.all
        let visible = body.height - 2
        let first = View.scroll(selected: state.position.selected, visible: visible)
        let labelWidth = 18
        for (offset, index) in (first..<min(fields.count, first + visible)).enumerated() {
            let field = fields[index]
            let row = body.top + offset
            let selected = index == state.position.selected
            let label = DisplayWidth.pad(field.label, to: labelWidth - 2)
            if selected, let editing = state.position.editing {
                canvas.put(row, 0, glyphs.marker + label, CellStyle(bold: true))
                let boxWidth = body.width - labelWidth - 2
                let (text, cursor) = editing.visible(width: boxWidth)
                canvas.put(row, labelWidth, text, CellStyle(underline: true))
                canvas.style(row, labelWidth + DisplayWidth.of(text), max(0, boxWidth - DisplayWidth.of(text)), CellStyle(underline: true))
                canvas.cursor = (row, labelWidth + cursor)
                continue
            }
            var value = field.get(state.draft)
            if case .choice(let choices) = field.kind { value = "< \(value.isEmpty ? "not set" : value) >  (\(choices.joined(separator: "/")))" }
            let shown = value.isEmpty ? "-" : value.split(whereSeparator: \.isNewline).joined(separator: " ")
            View.listRow(&canvas, row, 0, body.width, label + shown, selected: selected, glyphs: glyphs,
                         style: value.isEmpty ? .muted : .plain)
        }
        let field = fields[state.position.selected]
        let infoRow = body.top + body.height - 1
        if let error = state.position.error {
            canvas.put(infoRow, 2, "! " + error, .error)
        } else {
            canvas.put(infoRow, 2, "\(field.section) - \(field.hint)", .muted)
        }
        if state.position.selected < first || fields.count > visible {
            canvas.put(body.top + body.height - 2, body.width - 12, "\(state.position.selected + 1)/\(fields.count)", .muted)
        }
    }
}

enum CompetencyView {
    static func detailHeight(_ state: EditorState) -> Int { max(4, min(7, (state.height - 6) / 3)) }
    static func listHeight(_ state: EditorState) -> Int { state.height - View.bodyTop - 2 - detailHeight(state) }

    static func draw(_ state: EditorState, _ body: Rect, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let catalog = state.context.catalog
        let split = View.competencySplit(state.width)
        let listHeight = listHeight(state)
        let chosen = Set(state.draft.competencies)
        let screen = state.competencies
        // Areas, with chosen/total (counted from the few chosen ids, not the whole library).
        canvas.put(body.top, 0, "Areas (chosen/total)", screen.focus == .areas ? .heading : CellStyle(bold: true))
        var chosenPerArea: [String: Int] = [:]
        for id in state.draft.competencies {
            if let area = state.draft.bullet(id, in: catalog)?.area { chosenPerArea[area, default: 0] += 1 }
        }
        for (index, area) in catalog.areas.enumerated() where index + 1 < listHeight {
            let total = catalog.competencies(inArea: area.id).count + state.draft.customCompetencies.filter { $0.area == area.id }.count
            let count = "\(chosenPerArea[area.id] ?? 0)/\(total)"
            let title = DisplayWidth.pad(String("\(area.number). \(area.title)".prefix(split - count.count - 4)), to: split - count.count - 3)
            View.listRow(&canvas, body.top + 1 + index, 0, split - 1, title + count, selected: index == screen.area && screen.filter == nil,
                         focused: screen.focus == .areas, glyphs: glyphs)
        }
        for row in body.top..<(body.top + listHeight) { canvas.put(row, split - 1, String(glyphs.vertical), .muted) }
        // Bullets of the area, or the filter's matches.
        let bullets = state.visibleBullets
        let left = split + 1, width = state.width - split - 1
        if let filter = screen.filter {
            let heading = "Filter: /\(filter)\(screen.filterEditing ? "_" : "")  \(bullets.count) match\(bullets.count == 1 ? "" : "es") in all areas"
            canvas.put(body.top, left, heading, .heading, limit: width)
            if screen.filterEditing { canvas.cursor = (body.top, left + 9 + DisplayWidth.of(filter)) }
        } else if catalog.areas.indices.contains(screen.area) {
            canvas.put(body.top, left, catalog.areas[screen.area].title, screen.focus == .bullets ? .heading : CellStyle(bold: true), limit: width)
        }
        let first = View.bulletScroll(state)
        for (offset, index) in (first..<min(bullets.count, first + listHeight - 1)).enumerated() {
            let bullet = bullets[index]
            let box = chosen.contains(bullet.id) ? "[x] " : "[ ] "
            let kind = bullet.kind == .knowledge ? "(K) " : ""
            View.listRow(&canvas, body.top + 1 + offset, left, width, box + kind + bullet.text.collapsingWhitespace, selected: index == screen.bullet,
                         focused: screen.focus == .bullets, glyphs: glyphs)
        }
        if bullets.isEmpty { canvas.put(body.top + 1, left + 2, screen.filter != nil ? "No bullet matches." : "No bullets.", .muted) }
        // Detail of the highlighted bullet.
        let detailTop = body.top + listHeight
        canvas.fill(detailTop, 0, state.width, glyphs.horizontal, .muted)
        guard bullets.indices.contains(screen.bullet) else { return }
        let bullet = bullets[screen.bullet]
        var lines = [bullet.id + (bullet.kind == .knowledge ? " (knowledge)" : " (duty)")
                     + (chosen.contains(bullet.id) ? ", chosen #\((state.draft.competencies.firstIndex(of: bullet.id) ?? 0) + 1)" : "")]
        for id in bullet.aligns {
            guard let standard = catalog.standard(id) else { continue }
            lines.append("  \(shortLabel(standard)): \(standard.title)\(standard.isVerified ? "" : " (unverified)")")
        }
        for (offset, line) in lines.prefix(detailHeight(state) - 1).enumerated() {
            canvas.put(detailTop + 1 + offset, 1, line, offset == 0 ? CellStyle(bold: true) : .plain, limit: state.width - 2)
        }
    }
}

/// A standard as the editor names it beside its title: "CoSN", "ISTE 3.4.c", "603 CMR II-d".
func shortLabel(_ standard: Standard) -> String {
    switch standard.frameworkID {
    case "cosn": "CoSN"
    case "iste": "ISTE \(standard.code)"
    case "ma-admin": "603 CMR \(standard.code)"
    default: "\(standard.frameworkID) \(standard.code)"
    }
}

enum ReportingView {
    static func section(of row: EditorState.ReportingRow) -> String {
        switch row {
        case .reportsTo: "Reports to"
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
            case .dotted(let i): title(reporting.dottedLines[i])
            case .supervised(let i): "\(title(reporting.supervises[i].role))  x\(reporting.supervises[i].count ?? 1)"
            case .worksWith(let i): title(reporting.worksWith[i])
            case .addDotted, .addSupervised, .addWorksWith: "+ add"
            }
            let y = positions[index]
            guard y < body.bottom else { break }
            if index == 0 || section(of: rows[index - 1]) != section(of: row) { canvas.put(y - 1, 0, section(of: row), .heading) }
            View.listRow(&canvas, y, 1, split - 2, text, selected: index == state.reporting.selected, glyphs: glyphs,
                         style: text.hasPrefix("+") ? .muted : .plain)
        }
        for row in body.top..<body.bottom { canvas.put(row, split, String(glyphs.vertical), .muted) }
        canvas.put(body.top, split + 2, "Org chart", .heading)
        let chart = OrgChart(reportsTo: reporting.reportsTo.map { Draft.roleTitle($0, in: catalog) },
                             position: state.draft.position.title ?? "This position",
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

enum RubricView {
    static func draw(_ state: EditorState, _ body: Rect, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let catalog = state.context.catalog
        let rows = state.draft.resolvedRubricRows(in: catalog)
        let scale = state.draft.rubricScale(in: catalog)
        canvas.put(body.top, 0, "Scale: \(scale?.name ?? "-") (\((scale?.levels ?? []).map(\.name).joined(separator: ", ")))", .heading, limit: state.width)
        let total = rows.reduce(0) { $0 + $1.weight }
        let listTop = body.top + 1
        let detailHeight = 6
        let visible = body.height - detailHeight - 1
        let count = rows.count + 2
        let first = View.scroll(selected: state.rubric.selected, visible: visible)
        for (offset, index) in (first..<min(count, first + visible)).enumerated() {
            let row = listTop + offset
            let selected = index == state.rubric.selected
            if index < rows.count {
                if selected, let editing = state.rubric.editingName {
                    let (text, cursor) = editing.visible(width: state.width - 10)
                    canvas.put(row, 0, glyphs.marker + "\(index + 1). ", CellStyle(bold: true))
                    canvas.put(row, 6, text, CellStyle(underline: true))
                    canvas.cursor = (row, 6 + cursor)
                    continue
                }
                let r = rows[index]
                let weight = "w\(Amount(r.weight))"
                let name = DisplayWidth.pad(String(r.name.prefix(34)), to: 35)
                let question = state.draft.rubric.rows[index].question ?? "custom question"
                View.listRow(&canvas, row, 0, state.width, "\(index + 1). \(name) \(DisplayWidth.pad(weight, to: 5)) \(question)",
                             selected: selected, glyphs: glyphs)
            } else if index == rows.count {
                View.listRow(&canvas, row, 0, state.width, "+ add a row for the next area with chosen bullets", selected: selected, glyphs: glyphs, style: .muted)
            } else if selected, let editing = state.rubric.editingCommittee {
                canvas.put(row, 0, glyphs.marker + "Committee: ", CellStyle(bold: true))
                let (text, cursor) = editing.visible(width: state.width - 14)
                canvas.put(row, 13, text, CellStyle(underline: true))
                canvas.cursor = (row, 13 + cursor)
            } else {
                let names = state.draft.rubric.committee.map(\.name).joined(separator: ", ")
                View.listRow(&canvas, row, 0, state.width, "Committee: " + (names.isEmpty ? "(Enter to name the members)" : names),
                             selected: selected, glyphs: glyphs)
            }
        }
        let detailTop = body.bottom - detailHeight
        canvas.fill(detailTop, 0, state.width, glyphs.horizontal, .muted)
        canvas.put(detailTop, 2, " \(rows.count) competencies, total weight \(Amount(total)) ", .muted)
        guard rows.indices.contains(state.rubric.selected) else { return }
        let row = rows[state.rubric.selected]
        var lines = View.wrap("Q (\(row.questionType?.rawValue ?? "custom")): " + row.questionText.collapsingWhitespace, width: state.width - 2)
        lines.append("Assesses: " + row.assesses.map(\.id).joined(separator: ", "))
        let codes = row.alignments.compactMap { catalog.standard($0) }.filter { $0.frameworkID == "iste" }.map(\.code)
        lines.append("ISTE: " + codes.joined(separator: ", "))
        for (offset, line) in lines.prefix(detailHeight - 1).enumerated() { canvas.put(detailTop + 1 + offset, 1, line, limit: state.width - 2) }
    }
}

enum PreviewView {
    static func draw(_ state: EditorState, _ body: Rect, _ canvas: inout Canvas) {
        let lines = state.preview.lines
        let visible = body.height - 1
        let first = min(state.preview.scroll, max(0, lines.count - 1))
        let last = min(lines.count, first + visible)
        let document = state.preview.document == .posting ? "Posting" : "Rubric"
        canvas.put(body.top, 0, "\(document) as `jobwright render` prints it (t: \(state.preview.document == .posting ? "rubric" : "posting"))   lines \(lines.isEmpty ? 0 : first + 1)-\(last) of \(lines.count)", .heading, limit: state.width)
        for (offset, line) in lines[first..<last].enumerated() { canvas.put(body.top + 1 + offset, 1, line) }
    }
}

enum ExportView {
    static func draw(_ state: EditorState, _ body: Rect, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        canvas.put(body.top, 0, "Format", .heading)
        for (index, choice) in ExportScreenState.choices.enumerated() {
            let radio = index == state.export.selectedFormat ? "(*) " : "( ) "
            let name = "\(choice.0 == .posting ? "Posting" : "Rubric") as \(choice.1.rawValue)"
            View.listRow(&canvas, body.top + 1 + index, 1, state.width - 2, radio + name, selected: state.export.choice == index, glyphs: glyphs)
        }
        let pathRow = body.top + 2 + ExportScreenState.choices.count
        canvas.put(pathRow - 1 + 1, 0, "", .plain)
        if state.export.editingPath {
            canvas.put(pathRow, 1, glyphs.marker + "File: ", CellStyle(bold: true))
            let (text, cursor) = state.export.path.visible(width: state.width - 12)
            canvas.put(pathRow, 10, text, CellStyle(underline: true))
            canvas.cursor = (pathRow, 10 + cursor)
        } else {
            View.listRow(&canvas, pathRow, 1, state.width - 2, "File: " + state.export.path.text,
                         selected: state.export.choice == ExportKeys.rowCount - 2, glyphs: glyphs)
        }
        View.listRow(&canvas, pathRow + 2, 1, 20, "[ Write ]", selected: state.export.choice == ExportKeys.rowCount - 1, glyphs: glyphs)
        canvas.put(pathRow + 4, 1, "Files are written whole (a temporary file, then renamed) and replace what was there.", .muted, limit: state.width - 2)
    }
}

enum ChecksView {
    static func draw(_ state: EditorState, _ body: Rect, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let findings = state.checks.findings
        let counts = state.findingCounts
        var body = body
        if !state.openErrors.isEmpty {
            canvas.put(body.top, 0, "The file had problems when it was opened; it is not overwritten until you save:", .error, limit: state.width)
            for (offset, error) in state.openErrors.prefix(3).enumerated() { canvas.put(body.top + 1 + offset, 1, error, .error, limit: state.width - 2) }
            let used = 1 + min(3, state.openErrors.count)
            body = Rect(top: body.top + used, left: body.left, width: body.width, height: body.height - used)
        }
        canvas.put(body.top, 0, "\(counts.errors) errors, \(counts.warnings) warnings, \(findings.count - counts.errors - counts.warnings) notices   Enter: go to the field", .heading, limit: state.width)
        let detailHeight = 6
        let visible = body.height - detailHeight - 1
        let first = View.scroll(selected: state.checks.selected, visible: visible)
        for (offset, index) in (first..<min(findings.count, first + visible)).enumerated() {
            let finding = findings[index]
            let mark = finding.severity == .error ? "E" : finding.severity == .warning ? "W" : "i"
            let style: CellStyle = finding.severity == .error ? .error : finding.severity == .warning ? .warning : .plain
            View.listRow(&canvas, body.top + 1 + offset, 0, state.width, "\(mark) \(finding.field ?? "-"): \(finding.message)",
                         selected: index == state.checks.selected, glyphs: glyphs, style: style)
        }
        if findings.isEmpty { canvas.put(body.top + 1, 2, state.context.checker == nil ? "Checks are not available." : "No findings.", .muted) }
        let detailTop = body.bottom - detailHeight
        canvas.fill(detailTop, 0, state.width, glyphs.horizontal, .muted)
        guard findings.indices.contains(state.checks.selected) else { return }
        let finding = findings[state.checks.selected]
        // Line numbers would refer to the saved file, which may differ from what is on screen.
        var lines = ["\(finding.severity.rawValue) [\(finding.rule)]" + (finding.field.map { " in \($0)" } ?? "")]
        if let why = finding.explanation { lines += View.wrap("why: " + why, width: state.width - 2) }
        if let suggestion = finding.suggestion { lines += View.wrap("try: " + suggestion, width: state.width - 2) }
        for (offset, line) in lines.prefix(detailHeight - 1).enumerated() { canvas.put(detailTop + 1 + offset, 1, line, limit: state.width - 2) }
    }
}
