import JobWrightCore

/// `TextLayout` on the bytes of a line of ASCII text: the same prefixes, hanging indents and
/// breaks as `wrap` finds on characters (a test holds the two to the same output), without making
/// a String of every line and word. In ASCII a character is a byte and takes one column, except
/// control characters other than tab, which take none.
extension TextLayout {
    /// Appends one laid-out line (its wrapped lines joined by line feeds, trailing spaces removed).
    func layOut(_ line: Slice<UnsafeBufferPointer<UInt8>>, into output: inout [UInt8]) {
        if line.first == 0x1F {
            Self.appendTrimmed(line.dropFirst(), to: &output)
            return
        }
        guard let lineWidth = Self.asciiWidth(line) else {
            // Not ASCII: as characters, with display widths.
            let text = String(decoding: line, as: UTF8.self)
            let wrapped = width > 0 && DisplayWidth.of(text) > width ? wrap(text) : [text]
            for (index, part) in wrapped.enumerated() {
                if index > 0 { output.append(0x0A) }
                Self.appendTrimmed(part.utf8, to: &output)
            }
            return
        }
        guard width > 0, lineWidth > width else { Self.appendTrimmed(line, to: &output); return }
        let bodyStart = Self.bodyStart(of: line)
        let hang = Self.asciiWidth(line[line.startIndex..<bodyStart]) ?? 0
        let body = line[bodyStart...]
        guard body.contains(where: { $0 != 0x20 }) else { Self.appendTrimmed(line, to: &output); return }
        // The first line keeps the line's own prefix; the others are indented to where its words
        // begin. Words the source already separates by one space are copied as one run.
        output.append(contentsOf: UnsafeBufferPointer(rebasing: line[line.startIndex..<bodyStart]))
        // Every byte takes one column (no control characters): a word's width is its length.
        let oneColumnEach = lineWidth == line.count
        if oneColumnEach && !Self.holdsDoubleSpace(body) {
            Self.wrapSingleSpaced(body, hang: hang, width: width, into: &output)
            return
        }
        var currentWidth = hang
        var lineHasWord = false
        var run = body.startIndex..<body.startIndex
        func flush() { output.append(contentsOf: UnsafeBufferPointer(rebasing: body[run])) }
        var index = body.startIndex
        while index < body.endIndex {
            guard body[index] != 0x20 else { index += 1; continue }
            let wordStart = index
            while index < body.endIndex && body[index] != 0x20 { index += 1 }
            let wordWidth = oneColumnEach ? index - wordStart : Self.asciiWidth(body[wordStart..<index]) ?? 0
            if lineHasWord && currentWidth + 1 + wordWidth > width {
                flush()
                output.append(0x0A)
                output.append(contentsOf: repeatElement(0x20, count: hang))
                run = wordStart..<index
                currentWidth = hang + wordWidth
            } else if lineHasWord && wordStart == run.upperBound + 1 {
                run = run.lowerBound..<index
                currentWidth += 1 + wordWidth
            } else {
                if lineHasWord { flush(); output.append(0x20); currentWidth += 1 }
                run = wordStart..<index
                currentWidth += wordWidth
            }
            lineHasWord = true
        }
        flush()
    }

    /// The words of a line whose every byte is a column and whose words are one space apart (most
    /// of a document's prose), wrapped without reading them word by word. A line starting at
    /// `start` holds the words that end at or before `start + width - hang`: the last space
    /// before that column is found by looking back from it, so a line costs its break, not its
    /// bytes. Gives what the loop over words gives for such a line (`LayoutBytesTests`).
    private static func wrapSingleSpaced(_ body: Slice<UnsafeBufferPointer<UInt8>>, hang: Int, width: Int, into output: inout [UInt8]) {
        var end = body.endIndex
        while end > body.startIndex && body[end - 1] == 0x20 { end -= 1 }
        let room = width - hang
        // A marker's own space can start the body ("[ ] * " before "* "): the words start after it.
        var start = body.startIndex
        while start < end && body[start] == 0x20 { start += 1 }
        while start < end {
            let limit = start + room
            var lineEnd: Int
            if limit >= end {
                lineEnd = end
            } else if limit > start && body[limit] == 0x20 {
                lineEnd = limit
            } else {
                lineEnd = limit - 1
                while lineEnd > start && body[lineEnd] != 0x20 { lineEnd -= 1 }
                if lineEnd <= start {
                    // A word longer than the line has it to itself.
                    lineEnd = start
                    while lineEnd < end && body[lineEnd] != 0x20 { lineEnd += 1 }
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: body[start..<lineEnd]))
            guard lineEnd < end else { break }
            output.append(0x0A)
            output.append(contentsOf: repeatElement(0x20, count: hang))
            start = lineEnd + 1
        }
    }

