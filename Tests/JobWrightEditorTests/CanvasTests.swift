@testable import JobWrightEditor
import JobWrightRender
import Testing

/// `fill` and `style` clip to the grid as `put` does: views compute runs from pane sizes that
/// can shrink to nothing, so a run past an edge, inverted or empty must draw what fits and never trap.
@Suite("Canvas clipping")
struct CanvasTests {
    /// A 6x2 canvas with "abcdef" on both rows, so a test sees which cells a run touched.
    static func lettered() -> Canvas {
        var canvas = Canvas(width: 6, height: 2)
        canvas.put(0, 0, "abcdef")
        canvas.put(1, 0, "abcdef")
        return canvas
    }

    static let bar = CellStyle(role: .accent, reverse: true)

    /// The columns of a row whose style is `bar`.
    static func barred(_ canvas: Canvas, row: Int) -> [Int] {
        canvas.cells[row].indices.filter { canvas.cells[row][$0].style == bar }
    }

    /// (column, length): past the right edge, negative lengths, ending left of the edge, empty, extremes.
    @Test(arguments: [(6, 3), (100, 1), (2, -1), (9, -4), (-5, 3), (-3, 0), (0, 0), (Int.min, 5), (3, Int.min)])
    func runsWhollyOutsideTheRowChangeNothing(column: Int, length: Int) {
        var canvas = Self.lettered()
        canvas.fill(0, column, length, "#", Self.bar)
        canvas.style(1, column, length, Self.bar)
        #expect(canvas == Self.lettered())
    }

    @Test(arguments: [-1, 2, 3, 99, -99])
    func rowsOutsideTheGridChangeNothing(row: Int) {
        var canvas = Self.lettered()
        canvas.fill(row, 0, 6, "#", Self.bar)
        canvas.style(row, 0, 6, Self.bar)
        #expect(canvas == Self.lettered())
    }

    @Test func fillPastTheRightEdgeKeepsWhatFits() {
        var canvas = Self.lettered()
        canvas.fill(0, 4, 10, "#")
        #expect(canvas.lines == ["abcd##", "abcdef"])
    }

    @Test func fillFromANegativeColumnStartsAtTheLeftEdge() {
        var canvas = Self.lettered()
        canvas.fill(1, -2, 4, "#")
        #expect(canvas.lines == ["abcdef", "##cdef"])
    }

    @Test func fillWithAnEnormousLengthReachesTheEdgeWithoutOverflowing() {
        var canvas = Self.lettered()
        canvas.fill(0, 3, Int.max, "#")
        #expect(canvas.lines == ["abc###", "abcdef"])
    }

    @Test func styleIsClippedAtBothEdgesAndKeepsTheCharacters() {
        var canvas = Self.lettered()
        canvas.style(0, 4, 10, Self.bar)
        canvas.style(1, -2, 4, Self.bar)
        #expect(Self.barred(canvas, row: 0) == [4, 5])
        #expect(Self.barred(canvas, row: 1) == [0, 1])
        #expect(canvas.lines == ["abcdef", "abcdef"])
    }

    @Test func anEmptyCanvasTakesAnyRun() {
        var canvas = Canvas(width: 0, height: 0)
        canvas.fill(0, 0, 5, "#")
        canvas.style(0, 0, 5, Self.bar)
        #expect(canvas.lines == [])
    }
}

/// `put` writes ASCII text from its bytes and finds grapheme clusters only around other bytes.
/// It must write exactly what writing the text character by character writes.
@Suite("Canvas writing from bytes")
struct CanvasASCIITests {
    /// Character by character, with display widths, applied to a copy of the cells.
    static func reference(_ canvas: Canvas, _ row: Int, _ column: Int, _ text: String, limit: Int?) -> (cells: [Cell], written: Int) {
        var line = canvas.cells[row]
        let end = min(canvas.width, column + (limit ?? canvas.width))
        var x = column
        for character in text {
            if character == "\n" { break }
            let columns = max(DisplayWidth.of(character), character.isASCII ? 1 : 0)
            guard columns > 0 else { continue }
            if x + columns > end { break }
            if x >= 0 {
                line[x] = Cell(character: character, style: .accent, isContinuation: false)
                if columns == 2 { line[x + 1] = Cell(character: " ", style: .accent, isContinuation: true) }
            }
            x += columns
        }
        return (line, x - column)
    }

    @Test(arguments: [false, true]) func theBytePathWritesWhatTheCharacterPathWrites(mixed: Bool) {
        _ = DisplayWidth.prepareLocale()
        var generator = SystemRandomNumberGenerator()
        let ascii = ["a", "Z", " ", "\t", "\r\n", "\r", "\n", "\u{7}", "~", "12", "abc def", "e"]
        // Accents that join the letter before them, wide and zero-width characters, flags and
        // emoji sequences, a lone combining mark, dashes and quotes.
        let other = ["\u{301}", "\u{308}", "é", "日本", "—", "“", "▸ ", "👍🏽", "🇺🇸", "👩‍💻", "\u{200B}", "ｘ", "ﬁ", "\r\u{301}", "\n\u{301}"]
        let pieces = mixed ? ascii + other : ascii
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let column = Int.random(in: -4...12, using: &generator)
            let limit: Int? = Bool.random(using: &generator) ? nil : Int.random(in: 0...10, using: &generator)
            var canvas = Canvas(width: 10, height: 1)
            let expected = Self.reference(canvas, 0, column, text, limit: limit)
            let written = canvas.put(0, column, text, .accent, limit: limit)
            #expect(canvas.cells[0] == expected.cells && written == expected.written, "\(text.debugDescription) at \(column), limit \(String(describing: limit))")
        }
    }

    @Test func aWideOrCombinedCharacterStillTakesItsColumns() {
        DisplayWidth.prepareLocale()
        var canvas = Canvas(width: 8, height: 1)
        #expect(canvas.put(0, 0, "日本e\u{301}x") == 6)
        #expect(canvas.cells[0][0].character == "日" && canvas.cells[0][1].isContinuation)
        #expect(canvas.cells[0][4].character == "e\u{301}" && canvas.cells[0][5].character == "x")
    }
}
