import JobWrightCore
import JobWrightEditor
import JobWrightRender
import Testing

/// The failures a first-time HR officer met (issue 7), each as a test that failed before.
@Suite("Nothing typed is lost or garbled")
struct TrustTests {
    typealias F = EditorFixtures

    static func positionIndex(_ path: String) -> Int { EditorFieldPaths.all.firstIndex(of: path)! }

    @Test func theQuitQuestionActsOnlyOnTheKeysItShows() {
        var state = F.state()
        F.send(&state, [.enter] + F.type("Director") + [.enter, .escape, .character("q")])
        #expect(state.modal == .confirmQuit)
        for key in [Key.character("y"), .character("Y"), .enter, .character("n"), .character("q"), .character(" ")] {
            let effects = F.send(&state, [key])
            #expect(effects == [.bell], "\(key)")
            #expect(state.modal == .confirmQuit && !state.quitting)
        }
        #expect(View.render(state).lines.contains { $0.contains("d    quit without saving") })
        #expect(F.send(&state, [.character("d")]).last == .quit)
    }

    @Test func undoAndRedoReachEveryKindOfChangeAcrossScreens() {
        var state = F.state(F.example)
        let original = state.draft
        // Clear a field, delete a rubric row, replace a written question, drop a bullet.
        state.position.selected = Self.positionIndex("summary")
        F.send(&state, [.delete])
        #expect(state.draft.summary == nil)
        F.send(&state, [.character("4")])
        let written = state.draft.rubric.rows.firstIndex { $0.customQuestion != nil }!
        state.rubric.selected = written
        F.send(&state, [.character("o")])
        #expect(state.draft.rubric.rows[written].customQuestion == nil)
        #expect(state.message?.contains("u brings it back") == true)
        state.rubric.selected = 0
        F.send(&state, [.character("d")])
        #expect(state.draft.rubric.rows.count == original.rubric.rows.count - 1)
        F.send(&state, [.character("2"), .right, .character(" ")])
        #expect(state.draft.competencies.count == original.competencies.count - 1)
        // Undo walks back through all four, on whatever screen is showing.
        // On the Position screen letters are text: undo is Esc u there (or Ctrl-_).
        F.send(&state, [.character("1"), .escape, .character("u"), .escape, .character("u"), .control("_")])
        #expect(state.draft.rubric.rows[written].customQuestion == original.rubric.rows[written].customQuestion)
        #expect(state.draft.summary == nil)
        F.send(&state, [.control("_")])
        #expect(state.draft == original && !state.modified)
        #expect(F.send(&state, [.escape, .character("u")]).isEmpty && state.message == "Nothing to undo.")
        F.send(&state, [.control("r"), .control("r")])
        #expect(state.draft.summary == nil && state.draft.rubric.rows[written].customQuestion == nil && state.modified)
        // A new change after undoing forgets the redo.
        F.send(&state, [.control("_"), .character("7")])
        state.screen = .position
        state.position.selected = Self.positionIndex("position.title")
        F.send(&state, [.delete])
        #expect(state.history.redo.isEmpty)
    }

    @Test func atLeastAHundredChangesCanBeUndone() {
        var state = F.state()
        F.send(&state, [.character("4")])
        state.screen = .position
        state.position.selected = Self.positionIndex("position.contractDays")
        for day in 1...150 { F.send(&state, [.enter, .control("u")] + F.type("\(day)") + [.enter]) }
        #expect(state.draft.position.contractDays == 150)
        for _ in 0..<100 { F.send(&state, [.control("_")]) }
        #expect(state.draft.position.contractDays == 50)
        #expect(UndoHistory.limit >= 100)
    }

    @Test func theRecoveryCopyCarriesTheUndoHistory() throws {
        var state = F.state()
        F.send(&state, [.enter] + F.type("First") + [.enter, .enter, .control("u")] + F.type("Second") + [.enter])
        let effects = Editor.update(&state, .tick(5))
        guard case .writeRecovery(_, let yaml, let history?)? = effects.first else { Issue.record("no recovery copy with history: \(effects)"); return }
        var reopened = F.state()
        reopened.modal = .recovery(recoveredYAML: yaml, history: history)
        F.send(&reopened, [.character("r")])
        #expect(reopened.draft.position.title == "Second")
        F.send(&reopened, [.control("_")])
        #expect(reopened.draft.position.title == "First")
        F.send(&reopened, [.control("_")])
        #expect(reopened.draft.position.title == nil)
    }

