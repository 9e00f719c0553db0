import Foundation
@testable import JobWrightEditor
import Testing

/// The help overlay fits the terminal: at 80x24 the Position screen's keys do not all fit, so
/// they scroll, the last line says how, and the last key of the help can be reached.
@Suite("Help overlay scrolls")
struct HelpOverlayTests {
    typealias F = EditorFixtures

    static func helpOpen(width: Int = 80, height: Int = 24) -> EditorState {
        var state = F.state(F.example, width: width, height: height)
        F.send(&state, [.escape, .character("?")])
        return state
    }

    static let lastHelpLine = "Ctrl-Z  suspend (fg resumes);  the mouse can pick tabs and list rows"

    @Test func atEightyByTwentyFourTheHelpScrollsToItsLastLine() throws {
        var state = Self.helpOpen()
        #expect(state.modal == .help(scroll: 0))
        var screen = View.render(state).lines
        #expect(screen.count == 24 && screen.allSatisfy { $0.count <= 80 })
        #expect(!screen.contains { $0.contains(Self.lastHelpLine) }, "80x24 is too small for all of it")
        #expect(screen.contains { $0.contains("↑↓ PgUp/PgDn Home/End scroll · other keys close · 1-18 of ") })
        // The status line names the help's keys, not the screen's undo and quit beneath it.
        #expect(screen[23].hasSuffix("arrows scroll, other keys close") && !screen[23].contains("undo"), "\(screen[23])")
        F.send(&state, [.end])
        screen = View.render(state).lines
        #expect(screen.contains { $0.contains(Self.lastHelpLine) })
        let last = HelpOverlay.lastScroll(state)
        #expect(state.modal == .help(scroll: last) && last > 0)
        // The border is whole and the status line below it untouched.
        let rect = HelpOverlay.rect(state)
        #expect(rect.top >= 1 && rect.bottom <= 23)
        #expect(screen[rect.bottom - 1].contains("┘"))
        // Down past the end stays at the end; Home and PgDn go back and forth.
        F.send(&state, [.down, .down])
        #expect(state.modal == .help(scroll: last))
        F.send(&state, [.home])
        #expect(state.modal == .help(scroll: 0))
        F.send(&state, [.pageDown])
        #expect(state.modal == .help(scroll: min(last, HelpOverlay.visibleRows(state) - 1)))
        F.send(&state, [.up])
        if case .help(let scroll)? = state.modal { #expect(scroll < min(last, HelpOverlay.visibleRows(state) - 1)) }
        else { Issue.record("Up closed the help") }
        // Any other key closes it, as before.
        F.send(&state, [.escape])
        #expect(state.modal == nil)
    }

    @Test func helpThatFitsSaysAnyKeyClosesIt() {
        var state = Self.helpOpen(width: 120, height: 50)
        let screen = View.render(state).lines
        #expect(screen.contains { $0.contains(Self.lastHelpLine) })
        #expect(screen.contains { $0.contains("Any key closes this help.") })
        #expect(screen[49].hasSuffix("any key closes the help") && !screen[49].contains("undo"), "\(screen[49])")
        F.send(&state, [.down])
        #expect(state.modal == .help(scroll: 0), "nothing to scroll")
        F.send(&state, [.character("x")])
        #expect(state.modal == nil)
    }

    @Test func theSmallestTerminalStillShowsTheHelpInsideTheScreen() {
        var state = Self.helpOpen(width: 60, height: 18)
        F.send(&state, [.end])
        let screen = View.render(state).lines
        #expect(screen.contains { $0.contains("mouse can pick") })
        #expect(HelpOverlay.rect(state).bottom <= 17)
    }
}

@Suite("Help overlay in tmux", .enabled(if: Tmux.available))
struct HelpOverlayEndToEndTests {
    typealias F = EditorFixtures

    @Test func atEightyByTwentyFourTheLastHelpLineCanBeReached() throws {
        let tmux = try Tmux()
        try F.example.yaml().write(to: tmux.directory.appendingPathComponent("draft.yaml"), atomically: true, encoding: .utf8)
        try tmux.start("edit draft.yaml", width: 80, height: 24)
        try tmux.waitFor("Riverbend")
        try tmux.keys("Escape", "?")
        // The box's top and its last line: a capture can fall between the two as a frame is written.
        var screen = try tmux.waitUntil("the help with its scroll line") { $0.contains("Keys: Position") && $0.contains("↑↓ PgUp/PgDn Home/End scroll") }
        #expect(!screen.contains(HelpOverlayTests.lastHelpLine))
        try tmux.keys("PageDown", "PageDown", "PageDown")
        screen = try tmux.waitFor(HelpOverlayTests.lastHelpLine)
        #expect(screen.split(separator: "\n").count <= 24)
        try tmux.keys("Home"); try tmux.waitFor("Letters typed go into")
        try tmux.keys("End"); try tmux.waitFor(HelpOverlayTests.lastHelpLine)
        try tmux.keys("Escape"); try tmux.waitUntil("the help closes") { !$0.contains("Keys: Position") }
        try tmux.keys("Escape", "q"); try tmux.waitFor("EDITOR-EXITED=0")
    }
}
