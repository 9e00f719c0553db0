import JobWrightCore
import JobWrightRender

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
