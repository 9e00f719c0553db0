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
        let body = body(state)
        switch state.screen {
        case .position: PositionView.draw(state, body, glyphs, &canvas)
        case .competencies: CompetencyView.draw(state, body, glyphs, &canvas)
        case .reporting: ReportingView.draw(state, body, glyphs, &canvas)
        case .rubric: RubricView.draw(state, body, glyphs, &canvas)
        case .preview: PreviewView.draw(state, body, &canvas)
        case .export: ExportView.draw(state, body, glyphs, &canvas)
        case .checks: ChecksView.draw(state, body, glyphs, &canvas)
        case .review: ReviewView.draw(state, body, glyphs, &canvas)
        }
        drawHintLine(state, &canvas)
        drawStatusBar(state, &canvas)
        if let modal = state.modal { ModalView.draw(modal, state, glyphs, &canvas) }
        return canvas
    }

    // MARK: Frame

    /// The screens' bodies: below the tabs, above the hint line and the status bar.
    static func body(_ state: EditorState) -> Rect {
        Rect(top: bodyTop, left: 0, width: state.width, height: state.height - bodyTop - 2)
    }

    /// The tab labels. Every screen has one name at every size: where the names do not all fit,
    /// the current screen shows its name and the others only their number.
    /// Column ranges of the tabs; the current one is drawn in brackets and reverse video.
    static func tabRanges(width: Int, current: Screen, screens: [Screen]) -> [(Screen, Range<Int>)] {
        tabLayout(width: width, current: current, screens: screens).map { ($0.screen, $0.columns) }
    }

    /// Every tab with its title and a space either side, where they fit; else with one space
    /// between titles (so eight tabs, an imported draft's Review among them, fit 80 columns);
    /// else the current tab's title and the others' numbers.
    private static func tabLayout(width: Int, current: Screen, screens: [Screen]) -> [(screen: Screen, label: String, columns: Range<Int>, padded: Bool)] {
        let full = screens.map { "\($0.rawValue) \($0.title)" }
        let titles: [String], padded: Bool
        if full.reduce(0, { $0 + $1.count + 2 }) <= width {
            (titles, padded) = (full, true)
        } else if full.reduce(screens.count + 1, { $0 + $1.count }) <= width {
            (titles, padded) = (full, false)
        } else {
            (titles, padded) = (screens.map { $0 == current ? "\($0.rawValue) \($0.title)" : "\($0.rawValue)" }, true)
        }
        var x = 0
        return zip(screens, titles).enumerated().map { index, tab in
            let (screen, title) = tab
            if !padded && index > 0 { x += 1 }
            let length = title.count + (padded || screen == current ? 2 : 0)
            defer { x += length }
            return (screen, title, x..<(x + length), padded)
        }
    }

    static func tabHit(column: Int, state: EditorState) -> Screen? {
        tabRanges(width: state.width, current: state.screen, screens: state.screens).first { $0.1.contains(column) }?.0
    }

    static func drawTabs(_ state: EditorState, _ canvas: inout Canvas) {
        for tab in tabLayout(width: state.width, current: state.screen, screens: state.screens) {
            let current = tab.screen == state.screen
            let label = current ? "[" + tab.label + "]" : tab.padded ? " " + tab.label + " " : tab.label
            canvas.put(0, tab.columns.lowerBound, label, current ? CellStyle(role: .accent, bold: true, reverse: true) : .plain)
        }
    }

    static func drawHintLine(_ state: EditorState, _ canvas: inout Canvas) {
        let row = state.height - 2
        if let message = state.message {
            canvas.put(row, 1, message, message.contains("building-level") || message.hasPrefix("Cannot") || message.hasPrefix("Not saved") ? .warning : .accent)
            return
        }
        // Under a question the dialog lists its keys: the screen's keys would not act.
        guard state.modal?.answerKeys == nil else { return }
        canvas.put(row, 1, HelpText.hint(for: state), .muted)
    }

    static func drawStatusBar(_ state: EditorState, _ canvas: inout Canvas) {
        let row = state.height - 1
        let name = state.path.map { String($0.split(separator: "/").last ?? "") } ?? "untitled"
        let counts = state.findingCounts
        var text = " \(name)\(state.modified ? " [modified]" : "") | \(counted(state.draft.competencies.count, "bullet"))"
        if state.context.checker != nil {
            // Only the first frame comes before the first checks; the next one has their counts.
            text += state.checks.checkedVersion < 0 ? " | checking" : " | \(counted(counts.errors, "error")), \(counted(counts.warnings, "warning"))"
        }
        // The keys go on the right as far as they fit beside the name and the counts.
        // While a field is typed in, letters are text: only the keys that still act are shown.
        // On the Position screen letters are text too: its letter commands take Esc first.
        let inList: Bool = if case .list? = state.modal { true } else { false }
        let inRolePicker: Bool = if case .rolePicker? = state.modal { true } else { false }
        // Under the help, the keys that act are the help's own: undo or quit would only close it.
        let inHelp: Bool = if case .help? = state.modal { true } else { false }
        // Under a question, the keys that answer it: the general keys (undo, quit) would not act.
        let answers = state.modal?.answerKeys
        let keys = inHelp ? [HelpOverlay.lastScroll(state) > 0 ? "arrows scroll, other keys close" : "any key closes the help"]
            : answers != nil ? [answers!]
            : inRolePicker ? ["Enter choose", "Esc cancel"]
            : Editor.isTyping(state) ? ["^S keep and save"]
            : inList ? ["^_ undo", "^S save", "Esc done"]
            : state.screen == .position && state.modal == nil && !state.position.commandNext ? ["? help", "^S save", "^Q quit", "Esc u undo"]
            : ["? help", "u undo", "^R redo", "^S save", "q quit"]
        var shown = keys.count
        while shown > 1 && DisplayWidth.of(text) + keys.prefix(shown).joined(separator: "  ").count + 3 > state.width { shown -= 1 }
        let right = keys.prefix(shown).joined(separator: "  ") + " "
        canvas.fill(row, 0, state.width, " ", .selected)
        canvas.put(row, 0, text, .selected, limit: max(0, state.width - right.count - 1))
        canvas.put(row, max(0, state.width - right.count), right, .selected)
    }

    // MARK: Shared pieces

    /// "1 bullet", "2 bullets", "0 errors".
    static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

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
    /// A row of a list; `continued`: a wrapped item's later line, styled as its first but
    /// without the marker.
    static func listRow(_ canvas: inout Canvas, _ row: Int, _ left: Int, _ width: Int, _ text: String, selected: Bool,
                        focused: Bool = true, glyphs: Glyphs, style: CellStyle = .plain, continued: Bool = false) {
        let marker = selected && !continued ? glyphs.marker : "  "
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

/// Which item of a list sits on which screen row: computed once per screen and used both to
/// draw the list and to find the item under a mouse click.
struct RowLayout: Equatable {
    /// The screen row of the first visible item.
    var top: Int
    /// The index of the first visible item.
    var first: Int
    /// How many items are visible.
    var count: Int

    var rows: [(row: Int, index: Int)] { (0..<max(0, count)).map { (top + $0, first + $0) } }

    /// The item on a screen row, if one is there.
    func index(atRow row: Int) -> Int? {
        let offset = row - top
        return offset >= 0 && offset < count ? first + offset : nil
    }
}
