import Foundation
import JobWrightChecks
import JobWrightCore
import JobWrightEditor
import JobWrightRender
import Testing

/// The editor under abuse (issue 11): seeded random events of every kind — keys of every screen,
/// text, pastes up to 1 MB, clicks anywhere, resizes from 1x1 to 300x100 — over random drafts.
/// No trap, every canvas the size of the terminal with the cursor inside it, and the draft
/// always saves and reloads to itself. A failing seed is printed so it can become a test.
@Suite("The editor under abuse")
struct EditorAbuseTests {
    /// SplitMix64: the same seed gives the same events on every machine.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Checks are left out: they are tested on their own, and they would make 100,000 events slow.
    static let context: EditorContext = {
        DisplayWidth.prepareLocale()
        let renderer = EditorFixtures.context.renderer
        return EditorContext(renderer: renderer, checker: nil, ascii: false)
    }()

    static let keys: [Key] = [
        .enter, .escape, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
        .shiftUp, .shiftDown, .controlLeft, .controlRight, .altBackspace, .function(1),
    ] + "sqwertyuiopadfghjklzxcvbnm1234567890 /?+-=JKG".map { Key.character($0) }
      + "abefknrsuwyd_".map { Key.control($0) } + "bdf/".map { Key.alt($0) }

    static let texts = ["Director of Technology", "日本語のテキスト", "e-rate", "line one\nline two\n", "\t\u{1B}[2J\u{07}", "🙂👍🏽", "a|b|c", "  ", "x"]

    static func event(_ random: inout Seeded) -> Event {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<70: return .key(keys.randomElement(using: &random)!)
        case 70..<80: return .typed(texts.randomElement(using: &random)!)
        case 80..<84:
            return .paste(texts.randomElement(using: &random)!)
        case 84..<92: return .click(row: Int.random(in: -2..<110, using: &random), column: Int.random(in: -2..<310, using: &random))
        case 92..<96: return .resize(width: Int.random(in: 1...300, using: &random), height: Int.random(in: 1...100, using: &random))
        default: return .tick(Double(Int.random(in: 0..<100_000, using: &random)) / 10)
        }
    }

    @Test(arguments: [1, 2, 3, 4])
    func randomEventsNeverBreakTheEditor(seed: UInt64) throws {
        var random = Seeded(state: seed)
        let events = Int(ProcessInfo.processInfo.environment["JOBWRIGHT_ABUSE_EVENTS"] ?? "") ?? 25_000
        var state = EditorState(context: Self.context, draft: seed % 2 == 0 ? EditorFixtures.example : Draft.newPosting(),
                                path: "abuse.yaml", width: 80, height: 24)
        for index in 0..<events {
            let event = Self.event(&random)
            _ = Editor.update(&state, event)
            // Now and then a megabyte is pasted into whatever is open and drawn; then the field is
            // left and the change undone (a megabyte title would make every later preview slow).
            if index % 5_000 == 4_999 {
                let before = state.draft
                _ = Editor.update(&state, .paste(String(repeating: "paste line\n", count: 95_000)))
                let canvas = View.render(state)
                #expect(canvas.width == state.width && canvas.height == state.height)
                _ = Editor.update(&state, .key(.escape))
                if state.draft != before { _ = Editor.update(&state, .key(.character("u"))) }
                if state.draft != before { state.draft = before }
            }
            if index % 10 == 0 || { if case .resize = event { true } else { false } }() {
                let canvas = View.render(state)
                #expect(canvas.width == max(0, state.width) && canvas.height == max(0, state.height), "seed \(seed), event \(index)")
                if let cursor = canvas.cursor {
                    #expect(cursor.row >= 0 && cursor.row < canvas.height && cursor.column >= 0 && cursor.column <= canvas.width,
                            "seed \(seed), event \(index): cursor \(cursor) outside \(canvas.width)x\(canvas.height)")
                }
            }
            if index % 2_500 == 0 {
                let yaml = try state.draft.yaml()
                let reloaded = try Draft.load(path: "abuse.yaml", text: yaml).draft
                #expect(reloaded == state.draft, "seed \(seed), event \(index): the saved draft does not reload to itself")
            }
        }
    }

    /// Found by seed 3: a filter longer than the pane put the cursor past the right edge.
    @Test func aLongFilterKeepsTheCursorOnScreen() {
        var state = EditorState(context: Self.context, draft: Draft.newPosting(), path: "f.yaml", width: 79, height: 30)
        _ = Editor.update(&state, .key(.character("2")))
        _ = Editor.update(&state, .key(.character("/")))
        _ = Editor.update(&state, .paste(String(repeating: "network ", count: 20)))
        let canvas = View.render(state)
        let cursor = canvas.cursor
        #expect(cursor != nil && cursor!.column < canvas.width)
        #expect(canvas.lines[View.bodyTopForTests].contains("network _"), "the end of the filter is shown")
    }
}
