import JobWrightEditor
import JobWrightRender
import Testing

@Suite("Text fields: readline keys, text areas, paste")
struct TextFieldTests {
    init() { DisplayWidth.prepareLocale() }

    func field(_ text: String, cursor: Int? = nil, multiline: Bool = false) -> TextField {
        var field = TextField(text, multiline: multiline)
        if let cursor { field.cursor = cursor }
        return field
    }

    @Test func ctrlUDeletesToTheStartAndCtrlKToTheEndAndCtrlYPutsItBack() {
        var f = field("help-desk huddle", cursor: 9)
        _ = f.handle(.control("u"))
        #expect(f.text == " huddle" && f.cursor == 0)
        _ = f.handle(.control("y"))
        #expect(f.text == "help-desk huddle" && f.cursor == 9)
        _ = f.handle(.control("k"))
        #expect(f.text == "help-desk")
        // After Ctrl-A, Ctrl-U has nothing to its left; Ctrl-K then clears the whole field.
        _ = f.handle(.control("a")); _ = f.handle(.control("u"))
        #expect(f.text == "help-desk")
        _ = f.handle(.control("k"))
        #expect(f.text.isEmpty)
    }

    @Test func wordMotionAndWordDeletion() {
        var f = field("Mornings start with a huddle.")
        for key in [Key.controlLeft, .alt("b")] { _ = f.handle(key) }
        #expect(f.cursor == "Mornings start with ".count)
        _ = f.handle(.controlRight)
        #expect(f.cursor == "Mornings start with a".count)
        _ = f.handle(.alt("f"))
        #expect(f.cursor == "Mornings start with a huddle".count)
        _ = f.handle(.control("w"))
        #expect(f.text == "Mornings start with a .")
        _ = f.handle(.altBackspace)
        #expect(f.text == "Mornings start with .")
        _ = f.handle(.control("y"))
        #expect(f.text == "Mornings start with a .")
        _ = f.handle(.home); _ = f.handle(.alt("d"))
        #expect(f.text == " start with a .")
        _ = f.handle(.control("e")); _ = f.handle(.control("b")); _ = f.handle(.control("f"))
        #expect(f.cursor == f.characters.count)
    }

    @Test func aOneLineFieldTurnsLineBreaksIntoSpacesAndDropsNothing() {
        var f = field("")
        f.insert("huddle.\nAfternoons\r\nare\tfor planning")
        // CR LF is one line break, so one space.
        #expect(f.text == "huddle. Afternoons are for planning")
        let used = f.handle(.enter)
        #expect(!used)
    }

    @Test func aTextAreaKeepsLineBreaksAndMovesByWrappedLines() {
        var f = field("", multiline: true)
        f.insert("huddle.\nAfternoons are for planning.")
        #expect(f.text == "huddle.\nAfternoons are for planning.")
        // Wrapped at 12 columns: "huddle.", "Afternoons ", "are for ", "planning."
        _ = f.handle(.up, width: 12)
        // Column 9 is past "are for "; the cursor stops before its trailing space.
        #expect(f.cursor == "huddle.\nAfternoons are for".count)
        _ = f.handle(.up, width: 12); _ = f.handle(.up, width: 12)
        #expect(f.cursor == "huddle.".count)
        _ = f.handle(.down, width: 12)
        // The column aimed for (9) is kept across the short line.
        #expect(f.cursor == "huddle.\nAfternoon".count)
        _ = f.handle(.home, width: 12)
        #expect(f.cursor == "huddle.\n".count)
        _ = f.handle(.end, width: 12)
        #expect(f.cursor == "huddle.\nAfternoons".count, "the end of a softly wrapped line is before its last space")
        _ = f.handle(.enter)
        #expect(f.text == "huddle.\nAfternoons\n are for planning.")
        _ = f.handle(.pageUp, width: 12, page: 5)
        #expect(f.cursor == 0)
        _ = f.handle(.pageDown, width: 12, page: 5)
        #expect(f.cursor == "huddle.\nAfternoons\n are for ".count)
        _ = f.handle(.pageDown, width: 12, page: 5)
        #expect(f.cursor == f.characters.count)
    }

    @Test func wrappingNeverLosesOrReordersACharacter() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["word", " ", "\n", "日本語", "a", "verylongwordthatdoesnotfit", "é", "  "]
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let width = Int.random(in: 3...30, using: &generator)
            let f = field(text, multiline: true)
            let lines = f.wrappedLines(width: width)
            var rebuilt = ""
            for (index, line) in lines.enumerated() {
                rebuilt += line.text(in: f.characters)
                let columns = line.text(in: f.characters).map { DisplayWidth.of($0) }.reduce(0, +)
                #expect(columns <= max(width - 1, 2), "\(text) at \(width)")
                if index + 1 < lines.count, lines[index + 1].start > line.end { rebuilt += "\n" }
            }
            #expect(rebuilt == text, "\(text.debugDescription) at \(width)")
        }
    }
}
