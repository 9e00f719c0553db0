import Foundation
import JobWrightCore
import JobWrightEditor
import Testing

@Suite("Editor update: every screen's keys")
struct UpdateTests {
    typealias F = EditorFixtures

    @Test func tabShiftTabAndDigitsMoveBetweenScreens() {
        var state = F.state()
        F.send(&state, [.tab])
        #expect(state.screen == .competencies)
        F.send(&state, [.backTab, .backTab])
        #expect(state.screen == .checks)
        F.send(&state, [.character("4")])
        #expect(state.screen == .rubric)
        F.send(&state, [.character("?")])
        #expect(state.modal == .help(scroll: 0))
        F.send(&state, [.character("x")])
        #expect(state.modal == nil)
    }

    @Test func positionFieldsEditValidateAndCancel() {
        var state = F.state()
        F.send(&state, [.enter] + F.type("Director of Technology") + [.enter])
        #expect(state.draft.position.title == "Director of Technology")
        #expect(state.modified)
        // Digits typed into a field are text, not screen jumps.
        let closing = FormField_index("position.closingDate")
        state.position.selected = closing
        F.send(&state, [.enter] + F.type("2027-02-30") + [.enter])
        #expect(state.position.error?.contains("YYYY-MM-DD") == true)
        #expect(state.position.editing != nil)
        F.send(&state, [.control("u")] + F.type("2027-02-05") + [.enter])
        #expect(state.draft.position.closingDate?.description == "2027-02-05")
        F.send(&state, [.enter, .character("x"), .escape])
        #expect(state.draft.position.closingDate?.description == "2027-02-05")
        state.position.selected = FormField_index("compensation.minimum")
        F.send(&state, [.enter] + F.type("$118,000") + [.enter])
        #expect(state.draft.compensation.minimum == 118000)
        F.send(&state, [.enter] + F.type("lots") + [.enter])
        #expect(state.position.error != nil)
        F.send(&state, [.escape])
        state.position.selected = FormField_index("flsa")
        F.send(&state, [.character(" ")])
        #expect(state.draft.flsa == .nonExempt)
        F.send(&state, [.left])
        #expect(state.draft.flsa == .exempt)
        F.send(&state, [.down, .down, .up])
        #expect(state.position.selected == FormField_index("flsa") + 1)
        F.send(&state, [.end])
        state.position.selected = FormField_index("position.title")
        F.send(&state, [.delete])
        #expect(state.draft.position.title == nil)
    }

    /// A first-time officer typed a pay and a date straight onto their fields, without Enter:
    /// the first digit was read as a screen number (125000 went to screen 2). On a pay, date or
    /// number field digits are its value, replacing the old one; elsewhere they still switch.
    @Test func digitsTypedOntoAPayOrDateFieldAreItsValue() {
        var state = F.state(F.example)
        state.position.selected = FormField_index("compensation.maximum")
        F.send(&state, F.type("125000") + [.enter])
        #expect(state.screen == .position && state.draft.compensation.maximum == 125000)
        state.position.selected = FormField_index("position.closingDate")
        F.send(&state, F.type("2027-03-15") + [.enter])
        #expect(state.screen == .position && state.draft.position.closingDate?.description == "2027-03-15")
        // Esc brings the old value back.
        F.send(&state, F.type("9") + [.escape])
        #expect(state.draft.position.closingDate?.description == "2027-03-15")
        state.position.selected = FormField_index("position.title")
        F.send(&state, [.character("3")])
        #expect(state.screen == .reporting)
    }

    /// Driving a new draft in tmux, "97 F Sumner Turner Road" typed on the coordinator's address
    /// went to screen 7, where its u undid the e-mail just entered and its n jumped to the next
    /// field, which got "er Turner Road". A street, a ZIP code, an address, a telephone, a work
    /// year and a posting id take digits as their value, as pay and dates do.
    @Test func digitsTypedOntoAnAddressOrTelephoneAreItsValue() {
        var state = F.state(F.example)
        let typed: [(String, String, WritableKeyPath<Draft, String?>)] = [
            ("position.location.street", "40 Mill Street", \.position.location.street),
            ("position.location.postalCode", "01360", \.position.location.postalCode),
            ("position.workYear", "12 months", \.position.workYear),
            ("position.postingId", "2027-014", \.position.postingId),
            ("application.contact.address", "72 Main Street, Riverbend", \.application.contact.address),
            ("application.contact.phone", "(978) 555-0142", \.application.contact.phone),
            ("notices.coordinator.address", "97 F Sumner Turner Road, Northfield, MA 01360", \.notices.coordinator.address),
            ("notices.coordinator.phone", "413-555-0100", \.notices.coordinator.phone),
        ]
        for (path, value, keyPath) in typed {
            // Nothing but the field changes: no letter of the value runs as a command.
            var expected = state.draft
            expected[keyPath: keyPath] = value
            state.position.selected = FormField_index(path)
            F.send(&state, F.type(value) + [.enter])
            #expect(state.screen == .position, "\(path)")
            #expect(state.draft == expected, "\(path): \(String(describing: state.draft[keyPath: keyPath]))")
        }
    }

