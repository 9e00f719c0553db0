import JobWrightCore
import JobWrightRender

/// The Rubric screen: one row per competency with its weight and the start of its question,
/// an "add" row, the committee, and below them the highlighted row's question in full.
enum RubricView {
    static let detailHeight = 7

    /// The rows of the list on screen; shared by drawing and clicks.
    static func layout(_ state: EditorState) -> RowLayout {
        let body = View.body(state)
        let visible = body.height - detailHeight - 1
        let count = RubricKeys.rowCount(state)
        let first = View.scroll(selected: state.rubric.selected, visible: visible)
        return RowLayout(top: body.top + 1, first: first, count: min(count - first, visible))
    }

    static func draw(_ state: EditorState, _ body: Rect, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let catalog = state.context.catalog
        let rows = state.draft.resolvedRubricRows(in: catalog)
        let scale = state.draft.rubricScale(in: catalog)
        canvas.put(body.top, 0, "Scale: \(scale?.name ?? "-") (\((scale?.levels ?? []).map(\.name).joined(separator: ", ")))", .heading, limit: state.width)
        let total = rows.reduce(0) { $0 + $1.weight }
        let nameWidth = min(30, max(12, state.width / 3))
        for (row, index) in layout(state).rows {
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
                let name = DisplayWidth.pad(DisplayWidth.truncate(r.name, to: nameWidth), to: nameWidth)
                let weight = DisplayWidth.pad("w\(Amount(r.weight))", to: 4)
                let own = state.draft.rubric.rows[index].customQuestion != nil ? "own: " : ""
                let number = DisplayWidth.pad("\(index + 1).", to: 3)
                View.listRow(&canvas, row, 0, state.width, "\(number) \(name) \(weight) \(own)\(r.questionText.collapsingWhitespace)",
                             selected: selected, glyphs: glyphs)
            } else if index == rows.count {
                View.listRow(&canvas, row, 0, state.width, "+ add a row for the next area with chosen bullets", selected: selected, glyphs: glyphs, style: .muted)
            } else {
                let members = state.draft.rubric.committee.map { $0.name + ($0.role.map { " (\($0))" } ?? "") }
                View.listRow(&canvas, row, 0, state.width,
                             "Committee: " + (members.isEmpty ? "(Enter to name the members)" : members.joined(separator: ", ")),
                             selected: selected, glyphs: glyphs)
            }
        }
        let detailTop = body.bottom - detailHeight
        canvas.fill(detailTop, 0, state.width, glyphs.horizontal, .muted)
        canvas.put(detailTop, 2, " \(rows.count) \(rows.count == 1 ? "competency" : "competencies"), total weight \(Amount(total)) ", .muted)
        guard rows.indices.contains(state.rubric.selected) else { return }
        let row = rows[state.rubric.selected]
        let source = state.draft.rubric.rows[state.rubric.selected].customQuestion != nil ? "the committee's own question" : "from the question bank"
        var lines = View.wrap("Question (\(row.questionType?.displayName ?? "custom"), \(source)): " + row.questionText.collapsingWhitespace,
                              width: state.width - 2).map { ($0, CellStyle(bold: true)) }
        let assessed = row.assesses.map { DisplayWidth.truncate($0.text.collapsingWhitespace, to: 40) }
        lines += View.wrap("Assesses: " + (assessed.isEmpty ? "nothing marked (b marks bullets)" : assessed.joined(separator: "; ")),
                           width: state.width - 2).map { ($0, CellStyle.plain) }
        let codes = row.alignments.compactMap { catalog.standard($0) }.filter { $0.frameworkID == "iste" }.map(\.code)
        if !codes.isEmpty { lines.append(("ISTE: " + codes.joined(separator: ", "), .muted)) }
        for (offset, line) in lines.prefix(detailHeight - 1).enumerated() {
            canvas.put(detailTop + 1 + offset, 1, line.0, line.1, limit: state.width - 2)
        }
    }
}
