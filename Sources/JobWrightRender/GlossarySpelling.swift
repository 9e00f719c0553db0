import Foundation
import JobWrightCore

/// Spells each glossary term out at its first use in a document ("Schools and Libraries
/// Universal Service program (E-Rate)") and leaves the later uses short, so bullets and drafts can
/// carry the short form and an applicant still meets every acronym explained once. A term that is
/// already spelled out before its first use, or right after it, is left alone.
struct GlossarySpelling {
    let entries: [GlossaryEntry]
    let format: OutputFormat

    /// The document with each term spelled out once. Plain text is taken page by page (rubric
    /// packets are printed and handed out separately); preformatted lines (tables, the org chart),
    /// labels, web and e-mail addresses, tags, pictures (HTML's SVG, Word's drawings) and HTML's
    /// scripts and styles are never changed.
    func apply(to document: String) -> String {
        guard !entries.isEmpty else { return document }
        if format == .text && document.contains("\u{0C}") {
            return document.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { apply(toPage: String($0)) }
                .joined(separator: "\u{0C}")
        }
        return apply(toPage: document)
    }

    /// Finds every term's first use on the page as it is (searching its UTF-8 bytes, which is
    /// cheap), then makes the changes from the end backwards.
    private func apply(toPage page: String) -> String {
        let protected = ProtectedRanges(page, format: format)
        let bytes = Array(page.utf8)
        let lowered = Self.asciiLowered(bytes)
        var changes: [(range: Range<String.Index>, text: String)] = []
        for entry in entries where !entry.term.isEmpty {
            guard let first = firstUse(of: Array(entry.term.utf8), in: bytes, page: page, protected: protected) else { continue }
            let expansion = format == .html || format == .docx ? entry.expansion.markupEscaped : entry.expansion
            if isSpelledOut(entry.term, expansion, at: first, in: lowered, page: page, protected: protected) { continue }
            let range = Self.index(first.lowerBound, in: page)..<Self.index(first.upperBound, in: page)
            changes.append((range, "\(expansion) (\(entry.term))"))
        }
        var text = page
        var lastStart = text.endIndex
        for change in changes.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) where change.range.upperBound <= lastStart {
            text.replaceSubrange(change.range, with: change.text)
            lastStart = change.range.lowerBound
        }
        return text
    }

    /// Case folded for ASCII letters only, so byte offsets stay those of the page.
    private static func asciiLowered(_ bytes: [UInt8]) -> [UInt8] {
        bytes.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    }

    private static func index(_ offset: Int, in page: String) -> String.Index {
        page.utf8.index(page.utf8.startIndex, offsetBy: offset)
    }

    /// Spelled out already: "Expansion (TERM)" earlier (outside scripts), or "TERM (the
    /// Expansion)" right here. The words alone earlier ("a Digital Literacy and Computer Science
    /// plan") do not tie them to the short form, so they do not count.
    private func isSpelledOut(_ term: String, _ expansion: String, at first: Range<Int>, in lowered: [UInt8], page: String,
                              protected: ProtectedRanges) -> Bool {
        let wanted = Self.asciiLowered(Array(expansion.utf8))
        let after = lowered[first.upperBound..<min(lowered.count, first.upperBound + wanted.count + 12)]
        if after.starts(with: Array(" (".utf8)) && Self.find(wanted, in: after) != nil { return true }
        let pattern = Self.asciiLowered(Array("\(expansion) (\(term)".utf8))
        var searchEnd = first.upperBound
        while let found = Self.findLast(pattern, in: lowered[..<searchEnd]) {
            if !protected.isScript(Self.index(found, in: page)) { return true }
            searchEnd = found
        }
        return false
    }

    /// The first whole-word, case-sensitive use of a term in running text, as byte offsets.
    private func firstUse(of term: [UInt8], in bytes: [UInt8], page: String, protected: ProtectedRanges) -> Range<Int>? {
        var from = 0
        while let start = Self.find(term, in: bytes[from...]) {
            let end = start + term.count
            from = start + 1
            if start > 0, Self.isWordByte(bytes[start - 1]) { continue }
            if end < bytes.count, Self.isWordByte(bytes[end]) { continue }
            if protected.contains(Self.index(start, in: page)) || Self.isInAddress(start..<end, in: bytes) { continue }
            return start..<end
        }
        return nil
    }

    /// The first offset where `needle` starts in `haystack`.
    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let head = needle.first, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == head && haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// The last offset where `needle` starts in `haystack`.
    private static func findLast(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let head = needle.first, haystack.count >= needle.count else { return nil }
        var index = haystack.endIndex - needle.count
        while index >= haystack.startIndex {
            if haystack[index] == head && haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }

    /// Letters, digits, the underscore, and any byte of a non-ASCII character (so a term next
    /// to an accented letter is not taken for a word of its own).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
    }

    /// Inside a web or e-mail address (`https://district.org/HR/jobs`, `HR@district.org`), where
    /// spelling a term out would break the address.
    private static func isInAddress(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        let delimiters: Set<UInt8> = [0x20, 0x0A, 0x09, 0x22, 0x28, 0x29, 0x3C, 0x3E]  // space, LF, tab, " ( ) < >
        var start = range.lowerBound
        while start > 0, !delimiters.contains(bytes[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < bytes.count, !delimiters.contains(bytes[end]) { end += 1 }
        let word = bytes[start..<end]
        return find(Array("://".utf8), in: word) != nil || word.contains(0x40) || word.starts(with: Array("www.".utf8))
    }
}

/// The parts of a page a glossary term may not be changed in, found in one pass: preformatted
/// text lines and label columns ("FLSA status:  Exempt"), Markdown table labels and bold labels,
/// in HTML every tag, and the insides of scripts, styles, `<dt>`, `<th>` and pictures (`<svg>`);
/// in Word's XML every tag, and labels and table headings.
struct ProtectedRanges {
    private var ranges: [Range<String.Index>] = []
    private var scripts: [Range<String.Index>] = []

    init(_ page: String, format: OutputFormat) {
        switch format {
        case .text, .markdown:
            var lineStart = page.startIndex
            while lineStart < page.endIndex {
                let lineEnd = page[lineStart...].firstIndex(of: "\n") ?? page.endIndex
                let line = page[lineStart..<lineEnd]
                if format == .text {
                    if line.first == TextLayout.verbatimMarker { ranges.append(lineStart..<lineEnd) }
                    else if let colon = line.range(of: ":  ") { ranges.append(lineStart..<colon.lowerBound) }
                } else {
                    if line.hasPrefix("|"), let bar = line.dropFirst().firstIndex(of: "|") { ranges.append(lineStart..<bar) }
                    if let bold = line.range(of: ":**") { ranges.append(lineStart..<bold.lowerBound) }
                }
                lineStart = lineEnd < page.endIndex ? page.index(after: lineEnd) : page.endIndex
            }
        case .html, .docx:
            var index = page.startIndex
            while let open = page[index...].firstIndex(of: "<") {
                let close = page[open...].firstIndex(of: ">").map { page.index(after: $0) } ?? page.endIndex
                ranges.append(open..<close)
                let tag = page[open..<close].lowercased()
                index = close
                // The insides of these elements stay as they are, up to their closing tag.
                for name in format == .html ? ["script", "style", "dt", "th", "svg"] : ["mc:alternatecontent"] where tag.hasPrefix("<\(name)>") || tag.hasPrefix("<\(name) ") {
                    let end = page.range(of: "</\(name)>", options: .caseInsensitive, range: close..<page.endIndex)?.upperBound ?? page.endIndex
                    ranges.append(close..<end)
                    if name == "script" { scripts.append(open..<end) }
                    index = end
                }
                // Word's labels and table headings, like HTML's <dt> and <th>, up to their paragraph's end.
                if format == .docx, tag == #"<w:pstyle w:val="tablelabel"/>"# || tag == #"<w:pstyle w:val="tableheading"/>"# {
                    let end = page.range(of: "</w:p>", range: close..<page.endIndex)?.upperBound ?? page.endIndex
                    ranges.append(close..<end)
                    index = end
                }
            }
        case .jsonld:
            break
        }
    }

    func contains(_ index: String.Index) -> Bool { ranges.contains { $0.contains(index) } }

    /// Inside a `<script>`: the JSON-LD, which carries its own spelled-out description.
    func isScript(_ index: String.Index) -> Bool { scripts.contains { $0.contains(index) } }
}
