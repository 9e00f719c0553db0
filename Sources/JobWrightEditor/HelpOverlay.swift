/// The help overlay (`?` or F1): the keys of the screen below and of every screen, in a box
/// that fits the terminal. When they do not all fit (80×24 is too small for most screens'
/// keys), the arrows, PgUp/PgDn and Home/End scroll them and the last line says so.
enum HelpOverlay {
    /// The box: up to 72 columns, centred, never taller than the screen leaves room for.
    static func rect(_ state: EditorState) -> Rect {
        let width = min(state.width - 4, 72)
        let height = min(state.height - 2, lines(state).count + 4)
        return Rect(top: max(1, (state.height - height) / 2), left: (state.width - width) / 2, width: width, height: height)
    }

    /// The help's lines, wrapped to the box.
    static func lines(_ state: EditorState) -> [String] {
        let width = min(state.width - 4, 72) - 4
        return HelpText.lines(for: state.screen).flatMap { $0.isEmpty ? [""] : View.wrap($0, width: width) }
    }

    /// Rows for the help's lines: the box less its border, a blank row and the last line.
    static func visibleRows(_ state: EditorState) -> Int { max(1, rect(state).height - 4) }

    /// The first line shown at most: the last line of the help at the bottom of the box.
    static func lastScroll(_ state: EditorState) -> Int { max(0, lines(state).count - visibleRows(state)) }

    /// The arrows, PgUp/PgDn and Home/End scroll; any other key closes the help.
    static func handle(_ key: Key, scroll: Int, in state: inout EditorState) {
        let page = max(1, visibleRows(state) - 1)
        let last = lastScroll(state)
        let next: Int
        switch key {
        case .up: next = scroll - 1
        case .down: next = scroll + 1
        case .pageUp: next = scroll - page
        case .pageDown: next = scroll + page
        case .home: next = 0
        case .end: next = last
        default:
            state.modal = nil
            return
        }
        state.modal = .help(scroll: min(max(0, next), last))
    }

    static func draw(scroll: Int, _ state: EditorState, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let rect = rect(state)
        View.box(rect, "Keys: \(state.screen.title)", glyphs, &canvas)
        let all = lines(state)
        let rows = visibleRows(state)
        let first = min(scroll, lastScroll(state))
        let inner = rect.width - 4
        for (offset, line) in all.dropFirst(first).prefix(rows).enumerated() {
            canvas.put(rect.top + 1 + offset, rect.left + 2, line, limit: inner)
        }
        let footer: String
        if all.count <= rows {
            footer = "Any key closes this help."
        } else {
            let arrows = state.context.ascii ? "Up/Down" : "↑↓"
            let shown = "\(first + 1)-\(min(all.count, first + rows)) of \(all.count)"
            let full = "\(arrows) PgUp/PgDn Home/End scroll · other keys close · \(shown)"
            footer = full.count <= inner ? full : "\(arrows) PgUp/PgDn scroll · other keys close · \(shown)"
        }
        canvas.put(rect.bottom - 2, rect.left + 2, state.context.ascii ? footer.replacingOccurrences(of: "·", with: "-") : footer, .muted, limit: inner)
    }
}
