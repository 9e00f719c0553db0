import JobWrightCore
import JobWrightRender

/// Draws the whole screen from the state: pure, so every screen can be tested at any size.
public enum View {
    static let bodyTop = 2
    /// Where the screens' bodies start (row), for tests that click.
    public static var bodyTopForTests: Int { bodyTop }

    struct Glyphs {
        var horizontal: Character, vertical: Character, corners: [Character], marker: String
        static let unicode = Glyphs(horizontal: "─", vertical: "│", corners: ["┌", "┐", "└", "┘"], marker: "▶ ")
        static let ascii = Glyphs(horizontal: "-", vertical: "|", corners: ["+", "+", "+", "+"], marker: "> ")
    }

    public static func render(_ state: EditorState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        let glyphs = state.context.ascii ? Glyphs.ascii : Glyphs.unicode
        if state.isTooSmall {
            let text = "terminal too small (\(state.width)x\(state.height), need \(EditorState.minimumWidth)x\(EditorState.minimumHeight))"
            canvas.put(state.height / 2, max(0, (state.width - text.count) / 2), text, .warning)
            if state.modal == .confirmQuit {
                canvas.put(state.height / 2 + 1, 0, "Unsaved changes: s save and quit, d discard, Esc stay", .warning, limit: state.width)
            } else {
                canvas.put(state.height / 2 + 1, max(0, (state.width - 14) / 2), "q quits", .plain)
            }
            return canvas
        }
        drawTabs(state, &canvas)
        canvas.fill(1, 0, state.width, glyphs.horizontal, .muted)
        let body = Rect(top: bodyTop, left: 0, width: state.width, height: state.height - bodyTop - 2)
        switch state.screen {
        case .position: PositionView.draw(state, body, glyphs, &canvas)
        case .competencies: CompetencyView.draw(state, body, glyphs, &canvas)
        case .reporting: ReportingView.draw(state, body, glyphs, &canvas)
        case .rubric: RubricView.draw(state, body, glyphs, &canvas)
        case .preview: PreviewView.draw(state, body, &canvas)
        case .export: ExportView.draw(state, body, glyphs, &canvas)
        case .checks: ChecksView.draw(state, body, glyphs, &canvas)
        }
        drawHintLine(state, &canvas)
        drawStatusBar(state, &canvas)
        if let modal = state.modal { ModalView.draw(modal, state, glyphs, &canvas) }
        return canvas
    }

    // MARK: Frame

    static func tabLabels() -> [String] { Screen.allCases.map { "\($0.rawValue) \($0.title)" } }

    /// The tab labels: full titles with gaps where they fit, shorter ones on narrow terminals.
    static func tabLabels(width: Int) -> (labels: [String], gap: Int) {
        let full = Screen.allCases.map { "\($0.rawValue) \($0.title)" }
        if full.reduce(0, { $0 + $1.count + 3 }) <= width { return (full, 1) }
        let short = Screen.allCases.map { screen -> String in
            switch screen {
            case .competencies: "\(screen.rawValue) Bullets"
            case .reporting: "\(screen.rawValue) Lines"
            default: "\(screen.rawValue) \(screen.title)"
            }
        }
        if short.reduce(0, { $0 + $1.count + 2 }) <= width { return (short, 0) }
        // The narrowest terminals (60 columns): the number and four letters.
        return (short.map { String($0.prefix(6)) }, 0)
    }

    /// Column ranges of the tabs; the current one is drawn in brackets and reverse video.
    static func tabRanges(width: Int) -> [(Screen, Range<Int>)] {
        let (labels, gap) = tabLabels(width: width)
        var x = 0
        return zip(Screen.allCases, labels).map { screen, label in
            let length = label.count + 2
            defer { x += length + gap }
            return (screen, x..<(x + length))
        }
    }

    static func tabHit(column: Int, width: Int) -> Screen? {
        tabRanges(width: width).first { $0.1.contains(column) }?.0
    }

