import JobWrightCore
import JobWrightRender

/// The Review screen's catalog search, over the whole screen: the imported line, the words
/// typed, the bullets that hold them, and the highlighted bullet's whole text.
enum BulletPickerView {
    static func draw(_ picker: BulletPicker, _ state: EditorState, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let catalog = state.context.catalog
        let rect = Rect(top: 1, left: 1, width: state.width - 2, height: state.height - 2)
        let inner = rect.width - 4
        View.box(rect, "Choose any bullet of the catalog", glyphs, &canvas)
        let lines = state.draft.importReview?.lines ?? []
        let source = lines.indices.contains(picker.line) ? lines[picker.line] : nil
        canvas.put(rect.top + 1, rect.left + 2, "Line \(source?.line ?? 0): \(source?.text ?? "")", .muted, limit: inner)
        canvas.put(rect.top + 2, rect.left + 2, "Find: ", CellStyle(bold: true))
        let (text, cursor) = picker.filter.visible(width: inner - 7)
        canvas.put(rect.top + 2, rect.left + 8, text, CellStyle(underline: true))
        canvas.cursor = (rect.top + 2, rect.left + 8 + cursor)
        let words = picker.filter.text.trimmingSpaces
        canvas.put(rect.top + 3, rect.left + 2, words.isEmpty ? "\(View.counted(picker.found.count, "bullet")); the line's top matches first"
                   : "\(View.counted(picker.found.count, "bullet")) with every word of \"\(words)\"", .muted, limit: inner)
        let detailRows = state.height >= 30 ? 5 : 3
        let listTop = rect.top + 4
        // The bullet's whole text, then the keys, sit under the list.
        let detailTop = rect.bottom - detailRows - 3
        let visible = detailTop - listTop
        let first = View.scroll(selected: picker.selected, visible: visible)
        let similarity = Dictionary(source?.choices.map { ($0.id, $0.similarity) } ?? [], uniquingKeysWith: { first, _ in first })
        for (offset, index) in (first..<min(picker.found.count, first + max(0, visible))).enumerated() {
            let bullet = catalog.competencies[picker.found[index]]
            let score = similarity[bullet.id].map { "\($0)% " } ?? ""
            View.listRow(&canvas, listTop + offset, rect.left + 1, rect.width - 2, score + bullet.text.collapsingWhitespace,
                         selected: index == picker.selected, glyphs: glyphs)
        }
        if picker.found.isEmpty {
            canvas.put(listTop, rect.left + 2, "No bullet holds every word typed: Backspace to widen the search.", .muted, limit: inner)
        }
        canvas.fill(detailTop, rect.left + 1, rect.width - 2, glyphs.horizontal, .muted)
        if picker.found.indices.contains(picker.selected) {
            let bullet = catalog.competencies[picker.found[picker.selected]]
            let area = catalog.area(bullet.area)?.title ?? bullet.area
            for (offset, line) in View.wrap("\(bullet.id) (\(area)): \(bullet.text.collapsingWhitespace)", width: inner).prefix(detailRows).enumerated() {
                canvas.put(detailTop + 1 + offset, rect.left + 2, line, limit: inner)
            }
        }
        canvas.put(rect.bottom - 2, rect.left + 2, "Type to find  Up/Down move  Enter use this bullet  Esc back", .muted, limit: inner)
    }
}
