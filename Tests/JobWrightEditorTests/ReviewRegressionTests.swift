import Foundation
import JobWrightCore
import JobWrightEditor
import Testing

/// Defects found in review, each kept from coming back.
@Suite("Editor regressions")
struct ReviewRegressionTests {
    typealias F = EditorFixtures

    @Test func addingARubricRowWithNothingChosenThenEnterDoesNotCrash() {
        var state = F.state()
        F.send(&state, [.character("4"), .character("a"), .enter, .character("+"), .character("o"), .character("w"), .character("b")])
        #expect(state.draft.rubric.rows.isEmpty)
        #expect(state.rubric.selected >= 0)
    }

    @Test func hugeOrNonFiniteAmountsAreRefused() {
        var state = F.state()
        state.position.selected = EditorFieldPaths.all.firstIndex(of: "compensation.minimum")!
        F.send(&state, [.enter] + F.type("1e17") + [.enter])
        #expect(state.position.error != nil)
        F.send(&state, [.control("u")] + F.type("inf") + [.enter])
        #expect(state.position.error != nil && state.draft.compensation.minimum == nil)
        #expect(throws: JobWrightError.self) { try Draft.load(path: "d.yaml", text: "compensation:\n  minimum: .inf\n") }
        #expect(throws: JobWrightError.self) { try Draft.load(path: "d.yaml", text: "compensation:\n  maximum: 1e17\n") }
    }

    @Test func aFailedSaveNeitherQuitsNorRemovesTheRecoveryCopy() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jw-failsave-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("x.yaml"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("x.yaml").path
        let recovery = directory.appendingPathComponent(".x.yaml.recovery").path
        try "kept".write(toFile: recovery, atomically: true, encoding: .utf8)
        var clock = 0.0
        // Edit, then "q" and "s" (save and quit) onto a path that is a folder: the save fails.
        var backend = TestBackend(width: 80, height: 24, events: [.key(.enter)] + "T".map { .key(.character($0)) }
                                  + [.key(.enter), .key(.escape), .key(.character("q")), .key(.character("s"))])
        let status = EditorRuntime.run(F.state(path: path), backend: &backend, clock: { clock += 0.01; return clock })
        #expect(status == 0)
        #expect(FileManager.default.fileExists(atPath: recovery))
        #expect(try String(contentsOfFile: recovery, encoding: .utf8).contains("title: T"), "the edits are in the recovery copy")
        #expect(backend.lines.joined().contains("Not saved: cannot put the new version in place (Is a directory)"))
    }

    @Test func textStillBeingTypedIsInTheRecoveryCopy() {
        var state = F.state()
        F.send(&state, [.enter] + F.type("Half-typed title"))
        #expect(state.draft.position.title == nil)
        #expect(Editor.draftWithOpenField(state).position.title == "Half-typed title")
        let effects = Editor.update(&state, .tick(5))
        #expect(effects.contains { if case .writeRecovery(_, let text, _) = $0 { text.contains("Half-typed title") } else { false } })
    }

    @Test func ctrlSWhileTypingKeepsTheTextAndSaves() {
        var state = F.state()
        let effects = F.send(&state, [.enter] + F.type("Director") + [.control("s")])
        #expect(state.draft.position.title == "Director")
        #expect(effects.contains { if case .save = $0 { true } else { false } })
    }

    @Test func theQuitQuestionShowsOnATooSmallScreen() {
        var state = F.state(width: 50, height: 15)
        state.modified = true
        F.send(&state, [.character("q")])
        #expect(View.render(state).lines.contains { $0.contains("Unsaved changes: s save and quit, d discard") })
        #expect(F.send(&state, [.character("d")]).last == .quit)
    }

    @Test func everyTabIsReachableAt60ColumnsAndKeepsOneNameAtEverySize() {
        let narrow = View.render(F.state(width: 60, height: 18)).lines[0]
        #expect(narrow.hasPrefix("[1 Position]"), "\(narrow)")
        for number in 2...7 { #expect(narrow.contains(" \(number)"), "\(narrow)") }
        var state = F.state(width: 60, height: 18)
        F.send(&state, [.character("2")])
        #expect(View.render(state).lines[0].contains("[2 Bullets]"))
        for width in [80, 120] {
            let line = View.render(F.state(width: width, height: 24)).lines[0]
            #expect(line.contains("2 Bullets") && line.contains("3 Reporting") && line.contains("7 Checks"), "\(line)")
        }
    }

    @Test func clicksSelectRowsOnRubricExportAndChecks() {
        var state = F.state(F.example)
        F.send(&state, [.character("4")])
        _ = Editor.update(&state, .click(row: View.bodyTopForTests + 3, column: 5))
        #expect(state.rubric.selected == 2)
        F.send(&state, [.character("3")])
        _ = Editor.update(&state, .click(row: View.bodyTopForTests + 1, column: 5))
        #expect(state.reporting.selected == 0)
        _ = Editor.update(&state, .click(row: View.bodyTopForTests + 6, column: 5))
        #expect(state.reporting.selected == 3, "the row under the Supervises heading")
        F.send(&state, [.character("6")])
        _ = Editor.update(&state, .click(row: View.bodyTopForTests + 3, column: 5))
        #expect(state.export.choice == 2)
    }
}
