import Foundation

/// Reads a posting pasted as plain text (or the text of Markdown once its marks are gone): bullets
/// by their marks (`-`, `*`, `•`, `o`, `1.`, `a)`), headings by their look (a short line in capitals,
/// or a short line ending in a colon), and a wrapped bullet's continuation lines joined to it.
struct PlainTextReader {
    func lines(of text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        // Whether each line's bullet mark was a number ("1." or "a)").
        var numbered: [Bool] = []
        var previousBlank = true
        for (index, raw) in Self.splitLines(text).enumerated() {
            let line = raw.replacingTabs.trimmingBlanks
            guard !line.isEmpty else { previousBlank = true; continue }
            defer { previousBlank = false }
            if let body = Self.bulletBody(line) {
                result.append(SourceLine(number: index + 1, text: body, shape: .bullet))
                numbered.append(!Self.markedBullet(line))
            } else if let last = result.last, !previousBlank, raw.first == " " || raw.first == "\t",
                      last.shape == .bullet || last.shape == .paragraph {
                // An indented line right under a bullet or paragraph continues it.
                result[result.count - 1].text += " " + line
            } else if let last = result.last, !previousBlank, last.shape == .paragraph, !Self.looksLikeHeading(line),
                      !last.text.hasSuffix(":"), !Self.endsSentence(last.text), !Self.isLabelled(line),
                      last.text.characterCount >= Self.wrappedLineLength {
                // A paragraph wrapped by hand at a fixed width (a short line, like a title, is not).
                result[result.count - 1].text += " " + line
            } else {
                let heading = Self.looksLikeHeading(line)
                let text = heading ? Self.headingText(line) : line
                guard !text.isEmpty else { continue }  // a line of colons only
                result.append(SourceLine(number: index + 1, text: text, shape: heading ? .heading : .paragraph))
                numbered.append(false)
            }
        }
        // "1. Curriculum and standards" over a list of "- " bullets is a numbered heading.
        for index in result.indices where numbered[index] && result[index].shape == .bullet {
            let next = index + 1
            if next < result.count, result[next].shape == .bullet, !numbered[next], !Self.endsSentence(result[index].text),
               result[index].text.spaceSeparatedCount <= 8 {
                result[index].shape = .heading
            }
        }
        return result
    }

    /// A line wrapped by hand is at least this long; a shorter line ends its paragraph.
    static let wrappedLineLength = 45

    /// Whether a bullet line starts with a mark ("-", "•") rather than a number or letter.
    static func markedBullet(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        return !(first.isNumber || (first.isLowercase && first.isASCII && line.dropFirst().first.map { ".)".contains($0) } == true))
    }

