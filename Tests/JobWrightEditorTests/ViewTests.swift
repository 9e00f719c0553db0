import Foundation
import JobWrightCore
import JobWrightEditor
import Testing

/// Each screen drawn at 80x24 and 120x40 with the example draft, compared row by row with
/// the files in Screens/: its text (`NAME.txt`) and its style runs (`NAME.styles.txt`, see
/// ScreenGolden). Refresh after an intended change with
///     JOBWRIGHT_UPDATE_GOLDEN=1 swift test --filter ViewTests
@Suite("Editor screens")
struct ViewTests {
    typealias F = EditorFixtures

    struct Case: CustomStringConvertible, Sendable {
        var screen: Screen
        var width: Int
        var height: Int
        var description: String { "\(screen.rawValue)-\(screen)-\(width)x\(height)" }
    }

    static let cases = Screen.allCases.flatMap { screen in [Case(screen: screen, width: 80, height: 24), Case(screen: screen, width: 120, height: 40)] }

    static func screenState(_ golden: Case) -> EditorState {
        var state = F.state(F.example, path: "riverbend.yaml", width: golden.width, height: golden.height)
        if golden.screen == .review { state.draft.importReview = reviewOfTheExample(state.draft) }
        _ = Editor.update(&state, .key(.character(Character(String(golden.screen.rawValue)))))
        switch golden.screen {
        case .competencies: _ = Editor.update(&state, .key(.right))
        case .reporting: state.reporting.selected = 2
        default: break
        }
        _ = Editor.update(&state, .tick(5))
        return state
    }

    /// An import review over the example's first bullets: one settled, one changed, the rest open.
    static func reviewOfTheExample(_ draft: Draft) -> ImportReview {
        let ids = Array(draft.competencies.prefix(4))
        var lines = ids.enumerated().map { index, id in
            ImportReview.Line(line: 10 + index, text: "Old posting's wording of line \(10 + index), about \(id).", bullet: id,
                              choices: ids.shuffledDeterministically(from: index).prefix(3).enumerated().map { ImportReview.Choice(id: $0.element, similarity: 60 - 10 * $0.offset) })
        }
        lines[0].settled = true
        lines[1].bullet = lines[1].choices[1].id
        return ImportReview(source: "old-posting.docx", lines: lines)
    }

    @Test(arguments: cases)
    func screenMatchesItsGoldenFile(_ golden: Case) throws {
        var backend = TestBackend(width: golden.width, height: golden.height)
        backend.draw(View.render(Self.screenState(golden)))
        #expect(backend.lines.count == golden.height)
        try ScreenGolden.verify(backend.lines, against: golden.description + ".txt")
        try ScreenGolden.verify(ScreenGolden.styleLines(backend.screen), against: golden.description + ".styles.txt")
    }

    @Test func tooSmallScreenSaysSoAndHowToQuit() {
        let state = F.state(width: 50, height: 15)
        let lines = View.render(state).lines
        #expect(lines.contains { $0.contains("terminal too small (50x15, need 60x18)") })
        #expect(lines.contains { $0.contains("q quits") })
    }

    @Test func selectionIsShownByMarkerAndReverseVideoNotColourAlone() {
        let canvas = View.render(F.state())
        #expect(canvas.lines[2].hasPrefix("▶ Title"))
        #expect(canvas.cells[2][3].style.reverse)
    }

    @Test func asciiModeDrawsNoBoxCharacters() {
        let context = EditorContext(renderer: F.context.renderer, checker: nil, ascii: true)
        var state = EditorState(context: context, draft: F.example, path: "x.yaml", width: 80, height: 24)
        _ = Editor.update(&state, .key(.character("3")))
        state.modal = .help(scroll: 0)
        #expect(View.render(state).lines.allSatisfy { $0.allSatisfy { $0.isASCII } })
        // The Position screen's help scrolls at 80x24: its last line is ASCII too.
        state.screen = .position
        #expect(View.render(state).lines.allSatisfy { $0.allSatisfy { $0.isASCII } })
    }

    @Test func wideCharactersTakeTwoColumns() {
        _ = F.context
        var canvas = Canvas(width: 5, height: 1)
        #expect(canvas.put(0, 0, "日本語") == 4)
        #expect(canvas.lines == ["日本"])
    }

    @Test func runtimeDrawsIntoTheTestBackendAndCarriesOutEffects() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jw-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("d.yaml").path
        let state = F.state(path: path)
        var backend = TestBackend(width: 80, height: 24,
                                  events: [.key(.enter)] + "Director".map { .key(.character($0)) } + [.key(.enter), .key(.control("s")), .key(.character("q"))])
        let status = EditorRuntime.run(state, backend: &backend, clock: { 0 })
        #expect(status == 0)
        #expect(backend.restored)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("title: Director"))
        #expect(backend.lines.last?.contains("d.yaml") == true)
    }
}

extension Array where Element == String {
    /// The array rotated to start at `index`: the line's own id first, then the others.
    func shuffledDeterministically(from index: Int) -> [String] {
        Array(self[index...] + self[..<index])
    }
}
