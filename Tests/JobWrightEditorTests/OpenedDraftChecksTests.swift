import Foundation
import JobWrightCore
@testable import JobWrightEditor
import Testing

/// The first checks of an opened draft read the file as it was read, instead of writing the
/// draft out and reading it back: they must find what the written-out draft gives.
@Suite("Checks of a draft just opened")
struct OpenedDraftChecksTests {
    @Test func theFirstChecksFindWhatTheWrittenDraftGives() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jw-opened-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var draft = EditorFixtures.example
        draft.summary = "We want a young, energetic rockstar who dominates."
        draft.compensation.minimum = nil
        let path = folder.appendingPathComponent("draft.yaml").path
        try draft.yaml().write(toFile: path, atomically: true, encoding: .utf8)

        var opened = EditorLauncher.initialState(path: path, context: EditorFixtures.context, width: 100, height: 30)
        #expect(opened.opened != nil)
        _ = Editor.update(&opened, .resize(width: 100, height: 30))
        var written = EditorFixtures.state(opened.draft, path: path, width: 100, height: 30)
        _ = Editor.update(&written, .resize(width: 100, height: 30))
        #expect(!opened.checks.findings.isEmpty)
        #expect(opened.checks.findings == written.checks.findings)

        // After an edit the draft is no longer what was read: it is written out again.
        opened.draft.summary = "Lead technology for the district."
        Editor.edited(&opened)
        _ = Editor.update(&opened, .resize(width: 100, height: 30))
        #expect(opened.opened == nil)
        #expect(!opened.checks.findings.contains { $0.message.contains("energetic") })
    }
}

/// The Competencies screen's list is kept between reads; it must follow every change of the
/// filter, the area and the district's own bullets.
@Suite("Visible bullets kept between updates")
struct VisibleBulletsCacheTests {
    @Test func theListFollowsTheFilterTheAreaAndCustomBullets() {
        var state = EditorFixtures.state(EditorFixtures.example, width: 100, height: 30)
        _ = Editor.update(&state, .resize(width: 100, height: 30))
        let firstArea = state.visibleBullets
        #expect(!firstArea.isEmpty && firstArea.allSatisfy { $0.area == state.context.catalog.areas[0].id })

        state.competencies.area = 1
        #expect(state.visibleBullets.allSatisfy { $0.area == state.context.catalog.areas[1].id })
        _ = Editor.update(&state, .resize(width: 100, height: 30))
        #expect(state.visibleBullets.allSatisfy { $0.area == state.context.catalog.areas[1].id })

        state.competencies.filter = "e-rate"
        #expect(!state.visibleBullets.isEmpty && Array(state.visibleBullets) == state.context.catalog.searchCompetencies("e-rate"))
        _ = Editor.update(&state, .resize(width: 100, height: 30))
        let matches = state.visibleBullets.count

        state.draft.customCompetencies.append(Competency(id: "custom.erate-audit", area: state.context.catalog.areas[4].id, kind: .duty,
                                                         text: "Prepare for E-Rate audits.", aligns: []))
        #expect(state.visibleBullets.count == matches + 1)
        _ = Editor.update(&state, .resize(width: 100, height: 30))
        #expect(state.visibleBullets.count == matches + 1)
        state.competencies.filter = nil
        #expect(state.visibleBullets.allSatisfy { $0.area == state.context.catalog.areas[1].id })
    }

    /// As a filter grows letter by letter, each search looks only in the last one's matches:
    /// the list is always what a whole search finds, and shrinks again when a letter is erased.
    @Test func aGrowingFilterFindsWhatAWholeSearchFinds() {
        var state = EditorFixtures.state(EditorFixtures.example, width: 100, height: 30)
        state.draft.customCompetencies = [Competency(id: "custom.data-audit", area: state.context.catalog.areas[6].id, kind: .duty,
                                                     text: "Audit data quality each term.", aligns: [])]
        for filter in ["d", "da", "dat", "data", "data ", "dat", "Data", "x", ""] {
            state.competencies.filter = filter
            _ = Editor.update(&state, .resize(width: 100, height: 30))
            let catalog = filter.isEmpty ? state.context.catalog.competencies(inArea: state.context.catalog.areas[0].id)
                : state.context.catalog.searchCompetencies(filter)
            let custom = state.draft.customCompetencies.filter {
                filter.isEmpty ? $0.area == state.context.catalog.areas[0].id : $0.text.lowercased().contains(filter.lowercased())
            }
            #expect(state.visibleBullets.map(\.id) == (catalog + custom).map(\.id), "filter '\(filter)'")
        }
    }

    /// Typing and erasing at random: the list comes from a recent filter's matches (when a
    /// letter is erased) or narrows the longest recent filter contained in the new one, and is
    /// always what a whole search finds, also after more filters than are remembered.
    @Test func typingAndErasingAtRandomFindsWhatAWholeSearchFinds() {
        var state = EditorFixtures.state(EditorFixtures.example, width: 100, height: 30)
        var generator = SystemRandomNumberGenerator()
        var filter = ""
        for _ in 0..<(RecentSearches.limit * 4) {
            if !filter.isEmpty && Int.random(in: 0..<3, using: &generator) == 0 {
                filter.removeLast()
            } else {
                filter.append("daterpsn -".randomElement(using: &generator)!)
            }
            state.competencies.filter = filter
            _ = Editor.update(&state, .resize(width: 100, height: 30))
            let area = state.context.catalog.areas[0].id
            let catalog = filter.isEmpty ? state.context.catalog.competencies(inArea: area) : state.context.catalog.searchCompetencies(filter)
            let custom = state.draft.customCompetencies.filter {
                filter.isEmpty ? $0.area == area : $0.text.lowercased().contains(filter.lowercased()) || $0.id.contains(filter.lowercased())
            }
            #expect(state.visibleBullets.map(\.id) == (catalog + custom).map(\.id), "filter '\(filter)'")
        }
    }
}