    static func drawTabs(_ state: EditorState, _ canvas: inout Canvas) {
        let labels = tabLabels(width: state.width).labels
        for ((screen, range), title) in zip(tabRanges(width: state.width), labels) {
            let current = screen == state.screen
            let label = (current ? "[" : " ") + title + (current ? "]" : " ")
            canvas.put(0, range.lowerBound, label, current ? CellStyle(role: .accent, bold: true, reverse: true) : .plain)
        }
    }

    static func drawHintLine(_ state: EditorState, _ canvas: inout Canvas) {
        let row = state.height - 2
        if let message = state.message {
            canvas.put(row, 1, message, message.contains("building-level") || message.hasPrefix("Cannot") ? .warning : .accent)
            return
        }
        canvas.put(row, 1, HelpText.hint(for: state), .muted)
    }

    static func drawStatusBar(_ state: EditorState, _ canvas: inout Canvas) {
        let row = state.height - 1
        let name = state.path.map { String($0.split(separator: "/").last ?? "") } ?? "untitled"
        let counts = state.findingCounts
        var text = " \(name)\(state.modified ? " [modified]" : "") | \(state.draft.competencies.count) bullets"
        if state.context.checker != nil {
            text += " | \(counts.errors) error\(counts.errors == 1 ? "" : "s"), \(counts.warnings) warning\(counts.warnings == 1 ? "" : "s")"
        }
        let keys = state.width >= 100 ? "? help  ^S save  q quit " : "? help "
        canvas.fill(row, 0, state.width, " ", .selected)
        canvas.put(row, 0, text, .selected, limit: max(0, state.width - keys.count - 1))
        canvas.put(row, max(0, state.width - keys.count), keys, .selected)
    }

    // MARK: Shared pieces

    static func positionScroll(_ state: EditorState) -> Int {
        scroll(selected: state.position.selected, visible: state.height - bodyTop - 4)
    }

    static func competencySplit(_ width: Int) -> Int { min(40, width * 2 / 5) }

    static func bulletScroll(_ state: EditorState) -> Int {
        scroll(selected: state.competencies.bullet, visible: CompetencyView.listHeight(state) - 1)
    }

    /// The first row to show so that `selected` stays visible in `visible` rows.
    static func scroll(selected: Int, visible: Int) -> Int {
        guard visible > 0 else { return selected }
        return selected >= visible ? selected - visible + 1 : 0
    }

    static func box(_ rect: Rect, _ title: String, _ glyphs: Glyphs, _ canvas: inout Canvas) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        for row in rect.top..<(rect.top + rect.height) { canvas.fill(row, rect.left, rect.width, " ") }
        canvas.fill(rect.top, rect.left + 1, rect.width - 2, glyphs.horizontal)
        canvas.fill(rect.top + rect.height - 1, rect.left + 1, rect.width - 2, glyphs.horizontal)
        for row in (rect.top + 1)..<(rect.top + rect.height - 1) {
            canvas.put(row, rect.left, String(glyphs.vertical))
            canvas.put(row, rect.left + rect.width - 1, String(glyphs.vertical))
        }
        canvas.put(rect.top, rect.left, String(glyphs.corners[0]))
        canvas.put(rect.top, rect.left + rect.width - 1, String(glyphs.corners[1]))
        canvas.put(rect.top + rect.height - 1, rect.left, String(glyphs.corners[2]))
        canvas.put(rect.top + rect.height - 1, rect.left + rect.width - 1, String(glyphs.corners[3]))
        if !title.isEmpty { canvas.put(rect.top, rect.left + 2, " \(title) ", .heading, limit: rect.width - 4) }
    }

    /// A list row: a marker and reverse video for the selection, so it never rests on colour.
    static func listRow(_ canvas: inout Canvas, _ row: Int, _ left: Int, _ width: Int, _ text: String, selected: Bool,
                        focused: Bool = true, glyphs: Glyphs, style: CellStyle = .plain) {
        let marker = selected ? glyphs.marker : "  "
        canvas.put(row, left, marker + text, selected && focused ? .selected : (selected ? CellStyle(bold: true) : style), limit: width)
        if selected && focused { canvas.style(row, left, width, .selected) }
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        TextLayout(width: max(10, width)).wrap(text)
    }
}

struct Rect: Equatable {
    var top: Int, left: Int, width: Int, height: Int
    var bottom: Int { top + height }
}
