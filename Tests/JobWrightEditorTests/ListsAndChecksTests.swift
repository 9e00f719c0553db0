import JobWrightCore
import JobWrightEditor
import JobWrightRender
import Testing

/// Structure edited as structure, text readable before choosing, and the checks in step (issue 7).
@Suite("Lists, notices, reading and the checks")
struct ListsAndChecksTests {
    typealias F = EditorFixtures

    static func open(_ path: String, in state: inout EditorState) {
        F.select(path, in: &state)
        F.send(&state, [.enter])
    }

    @Test func qualificationsAreAListOfRows() {
        var state = F.state()
        Self.open("qualifications.required", in: &state)
        guard case .list? = state.modal else { Issue.record("no list dialog"); return }
        F.send(&state, [.enter] + F.type("Master's degree | or equivalent") + [.enter])
        // What is typed on the list is a new item: "demonstrated ..." no longer deletes a row on its d.
        F.send(&state, F.type("Five years leading technology staff") + [.enter])
        F.send(&state, F.type("demonstrated leadership of a district network") + [.enter])
        #expect(state.draft.qualifications.required.last == "demonstrated leadership of a district network")
        F.send(&state, [.delete])
        F.send(&state, F.type("Massachusetts administrator licence") + [.enter])
        // The bar is text, not a separator.
        #expect(state.draft.qualifications.required == ["Master's degree | or equivalent", "Five years leading technology staff",
                                                        "Massachusetts administrator licence"])
        F.send(&state, [.shiftUp])
        #expect(state.draft.qualifications.required[1] == "Massachusetts administrator licence")
        F.send(&state, [.up, .enter, .control("u")] + F.type("Master's degree") + [.enter])
        #expect(state.draft.qualifications.required[0] == "Master's degree")
        F.send(&state, [.delete])
        #expect(state.draft.qualifications.required.count == 2)
        F.send(&state, [.control("_")])
        #expect(state.draft.qualifications.required.count == 3)
        F.send(&state, [.escape])
        #expect(state.modal == nil)
        #expect(View.render(state).lines.contains { $0.contains("3 items: Master's degree  (+2 more)") })
    }

    @Test func committeeMembersHaveANameAndARole() {
        var state = F.state(F.example)
        state.draft.rubric.committee = []
        F.send(&state, [.character("4")])
        state.rubric.selected = state.draft.rubric.rows.count + 1
        F.send(&state, [.enter, .enter] + F.type("Avery Collins, Ed.D.") + [.tab] + F.type("chair") + [.enter])
        // Typing on the list adds an item: letters are never commands there.
        F.send(&state, F.type("Sam Okafor") + [.enter, .escape])
        #expect(state.draft.rubric.committee == [CommitteeMember(name: "Avery Collins, Ed.D.", role: "chair"), CommitteeMember(name: "Sam Okafor")])
        #expect(View.render(state).lines.contains { $0.contains("Committee: Avery Collins, Ed.D. (chair), Sam Okafor") })
    }

    @Test func noticesArePickedFromTheCatalogNeverTypedAsIds() throws {
        var state = F.state()
        Self.open("notices.include", in: &state)
        guard case .notices? = state.modal else { Issue.record("no notice picker"); return }
        let notices = F.context.catalog.notices
        let optional = try #require(notices.firstIndex { !$0.required })
        let required = notices.firstIndex { $0.required && !$0.id.hasPrefix("flsa-") }!
        F.send(&state, Array(repeating: .down, count: required) + [.character(" ")])
        #expect(state.draft.notices.include.isEmpty && state.message?.contains("always printed") == true)
        #expect(View.render(state).lines.contains { $0.contains("always printed") }, "the reason shows inside the dialog")
        F.send(&state, Array(repeating: .up, count: notices.count) + Array(repeating: .down, count: optional) + [.character(" "), .escape])
        #expect(state.draft.notices.include == [notices[optional].id])
        #expect(View.render(state).lines.contains { $0.contains(notices[optional].title.prefix(20)) })
    }

    @Test func exportAsksFirstWhenTheChecksFindErrors() {
        var state = F.state(F.example)
        state.draft.compensation.maximum = Amount(100)
        state.version += 1
        F.send(&state, [.character("6"), .character("w")])
        guard case .confirmExport(let errors)? = state.modal else { Issue.record("export did not ask"); return }
        #expect(errors.contains { $0.contains("compensation.maximum") })
        #expect(View.render(state).lines.contains { $0.contains("The checks find") })
        #expect(F.send(&state, [.character("y")]) == [.bell])
        #expect(F.send(&state, [.escape]).isEmpty && state.modal == nil)
        F.send(&state, [.character("w")])
        let effects = F.send(&state, [.character("e")])
        #expect(effects.contains { if case .export = $0 { true } else { false } })
    }

    @Test func theStatusBarCountsTheEditJustMadeAndSaysOneNotOnes() {
        var state = F.state(F.example)
        let before = state.findingCounts.errors
        state.position.selected = EditorFieldPaths.all.firstIndex(of: "compensation.maximum")!
        F.send(&state, [.enter, .control("u")] + F.type("1000") + [.enter])
        // No tick, no quiet spell: the counts are already current.
        #expect(state.findingCounts.errors == before + 1)
        let status = View.render(state).lines.last!
        #expect(status.contains("1 error,") && !status.contains("1 errors"))
        var one = F.state()
        F.send(&one, [.character("2"), .right, .character(" ")])
        #expect(View.render(one).lines.last!.contains("| 1 bullet |"))
    }

    @Test func everyAreaCanBeReachedOnTheSmallestScreen() {
        var state = F.state(width: 60, height: 18)
        F.send(&state, [.character("2")] + Array(repeating: .down, count: 9))
        #expect(state.competencies.area == 9)
        #expect(View.render(state).lines.contains { $0.contains("10. Evaluation") })
    }

    @Test func theHighlightedBulletAndFindingAreShownWhole() {
        var state = F.state(F.example, width: 80, height: 24)
        F.send(&state, [.character("2"), .right])
        let bullet = state.visibleBullets[0].text.collapsingWhitespace
        let screen = View.render(state).lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(screen.contains(bullet))
        F.send(&state, [.character("7")])
        let finding = state.checks.findings[0].message
        let checks = View.render(state).lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(checks.contains(finding))
    }

    @Test func rubricRowsShowTheirQuestionsNotIds() {
        var state = F.state(F.example)
        F.send(&state, [.character("4")])
        let lines = View.render(state).lines
        let row = F.example.rubric.rows[0]
        #expect(!lines.contains { $0.contains(row.question ?? "-") })
        #expect(lines[View.bodyTopForTests + 1].contains("Tell us about a time"))
    }

    @Test func enterOnAnAreaWithNoBulletOpensThatArea() {
        var state = F.state()
        F.send(&state, [.character("7")])
        let index = state.checks.findings.firstIndex { $0.message.contains("area 10") }!
        state.checks.selected = index
        F.send(&state, [.enter])
        #expect(state.screen == .competencies && state.competencies.area == 9)
    }

    @Test func labelsNeverRunIntoTheirValues() {
        var state = F.state(F.example)
        state.position.selected = EditorFieldPaths.all.firstIndex(of: "physicalDemands")!
        #expect(View.render(state).lines.contains { $0.contains("Physical demands   5 items: Work at") })
        F.send(&state, [.down])
        #expect(View.render(state).lines.contains { $0.contains("Working conditions 5 items") })
        F.send(&state, [.character("4"), .character("w")])
        #expect(!View.render(state).lines.contains { $0.contains("Improvement:D") || $0.contains("Improvement:T") })
    }
}

