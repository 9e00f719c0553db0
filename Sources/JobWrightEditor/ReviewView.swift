import JobWrightCore
import JobWrightRender

/// The Review screen of an imported draft: each line of the old posting beside the bullet it
/// became, and for the highlighted line its whole text and the catalog's top matches.
enum ReviewView {
    /// The detail pane takes about half the body, between 6 and 12 rows.
    static func detailHeight(_ state: EditorState) -> Int { max(6, min(12, View.body(state).height / 2)) }

    static func layout(_ state: EditorState) -> RowLayout {
        let body = View.body(state)
        let visible = body.height - detailHeight(state) - 1
        let count = state.draft.importReview?.lines.count ?? 0
        let first = View.scroll(selected: state.reviewSelected, visible: visible)
        return RowLayout(top: body.top + 1, first: first, count: max(0, min(count - first, visible)))
    }

    static func draw(_ state: EditorState, _ body: Rect, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        guard let review = state.draft.importReview else {
            canvas.put(body.top + 1, 2, ReviewKeys.nothingToReview, .muted, limit: state.width - 4)
            return
        }
        let catalog = state.context.catalog
        let open = review.open.count
        // The lines the import did not understand are not on this list: say where they went.
        let notes = state.draft.notes?.count ?? 0
        let kept = notes == 0 ? "" : "; \(View.counted(notes, "line")) kept in Your notes (Position screen, never printed)"
        let heading = open == 0
            ? "Every imported line is settled (\(review.sourceName), \(View.counted(review.lines.count, "line"))); each can still be changed"
            : "Imported from \(review.sourceName): \(View.counted(open, "line")) of \(review.lines.count) to review"
        canvas.put(body.top, 0, heading + kept, .heading, limit: state.width)
        let layout = layout(state)
        let nameWidth = min(34, max(16, state.width / 3))
        for (row, index) in layout.rows {
            let line = review.lines[index]
            let mark = line.settled == true ? (state.context.ascii ? "x" : "✓") : "?"
            let became = line.dropped == true ? "dropped" : line.bullet.hasPrefix("custom.") ? "own wording" : line.bullet
            let text = "\(mark) \(DisplayWidth.pad(DisplayWidth.truncate(became, to: nameWidth, ascii: state.context.ascii), to: nameWidth))  \(line.text)"
            View.listRow(&canvas, row, 0, state.width, text, selected: index == state.reviewSelected, glyphs: glyphs,
                         style: line.settled == true ? .muted : .plain)
        }
        let detailHeight = detailHeight(state)
        let detailTop = body.bottom - detailHeight
        canvas.fill(detailTop, 0, state.width, glyphs.horizontal, .muted)
        guard review.lines.indices.contains(state.reviewSelected) else { return }
        let line = review.lines[state.reviewSelected]
        canvas.put(detailTop, 2, " line \(line.line) of the old posting ", .muted, limit: state.width - 4)
        var lines = View.wrap(line.text, width: state.width - 2).map { ($0, CellStyle(bold: true)) }
        let became: String
        if line.dropped == true {
            became = "Became: nothing (dropped)."
        } else if let bullet = state.draft.bullet(line.bullet, in: catalog) {
            became = line.bullet.hasPrefix("custom.") ? "Became: the district's own bullet, in its own words (\(areaTitle(bullet.area, catalog)))."
                : "Became: \(line.bullet): \(bullet.text.collapsingWhitespace)"
        } else {
            became = "Became: \(line.bullet)"
        }
        lines += View.wrap(became, width: state.width - 2).map { ($0, CellStyle.plain) }
        if !line.choices.isEmpty {
            lines.append(("Top matches (c goes through them; / searches the whole catalog):", CellStyle.plain))
            for choice in line.choices {
                let text = catalog.competency(choice.id)?.text.collapsingWhitespace ?? ""
                let marker = choice.id == line.bullet ? (state.context.ascii ? "> " : "▶ ") : "  "
                lines.append((marker + "\(choice.similarity)% \(choice.id): \(text)", choice.id == line.bullet ? CellStyle(bold: true) : .plain))
            }
        }
        for (offset, entry) in lines.prefix(detailHeight - 1).enumerated() {
            canvas.put(detailTop + 1 + offset, 1, entry.0, entry.1, limit: state.width - 2)
        }
    }

    static func areaTitle(_ id: String, _ catalog: Catalog) -> String {
        catalog.area(id)?.title ?? id
    }
}