    /// Ctrl-N with a field open keeps what was typed and goes on to the next field to fill, as it
    /// does with no field open: a title typed, then Ctrl-N, stayed in the title.
    /// With no field left to fill but a finding no field holds (the JSON-LD's location with no
    /// city), Ctrl-N said "the checks find no errors or warnings" beside a status bar counting
    /// one error; it now names what is left. A draft with nothing left still hears it is clear.
    @Test func controlNNeverCallsTheChecksClearWhileOneIsLeft() {
        var clear = F.state(F.example)
        F.send(&clear, [.control("n")])
        let serious = clear.checks.findings.filter { $0.severity != .notice }
        #expect(serious.isEmpty, "\(serious.map(\.message))")
        #expect(clear.message == "Nothing left to fill in: the checks find no errors or warnings.")
        var draft = F.example
        draft.position.location.city = nil
        var noCity = F.state(draft)
        F.send(&noCity, [.control("n")])
        let left = noCity.checks.findings.filter { $0.severity != .notice }
        #expect(!left.isEmpty)
        #expect(noCity.message?.contains("no errors or warnings") != true, "\(noCity.message ?? "")")
        #expect(left.allSatisfy { $0.field == nil }, "\(left.map(\.message))")
        #expect(noCity.message?.hasPrefix("Nothing left to fill in, but the checks still find: jobLocation needs") == true, "\(noCity.message ?? "")")
    }

    @Test func controlNKeepsTheTypedValueAndGoesOn() {
        var state = F.state()
        state.position.selected = FormField_index("position.title")
        F.send(&state, F.type("Director of Technology") + [.control("n")])
        #expect(state.draft.position.title == "Director of Technology")
        #expect(state.position.editing == nil)
        #expect(state.position.selected != FormField_index("position.title"))
        // The next field is found from checks of the draft with the value kept: a minimum pay goes
        // on to the maximum, which only then is missing (not to the summary after it).
        state.position.selected = FormField_index("compensation.minimum")
        F.send(&state, F.type("135000") + [.control("n")])
        #expect(state.draft.compensation.minimum != nil)
        #expect(state.position.selected == FormField_index("compensation.maximum"))
        // A value that cannot be kept stays open, with its message and a bell.
        state.position.selected = FormField_index("position.startDate")
        F.send(&state, F.type("June 1st") + [.control("n")])
        #expect(state.position.editing != nil && state.position.error != nil)
        #expect(state.position.selected == FormField_index("position.startDate"))
    }

    @Test func pasteGoesIntoTheFieldBeingEdited() {
        var state = F.state()
        F.send(&state, [.enter])
        _ = Editor.update(&state, .paste("Director\nof Technology"))
        F.send(&state, [.enter])
        #expect(state.draft.position.title == "Director of Technology")
    }

