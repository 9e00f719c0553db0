import JobWrightCore

/// Lays out rendered plain text: wraps every line at a display width with hanging indents for
/// bullets, numbered items and "Label:  value" lines, keeps preformatted lines as they are.
/// Templates hold wording; this holds layout, so every template gets the same wrapping.
public struct TextLayout: Sendable {
    /// A line that starts with this character is preformatted (org chart, tables): the marker is
    /// removed and the line is not wrapped. Only the renderer's own blocks carry it.
    public static let verbatimMarker: Character = "\u{1F}"

    /// Columns to wrap at; 0 means no wrapping.
    public var width: Int

    public init(width: Int) { self.width = width }

    /// Lays out a whole document, line by line. Lines of ASCII text (most of a posting) are
    /// wrapped on their bytes (`TextLayout+Bytes.swift`); any other line as characters, by `wrap`.
    public func layout(_ text: String) -> String {
        var output: [UInt8] = []
        layout(bytes: Array(text.utf8), into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// `layout` on a document's UTF-8 bytes, appended to `output`.
    func layout(bytes text: [UInt8], into output: inout [UInt8]) {
        text.withUnsafeBufferPointer { bytes in
            output.reserveCapacity(output.count + bytes.count + bytes.count / 16)
            var lineStart = 0
            while true {
                let lineEnd = ByteSearch.firstIndex(of: 0x0A, in: bytes, from: lineStart) ?? bytes.count
                if lineStart > 0 { output.append(0x0A) }
                layOut(bytes[lineStart..<lineEnd], into: &output)
                guard lineEnd < bytes.count else { break }
                lineStart = lineEnd + 1
            }
        }
    }

    /// Wraps one logical line. The first output line keeps the line's own prefix; continuation
    /// lines are indented to where the text after a bullet, number or label begins.
    /// A line of printable ASCII that does not end in a space is wrapped on its bytes, as
    /// `layout` wraps it (the editor wraps its detail panes on every frame); any other line by
    /// characters. The two give the same lines (`LayoutBytesTests`).
    public func wrap(_ line: String) -> [String] {
        if width > 0, let wrapped = line.utf8.withContiguousStorageIfAvailable({ bytes -> [String]? in
            guard let last = bytes.last, last != 0x20, bytes.allSatisfy({ (0x20...0x7E).contains($0) }) else { return nil }
            guard bytes.count > width else { return [line] }
            var output: [UInt8] = []
            layOut(bytes[...], into: &output)
            return output.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }), let wrapped {
            return wrapped
        }
        return wrapByCharacters(line)
    }

    /// `wrap` on characters, with display widths: for any line.
    func wrapByCharacters(_ line: String) -> [String] {
        guard width > 0, DisplayWidth.of(line) > width else { return [line] }
        let (prefix, hang, body) = Self.split(line)
        let words = body.utf8.split(separator: 0x20, omittingEmptySubsequences: true).map { Substring($0) }
        guard !words.isEmpty else { return [line] }
        let hangText = String(repeating: " ", count: hang)
        var lines: [String] = []
        var current = prefix
        var currentWidth = DisplayWidth.of(prefix)
        var lineHasWord = false
        for word in words {
            let wordWidth = DisplayWidth.of(word)
            if lineHasWord && currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = hangText
                current += word
                currentWidth = hang + wordWidth
            } else {
                if lineHasWord { current += " " }
                current += word
                currentWidth += (lineHasWord ? 1 : 0) + wordWidth
            }
            lineHasWord = true
        }
        lines.append(current)
        return lines
    }

    /// Splits a line into the prefix printed before the first word (indent plus any bullet,
    /// number or label), the hanging indent in columns, and the words.
    static func split(_ line: String) -> (prefix: String, hang: Int, body: Substring) {
        let indentEnd = line.firstIndex { $0 != " " } ?? line.endIndex
        let indent = line[..<indentEnd]
        let rest = line[indentEnd...]
        if let marker = bulletMarker(in: rest) {
            let prefix = String(indent) + String(rest[..<marker])
            return (prefix, DisplayWidth.of(prefix), rest[marker...])
        }
        // "Reports to:    Superintendent of Schools": hang at the value's column.
        if let colon = rest.firstIndex(of: ":"), rest.distance(from: rest.startIndex, to: colon) <= 32 {
            let afterColon = rest[rest.index(after: colon)...]
            let spaces = afterColon.prefix { $0 == " " }.count
            if spaces >= 2 {
                let valueStart = afterColon.index(afterColon.startIndex, offsetBy: spaces)
                let prefix = String(indent) + String(rest[..<valueStart])
                return (prefix, DisplayWidth.of(prefix), rest[valueStart...])
            }
        }
        return (String(indent), DisplayWidth.of(indent), rest)
    }

    /// The index just after a list marker and its space(s): "- ", "* ", "• ", "[ ] ", "12. ", "a) ".
    static func bulletMarker(in text: Substring) -> Substring.Index? {
        for marker in ["- ", "* ", "• ", "[ ] ", "[x] ", "[X] "] where text.hasPrefix(marker) {
            // "[x] 4. Title": hang under the title, past the item's own number.
            let afterBox = text.index(text.startIndex, offsetBy: marker.count)
            if marker.hasPrefix("["), let numbered = bulletMarker(in: text[afterBox...]), !text[afterBox...].hasPrefix("[") {
                return numbered
            }
            return text.index(text.startIndex, offsetBy: marker.count)
        }
        var index = text.startIndex
        var digits = 0
        while index < text.endIndex, text[index].isASCII, text[index].isNumber, digits < 3 {
            index = text.index(after: index); digits += 1
        }
        if digits == 0, index < text.endIndex, text[index].isASCII, text[index].isLowercase {
            index = text.index(after: index); digits = 1
            guard index < text.endIndex, text[index] == ")" else { return nil }
        } else if digits == 0 {
            return nil
        }
        guard index < text.endIndex, text[index] == "." || text[index] == ")" else { return nil }
        index = text.index(after: index)
        guard index < text.endIndex, text[index] == " " else { return nil }
        while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
        return index
    }
}

extension StringProtocol {
    /// Without the spaces at its end (counted on the bytes: a space there is a whole character).
    var withoutTrailingSpaces: SubSequence {
        let spaces = utf8.reversed().prefix { $0 == 0x20 }.count
        return self[..<utf8.index(endIndex, offsetBy: -spaces)]
    }
}

extension String {
    var trimmingTrailingSpaces: String { String(withoutTrailingSpaces) }

    /// Every line prefixed with the verbatim marker, so `TextLayout` leaves it alone.
    var markedVerbatim: String {
        // On the bytes: the marker (U+001F, one byte) goes at the start and after every line
        // feed that is a Character of its own (not the end of a CR LF, as `split` sees it).
        var output: [UInt8] = [0x1F]
        output.reserveCapacity(utf8.count + utf8.count / 32 + 1)
        var previous: UInt8 = 0
        for byte in utf8 {
            output.append(byte)
            if byte == 0x0A && previous != 0x0D { output.append(0x1F) }
            previous = byte
        }
        return String(decoding: output, as: UTF8.self)
    }
}
