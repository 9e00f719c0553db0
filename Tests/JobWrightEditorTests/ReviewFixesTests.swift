import JobWrightCore
import JobWrightEditor
import Testing

/// What a first-time HR officer met in a review of the editor, each as a test.
@Suite("A first-time user's review")
struct ReviewFixesTests {
    typealias F = EditorFixtures

    @Test func keysThatArriveTogetherAreUndoneOneByOne() {
        var state = F.state(F.example)
        F.select("workingConditions", in: &state)
        F.send(&state, [.enter, .character("a")] + F.type("Some evening meetings") + [.enter, .escape])
        let withItem = state.draft
        F.select("physicalDemands", in: &state)
        F.send(&state, [.enter])
        _ = Editor.update(&state, .typed("du"))
        // "d" deleted an item and "u" undid exactly that: the earlier change stays.
        #expect(state.draft == withItem)
    }

    @Test func typingOnAClosedFieldStartsEditingIt() {
        var state = F.state()
        F.select("compensation.note", in: &state)
        F.send(&state, F.type("Placement on the salary schedule") + [.escape])
        #expect(state.draft.compensation.note == "Placement on the salary schedule")
        F.select("physicalDemands", in: &state)
        F.send(&state, F.type("Occasional lifting") + [.enter, .escape])
        #expect(state.draft.physicalDemands == ["Occasional lifting"])
    }

    @Test func writtenTextIsNotThrownAwayByOneEsc() {
        var state = F.state(F.example)
        F.send(&state, [.character("4"), .character("w"), .control("u")] + F.type("A new question?") + [.escape])
        guard case .customQuestion(let form)? = state.modal else { Issue.record("one Esc closed the dialog"); return }
        #expect(form.error?.contains("Esc again") == true)
        F.send(&state, [.escape])
        #expect(state.modal == nil)
        F.send(&state, [.character("2"), .character("a")] + F.type("My bullet") + [.escape])
        guard case .customBullet? = state.modal else { Issue.record("one Esc closed the bullet dialog"); return }
        F.send(&state, [.escape])
        #expect(state.modal == nil)
    }

    @Test func enterOpensARubricRowsQuestionAndNeverSwapsIt() {
        var state = F.state(F.example)
        let before = state.draft
        F.send(&state, [.character("4"), .enter])
        guard case .customQuestion? = state.modal else { Issue.record("Enter did not open the question"); return }
        F.send(&state, [.escape])
        #expect(state.draft == before)
    }

    @Test func aNewQuestionWithTheBankAnchorsIsQuestionedOnce() {
        var state = F.state(F.example)
        F.send(&state, [.character("4"), .character("w"), .control("u")] + F.type("How would you plan a network?") + [.control("s")])
        guard case .customQuestion(let form)? = state.modal else { Issue.record("saved without a word"); return }
        #expect(form.error?.contains("written for the bank question") == true)
        F.send(&state, [.control("s")])
        #expect(state.modal == nil && state.draft.rubric.rows[0].customQuestion?.text == "How would you plan a network?")
    }

    @Test func enterOnAChoiceNeverChangesIt() {
        var state = F.state()
        F.select("compensation.period", in: &state)
        F.send(&state, [.enter])
        #expect(state.draft.compensation.period == .year && state.message?.contains("Space") == true)
    }

    @Test func severalPastedLinesBecomeSeveralItems() {
        var state = F.state()
        F.select("qualifications.required", in: &state)
        F.send(&state, [.enter, .enter])
        _ = Editor.update(&state, .paste("Master's degree\nFive years of leadership\n\nCETL preferred\n"))
        #expect(state.draft.qualifications.required == ["Master's degree", "Five years of leadership", "CETL preferred"])
    }

    @Test func aKeptMaximumBelowTheMinimumIsSaidAtOnce() {
        var state = F.state(F.example)
        F.select("compensation.maximum", in: &state)
        F.send(&state, [.enter, .control("u")] + F.type("1000") + [.enter])
        #expect(state.message?.contains("below the minimum") == true)
    }

    @Test func checksNameFieldsAsTheScreensDo() {
        var state = F.state(F.example)
        state.draft.qualifications.required[2] = "He will lead"
        state.version += 1
        F.send(&state, [.character("7")])
        let lines = View.render(state).lines
        #expect(lines.contains { $0.contains("Required qualifications, item 3") })
        #expect(!lines.contains { $0.contains("qualifications.required[2]") })
    }
}

/// Fixes from a code review of the change.
@Suite("A code review's findings")
struct CodeReviewFixesTests {
    typealias F = EditorFixtures

    @Test func aFailedSaveKeepsTheDraftModifiedThroughUndo() {
        var state = F.state(F.example)
        state.position.selected = EditorFieldPaths.all.firstIndex(of: "position.title")!
        F.send(&state, [.enter, .control("u")] + F.type("A") + [.enter])
        let effects = F.send(&state, [.control("s")])
        let save = effects.first { if case .save = $0 { true } else { false } }!
        Editor.effectFailed(&state, save, message: "Cannot write: disk full")
        F.send(&state, [.enter] + F.type("B") + [.enter, .escape, .character("u")])
        // Undone to "A", which never reached the disk: still modified, so quitting asks.
        #expect(state.draft.position.title == "A" && state.modified)
        F.send(&state, [.escape, .character("q")])
        #expect(state.modal == .confirmQuit)
    }

    @Test func discardingARecoveryCopyOfANewFileGoesToTheStartScreen() throws {
        var state = F.state(path: "new.yaml")
        state.isNewFile = true
        state.modal = .recovery(recoveredYAML: try Draft.newPosting().yaml(), history: nil)
        F.send(&state, [.character("d")])
        guard case .start? = state.modal else { Issue.record("not on the start screen: \(String(describing: state.modal))"); return }
    }

    /// Under a question the status bar shows the keys that answer it: under "Recovered edits"
    /// it said "u undo ... q quit", and the hint line the screen's keys, which do nothing there.
    @Test func theStatusBarShowsAQuestionsOwnKeys() throws {
        var state = F.state(path: "draft.yaml", width: 100)
        let questions: [(Modal, String)] = [
            (.recovery(recoveredYAML: try Draft.newPosting().yaml(), history: nil), "r restore  d discard  k keep both"),
            (.confirmQuit, "s save+quit  d discard  Esc back"),
            (.changedOnDisk(path: "draft.yaml", deleted: false), "o overwrite  b beside  Esc back"),
        ]
        for (question, keys) in questions {
            state.modal = question
            let lines = View.render(state).lines
            let bar = lines.last ?? ""
            #expect(bar.contains(keys), "\(bar)")
            #expect(!bar.contains("u undo") && !bar.contains("q quit"), "\(bar)")
            // Nor does the hint line above it offer the screen's keys.
            #expect(!lines[lines.count - 2].contains("undo"), "\(lines[lines.count - 2])")
        }
        state.modal = nil
        state.screen = .competencies
        #expect(View.render(state).lines.last?.contains("u undo") == true)
    }

    @Test func linesTypedIntoAListItemBecomeItems() {
        var state = F.state()
        state.position.selected = EditorFieldPaths.all.firstIndex(of: "physicalDemands")!
        F.send(&state, [.enter, .enter])
        _ = Editor.update(&state, .typed("Sit at a computer\nLift 25 pounds\n"))
        #expect(state.draft.physicalDemands == ["Sit at a computer", "Lift 25 pounds"])
    }
}