    @Test func competenciesToggleFilterReorderAndAddCustom() {
        var state = F.state()
        F.send(&state, [.character("2"), .right, .character(" "), .down, .character(" ")])
        let firstArea = F.context.catalog.competencies(inArea: "standards")
        #expect(state.draft.competencies == [firstArea[0].id, firstArea[1].id])
        F.send(&state, [.character("K")])
        #expect(state.draft.competencies == [firstArea[1].id, firstArea[0].id])
        F.send(&state, [.character("J")])
        #expect(state.draft.competencies == [firstArea[0].id, firstArea[1].id])
        F.send(&state, [.character(" ")])
        #expect(state.draft.competencies == [firstArea[0].id])
        // Filter across all areas as you type.
        F.send(&state, [.character("/")] + F.type("e-rate"))
        #expect(state.competencies.filter == "e-rate")
        #expect(state.visibleBullets.contains { $0.id == "assets.e-rate" })
        #expect(state.visibleBullets.allSatisfy { $0.text.lowercased().contains("e-rate") || $0.id.contains("e-rate") || ($0.keywords ?? []).contains { $0.lowercased().contains("e-rate") } })
        F.send(&state, [.enter, .character(" ")])
        #expect(state.draft.competencies.contains(state.visibleBullets[0].id))
        F.send(&state, [.escape])
        #expect(state.competencies.filter == nil)
        // Areas pane.
        F.send(&state, [.left, .down, .down])
        #expect(state.competencies.area == 2 && state.competencies.focus == .areas)
        // A custom bullet with alignments.
        // Text, then the area (shown, and changeable), then the kind.
        F.send(&state, [.character("a")] + F.type("Plan the new high school's network") + [.tab, .right, .left, .tab, .character(" "), .tab])
        guard case .customBullet(var form)? = state.modal else { Issue.record("no dialog"); return }
        #expect(form.kind == .knowledge && form.area == "pedagogy")
        F.send(&state, [.enter])
        form = { if case .customBullet(let f)? = state.modal { return f }; return form }()
        // The reason is shown inside the dialog, where the user is looking.
        #expect(form.error?.contains("CoSN") == true)
        #expect(View.render(state).lines.contains { $0.contains("! Mark its alignments") })
        let cosn = form.standards.firstIndex { $0.hasPrefix("cosn:") }!
        let iste = form.standards.firstIndex { $0.hasPrefix("iste:") }!
        state.modal = .customBullet({ var f = form; f.selected = cosn + 3; return f }())
        F.send(&state, [.character(" ")])
        if case .customBullet(var f)? = state.modal { f.selected = iste + 3; state.modal = .customBullet(f) }
        F.send(&state, [.character(" "), .enter])
        #expect(state.modal == nil)
        let custom = state.draft.customCompetencies.first
        #expect(custom?.id == "custom.plan-the-new-high")
        #expect(custom?.kind == .knowledge && custom?.area == "pedagogy")
        #expect(custom?.text == "Plan the new high school's network.", "a bullet is a sentence")
        #expect(state.draft.competencies.last == custom?.id)
    }

    @Test func reportingLinesPickAddCountRemoveAndWarn() {
        var state = F.state()
        F.send(&state, [.character("3"), .enter])
        guard case .rolePicker(let picker)? = state.modal else { Issue.record("no picker"); return }
        let principal = picker.roles.firstIndex(of: "principal")!
        F.send(&state, Array(repeating: .down, count: principal) + [.enter])
        #expect(state.draft.reporting.reportsTo == "principal")
        #expect(state.message?.contains("building-level") == true)
        F.send(&state, [.enter, .home, .down, .enter])
        #expect(state.draft.reporting.reportsTo == "superintendent")
        // Add two supervised roles (past "also reports to" and the dotted lines); the usual direct
        // reports come first.
        F.send(&state, [.down, .down, .down, .enter, .enter])
        #expect(state.draft.reporting.supervises.map(\.role) == ["network-administrator"])
        F.send(&state, [.character("+"), .character("+"), .character("-")])
        #expect(state.draft.reporting.supervises[0].count == 2)
        F.send(&state, [.down, .enter, .down, .enter])
        #expect(state.draft.reporting.supervises.count == 2)
        // Typed free text for a dotted line.
        state.reporting.selected = 2
        F.send(&state, [.enter, .control("t")] + F.type("Chief Operating Officer") + [.enter])
        #expect(state.draft.reporting.dottedLines == ["Chief Operating Officer"])
        F.send(&state, [.character("d")])
        #expect(state.draft.reporting.dottedLines.isEmpty)
        F.send(&state, [.enter, .escape])
        #expect(state.modal == nil)
        // A joint town and school post also reports to the town manager.
        state.reporting.selected = 1
        F.send(&state, [.enter, .control("t")] + F.type("Town Manager") + [.enter])
        #expect(state.draft.reporting.alsoReportsTo == ["Town Manager"])
        #expect(View.render(state).lines.contains { $0.contains("Superintendent of Schools and") })
    }

