import JobWrightEditor
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
