import JobWrightRender

/// Draws the list dialog: one item per row, the item being typed as input fields, the keys.
enum ListEditorView {
    static func draw(_ editor: ListEditor, _ state: EditorState, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let rect = Rect(top: 1, left: 1, width: state.width - 2, height: state.height - 2)
        View.box(rect, editor.target.title, glyphs, &canvas)
        let items = editor.target.items(in: state.draft)
        let inner = rect.width - 2
        let visible = rect.height - 5
        // The row being added sits at its place among the items.
        var rows: [[String]?] = items.map { $0 }
        if let at = editor.insertingAt { rows.insert(nil, at: min(at, rows.count)) }
        let addRow = editor.insertingAt == nil ? rows.count : -1
        let total = rows.count + (editor.insertingAt == nil ? 1 : 0)
        let first = View.scroll(selected: editor.selected, visible: visible)
        // On a screen too short for any row (visible <= 0), or scrolled past the end, none is drawn.
        for (offset, index) in (first..<max(first, min(total, first + visible))).enumerated() {
            let row = rect.top + 1 + offset
            let selected = index == editor.selected
            if selected, let fields = editor.editing {
                drawFields(fields, editor, row: row, left: rect.left + 1, width: inner, glyphs, &canvas)
            } else if index == addRow {
                View.listRow(&canvas, row, rect.left + 1, inner, "+ add" + (items.isEmpty ? "  (Enter, then type)" : ""),
                             selected: selected, glyphs: glyphs, style: .muted)
            } else if let item = rows[index] {
                let text = editor.target == .committee ? item[0] + (item[1].isEmpty ? "" : "  (\(item[1]))") : item[0]
                View.listRow(&canvas, row, rect.left + 1, inner, "\(index + 1). " + text, selected: selected, glyphs: glyphs)
            }
        }
        let keys = editor.editing != nil
            ? (editor.target == .committee ? "Enter keep  Tab name/role  Esc cancel" : "Enter keep  Esc cancel")
            : "Type to add  Enter edit  Del delete  Shift-Up/Down move  ^_ undo  Esc done"
        canvas.put(rect.bottom - 3, rect.left + 2, editor.target.example, .muted, limit: rect.width - 4)
        canvas.put(rect.bottom - 2, rect.left + 2, keys, .muted, limit: rect.width - 4)
    }

    private static func drawFields(_ fields: [TextField], _ editor: ListEditor, row: Int, left: Int, width: Int,
                                   _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let labels = editor.target.columns
        canvas.put(row, left, glyphs.marker, CellStyle(bold: true))
        var x = left + 2
        // Two columns share the row: the name gets the larger part.
        let widths = fields.count == 1 ? [width - 3] : [(width - 3) * 3 / 5, (width - 3) * 2 / 5]
        for (index, field) in fields.enumerated() {
            let label = fields.count > 1 ? labels[index] + ": " : ""
            canvas.put(row, x, label, CellStyle(bold: index == editor.column))
            let boxWidth = widths[index] - DisplayWidth.of(label) - 1
            let (text, cursor) = field.visible(width: boxWidth)
            let start = x + DisplayWidth.of(label)
            canvas.put(row, start, text, CellStyle(underline: true))
            canvas.style(row, start + DisplayWidth.of(text), max(0, boxWidth - DisplayWidth.of(text)), CellStyle(underline: true))
            if index == editor.column { canvas.cursor = (row, start + cursor) }
            x += widths[index]
        }
    }
}
