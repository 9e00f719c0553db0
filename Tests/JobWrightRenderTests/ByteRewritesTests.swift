import JobWrightCore
@testable import JobWrightRender
import Testing

/// Text rewrites done on the bytes give what their definitions on characters give.
@Suite("Rewrites on bytes")
struct ByteRewritesTests {
    static let samples = [
        "", "\n", "one line", "two\nlines\n", "\n\nblank first", "a\r\nb\nc", "café – ✓\n日本\n",
        "no\u{00A0}break\u{00A0}\u{00A0}spaces\n", "\u{00A0}", "Â ¢ \u{00A0}é", "trailing\n\n",
        "¢", "end\u{00A0}", String(repeating: "a long run of text, ", count: 12) + "then\u{00A0}¢\u{00A0}" + String(repeating: "more ", count: 9) + "¢",
    ]

    @Test(arguments: samples)
    func markedVerbatimMarksEveryLine(_ text: String) {
        let definition = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(TextLayout.verbatimMarker) + $0 }.joined(separator: "\n")
        #expect(text.markedVerbatim == definition)
    }

    @Test(arguments: samples)
    func noBreakSpacesBecomeSpaces(_ text: String) {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(scalar == "\u{00A0}" ? " " : scalar) }
        #expect(text.replacingNoBreakSpaces == String(scalars))
    }

    @Test(arguments: samples + ["  spaced  out ", "tab\there", "ok already", "double  space"])
    func whitespaceCollapses(_ text: String) {
        let definition = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        #expect(text.collapsingWhitespace == definition)
    }

    /// Texts long enough to be read eight bytes at a time, with a space, two, a tab, a line
    /// break or a letter that is not ASCII anywhere, collapse as the definition does.
    @Test func longTextsCollapseAsTheDefinitionSays() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["data", "a", "E-Rate", " ", " ", "  ", "\t", "\n", "\r\n", "café", "~", "\u{7F}", "\u{1}", "12345678"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let definition = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            #expect(text.collapsingWhitespace == definition, "\(text.debugDescription)")
        }
    }

    @Test func containsByteFindsBytes() {
        #expect("abc\r".containsByte(0x0D))
        #expect(!"abc".containsByte(0x0D))
        #expect("x\u{00A0}".containsByte(0xC2))
        #expect(!"".containsByte(0x20))
    }
}