    @Test func rubricRowsWeightsQuestionsScaleAndCommittee() {
        var draft = Draft.newPosting()
        draft.competencies = ["data.mcas-analysis", "technical.cybersecurity", "assets.e-rate"].filter { F.context.catalog.competency($0) != nil }
        if draft.competencies.count < 2 { draft.competencies = Array(F.context.catalog.competencies.prefix(12).map(\.id)) }
        var state = F.state(draft)
        F.send(&state, [.character("4"), .character("a"), .character("a")])
        #expect(state.draft.rubric.rows.count == 2)
        state.rubric.selected = 0
        F.send(&state, [.character("+"), .character("+"), .character("-")])
        #expect(state.draft.rubric.rows[0].weight == 2)
        let before = state.draft.rubric.rows[0].question
        F.send(&state, [.character("o")])
        #expect(state.draft.rubric.rows[0].question != before)
        F.send(&state, [.character("r"), .control("u")] + F.type("Data leadership") + [.enter])
        #expect(state.draft.rubric.rows[0].name == "Data leadership")
        // Which chosen bullets the row assesses.
        let assessedBefore = state.draft.rubric.rows[0].assesses
        F.send(&state, [.character("b"), .character(" "), .enter])
        #expect(state.draft.rubric.rows[0].assesses != assessedBefore)
        #expect(state.modal == nil)
        F.send(&state, [.down, .character("d")])
        #expect(state.draft.rubric.rows.count == 1)
        state.rubric.selected = 2
        // The committee is a list: a name and a role per member.
        F.send(&state, [.enter, .enter] + F.type("Avery Collins") + [.tab] + F.type("chair") + [.enter])
        F.send(&state, F.type("Sam Okafor") + [.enter, .escape])
        #expect(state.draft.rubric.committee == [CommitteeMember(name: "Avery Collins", role: "chair"), CommitteeMember(name: "Sam Okafor")])
        #expect(state.modal == nil)
    }

    @Test func theCommitteeCanWriteItsOwnQuestionWithAnchors() {
        var state = F.state(F.example)
        F.send(&state, [.character("4"), .character("w")])
        guard case .customQuestion(let form)? = state.modal else { Issue.record("no dialog"); return }
        #expect(form.fields.count == 6)
        #expect(!form.fields[0].text.isEmpty, "starts from the bank question so it can be adapted")
        F.send(&state, [.control("u")] + F.type("What would you do if the network failed on MCAS day?") + [.enter])
        F.send(&state, [.control("u")] + F.type("Who do you call first? | How do you tell schools?") + [.enter])
        for level in ["Panics", "Fixes it alone", "Follows the plan", "Follows and improves the plan"] {
            F.send(&state, [.control("u")] + F.type(level) + [.enter])
        }
        #expect(state.modal == nil)
        let row = state.draft.rubric.rows[0]
        #expect(row.question == nil && row.area == "data")
        #expect(row.customQuestion?.text == "What would you do if the network failed on MCAS day?")
        #expect(row.customQuestion?.probes == ["Who do you call first?", "How do you tell schools?"])
        #expect(row.customQuestion?.anchors?["exemplary"] == "Follows and improves the plan")
        #expect(state.message == "Kept the committee's own question; Ctrl-S saves the file.")
    }

    @Test func previewRendersWhatRenderPrintsAndScrolls() throws {
        var state = F.state(F.example, width: 100, height: 30)
        F.send(&state, [.character("5")])
        // Exactly what `jobwright render` prints: its width, 78, on a terminal wider than that.
        let expected = try F.context.renderer.render(.posting, draft: F.example, options: .init(format: .text))
        #expect(state.preview.lines.joined(separator: "\n") == expected)
        F.send(&state, [.pageDown, .down])
        #expect(state.preview.scroll == 26)
        F.send(&state, [.character("G")])
        #expect(state.preview.scroll == state.preview.lines.count - 25)
        F.send(&state, [.character("g"), .character("t")])
        #expect(state.preview.document == .rubric && state.preview.scroll == 0)
        #expect(state.preview.lines.contains("STRUCTURED INTERVIEW RUBRIC"))
    }

    @Test func exportChoosesFormatAndPathAndWrites() {
        var state = F.state(F.example, path: "/tmp/riverbend.yaml")
        F.send(&state, [.character("6"), .down, .down, .enter])
        #expect(state.export.path.text == "/tmp/riverbend.html")
        let effects = F.send(&state, [.character("w")])
        guard case .export(let path, let contents)? = effects.first else { Issue.record("no export"); return }
        #expect(path == "/tmp/riverbend.html")
        #expect(contents.hasPrefix("<!DOCTYPE html>"))
        #expect(state.message == "Wrote /tmp/riverbend.html")
    }

