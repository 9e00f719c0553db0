import Foundation
import JobWrightCore
@testable import JobWrightEditor
import Testing

private typealias F = EditorFixtures

/// The Reporting screen's role pickers take letters as a search, as the bullet search does:
/// "Network" typed to search once ran `t` ("type a title") and put "work" in as a title.
@Suite("Role picker search")
struct RolePickerTests {
    /// The Reporting screen with the picker open on "Supervises → + add".
    static func supervisesPicker() -> EditorState {
        var state = F.state(F.example)
        F.send(&state, [.character("3")])
        state.reporting.selected = state.reportingRows.firstIndex { if case .addSupervised = $0 { true } else { false } } ?? 0
        F.send(&state, [.enter])
        return state
    }

    static func picker(_ state: EditorState) -> RolePicker? {
        if case .rolePicker(let picker)? = state.modal { picker } else { nil }
    }

    @Test func lettersTypedSearchTheRolesAndNeverRunACommand() throws {
        var state = Self.supervisesPicker()
        _ = Editor.update(&state, .typed("Network"))
        let picker = try #require(Self.picker(state))
        #expect(!picker.typing, "no title is being typed")
        #expect(picker.filter.text == "Network")
        #expect(picker.found == ["network-administrator", "network-engineer"])
        let screen = View.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Search: Network"))
        #expect(screen.contains("Network Administrator") && screen.contains("Network Engineer"))
        #expect(!screen.contains("Help Desk Technician") && !screen.contains("Title:"))
        // Down, then Enter, chooses the second.
        let before = state.draft.reporting.supervises.count
        F.send(&state, [.down, .enter])
        #expect(state.modal == nil)
        #expect(state.draft.reporting.supervises.count == before + 1)
        #expect(state.draft.reporting.supervises.last?.role == "network-engineer")
    }

    @Test func wordsAreSearchedTogetherAndKeysTypedOneByOneToo() throws {
        var state = Self.supervisesPicker()
        F.send(&state, F.type("help tech"))
        #expect(Self.picker(state)?.found == ["help-desk-technician"])
        F.send(&state, [.backspace, .backspace, .backspace, .backspace, .backspace])
        #expect(Self.picker(state)?.found.contains("help-desk-technician") == true)
        #expect(Self.picker(state)?.filter.text == "help")
    }

    @Test func ctrlTTypesATitleNotListedStartingFromTheSearch() throws {
        var state = Self.supervisesPicker()
        F.send(&state, F.type("Robotics") + [.control("t")])
        let picker = try #require(Self.picker(state))
        #expect(picker.typing && picker.typed.text == "Robotics")
        F.send(&state, F.type(" Coach") + [.enter])
        #expect(state.draft.reporting.supervises.last?.role == "Robotics Coach")
    }

    @Test func enterOnASearchThatFindsNoRoleTakesItAsTheTitle() throws {
        var state = Self.supervisesPicker()
        F.send(&state, F.type("Esports Coordinator"))
        #expect(Self.picker(state)?.found.isEmpty == true)
        #expect(View.render(state).lines.joined().contains("No listed role holds \"Esports Coordinator\""))
        F.send(&state, [.enter])
        #expect(state.draft.reporting.supervises.last?.role == "Esports Coordinator")
    }

    @Test func aPasteGoesIntoTheSearch() throws {
        var state = Self.supervisesPicker()
        _ = Editor.update(&state, .paste("systems"))
        #expect(Self.picker(state)?.found == ["systems-administrator", "systems-technician"])
    }
}

@Suite("Role picker search in tmux", .enabled(if: Tmux.available))
struct RolePickerEndToEndTests {
    @Test func networkTypedInTheSupervisesPickerFindsTheNetworkRoles() throws {
        let tmux = try Tmux()
        try F.example.yaml().write(to: tmux.directory.appendingPathComponent("draft.yaml"), atomically: true, encoding: .utf8)
        try tmux.start("edit draft.yaml", width: 80, height: 24)
        try tmux.keys("3"); try tmux.waitFor("Supervises")
        // Past reports-to, also-reports-to, the dotted line and the four supervised roles: "+ add".
        try tmux.keys(Array(repeating: "Down", count: 8) + ["Enter"])
        try tmux.waitFor("Search:")
        try tmux.type("Network")
        try tmux.waitFor("Search: Network")
        // The search line is drawn before the list under it: wait for the list too.
        let screen = try tmux.waitFor("Network Engineer  [central office]")
        #expect(screen.contains("Network Administrator  [central office]"))
        #expect(screen.contains("Network Engineer  [central office]"))
        #expect(!screen.contains("Help Desk Technician  [central office]"))
        #expect(!screen.contains("Title:"), "no letter of the search ran a command")
        try tmux.keys("Down", "Enter")
        try tmux.waitFor("Network Engineer  x1")
        try tmux.keys("q"); try tmux.waitFor("Unsaved changes"); try tmux.keys("d")
        try tmux.waitFor("EDITOR-EXITED=0")
    }
}
