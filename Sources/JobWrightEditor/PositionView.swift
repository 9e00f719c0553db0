import JobWrightCore
import JobWrightRender

/// The Position screen: every field with its value, the hint of the highlighted one, and a
/// multi-line text area over the list while prose is being written.
enum PositionView {
    static let labelWidth = 21

    /// The rows of the field list on screen (shared by drawing and clicks).
    static func layout(_ state: EditorState) -> RowLayout {
        let body = View.body(state)
        let visible = body.height - 2
        let first = View.scroll(selected: state.position.selected, visible: visible)
        return RowLayout(top: body.top, first: first, count: min(FormField.all.count - first, visible))
    }

    /// The text area for prose, inside a frame between the field's name and the word count.
    static func textArea(_ state: EditorState) -> Rect {
        let body = View.body(state)
        return Rect(top: body.top + 2, left: 2, width: max(10, body.width - 4), height: max(1, body.height - 4))
    }

    static func draw(_ state: EditorState, _ body: Rect, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let fields = FormField.all
        if let editing = state.position.editing, editing.isMultiline {
            drawTextArea(editing, fields[state.position.selected], state, body, glyphs, &canvas)
            return
        }
        let layout = layout(state)
        for (row, index) in layout.rows {
            let field = fields[index]
            let selected = index == state.position.selected
            let label = DisplayWidth.pad(field.label, to: labelWidth - 3) + " "
            if selected, let editing = state.position.editing {
                canvas.put(row, 0, glyphs.marker + label, CellStyle(bold: true))
                let boxWidth = body.width - labelWidth - 1
                let (text, cursor) = editing.visible(width: boxWidth)
                canvas.put(row, labelWidth, text, CellStyle(underline: true))
                canvas.style(row, labelWidth + DisplayWidth.of(text), max(0, boxWidth - DisplayWidth.of(text)), CellStyle(underline: true))
                canvas.cursor = (row, labelWidth + cursor)
                continue
            }
            let value = DisplayWidth.truncate(shownValue(field, state), to: body.width - labelWidth - 1, ascii: state.context.ascii)
            View.listRow(&canvas, row, 0, body.width, label + (value.isEmpty ? "-" : value), selected: selected, glyphs: glyphs,
                         style: value.isEmpty ? .muted : .plain)
        }
        let field = fields[state.position.selected]
        let infoRow = body.top + body.height - 1
        if let error = state.position.error {
            canvas.put(infoRow, 2, "! " + error, .error, limit: body.width - 3)
        } else {
            canvas.put(infoRow, 2, "\(field.section) - \(field.hint)\(opening(field))", .muted, limit: body.width - 3)
        }
        if fields.count > layout.count {
            let counter = "\(state.position.selected + 1)/\(fields.count)"
            canvas.put(body.top + body.height - 2, body.width - counter.count - 1, counter, .muted)
        }
    }

    /// What Enter does on a field of this kind, for the hint line.
    static func opening(_ field: FormField) -> String {
        switch field.kind {
        case .prose: "  (Enter: write it in a text area)"
        case .list: "  (Enter: edit the list)"
        case .notices: "  (Enter: pick from the list)"
        case .choice: "  (Space: next choice)"
        default: ""
        }
    }

    static func shownValue(_ field: FormField, _ state: EditorState) -> String {
        switch field.kind {
        case .choice(let choices):
            let value = field.get(state.draft)
            return "< \(value.isEmpty ? "not set" : value) >  (\(choices.joined(separator: "/")))"
        case .list(let target):
            let items = target.items(in: state.draft)
            guard let first = items.first else { return "" }
            let more = items.count > 1 ? "  (+\(items.count - 1) more)" : ""
            return "\(items.count) item\(items.count == 1 ? "" : "s"): " + first.filter { !$0.isEmpty }.joined(separator: ", ") + more
        case .notices:
            let catalog = state.context.catalog
            return state.draft.notices.include.map { catalog.notice($0)?.title ?? $0 }.joined(separator: "; ")
        default:
            return field.get(state.draft).split(whereSeparator: \.isNewline).joined(separator: " / ")
        }
    }

    static func drawTextArea(_ editing: TextField, _ field: FormField, _ state: EditorState, _ body: Rect,
                             _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let area = textArea(state)
        canvas.put(body.top, 0, "\(field.section): \(field.label)", .heading, limit: body.width)
        let frame = Rect(top: area.top - 1, left: area.left - 2, width: area.width + 4, height: area.height + 2)
        View.box(frame, "", glyphs, &canvas)
        let lines = editing.wrappedLines(width: area.width)
        let cursor = editing.position(in: lines)
        let visible = area.height
        let first = View.scroll(selected: cursor.row, visible: visible)
        for (offset, line) in lines[first..<min(lines.count, first + visible)].enumerated() {
            canvas.put(area.top + offset, area.left, line.text(in: editing.characters))
        }
        canvas.cursor = (area.top + cursor.row - first, area.left + cursor.column)
        if lines.count > visible {
            let counter = " line \(cursor.row + 1)/\(lines.count) "
            canvas.put(frame.top, frame.left + frame.width - counter.count - 2, counter, .muted)
        }
        let words = editing.text.split { $0.isWhitespace }.count
        canvas.put(body.bottom - 1, 2, "\(words) word\(words == 1 ? "" : "s").  \(field.hint)", .muted, limit: body.width - 3)
    }
}