    @Test func exportWritesTheRubricAsAWordFile() {
        var state = F.state(F.example, path: "/tmp/riverbend.yaml")
        F.send(&state, [.character("6")] + Array(repeating: .down, count: 10) + [.enter])
        #expect(state.export.path.text == "/tmp/riverbend.rubric.docx")
        let effects = F.send(&state, [.character("w")])
        guard case .exportBytes(let path, let contents)? = effects.first else { Issue.record("no Word export"); return }
        #expect(path == "/tmp/riverbend.rubric.docx")
        #expect(contents.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(contents.range(of: Data("word/document.xml".utf8)) != nil)
        #expect(state.message == "Wrote /tmp/riverbend.rubric.docx")
    }

    @Test func checksListFindingsAndJumpToTheField() {
        var draft = F.example
        draft.reporting.reportsTo = "principal"
        var state = F.state(draft)
        F.send(&state, [.character("7")])
        let index = state.checks.findings.firstIndex { $0.rule == "profile.central-office" }
        #expect(index != nil)
        state.checks.selected = index ?? 0
        F.send(&state, [.enter])
        #expect(state.screen == .reporting)
        F.send(&state, [.character("7")])
        state.checks.selected = state.checks.findings.firstIndex { $0.field?.hasPrefix("position") == true || $0.field?.hasPrefix("compensation") == true } ?? 0
        if state.checks.findings.indices.contains(state.checks.selected), state.checks.findings[state.checks.selected].field?.hasPrefix("position") == true {
            F.send(&state, [.enter])
            #expect(state.screen == .position)
        }
    }

    @Test func saveQuitAndRecoveryAreEffects() {
        var state = F.state(path: nil)
        F.send(&state, [.enter] + F.type("X") + [.enter])
        // Autosave: the recovery copy no later than 2 s after the edit.
        #expect(Editor.update(&state, .tick(1.0)).isEmpty)
        let effects = Editor.update(&state, .tick(1.6))
        #expect(effects == [.writeRecovery(path: ".untitled.jobwright.yaml.recovery", contents: try! state.draft.yaml(), history: state.history.json())])
        #expect(state.history.undo.count == 1)
        // Quitting with changes asks (Esc q on the Position screen, where letters are text); Esc
        // keeps editing.
        F.send(&state, [.escape, .character("q")])
        #expect(state.modal == .confirmQuit)
        F.send(&state, [.escape])
        #expect(state.modal == nil)
        // Saving an untitled draft asks for a name, then saves atomically and removes the recovery.
        F.send(&state, [.control("s")])
        guard case .savePath? = state.modal else { Issue.record("no save dialog"); return }
        let saved = F.send(&state, [.control("u")] + F.type("new.yaml") + [.enter])
        #expect(saved.contains(.save(path: "new.yaml", contents: try! state.draft.yaml(), expecting: .absent)))
        #expect(saved.contains(.removeRecovery(path: ".untitled.jobwright.yaml.recovery")))
        #expect(!state.modified)
        #expect(F.send(&state, [.escape, .character("q")]) == [.removeRecovery(path: ".new.yaml.recovery"), .quit])
    }

