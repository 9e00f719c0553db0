@testable import JobWrightRender
import Testing

/// A small deterministic generator, so the property checks are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite("Text layout")
struct LayoutTests {
    init() { DisplayWidth.prepareLocale() }

    static let vocabulary = ["a", "the", "district", "technology", "E-Rate", "MCAS", "Café", "naïve", "日本語", "학교",
                             "supercalifragilisticexpialidocious", "x", "3.4.c", "—", "data-informed", "(unverified)", "über"]
    static let prefixes = ["", "  ", "- ", "   - ", "12. ", "a) ", "[ ] ", "Reports to:      ", "    Label:  "]

    func randomLine(_ rng: inout SeededGenerator) -> String {
        let prefix = Self.prefixes.randomElement(using: &rng)!
        let count = Int.random(in: 1...40, using: &rng)
        return prefix + (0..<count).map { _ in Self.vocabulary.randomElement(using: &rng)! }.joined(separator: " ")
    }

    @Test func wrappingKeepsEveryWordInOrderStaysWithinWidthAndKeepsIndents() {
        var rng = SeededGenerator(state: 20261129)
        for _ in 0..<5_000 {
            let line = randomLine(&rng)
            let width = Int.random(in: 10...100, using: &rng)
            let wrapped = TextLayout(width: width).wrap(line)
            // No word lost or reordered.
            let words = line.split(separator: " ").map(String.init)
            #expect(wrapped.joined(separator: " ").split(separator: " ").map(String.init) == words, "\(line) @\(width)")
            // No line wider than the width unless it holds a single word after its prefix.
            let (prefix, hang, _) = TextLayout.split(line)
            for (index, output) in wrapped.enumerated() where DisplayWidth.of(output) > width {
                let rest = index == 0 ? output.dropFirst(prefix.count) : output.dropFirst(hang)
                #expect(!rest.contains(" "), "too wide: '\(output)' (\(DisplayWidth.of(output)) > \(width)) from '\(line)'")
            }
            // Indents kept: the first line keeps its prefix, continuation lines hang under the text.
            #expect(wrapped[0].hasPrefix(prefix))
            for continuation in wrapped.dropFirst() {
                #expect(continuation.prefix { $0 == " " }.count == hang, "'\(continuation)' from '\(line)'")
            }
        }
    }

    @Test func hangingIndentAlignsUnderTheTextOfABullet() {
        let wrapped = TextLayout(width: 20).wrap("- one two three four five six")
        #expect(wrapped == ["- one two three four", "  five six"])
        #expect(TextLayout(width: 24).wrap("12. alpha beta gamma delta epsilon") == ["12. alpha beta gamma", "    delta epsilon"])
        #expect(TextLayout(width: 30).wrap("Reports to:  Superintendent of Schools") == ["Reports to:  Superintendent of", "             Schools"])
    }

    @Test func widthIsMeasuredInDisplayColumns() {
        #expect(DisplayWidth.of("日本語") == 6)
        #expect(DisplayWidth.of("Café") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        let wrapped = TextLayout(width: 7).wrap("日本語 日本語")
        #expect(wrapped == ["日本語", "日本語"])
    }

    @Test func zeroWidthMeansNoWrapping() {
        let long = String(repeating: "word ", count: 100)
        #expect(TextLayout(width: 0).wrap(long) == [long])
    }

    @Test func verbatimLinesAreKeptAsTheyAre() {
        let text = "\u{1F}└── a very long org chart line that must not wrap\nshort"
        #expect(TextLayout(width: 10).layout(text) == "└── a very long org chart line that must not wrap\nshort")
    }

    @Test func asciiFallbackTransliteratesTypography() {
        #expect(ASCIIFallback.transliterate("“Café” — naïve ‘x’ … • ├── │ └") == "\"Cafe\" -- naive 'x' ... * +-- | `")
        #expect(ASCIIFallback.transliterate("日本").allSatisfy { $0.isASCII })
    }

    @Test func orgChartDrawsTreeInBoxDrawingOrASCII() {
        let chart = OrgChart(reportsTo: "Superintendent", position: "Director", supervises: ["Network Administrator (1)", "Technician (2)"],
                             dottedLines: ["Assistant Superintendent"])
        #expect(chart.lines(ascii: false, width: 0) == [
            "Superintendent", "└── Director (this position)", "    ┄┄┄ dotted line to Assistant Superintendent",
            "    ├── Network Administrator (1)", "    └── Technician (2)",
        ])
        #expect(chart.lines(ascii: true, width: 0).allSatisfy { line in line.allSatisfy { $0.isASCII } })
        for line in chart.lines(ascii: false, width: 24) { #expect(DisplayWidth.of(line) <= 24, "\(line)") }
    }

    @Test func moneyIsWrittenAsPeopleWriteIt() {
        #expect(Money.format(118000, currency: "USD") == "$118,000")
        #expect(Money.format(52.75, currency: nil) == "$52.75")
        #expect(Money.format(1234567.5, currency: "EUR") == "1,234,567.50 EUR")
    }
}

@Suite("Display width")
struct DisplayWidthTests {
    /// Widths of characters beyond ASCII ("…") need a UTF-8 character type, as in the other
    /// suites: run first among them, this one measured "…" without it once.
    init() { _ = DisplayWidth.prepareLocale() }

    /// Printable ASCII is cut by bytes; the cut must be the one made a character at a time.
    @Test func asciiIsCutAsCharacterByCharacter() {
        let texts = ["", "a", "Director of Technology", String(repeating: "x", count: 80), "tab\there", "a\r\nb", "é accent", "  spaced  out  "]
        for text in texts {
            for width in -1...30 {
                for ellipsis in ["...", "…"] {
                    let expected = DisplayWidth.of(text) > width ? DisplayWidth.truncatedByCharacters(text, to: width, ellipsis: ellipsis) : text
                    #expect(DisplayWidth.truncate(text, to: width, ascii: ellipsis == "...") == expected, "\(text.debugDescription) \(width)")
                }
            }
        }
    }
}
