import JobWrightCore
import JobWrightRender

/// Draws a new draft's start screen and the district profile form.
enum StartView {
    static func draw(_ screen: StartScreen, _ state: EditorState, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let rect = Rect(top: 1, left: 1, width: state.width - 2, height: state.height - 2)
        View.box(rect, "Start a new posting", glyphs, &canvas)
        let inner = rect.width - 4
        let core = state.context.catalog.coreBullets.count, rows = state.context.catalog.coreQuestions.count
        var top = rect.top + 1
        let intro = state.profile == nil
            ? "There is no district profile yet: the details every posting of your district shares (address, HR contact, coordinator, how to apply)."
            : "Your district profile (\(state.profile?.district ?? "no name")) fills in what every posting shares."
        for line in View.wrap(intro, width: inner).prefix(3) { canvas.put(top, rect.left + 2, line, .muted); top += 1 }
        top += 1
        for (index, choice) in StartKeys.choices(state).enumerated() {
            let text = switch choice {
            case .setUpProfile: "Set up the district profile now (one screen), then start"
            case .core: (state.profile == nil ? "The recommended core" : "District profile and the recommended core") + ": \(core) bullets over all ten areas, \(rows) rubric rows"
            case .profile: "District profile only, no bullets chosen"
            case .copy: "Last year's posting: a copy of a draft, or a Word, web or text file to import"
            case .blank: "Blank"
            }
            // Wrapped under its words, so that at 80 columns no choice loses its end ("to import").
            for (line, part) in View.wrap("\(index + 1). \(text)", width: inner).enumerated() {
                View.listRow(&canvas, top, rect.left + 1, inner + 2, part, selected: index == screen.selected, glyphs: glyphs, continued: line > 0)
                top += 1
            }
            if choice == .copy && screen.typingPath {
                canvas.put(top, rect.left + 6, "File: ", CellStyle(bold: true))
                let (text, cursor) = screen.copyPath.visible(width: inner - 10)
                canvas.put(top, rect.left + 12, text, CellStyle(underline: true))
                canvas.style(top, rect.left + 12 + DisplayWidth.of(text), max(0, inner - 10 - DisplayWidth.of(text)), CellStyle(underline: true))
                canvas.cursor = (top, rect.left + 12 + cursor)
                top += 1
            }
        }
        if let message = state.message, screen.error == nil {
            for (offset, line) in View.wrap(message, width: inner).prefix(2).enumerated() {
                canvas.put(top + 1 + offset, rect.left + 2, line, .accent, limit: inner)
            }
        }
        if let error = screen.error {
            for (offset, line) in View.wrap("! " + error, width: inner).prefix(2).enumerated() {
                canvas.put(top + 1 + offset, rect.left + 2, line, .error, limit: inner)
            }
        }
        let keys = screen.typingPath ? "Type the file name, Enter: copy it   Esc: back"
            : "Up/Down and Enter, or 1-\(StartKeys.choices(state).count)   Esc: blank   or paste an old posting"
        canvas.put(rect.bottom - 2, rect.left + 2, keys, .muted, limit: inner)
    }

    static func drawProfile(_ form: ProfileForm, _ state: EditorState, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let rect = Rect(top: 1, left: 1, width: state.width - 2, height: state.height - 2)
        View.box(rect, "Your district profile: once, for every posting", glyphs, &canvas)
        let labelWidth = 17
        let visible = rect.height - 5
        let first = View.scroll(selected: form.selected, visible: visible)
        for (offset, index) in (first..<max(first, min(form.fields.count, first + visible))).enumerated() {
            let row = rect.top + 1 + offset
            let field = ProfileFields.all[index]
            let selected = index == form.selected
            canvas.put(row, rect.left + 1, (selected ? glyphs.marker : "  ") + DisplayWidth.pad(field.label, to: labelWidth - 2), selected ? CellStyle(bold: true) : .plain)
            let width = rect.width - labelWidth - 4
            if selected {
                let (text, cursor) = form.fields[index].visible(width: width)
                canvas.put(row, rect.left + 1 + labelWidth, text, CellStyle(underline: true))
                canvas.style(row, rect.left + 1 + labelWidth + DisplayWidth.of(text), max(0, width - DisplayWidth.of(text)), CellStyle(underline: true))
                canvas.cursor = (row, rect.left + 1 + labelWidth + cursor)
            } else {
                let text = form.fields[index].text
                canvas.put(row, rect.left + 1 + labelWidth, text.isEmpty ? "-" : DisplayWidth.truncate(text, to: width), text.isEmpty ? .muted : .plain)
            }
        }
        let hint = form.error.map { "! " + $0 } ?? ProfileFields.all[form.selected].hint
        canvas.put(rect.bottom - 3, rect.left + 2, hint, form.error == nil ? .muted : .error, limit: rect.width - 4)
        canvas.put(rect.bottom - 2, rect.left + 2, "Enter or Down: next   Ctrl-S: save the profile   Esc: leave without one", .muted, limit: rect.width - 4)
    }
}
