@testable import JobWrightCore
import Testing

@Suite("Text helpers on bytes")
struct TextFastPathTests {
    /// The byte path of `collapsingWhitespace` gives what splitting by Character gives.
    @Test func collapsingWhitespaceMatchesTheCharacterPath() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "Bc", " ", "  ", "\n", "\t", "x.y", "-", "\n\n", " \t ", "\u{1}", "\u{7F}"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            #expect(text.collapsingWhitespace == expected, "\(text.debugDescription)")
        }
        // Text that is not plain ASCII, or has carriage returns, takes the Character path.
        #expect(" caf\u{E9}\r\n  au lait ".collapsingWhitespace == "caf\u{E9}\r\n au lait")
    }

    /// The draft reader's first look for control characters answers yes whenever a value could
    /// hold one: a forbidden character as written, or a backslash (a double-quoted escape).
    @Test func controlCharacterPrefilterNeverMissesOne() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "title: ", "\\n", "\\\\", "\t", "\n", "\r", "\u{1}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}",
                      "\u{A0}", "é", "\u{C2}", "Ā", "~", " ", "\u{2028}", "日"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = text.unicodeScalars.contains { YAMLDocument.isForbidden($0) || $0 == "\\" }
            #expect(YAMLDocument.mayHoldControlCharacters(text) == expected, "\(text.debugDescription)")
        }
    }
}