extension ListsAndChecksTests {
    /// The lines an import did not understand go to the draft's notes: the Review screen says
    /// where, and the Position screen's last field shows and edits them; emptied, the draft has
    /// no notes left.
    @Test func theNotesAnImportKeptAreShownAndEdited() throws {
        var draft = F.example
        draft.notes = ["line 5: Posted: September 2005, after the School Board reinstated the position"]
        draft.importReview = ImportReview(source: "old.txt", lines: [
            ImportReview.Line(line: 8, text: "Run the help desk.", bullet: "technical.help-desk",
                              choices: [ImportReview.Choice(id: "technical.help-desk", similarity: 70)]),
        ])
        var state = F.state(draft, width: 120, height: 30)
        F.send(&state, [.character("8")])
        #expect(View.render(state).lines.contains { $0.contains("1 line of 1 to review; 1 line kept in Your notes (Position screen, never printed)") },
                "\(View.render(state).lines.joined(separator: "\n"))")
        Self.open("notes", in: &state)
        guard case .list? = state.modal else { Issue.record("no list dialog"); return }
        #expect(View.render(state).lines.contains { $0.contains("Posted: September 2005") })
        F.send(&state, F.type("Ask about the start date") + [.enter])
        #expect(state.draft.notes?.count == 2)
        F.send(&state, [.home, .delete, .delete])
        #expect(state.draft.notes == nil)
        F.send(&state, [.escape])
        let text = try state.draft.yaml()
        #expect(!text.contains("notes:"))
    }
}
