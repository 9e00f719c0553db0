@testable import JobWrightRender
import Testing

@Suite("Blank lines on bytes")
struct BlankLinesTests {
    /// The rule as first written, by Character: at most one blank line in a row, none right after a form feed.
    static func reference(_ text: String) -> String {
        var lines: [Substring] = []
        var previousBlank = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if blank && (previousBlank || lines.last == "\u{0C}") { continue }
            lines.append(blank ? "" : line)
            previousBlank = blank
        }
        return lines.joined(separator: "\n")
    }

    @Test func theBytePathKeepsTheRule() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "é", "\n", "\n\n", " ", "\t", "\u{0C}", "\u{0C}\n", "  \n", "x y", "\n \n"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.collapsingBlankLines == Self.reference(text), "\(text.debugDescription)")
        }
        #expect("a\r\n\r\n\r\nb".collapsingBlankLines == Self.reference("a\r\n\r\n\r\nb"))
    }
}
