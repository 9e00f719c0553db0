import JobWrightCore
import JobWrightRender

/// The Export screen: the formats, the file name, and Write.
enum ExportView {
    /// The screen row of each choice (formats, then the file, then Write); shared by drawing and clicks.
    static func rows(_ state: EditorState) -> [Int] {
        let top = View.body(state).top
        let formats = ExportScreenState.choices.indices.map { top + 1 + $0 }
        let pathRow = top + 2 + ExportScreenState.choices.count
        return formats + [pathRow, pathRow + 2]
    }

    /// Formats as an HR office knows them.
    static func formatName(_ format: OutputFormat) -> String {
        switch format {
        case .text: "plain text (print, email, memos)"
        case .markdown: "Markdown (for wikis and pandoc)"
        case .html: "a web page (HTML, prints well)"
        case .jsonld: "website job data (JSON-LD)"
        case .docx: "a Word file (.docx)"
        }
    }

    static func draw(_ state: EditorState, _ body: Rect, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let rows = rows(state)
        canvas.put(body.top, 0, "Format", .heading)
        for (index, choice) in ExportScreenState.choices.enumerated() {
            let radio = index == state.export.selectedFormat ? "(*) " : "( ) "
            let document = switch choice.0 {
            case .posting: "Posting"
            case .rubric: "Rubric packets"
            case .alignment: "Standards report (school committee)"
            }
            let name = "\(document) as \(Self.formatName(choice.1))"
            View.listRow(&canvas, rows[index], 1, state.width - 2, radio + name, selected: state.export.choice == index, glyphs: glyphs)
        }
        let pathRow = rows[ExportKeys.rowCount - 2]
        if state.export.editingPath {
            canvas.put(pathRow, 1, glyphs.marker + "File: ", CellStyle(bold: true))
            let (text, cursor) = state.export.path.visible(width: state.width - 12)
            canvas.put(pathRow, 10, text, state.export.path.isSuggestion ? .selected : CellStyle(underline: true))
            canvas.cursor = (pathRow, 10 + cursor)
        } else {
            View.listRow(&canvas, pathRow, 1, state.width - 2, "File: " + state.export.path.text,
                         selected: state.export.choice == ExportKeys.rowCount - 2, glyphs: glyphs)
        }
        View.listRow(&canvas, rows[ExportKeys.rowCount - 1], 1, 20, "[ Write ]", selected: state.export.choice == ExportKeys.rowCount - 1, glyphs: glyphs)
        let errors = state.findingCounts.errors
        let note = errors > 0 ? "The checks find \(View.counted(errors, "error")) (7 Checks); Write asks before exporting."
            : "Writing replaces the file in one step, so it is never left half-written."
        canvas.put(rows[ExportKeys.rowCount - 1] + 2, 1, note, errors > 0 ? .warning : .muted, limit: state.width - 2)
    }
}
