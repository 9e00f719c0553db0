@testable import JobWrightRender
import Testing

/// `layout` wraps ASCII lines on their bytes; it must lay out every line as `wrap` does on
/// characters, line for line, for any prefix, spacing and width.
@Suite("Text layout on bytes")
struct LayoutBytesTests {
    init() { DisplayWidth.prepareLocale() }

    static let words = ["a", "the", "district", "technology", "E-Rate", "MCAS", "x", "3.4.c", "data-informed", "(unverified)",
                        "supercalifragilisticexpialidocious", "tab\there", "bell\u{07}", "12.", "a)", "-", "*", "[x]", "Label:", "Café", "日本語"]
    static let prefixes = ["", "  ", "- ", "* ", "   - ", "12. ", "1234. ", "a) ", "b. ", "[ ] ", "[x] 4. ", "[X] [ ] ", "[x] ",
                           "Reports to:      ", "    Label:  ", "Label: ", "A label longer than thirty-two characters:   ",
                           "\u{1F}", "\u{1F}  - ", "   ", "-", "7) "]
    /// The words of printable ASCII: lines of them, one space apart, take the quickest path.
    static let plainWords = words.filter { $0.utf8.allSatisfy { (0x20...0x7E).contains($0) } }

    /// What `layout` did before it read bytes: each line as `wrap` lays it out, trailing spaces removed.
    static func characterLayout(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("\u{1F}") { return String(line.dropFirst()).trimmingTrailingSpaces }
            let fits = width <= 0 || DisplayWidth.of(line) <= width
            return (fits ? [String(line)] : TextLayout(width: width).wrapByCharacters(String(line))).map(\.trimmingTrailingSpaces).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    @Test func everyLineIsLaidOutAsOnCharacters() {
        var rng = SeededGenerator(state: 20261202)
        for _ in 0..<4_000 {
            let lines = (0..<Int.random(in: 1...4, using: &rng)).map { _ -> String in
                let count = Int.random(in: 0...30, using: &rng)
                let widestSpace = Bool.random(using: &rng) ? 1 : 3
                let words = Bool.random(using: &rng) ? Self.plainWords : Self.words
                let spaces = { (rng: inout SeededGenerator) in String(repeating: " ", count: Int.random(in: 1...widestSpace, using: &rng)) }
                var line = Self.prefixes.randomElement(using: &rng)!
                for index in 0..<count { line += (index > 0 ? spaces(&rng) : "") + words.randomElement(using: &rng)! }
                return line + ["", " ", "  "].randomElement(using: &rng)!
            }
            let text = lines.joined(separator: "\n")
            let width = [0, 1, 5, 12, 20, 40, 78].randomElement(using: &rng)!
            #expect(TextLayout(width: width).layout(text) == Self.characterLayout(text, width: width), "\(text.debugDescription) @\(width)")
        }
    }

    /// `wrap` takes the byte path for a line of printable ASCII that does not end in a space: it
    /// gives the same lines as on characters, trailing spaces and all, for any line and width.
    @Test func wrapGivesTheLinesItGaveOnCharacters() {
        var rng = SeededGenerator(state: 20261203)
        for _ in 0..<4_000 {
            let count = Int.random(in: 0...30, using: &rng)
            let widestSpace = Bool.random(using: &rng) ? 1 : 3
            let words = Bool.random(using: &rng) ? Self.plainWords : Self.words
            var line = Self.prefixes.randomElement(using: &rng)!
            for index in 0..<count {
                line += (index > 0 ? String(repeating: " ", count: Int.random(in: 1...widestSpace, using: &rng)) : "") + words.randomElement(using: &rng)!
            }
            if Bool.random(using: &rng) { line += " " }
            let layout = TextLayout(width: [0, 1, 5, 12, 20, 40, 78].randomElement(using: &rng)!)
            #expect(layout.wrap(line) == layout.wrapByCharacters(line), "\(line.debugDescription) @\(layout.width)")
        }
    }

    /// The check for two spaces in a row, eight bytes at a time, answers as a search of the text
    /// does: at every place in a word, across the words' boundaries and in the bytes after them.
    @Test func aDoubleSpaceIsFoundWhereverItIs() {
        var rng = SeededGenerator(state: 20261204)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...40, using: &rng)).map { _ in Int.random(in: 0..<4, using: &rng) == 0 ? " " : "a" }.joined()
            let bytes = Array(("x" + text).utf8)
            let found = bytes.withUnsafeBufferPointer { TextLayout.holdsDoubleSpace($0[1...]) }
            #expect(found == text.contains("  "), "\(text.debugDescription)")
        }
    }
}
