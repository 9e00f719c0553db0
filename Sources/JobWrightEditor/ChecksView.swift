import JobWrightCore
import JobWrightRender

/// The Checks screen: the findings, one per row, and the highlighted one in full below.
enum ChecksView {
    /// The detail pane takes a third of the body, between 4 and 8 rows.
    static func detailHeight(_ state: EditorState) -> Int { max(4, min(8, View.body(state).height / 3 + 1)) }

    /// The rows of the findings list on screen; shared by drawing and clicks.
    static func layout(_ state: EditorState) -> RowLayout {
        var body = View.body(state)
        if !state.openErrors.isEmpty {
            let used = 1 + min(3, state.openErrors.count)
            body = Rect(top: body.top + used, left: body.left, width: body.width, height: body.height - used)
        }
        let visible = body.height - detailHeight(state) - 1
        let first = View.scroll(selected: state.checks.selected, visible: visible)
        return RowLayout(top: body.top + 1, first: first, count: max(0, min(state.checks.findings.count - first, visible)))
    }

    static func draw(_ state: EditorState, _ body: Rect, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let findings = state.checks.findings
        let counts = state.findingCounts
        if !state.openErrors.isEmpty {
            canvas.put(body.top, 0, "The file had problems when it was opened; it is not overwritten until you save:", .error, limit: state.width)
            for (offset, error) in state.openErrors.prefix(3).enumerated() { canvas.put(body.top + 1 + offset, 1, error, .error, limit: state.width - 2) }
        }
        let layout = layout(state)
        let notices = findings.count - counts.errors - counts.warnings
        canvas.put(layout.top - 1, 0, "\(View.counted(counts.errors, "error")), \(View.counted(counts.warnings, "warning")), "
                   + "\(View.counted(notices, "notice"))   Enter: go to the field", .heading, limit: state.width)
        for (row, index) in layout.rows {
            let finding = findings[index]
            let mark = finding.severity == .error ? "E" : finding.severity == .warning ? "W" : "i"
            let style: CellStyle = finding.severity == .error ? .error : finding.severity == .warning ? .warning : .plain
            View.listRow(&canvas, row, 0, state.width, "\(mark) \(FieldNames.name(finding.field)): \(finding.message)",
                         selected: index == state.checks.selected, glyphs: glyphs, style: style)
        }
        if findings.isEmpty { canvas.put(layout.top, 2, state.context.checker == nil ? "Checks are not available." : "No findings.", .muted) }
        let detailHeight = detailHeight(state)
        let detailTop = body.bottom - detailHeight
        canvas.fill(detailTop, 0, state.width, glyphs.horizontal, .muted)
        guard findings.indices.contains(state.checks.selected) else { return }
        let finding = findings[state.checks.selected]
        // The whole message first (the list row may cut it), then why and what to try.
        // Line numbers would refer to the saved file, which may differ from what is on screen.
        canvas.put(detailTop, 2, " \(finding.severity.rawValue) [\(finding.rule)] in \(FieldNames.name(finding.field)) ", .muted, limit: state.width - 4)
        var lines = View.wrap(finding.message, width: state.width - 2).map { ($0, CellStyle(bold: true)) }
        if let why = finding.explanation { lines += View.wrap("why: " + why, width: state.width - 2).map { ($0, CellStyle.plain) } }
        if let suggestion = finding.suggestion { lines += View.wrap("try: " + suggestion, width: state.width - 2).map { ($0, CellStyle.plain) } }
        for (offset, line) in lines.prefix(detailHeight - 1).enumerated() {
            canvas.put(detailTop + 1 + offset, 1, line.0, line.1, limit: state.width - 2)
        }
    }
}
