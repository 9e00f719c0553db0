import JobWrightRender

/// How a text field fits a box: the visible window of a one-line field, and the soft-wrapped
/// lines of a multi-line one, with the cursor's place in them. The same lines serve drawing
/// and the Up/Down keys, so the cursor moves over what the user sees.
extension TextField {
    /// One soft-wrapped line: the character range it shows (without its line break).
    public struct WrappedLine: Equatable, Sendable {
        public var start: Int
        public var end: Int

        public func text(in characters: [Character]) -> String { String(characters[start..<end]) }

        /// The index in this line nearest to a display column. On a line that wraps softly
        /// (`wraps`), the index after its last character is the next line's start, so the
        /// cursor stops before that character instead.
        func index(atColumn column: Int, in characters: [Character], wraps: Bool) -> Int {
            let last = wraps ? max(start, end - 1) : end
            var used = 0
            var index = start
            while index < last {
                let width = DisplayWidth.of(characters[index])
                if used + width > column { break }
                used += width
                index += 1
            }
            return index
        }
    }

    /// The visible part for a box `width` columns wide, and the cursor's column in it.
    /// Walks out from the cursor only, so a very long text (a pasted megabyte) costs no more
    /// than the box is wide.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        // Back from the cursor as far as fits, keeping one column for the cursor itself.
        var start = min(cursor, characters.count)
        var cursorColumn = 0
        while start > 0 {
            let columns = DisplayWidth.of(characters[start - 1])
            if cursorColumn + columns > width - 2 { break }
            cursorColumn += columns
            start -= 1
        }
        var end = start
        var used = 0
        while end < characters.count, used + DisplayWidth.of(characters[end]) <= width - 1 {
            used += DisplayWidth.of(characters[end]); end += 1
        }
        return (String(characters[start..<end].map { $0 == "\n" ? "⏎" : $0 }), cursorColumn)
    }

    /// The lines of the text wrapped at `width` display columns: at spaces where a line would
    /// overflow, inside a word only when the word alone is wider than the box. One column is
    /// kept free so the cursor fits after the last character.
    public func wrappedLines(width: Int) -> [WrappedLine] {
        let limit = max(2, width) - 1
        var lines: [WrappedLine] = []
        var lineStart = 0
        while true {
            var index = lineStart
            var used = 0
            var lastBreak: Int?
            while index < characters.count && characters[index] != "\n" {
                let columns = DisplayWidth.of(characters[index])
                if used + columns > limit { break }
                used += columns
                if characters[index] == " " { lastBreak = index + 1 }
                index += 1
            }
            if index >= characters.count {
                lines.append(WrappedLine(start: lineStart, end: characters.count))
                return lines
            }
            if characters[index] == "\n" {
                lines.append(WrappedLine(start: lineStart, end: index))
                lineStart = index + 1
                continue
            }
            // Overflow: break after the last space, or inside the word when there is none.
            let end = lastBreak.flatMap { $0 > lineStart ? $0 : nil } ?? max(index, lineStart + 1)
            lines.append(WrappedLine(start: lineStart, end: end))
            lineStart = end
        }
    }

    /// The cursor's row and display column among `lines`.
    func position(in lines: [WrappedLine]) -> (row: Int, column: Int) {
        var row = lines.count - 1
        for (index, line) in lines.enumerated() {
            let next = index + 1 < lines.count ? lines[index + 1].start : Int.max
            // A cursor at a soft break belongs to the next line; at a hard break, to this one.
            if cursor >= line.start && (cursor < next || (cursor == line.end && next > line.end)) {
                row = index
                break
            }
        }
        let line = lines[row]
        let column = (line.start..<min(cursor, line.end)).reduce(0) { $0 + DisplayWidth.of(characters[$1]) }
        return (row, column)
    }

    /// The first and last cursor positions on the soft-wrapped line the cursor is on.
    func visualLine(width: Int) -> (start: Int, end: Int) {
        let lines = wrappedLines(width: width)
        let row = position(in: lines).row
        let line = lines[row]
        return (line.start, Self.wraps(lines, row) ? max(line.start, line.end - 1) : line.end)
    }

    /// True when line `row` continues on the next one without a line break.
    static func wraps(_ lines: [WrappedLine], _ row: Int) -> Bool {
        row + 1 < lines.count && lines[row + 1].start == lines[row].end
    }
}
