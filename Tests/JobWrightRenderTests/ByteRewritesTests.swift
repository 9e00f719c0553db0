import JobWrightCore
@testable import JobWrightRender
import Testing

/// Text rewrites done on the bytes give what their definitions on characters give.
@Suite("Rewrites on bytes")
struct ByteRewritesTests {
    static let samples = [
        "", "\n", "one line", "two\nlines\n", "\n\nblank first", "a\r\nb\nc", "café – ✓\n日本\n",
        "no\u{00A0}break\u{00A0}\u{00A0}spaces\n", "\u{00A0}", "Â ¢ \u{00A0}é", "trailing\n\n",
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

    @Test func containsByteFindsBytes() {
        #expect("abc\r".containsByte(0x0D))
        #expect(!"abc".containsByte(0x0D))
        #expect("x\u{00A0}".containsByte(0xC2))
        #expect(!"".containsByte(0x20))
    }
}
