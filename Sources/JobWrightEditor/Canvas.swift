import JobWrightRender

/// How a cell looks. Colour is a role, not a colour: the backend maps roles to colours, or to
/// nothing in monochrome, so meaning never rests on colour alone.
public struct CellStyle: Hashable, Sendable {
    public enum Role: Sendable, Hashable { case normal, accent, warning, error, muted, title }
    public var role: Role = .normal
    public var bold = false
    public var reverse = false
    public var underline = false

    public init(role: Role = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role; self.bold = bold; self.reverse = reverse; self.underline = underline
    }

    public static let plain = CellStyle()
    public static let selected = CellStyle(reverse: true)
    public static let heading = CellStyle(role: .title, bold: true)
    public static let muted = CellStyle(role: .muted)
    public static let warning = CellStyle(role: .warning, bold: true)
    public static let error = CellStyle(role: .error, bold: true)
    public static let accent = CellStyle(role: .accent)
}

/// One screen cell: a character of display width 1 or 2 (a wide character's second column is
/// a `continuation` cell), and its style.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var style: CellStyle
    public var isContinuation: Bool

    public static let blank = Cell(character: " ", style: .plain, isContinuation: false)
}

/// A grid of cells the views draw into; the backend copies it to the terminal, tests read it as
/// lines. Writing never goes outside the grid and never splits a wide character.
public struct Canvas: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [[Cell]]
    /// Where the terminal cursor should be (a text field being edited), if anywhere.
    public var cursor: (row: Int, column: Int)?

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        // A row of its own for each line: rows made by repeating one row share its storage, and
        // the first write to each then copies it cell by cell (a Character is retained), which
        // cost more than filling every row here.
        let width = self.width
        cells = (0..<self.height).map { _ in Array(repeating: .blank, count: width) }
    }

    public static func == (a: Canvas, b: Canvas) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
            && a.cursor?.row == b.cursor?.row && a.cursor?.column == b.cursor?.column
    }

    /// The 128 ASCII characters, made once rather than for every cell written.
    static let asciiCharacters: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }

    /// Writes text from (row, column), at most `limit` columns; returns the columns written.
    @discardableResult
    public mutating func put(_ row: Int, _ column: Int, _ text: String, _ style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < height, column < width else { return 0 }
        let end = min(width, column + (limit ?? width))
        var x = column
        // The row is written in place: one uniqueness check for the row, not one per cell.
        cells[row].withUnsafeMutableBufferPointer { line in
            // Written from the text's bytes: an ASCII byte followed by another ASCII byte (or by
            // the end) is a character of one column on its own (a control character is shown as
            // one), but CR LF, which is one character. Only where a byte is not ASCII, or an
            // ASCII byte comes before one that is not (an accent may join it), are the grapheme
            // clusters found: finding them costs far more than writing a cell, and most of what
            // the editor shows is ASCII with now and then a dash, a quote or a list marker.
            let wroteFromBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
                var index = 0
                Canvas.asciiCharacters.withUnsafeBufferPointer { ascii in
                    // Printable ASCII followed by ASCII (or the end), most of what is drawn:
                    // a cell each, in a tight loop.
                    while index < bytes.count, x < end {
                        let byte = bytes[index]
                        guard byte >= 0x20 && byte < 0x7F && (index + 1 == bytes.count || bytes[index + 1] < 0x80) else { break }
                        if x >= 0 { line[x] = Cell(character: ascii[Int(byte)], style: style, isContinuation: false) }
                        index += 1
                        x += 1
                    }
                }
                while index < bytes.count, x < end {
                    let byte = bytes[index]
                    let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
                    if byte < 0x80, next.map({ $0 < 0x80 }) ?? true {
                        if byte == 0x0A { break }
                        let isCRLF = byte == 0x0D && next == 0x0A
                        if x >= 0 {
                            line[x] = Cell(character: isCRLF ? "\r\n" : Canvas.asciiCharacters[Int(byte)], style: style, isContinuation: false)
                        }
                        index += isCRLF ? 2 : 1
                        x += 1
                        continue
                    }
                    // A grapheme cluster starts here: every step so far took whole characters.
                    let start = text.utf8.index(text.utf8.startIndex, offsetBy: index)
                    guard let character = text[start...].first else { break }
                    index += character.utf8.count
                    if character == "\n" { break }
                    guard Self.put(character, at: &x, end: end, into: line, style: style) else { break }
                }
                return true
            }
            if wroteFromBytes == true { return }
            for character in text {
                if character == "\n" { break }
                guard Self.put(character, at: &x, end: end, into: line, style: style) else { break }
            }
        }
        return x - column
    }

    /// Writes one character of `put` at column `x` and moves past it; false when it does not fit
    /// before `end`. A character of no width (a lone combining mark) is skipped.
    private static func put(_ character: Character, at x: inout Int, end: Int, into line: UnsafeMutableBufferPointer<Cell>, style: CellStyle) -> Bool {
        let columns = max(DisplayWidth.of(character), character.isASCII ? 1 : 0)
        guard columns > 0 else { return true }
        if x + columns > end { return false }
        if x >= 0 {
            line[x] = Cell(character: character, style: style, isContinuation: false)
            if columns == 2 { line[x + 1] = Cell(character: " ", style: style, isContinuation: true) }
        }
        x += columns
        return true
    }

    /// Paints a style over a run of cells, keeping their characters (selection bars).
    /// Clipped to the grid like `put`: a run wholly outside it does nothing.
    public mutating func style(_ row: Int, _ column: Int, _ length: Int, _ style: CellStyle) {
        for x in clippedColumns(row, column, length) { cells[row][x].style = style }
    }

    /// Writes one character over a run of cells (rules, blank panes), clipped like `style`.
    public mutating func fill(_ row: Int, _ column: Int, _ length: Int, _ character: Character, _ style: CellStyle = .plain) {
        for x in clippedColumns(row, column, length) { cells[row][x] = Cell(character: character, style: style, isContinuation: false) }
    }

    /// The columns of a run that lie inside the grid: empty for a row outside it, a negative
    /// length, or a run that starts past the right edge or ends before the left (views compute
    /// runs from pane sizes that can shrink to nothing, so a run may be empty or inverted).
    private func clippedColumns(_ row: Int, _ column: Int, _ length: Int) -> Range<Int> {
        guard row >= 0, row < height, length > 0 else { return 0..<0 }
        let start = max(0, column)
        // A huge length (e.g. Int.max for "to the edge") must not overflow; it just reaches the edge.
        let (sum, overflowed) = column.addingReportingOverflow(length)
        let end = overflowed ? width : min(width, sum)
        return start < end ? start..<end : 0..<0
    }

    /// Each row as text, wide characters once, trailing spaces removed: what tests compare.
    public var lines: [String] {
        cells.map { row in
            var line = ""
            for cell in row where !cell.isContinuation { line.append(cell.character) }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