    @Test func escFollowedAtOnceByAKeyIsBothKeys() {
        var state = F.state()
        F.send(&state, [.character("2"), .character("/")] + F.type("e-rate") + [.enter])
        // Esc then `/` arrive together, as Alt-/: the filter is cleared, then a new one starts.
        F.send(&state, [.alt("/")])
        #expect(state.competencies.filter == "" && state.competencies.filterEditing)
        // In a text field Alt-b is a word back.
        F.send(&state, F.type("cyber security") + [.alt("b")])
        #expect(state.competencies.filter == "cyber security" && state.competencies.filterEditing)
    }

    @Test func linesPastedAsKeysIntoAOneLineFieldBecomeSpaces() {
        var state = F.state()
        state.position.selected = Self.positionIndex("position.title")
        F.send(&state, [.enter])
        _ = Editor.update(&state, .typed("abc\ndefghij"))
        #expect(state.position.editing?.text == "abc defghij")
        F.send(&state, [.control("u")])
        _ = Editor.update(&state, .typed("huddle.\nAfternoons\n"))
        // The break inside is a space; the one at the end is Enter, which keeps the field.
        #expect(state.draft.position.title == "huddle. Afternoons" && state.position.editing == nil)
    }

    @Test func aTextAreaKeepsPastedAndTypedLineBreaksAlike() {
        let text = "Mornings often start with a help-desk huddle.\nAfternoons are for planning."
        for index in 0..<3 {
            var state = F.state()
            state.position.selected = Self.positionIndex("summary")
            F.send(&state, [.enter])
            switch index {
            case 0: _ = Editor.update(&state, .paste(text))
            case 1: _ = Editor.update(&state, .typed(text))
            default: F.send(&state, text.map { $0 == "\n" ? Key.enter : .character($0) })
            }
            F.send(&state, [.escape])
            #expect(state.draft.summary == text, "way \(index)")
        }
    }

    @Test func pastedTextWithNoFieldOpenRunsNoCommand() {
        var state = F.state(F.example)
        let before = state.draft
        // On the Position screen pasted text goes into the selected field, as typing does: its
        // letters never run as commands, and Esc brings the old value back.
        _ = Editor.update(&state, .paste("d d d q"))
        _ = Editor.update(&state, .typed("Mornings start with a huddle.\nAfternoons are for planning."))
        #expect(state.draft == before && state.modal == nil && state.screen == .position)
        #expect(state.position.editing?.text == "d d d qMornings start with a huddle. Afternoons are for planning.")
        F.send(&state, [.escape])
        #expect(state.draft == before && state.position.editing == nil)
        // Where no field takes text (the Reporting screen's list), it is set aside, not read as keys.
        F.send(&state, [.character("3")])
        _ = Editor.update(&state, .paste("d d d q"))
        _ = Editor.update(&state, .typed("Mornings start with a huddle.\nAfternoons are for planning."))
        #expect(state.draft == before && state.modal == nil && state.screen == .reporting)
        #expect(state.message?.contains("open a field first") == true)
        F.send(&state, [.character("1")])
        // A question takes no key from a burst: the `r` of "Mornings" does not restore, and the
        // `d` after the `q` of pasted words does not discard.
        state.modal = .recovery(recoveredYAML: try! Draft.newPosting().yaml(), history: nil)
        _ = Editor.update(&state, .typed("Mornings start with a huddle."))
        #expect(state.draft == before)
        state.modal = nil
        state.modified = true
        // (On the Preview screen: on the Position screen letters are typed into the field.)
        state.screen = .preview
        let effects = Editor.update(&state, .typed("quid"))
        #expect(state.modal == .confirmQuit && !effects.contains(.quit))
        // Typing ahead of a busy screen: the key that opens a field, then words, all kept.
        state.modal = nil
        state.screen = .rubric
        state.rubric.selected = state.draft.rubric.rows.count + 1
        _ = Editor.update(&state, .key(.enter))
        _ = Editor.update(&state, .typed("Sam Okafor\tmember\n"))
        #expect(state.draft.rubric.committee.contains(CommitteeMember(name: "Sam Okafor", role: "member")))
        // Keys typed ahead of a busy screen, starting with Enter, still work.
        var fresh = F.state()
        _ = Editor.update(&fresh, .typed("\nChief Technology Officer\n"))
        #expect(fresh.draft.position.title == "Chief Technology Officer")
    }
}