    /// Whether two spaces follow each other anywhere in `bytes`: eight bytes at a time, each
    /// space's flag set against the next byte's, and the last byte of a word against the first
    /// of the next.
    static func holdsDoubleSpace(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let base = bytes.base.baseAddress else { return false }
        var index = bytes.startIndex
        var lastWasSpace = false
        while bytes.endIndex - index >= 8 {
            let spaces = ByteWords.matches(ByteWords.load(base + index), 0x20)
            if spaces & (spaces >> 8) != 0 || (lastWasSpace && spaces & 0x80 != 0) { return true }
            lastWasSpace = spaces >> 63 != 0
            index += 8
        }
        while index < bytes.endIndex {
            let isSpace = base[index] == 0x20
            if isSpace && lastWasSpace { return true }
            lastWasSpace = isSpace
            index += 1
        }
        return false
    }

    /// `asciiWidth` on a line of the document's buffer: eight bytes at a time while they are all
    /// printable (a column each), byte by byte around any other.
    static func asciiWidth(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard let base = bytes.base.baseAddress else { return 0 }
        var index = bytes.startIndex
        var total = 0
        while bytes.endIndex - index >= 8 {
            let word = ByteWords.load(base + index)
            if ByteWords.isPrintableASCII(word) {
                total += 8
            } else {
                guard let width = asciiWidth(UnsafeBufferPointer(start: base + index, count: 8)) else { return nil }
                total += width
            }
            index += 8
        }
        guard let rest = asciiWidth(UnsafeBufferPointer(start: base + index, count: bytes.endIndex - index)) else { return nil }
        return total + rest
    }

    /// Columns of an ASCII text, or nil when it holds any other byte.
    static func asciiWidth<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
        var total = 0
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if (byte >= 0x20 && byte < 0x7F) || byte == 0x09 { total += 1 }
        }
        return total
    }

    /// A line of the document's buffer, copied at once rather than byte by byte.
    private static func appendTrimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, to output: inout [UInt8]) {
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[end - 1] == 0x20 { end -= 1 }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[bytes.startIndex..<end]))
    }

    private static func appendTrimmed<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes, to output: inout [UInt8]) {
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
        output += bytes[bytes.startIndex..<end]
    }

    /// Where the words begin, after the prefix printed before them (indent plus any bullet,
    /// number or label), as `split` finds it.
    static func bodyStart(of line: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        let indentEnd = line.firstIndex { $0 != 0x20 } ?? line.endIndex
        let rest = line[indentEnd...]
        if let marker = bulletMarker(in: rest) { return marker }
        // "Reports to:    Superintendent of Schools": hang at the value's column.
        if let colon = rest.firstIndex(of: UInt8(ascii: ":")), colon - rest.startIndex <= 32 {
            var valueStart = colon + 1
            while valueStart < rest.endIndex && rest[valueStart] == 0x20 { valueStart += 1 }
            if valueStart - colon - 1 >= 2 { return valueStart }
        }
        return indentEnd
    }

    /// The index just after a list marker and its space(s), as `bulletMarker(in:)` on characters.
    static func bulletMarker(in text: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        for marker: [UInt8] in [[0x2D, 0x20], [0x2A, 0x20], [0x5B, 0x20, 0x5D, 0x20], [0x5B, 0x78, 0x5D, 0x20], [0x5B, 0x58, 0x5D, 0x20]]
        where text.starts(with: marker) {
            let afterBox = text.startIndex + marker.count
            // "[x] 4. Title": hang under the title, past the item's own number.
            if marker[0] == 0x5B, let numbered = bulletMarker(in: text[afterBox...]), text[afterBox...].first != 0x5B {
                return numbered
            }
            return afterBox
        }
        var index = text.startIndex
        var digits = 0
        while index < text.endIndex, (0x30...0x39).contains(text[index]), digits < 3 {
            index += 1; digits += 1
        }
        if digits == 0, index < text.endIndex, (0x61...0x7A).contains(text[index]) {
            index += 1
            guard index < text.endIndex, text[index] == UInt8(ascii: ")") else { return nil }
        } else if digits == 0 {
            return nil
        }
        guard index < text.endIndex, text[index] == UInt8(ascii: ".") || text[index] == UInt8(ascii: ")") else { return nil }
        index += 1
        guard index < text.endIndex, text[index] == 0x20 else { return nil }
        while index < text.endIndex, text[index] == 0x20 { index += 1 }
        return index
    }
}