    /// The text after a bullet mark, or nil when the line has none.
    static func bulletBody(_ line: String) -> String? {
        let marks: [String] = ["- ", "* ", "• ", "· ", "o ", "– ", "— ", "▪ ", "◦ ", "● ", "■ ", "➢ ", "✓ ", "> "]
        // A line that starts with any other ASCII character starts with none of them, even
        // read as canonically equivalent characters (as `hasPrefix` reads): most lines.
        let first = line.utf8.first ?? 0
        let mayHaveMark = first >= 0x80 || [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "o"), UInt8(ascii: ">")].contains(first)
        for mark in marks where mayHaveMark && line.hasPrefix(mark) {
            return String(line.dropFirst(mark.count)).trimmingBlanks.nilIfEmpty
        }
        // "1. ", "12) ", "a. ", "b) "
        var index = line.startIndex
        var digits = 0
        while index < line.endIndex, line[index].isNumber, digits < 3 { index = line.index(after: index); digits += 1 }
        if digits == 0, index < line.endIndex, line[index].isLowercase, line[index].isASCII {
            index = line.index(after: index); digits = 1
        }
        guard digits > 0, index < line.endIndex, line[index] == "." || line[index] == ")" else { return nil }
        let rest = line[line.index(after: index)...]
        guard rest.first == " " else { return nil }
        return rest.trimmingBlanks.nilIfEmpty
    }

    /// A short line in capitals ("ESSENTIAL DUTIES"), or a short line ending in a colon
    /// ("Qualifications:"), is a heading.
    static func looksLikeHeading(_ line: String) -> Bool {
        let words = line.spaceSeparatedCount
        guard words <= 8, line.characterCount <= 70 else { return false }
        if Self.isInCapitals(line) { return true }
        if line.hasSuffix(":") && words <= 6 { return true }
        // "Responsibilities", "Position summary": a short line with no end punctuation that
        // names a part of a posting.
        guard words <= 5, let last = line.last, !".,;!?".contains(last) else { return false }
        return PostingSection.named(by: line) != .other
            && !["salary", "pay", "schedule"].contains { line.lowercased().hasPrefix($0 + " ") }
    }

    /// At least three letters, all capitals (ASCII text is told byte by byte).
    static func isInCapitals(_ line: String) -> Bool {
        guard line.isOneByteCharacters else {
            let letters = line.filter(\.isLetter)
            return letters.count >= 3 && letters.allSatisfy({ $0.isUppercase })
        }
        var letters = 0
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): return false
            default: continue
            }
        }
        return letters >= 3
    }

    static func headingText(_ line: String) -> String {
        var text = line
        while text.hasSuffix(":") { text.removeLast() }
        return text.trimmingBlanks
    }

    /// "Reports to: Superintendent" is a fact line, never a continuation.
    static func isLabelled(_ line: String) -> Bool {
        guard let colon = line.firstColon else { return false }
        return line[..<colon].spaceSeparatedCount <= 4 && line[..<colon].characterCount <= 30
    }

    /// The text split at line feeds, as `split(separator: "\n")` splits it. A line feed is a
    /// character of its own unless it follows a carriage return, so without one the text is
    /// split byte by byte (reading it character by character was a fifth of reading a posting).
    static func splitLines(_ text: String) -> [Substring] {
        guard !text.containsByte(0x0D) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { text[$0.startIndex..<$0.endIndex] }
    }

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".!?;)".contains(last)
    }
}

extension StringProtocol {
    /// Tabs as spaces (a line without a tab, nearly every one, is copied as it is).
    var replacingTabs: String { utf8.contains(0x09) ? String(map { $0 == "\t" ? " " : $0 }) : String(self) }

    var nilIfEmpty: String? { isEmpty ? nil : String(self) }
}

extension Substring {
    /// Without the blanks at either end, as `String.trimmingBlanks`.
    var trimmingBlanks: String { String(self).trimmingBlanks }
}

extension StringProtocol {
    /// Whether the text is ASCII without a carriage return: then every byte is one character
    /// (only "\r\n" makes one character of two ASCII bytes), and characters are counted, split
    /// and told apart byte by byte rather than by Unicode's rules.
    var isOneByteCharacters: Bool { utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } }

    /// How many characters the text has (`count`).
    var characterCount: Int { isOneByteCharacters ? utf8.count : count }

    /// How many words the text's spaces part (`split(separator: " ").count`).
    var spaceSeparatedCount: Int {
        guard isOneByteCharacters else { return split(separator: " ").count }
        var count = 0
        var inWord = false
        for byte in utf8 {
            if byte == 0x20 { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }
}

extension String {
    /// The first ":" character, as `firstIndex(of: ":")` finds it. A colon byte with ASCII on
    /// either side is a character of its own, and so the first one; only otherwise (a combining
    /// mark after it, say) are the characters read one by one.
    var firstColon: String.Index? {
        let bytes = utf8
        guard let colon = bytes.firstIndex(of: 0x3A) else { return nil }
        let after = bytes.index(after: colon)
        if (colon == bytes.startIndex || bytes[bytes.index(before: colon)] < 0x80) && (after == bytes.endIndex || bytes[after] < 0x80) {
            return colon
        }
        return firstIndex(of: ":")
    }

    /// Without the blanks at either end: spaces, tabs and other Unicode space separators, what
    /// `trimmingCharacters(in: .whitespaces)` removes, without going through Foundation for every
    /// line. Unlike JobWrightCore's `trimmingSpaces`, line breaks stay.
    var trimmingBlanks: String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        guard let first = unicodeScalars.firstIndex(where: { !isSpace($0) }), let last = unicodeScalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(unicodeScalars[first...last])
    }
}
