import JobWrightCore
@testable import JobWrightEditor
import Testing

/// The Review screen's search of the whole catalog: an imported line whose right bullet is not
/// among its top three matches gets any bullet the officer finds by typing.
@Suite("Review: choosing any bullet of the catalog")
struct BulletPickerTests {
    typealias F = EditorFixtures

    /// A review of two lines; the first became the technology plan, with two poor matches.
    static func reviewing(width: Int = 100, height: Int = 30) -> EditorState {
        var draft = F.example
        draft.competencies.append("projects.technology-plan")
        draft.importReview = ImportReview(source: "old.txt", lines: [
            ImportReview.Line(line: 4, text: "Keep written records of the district's equipment.", bullet: "projects.technology-plan",
                              choices: [ImportReview.Choice(id: "projects.technology-plan", similarity: 31),
                                        ImportReview.Choice(id: "assets.e-rate", similarity: 27)]),
            ImportReview.Line(line: 5, text: "Run the help desk.", bullet: "technical.help-desk",
                              choices: [ImportReview.Choice(id: "technical.help-desk", similarity: 70)]),
        ])
        var state = F.state(draft, width: width, height: height)
        F.send(&state, [.character("8")])
        return state
    }

    static func picker(_ state: EditorState) -> BulletPicker? {
        if case .bulletPicker(let picker)? = state.modal { return picker }
        return nil
    }

    @Test func slashOpensTheWholeCatalogWithTheLinesTopMatchesFirst() throws {
        var state = Self.reviewing()
        F.send(&state, [.character("/")])
        let picker = try #require(Self.picker(state))
        let catalog = F.context.catalog
        #expect(picker.found.count == catalog.competencies.count)
        #expect(picker.found.prefix(2).map { catalog.competencies[$0].id } == ["projects.technology-plan", "assets.e-rate"])
        let screen = View.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Choose any bullet of the catalog"))
        #expect(screen.contains("Line 4: Keep written records of the district's equipment."))
        #expect(screen.contains("31% " + F.context.catalog.competency("projects.technology-plan")!.text.prefix(30)))
    }

    @Test func everyWordTypedNarrowsAndEnterSettlesTheLineWithTheBulletFound() throws {
        var state = Self.reviewing()
        F.send(&state, [.character("/")] + F.type("inventory"))
        let catalog = F.context.catalog
        let narrowed = try #require(Self.picker(state)).found
        #expect(!narrowed.isEmpty && narrowed.count < catalog.competencies.count)
        #expect(narrowed.map { catalog.competencies[$0].id } == catalog.searchCompetencies("inventory").map(\.id))
        F.send(&state, F.type(" disposal"))
        let both = try #require(Self.picker(state)).found
        #expect(!both.isEmpty && both.count < narrowed.count)
        #expect(both.map { catalog.competencies[$0].id } == catalog.searchCompetencies("inventory").filter { bullet in
            catalog.searchCompetencies("disposal").contains { $0.id == bullet.id } }.map(\.id))
        let chosen = try #require(both.first.map { catalog.competencies[$0].id })
        F.send(&state, [.enter])
        #expect(state.modal == nil)
        let line = try #require(state.draft.importReview?.lines[0])
        #expect(line.bullet == chosen && line.settled == true)
        #expect(state.draft.competencies.contains(chosen))
        #expect(!state.draft.competencies.contains("projects.technology-plan"))
        #expect(state.message == "Line 4 now \(chosen); 1 line left to review.")
        #expect(state.modified)
    }

    @Test func arrowsMoveTheHighlightAndTheOneChosenIsTheOneHighlighted() throws {
        var state = Self.reviewing()
        F.send(&state, [.character("/"), .down])
        #expect(Self.picker(state)?.selected == 1)
        F.send(&state, [.enter])
        #expect(state.draft.importReview?.lines[0].bullet == "assets.e-rate")
    }

    @Test func nothingFoundSaysSoAndEnterChoosesNothing() throws {
        var state = Self.reviewing()
        let before = state.draft
        F.send(&state, [.character("/")] + F.type("zzqx"))
        #expect(Self.picker(state)?.found == [])
        #expect(View.render(state).lines.contains { $0.contains("No bullet holds every word typed") })
        let effects = F.send(&state, [.enter])
        #expect(effects == [.bell])
        #expect(Self.picker(state) != nil)
        // Backspace widens the search again.
        F.send(&state, [.backspace, .backspace, .backspace, .backspace])
        #expect(Self.picker(state)?.found.count == F.context.catalog.competencies.count)
        F.send(&state, [.escape])
        #expect(state.modal == nil && state.screen == .review)
        #expect(state.draft == before)
    }

    @Test func lettersThatAreKeysElsewhereAreTypedAndAPasteIsSearched() throws {
        var state = Self.reviewing()
        F.send(&state, [.character("/")] + F.type("qdkau"))
        #expect(Self.picker(state)?.filter.text == "qdkau")
        #expect(!state.quitting)
        F.send(&state, [.escape, .character("/")])
        _ = Editor.update(&state, .paste("help desk"))
        let found = try #require(Self.picker(state)).found
        #expect(found.first.map { F.context.catalog.competencies[$0].id } == "technical.help-desk")
    }

    @Test func ctrlSSavesTheDraftAndKeepsTheSearchOpen() throws {
        var state = Self.reviewing()
        F.send(&state, [.character("/")] + F.type("help"))
        let effects = F.send(&state, [.control("s")])
        #expect(effects.contains { if case .save(path: "draft.yaml", _, _) = $0 { true } else { false } })
        #expect(Self.picker(state)?.filter.text == "help")
    }

    /// The status line's first words on opening name every key and fit 80 columns, up to 999 lines.
    @Test func theOpeningMessageFitsEightyColumns() {
        for count in [1, 20, 999] {
            let lines = (0..<count).map { ImportReview.Line(line: $0, text: "x", bullet: "technical.help-desk", choices: []) }
            let message = ReviewKeys.opening(ImportReview(source: "a-long-file-name-of-last-years-posting.docx", lines: lines))
            #expect(message.count <= 77, "\(message)")
            #expect(message.contains("/ any bullet") && message.contains("d drop"))
        }
    }

    @Test func theReviewTellsOfTheSearch() {
        let state = Self.reviewing()
        let screen = View.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("/ any bullet"))
        #expect(screen.contains("/ searches the whole catalog"))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func thePickerMatchesItsGoldenFile(_ size: (Int, Int)) throws {
        var state = Self.reviewing(width: size.0, height: size.1)
        F.send(&state, [.character("/")] + F.type("records"))
        var backend = TestBackend(width: size.0, height: size.1)
        backend.draw(View.render(state))
        try ScreenGolden.verify(backend.lines, against: "8-review-any-bullet-\(size.0)x\(size.1).txt")
    }
}