    /// The name the Save as dialog offers (from the title, "x.yaml" for the title "X"; or
    /// "draft.yaml") is a suggestion: typing replaces it (a first-time user types a name and must
    /// not get "x.yamlmine.yaml"), Backspace clears it, and a cursor key keeps it for editing.
    @Test func theOfferedFileNameIsReplacedByTypingAndKeptByCursorKeys() {
        func saveDialog() -> EditorState {
            var state = EditorState(context: F.context, draft: .newPosting(), path: nil, width: 100, height: 30)
            F.send(&state, [.enter] + F.type("X") + [.enter, .control("s")])
            return state
        }
        var typed = saveDialog()
        guard case .savePath(let offered)? = typed.modal else { Issue.record("no save dialog"); return }
        #expect(offered.text == "x.yaml" && offered.isSuggestion)
        var untitled = EditorState(context: F.context, draft: .newPosting(), path: nil, width: 100, height: 30)
        F.send(&untitled, [.down, .enter] + F.type("Riverbend") + [.enter, .control("s")])
        if case .savePath(let offered)? = untitled.modal { #expect(offered.text == "draft.yaml") } else { Issue.record("no save dialog") }
        var effects = F.send(&typed, F.type("mine.yaml") + [.enter])
        #expect(effects.contains { if case .save(path: "mine.yaml", _, _) = $0 { true } else { false } }, "\(effects)")

        var edited = saveDialog()
        effects = F.send(&edited, Array(repeating: .left, count: 5) + F.type("-2") + [.enter])
        #expect(effects.contains { if case .save(path: "x-2.yaml", _, _) = $0 { true } else { false } }, "\(effects)")

        var cleared = saveDialog()
        F.send(&cleared, [.backspace])
        guard case .savePath(let empty)? = cleared.modal else { Issue.record("no save dialog"); return }
        #expect(empty.text.isEmpty && !empty.isSuggestion)
        #expect(F.send(&cleared, [.enter]) == [.bell])
    }

    /// The Export screen's file name, when edited, is offered the same way: typing replaces it,
    /// Home keeps it and types in front.
    @Test func theExportFileNameIsReplacedByTypingAndKeptByCursorKeys() {
        func editingTheName() -> EditorState {
            var state = F.state()
            F.send(&state, [.character("6")] + Array(repeating: .down, count: ExportScreenState.choices.count) + [.enter])
            return state
        }
        var typed = editingTheName()
        #expect(typed.export.editingPath && typed.export.path.isSuggestion)
        F.send(&typed, F.type("posting.txt") + [.enter])
        #expect(typed.export.path.text == "posting.txt" && !typed.export.editingPath)
        var edited = editingTheName()
        let offered = edited.export.path.text
        F.send(&edited, [.home] + F.type("new-") + [.enter])
        #expect(edited.export.path.text == "new-" + offered)
    }

    /// The Export screen offers one name for every format, made from the draft's file name,
    /// or, before the draft is saved, from its title (it offered `posting.txt` for the text
    /// posting but `untitled.html` for the HTML one); a name the user typed stays.
    @Test func exportNamesFollowTheDraft() {
        func choose(_ row: Int, _ state: inout EditorState) {
            F.send(&state, [.character("6")] + Array(repeating: .up, count: ExportScreenState.choices.count + 2)
                   + Array(repeating: .down, count: row) + [.enter])
        }
        var saved = F.state(path: "riverbend.yaml")
        choose(0, &saved)
        #expect(saved.export.path.text == "riverbend.txt")
        choose(2, &saved)
        #expect(saved.export.path.text == "riverbend.html")
        choose(6, &saved)
        #expect(saved.export.path.text == "riverbend.rubric.html")

        var draft = Draft.newPosting()
        draft.position.title = "Director of Technology & Digital Learning (CTO)"
        var untitled = F.state(draft, path: nil)
        choose(0, &untitled)
        // At most 40 characters of the title.
        #expect(untitled.export.path.text == "director-of-technology-digital-learning.txt")
        choose(4, &untitled)
        #expect(untitled.export.path.text == "director-of-technology-digital-learning.rubric.txt")
        var nameless = F.state(.newPosting(), path: nil)
        choose(2, &nameless)
        #expect(nameless.export.path.text == "posting.html")
        // Saved under a name since: the name follows when the screen is opened again.
        nameless.path = "cto.yaml"
        F.send(&nameless, [.character("1"), .character("6")])
        #expect(nameless.export.path.text == "cto.html")
        // A typed name stays through a visit elsewhere.
        F.send(&nameless, Array(repeating: .up, count: ExportScreenState.choices.count + 2)
               + Array(repeating: .down, count: ExportScreenState.choices.count) + [.enter] + F.type("board.html") + [.enter])
        F.send(&nameless, [.character("1"), .character("6")])
        #expect(nameless.export.path.text == "board.html")
        #expect(ExportScreenState.fileName(from: "Directeur·rice du numérique") == "directeur-rice-du-numerique")
        #expect(ExportScreenState.fileName(from: "—") == nil)
    }

    /// "s save and quit" on an untitled draft asks for a name, then saves and quits; Esc in the
    /// name dialog keeps editing, and a later Ctrl-S does not quit.
    @Test func saveAndQuitOnAnUntitledDraftQuitsOnceNamed() {
        var state = EditorState(context: F.context, draft: .newPosting(), path: nil, width: 100, height: 30)
        F.send(&state, [.enter] + F.type("X") + [.enter, .escape, .character("q"), .character("s")])
        guard case .savePath? = state.modal else { Issue.record("no save dialog"); return }
        let effects = F.send(&state, F.type("cto.yaml") + [.enter])
        #expect(effects.first.map { if case .save(path: "cto.yaml", _, _) = $0 { true } else { false } } == true, "\(effects)")
        #expect(effects.last == .quit && state.quitting)

        var kept = EditorState(context: F.context, draft: .newPosting(), path: nil, width: 100, height: 30)
        F.send(&kept, [.enter] + F.type("X") + [.enter, .escape, .character("q"), .character("s"), .escape])
        #expect(kept.modal == nil && !kept.quitting)
        let later = F.send(&kept, [.control("s")] + F.type("later.yaml") + [.enter])
        #expect(!later.contains(.quit) && !kept.quitting, "\(later)")
    }

    @Test func quitWithChangesCanSaveOrDiscard() {
        var state = F.state()
        F.send(&state, [.enter] + F.type("X") + [.enter, .escape, .character("q")])
        let discard = F.send(&state, [.character("d")])
        #expect(discard == [.removeRecovery(path: ".draft.yaml.recovery"), .quit])
        var other = F.state()
        F.send(&other, [.enter] + F.type("X") + [.enter, .escape, .character("q")])
        let save = F.send(&other, [.character("s")])
        #expect(save.first.map { if case .save = $0 { true } else { false } } == true)
        #expect(save.last == .quit)
    }

    @Test func recoveryDialogRestoresDiscardsOrKeepsBoth() throws {
        var recovered = Draft.newPosting()
        recovered.position.title = "Recovered title"
        let yaml = try recovered.yaml()
        var state = F.state(path: "d.yaml")
        state.modal = .recovery(recoveredYAML: yaml, history: nil)
        F.send(&state, [.character("r")])
        #expect(state.draft.position.title == "Recovered title" && state.modified)
        state = F.state(path: "d.yaml")
        state.modal = .recovery(recoveredYAML: yaml, history: nil)
        #expect(F.send(&state, [.character("d")]) == [.removeRecovery(path: ".d.yaml.recovery")])
        state.modal = .recovery(recoveredYAML: yaml, history: nil)
        #expect(F.send(&state, [.character("k")]) == [.export(path: "d.recovered.yaml", contents: yaml), .removeRecovery(path: ".d.yaml.recovery")])
    }

    @Test func aDraftOpenedWithErrorsIsNotOverwrittenWithoutConfirmation() {
        var state = F.state()
        state.openErrors = ["draft.yaml:3:5: error: ..."]
        #expect(F.send(&state, [.control("s")]).isEmpty)
        #expect(state.modal == .confirmOverwrite)
        #expect(F.send(&state, [.character("n")]).isEmpty)
        F.send(&state, [.control("s")])
        #expect(F.send(&state, [.character("y")]).first.map { if case .save = $0 { true } else { false } } == true)
    }

    @Test func tooSmallTerminalKeepsStateAndStillQuits() {
        var state = F.state()
        F.send(&state, [.down, .down])
        _ = Editor.update(&state, .resize(width: 50, height: 15))
        #expect(state.isTooSmall)
        F.send(&state, [.down])
        #expect(state.position.selected == 2)
        _ = Editor.update(&state, .resize(width: 80, height: 24))
        #expect(state.position.selected == 2 && !state.isTooSmall)
        _ = Editor.update(&state, .resize(width: 50, height: 15))
        #expect(F.send(&state, [.character("q")]) == [.removeRecovery(path: ".draft.yaml.recovery"), .quit])
    }

    @Test func clicksFocusTabsAndToggleBullets() {
        var state = F.state()
        _ = Editor.update(&state, .click(row: 0, column: 16))
        #expect(state.screen == .competencies)
        _ = Editor.update(&state, .click(row: 3, column: 50))
        #expect(state.competencies.focus == .bullets && state.competencies.bullet == 0)
        _ = Editor.update(&state, .click(row: 3, column: 50))
        #expect(state.draft.competencies.count == 1)
    }
}

func FormField_index(_ path: String) -> Int {
    EditorFieldPaths.all.firstIndex(of: path)!
}
