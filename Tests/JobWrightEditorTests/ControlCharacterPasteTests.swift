import JobWrightCore
@testable import JobWrightEditor
import Testing

private typealias F = EditorFixtures

/// Control characters that come in by paste never reach the terminal or a document unseen:
/// each shows as its picture (Esc as ␛), the user is told, and the checks point at it.
@Suite("Pasted control characters")
struct ControlCharacterPasteTests {
    @Test func pastedEscapesShowAsPicturesAndAreReported() throws {
        var state = F.state(F.example)
        F.send(&state, [.enter, .control("u")])
        _ = Editor.update(&state, .paste("Director\u{1B}[2J\u{1B}]0;pwned\u{07} of Technology\u{7F}\u{9B}"))
        #expect(state.message?.hasPrefix("The pasted text held 5 control characters") == true)
        F.send(&state, [.enter])
        #expect(state.draft.position.title == "Director\u{241B}[2J\u{241B}]0;pwned\u{2407} of Technology\u{2421}\u{FFFD}")
        // The screen shows the pictures; no control character is drawn.
        let screen = TestBackendScreen.of(state)
        #expect(screen.contains("Director␛[2J␛]0;pwned␇ of Technology"))
        #expect(!screen.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        // The draft saves and loads again (a raw Esc would be refused at load), and the checks say where the pictures are.
        let loaded = try Draft.load(path: "draft.yaml", text: state.draft.yaml())
        #expect(loaded.draft == state.draft)
        let findings = try #require(F.context.checker).check(loaded)
        #expect(findings.contains { $0.rule == "wording.control-placeholder" && $0.field == "position.title" })
    }

    @Test func lineBreaksAndTabsAreNotControlPictures() {
        var field = TextField("", multiline: true)
        field.insert("one\ttwo\r\nthree\u{0B}four")
        #expect(field.text == "one two\nthree\nfour")
        #expect(TextField.controlCount("one\ttwo\r\nthree") == 0)
    }
}
