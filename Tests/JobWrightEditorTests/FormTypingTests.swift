import JobWrightCore
import JobWrightEditor
import Testing

/// The Position screen is a form: what an officer types goes into the fields, never runs as
/// commands (a first-time officer typed "united network office" and `u` undid, `n` jumped).
@Suite("The Position screen takes letters as text")
struct FormTypingTests {
    typealias F = EditorFixtures

    @Test func lettersThatAreCommandsElsewhereAreTypedAndDownKeepsAndMovesOn() {
        var state = F.state(F.example)
        F.select("position.department", in: &state)
        // u, n, j, k, g, e and q are commands on the other screens; here they are the words.
        F.send(&state, F.type("united network of jobs, key goals and quality") + [.down])
        #expect(state.draft.position.department == "united network of jobs, key goals and quality")
        #expect(EditorFieldPaths.all[state.position.selected] == "position.location.name")
        #expect(state.modal == nil && !state.quitting)
        // A one-line value is replaced by what is typed, as a spreadsheet's cell is; Esc brings
        // the old value back; Up keeps and goes back.
        F.send(&state, F.type("Annex") + [.escape])
        #expect(state.draft.position.location.name == F.example.position.location.name)
        F.send(&state, [.escape] + F.type("Annex") + [.up])
        #expect(state.draft.position.location.name == "Annex")
        #expect(EditorFieldPaths.all[state.position.selected] == "position.department")
    }

    @Test func escThenAKeyIsACommandAndCtrlNGoesToTheNextFieldToFill() {
        var state = F.state()
        F.select("position.title", in: &state)
        F.send(&state, F.type("CTO") + [.enter])
        #expect(state.draft.position.title == "CTO")
        // Esc, then u: undo. Esc alone says what the next key may be.
        F.send(&state, [.escape])
        #expect(state.message?.contains("Next key is a command") == true)
        #expect(View.render(state).lines.contains { $0.contains("Next key is a command: u undo") })
        F.send(&state, [.character("u")])
        #expect(state.draft.position.title == nil)
        F.send(&state, [.control("n")])
        #expect(state.message?.contains("Next to fill in") == true)
        // After Esc out of a field, or Esc and a letter that is no command, typing goes on as
        // typing (a first-time officer's "nine months" after Esc jumped on its n).
        F.select("position.title", in: &state)
        F.send(&state, F.type("Boston") + [.escape] + F.type("nine months") + [.enter])
        #expect(state.draft.position.title == "nine months")
        F.send(&state, [.escape] + F.type("Boston") + [.enter])
        #expect(state.draft.position.title == "Boston")
        // Ctrl-Q quits from anywhere, keeping what a field holds (asking first: it is unsaved).
        F.send(&state, F.type("CTO") + [.control("q")])
        #expect(state.draft.position.title == "CTO" && state.modal == .confirmQuit)
    }

    @Test func aDigitStillSwitchesScreensFromATextFieldButNotFromAPayField() {
        var state = F.state(F.example)
        F.select("position.title", in: &state)
        F.send(&state, [.character("2")])
        #expect(state.screen == .competencies)
        F.select("compensation.maximum", in: &state)
        F.send(&state, F.type("125000") + [.enter])
        #expect(state.draft.compensation.maximum == 125000 && state.screen == .position)
        F.send(&state, [.escape, .character("2")])
        #expect(state.screen == .competencies)
    }

    /// A paste on a field that is not open goes in as typing does: a one-line value replaced,
    /// a text area added to, a list given an item per pasted line.
    @Test func aPasteOnAClosedFieldGoesInAsTypingDoes() {
        var state = F.state(F.example)
        F.select("position.department", in: &state)
        _ = Editor.update(&state, .paste("Office of Digital Learning"))
        F.send(&state, [.enter])
        #expect(state.draft.position.department == "Office of Digital Learning")
        let summary = state.draft.summary ?? ""
        F.select("summary", in: &state)
        _ = Editor.update(&state, .paste(" Pasted."))
        F.send(&state, [.escape])
        #expect(state.draft.summary == summary + " Pasted.")
        let required = state.draft.qualifications.required
        F.select("qualifications.required", in: &state)
        _ = Editor.update(&state, .paste("A master's degree\nFive years leading a team\n"))
        F.send(&state, [.escape, .escape])
        #expect(state.draft.qualifications.required == required + ["A master's degree", "Five years leading a team"])
    }
}
