import Foundation
import JobWrightCore
import Synchronization

/// Spells each glossary term out at its first use in a document ("Schools and Libraries
/// Universal Service program (E-Rate)") and leaves the later uses short, so bullets and drafts can
/// carry the short form and an applicant still meets every acronym explained once. A term that is
/// already spelled out before its first use, or right after it, is left alone.
struct GlossarySpelling: Sendable {
    let entries: [GlossaryEntry]
    let format: OutputFormat
    /// What the search for first uses reads, made once for the glossary and format: a rubric
    /// of thirty pages used to make them thirty times, and a posting on every render.
    private let tables: Tables

    init(entries: [GlossaryEntry], format: OutputFormat) {
        self.entries = entries
        self.format = format
        self.tables = Tables(entries: entries, format: format)
    }

    /// The document with each term spelled out once. Plain text is taken page by page (rubric
    /// packets are printed and handed out separately); preformatted lines (tables, the org chart),
    /// labels, web and e-mail addresses, tags, pictures (HTML's SVG, Word's drawings) and HTML's
    /// scripts and styles are never changed.
    func apply(to document: String) -> String {
        var output: [UInt8] = []
        guard apply(toBytes: Array(document.utf8), into: &output) else { return document }
        return String(decoding: output, as: UTF8.self)
    }

    /// `apply(to:)` on a document's UTF-8 bytes, written into `output` (empty); false, with
    /// `output` left alone, when nothing changes.
    func apply(toBytes bytes: [UInt8], into output: inout [UInt8]) -> Bool {
        guard !entries.isEmpty else { return false }
        guard format == .text, ByteSearch.firstIndex(of: 0x0C, in: bytes) != nil else {
            return apply(toPage: bytes, into: &output)
        }
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var pageStart = 0
        while true {
            let pageEnd = ByteSearch.firstIndex(of: 0x0C, in: bytes, from: pageStart) ?? bytes.count
            let page = Array(bytes[pageStart..<pageEnd])
            if !apply(toPage: page, into: &output) { output += page }
            guard pageEnd < bytes.count else { break }
            output.append(0x0C)
            pageStart = pageEnd + 1
        }
        return true
    }

    /// Finds every term's first use on the page in one pass over its UTF-8 bytes, then appends
    /// the page with the changes made to `output`; false, with nothing appended, when nothing
    /// changes.
    private func apply(toPage bytes: [UInt8], into output: inout [UInt8]) -> Bool {
        let protected = ProtectedRanges(bytes, format: format)
        let firstUses = self.firstUses(in: bytes, protected: protected)
        var changes: [(range: Range<Int>, text: [UInt8])] = []
        for (index, spelling) in tables.spellings.enumerated() {
            guard let first = firstUses[index] else { continue }
            if isSpelledOut(spelling, at: first, in: bytes, protected: protected) { continue }
            changes.append((first, spelling.spelledOut))
        }
        guard !changes.isEmpty else { return false }
        output.reserveCapacity(output.count + bytes.count + changes.reduce(0) { $0 + $1.text.count })
        var copied = 0
        for change in changes.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where change.range.lowerBound >= copied {
            output += bytes[copied..<change.range.lowerBound]
            output += change.text
            copied = change.range.upperBound
        }
        output += bytes[copied...]
        return true
    }

    /// Case folded for ASCII letters only, so byte offsets stay those of the page.
    private static func asciiLowered<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        bytes.withContiguousStorageIfAvailable(ByteSearch.lowered) ?? bytes.map(ByteSearch.lowered)
    }

    /// Spelled out already: "Expansion (TERM)" earlier (outside scripts), or "TERM (the
    /// Expansion)" right here. The words alone earlier ("a Digital Literacy and Computer Science
    /// plan") do not tie them to the short form, so they do not count.
    /// Letters are compared in any case, on the page's own bytes (ASCII letters only, so byte
    /// offsets stay those of the page).
    private func isSpelledOut(_ spelling: Spelling, at first: Range<Int>, in bytes: [UInt8], protected: ProtectedRanges) -> Bool {
        let wanted = spelling.loweredExpansion
        let after = Self.asciiLowered(bytes[first.upperBound..<min(bytes.count, first.upperBound + wanted.count + 12)])
        if after.starts(with: [0x20, 0x28]) && ByteSearch.first(wanted, in: after[...]) != nil { return true }
        var searchEnd = first.upperBound
        while let found = ByteSearch.last(spelling.loweredPattern, in: bytes[..<searchEnd], anchor: spelling.anchor, ignoringCase: true) {
            if !protected.isScript(found) { return true }
            searchEnd = found
        }
        return false
    }

    /// One term's spellings, in the document's format.
    private struct Spelling: Sendable {
        /// "E-Rate"
        let term: [UInt8]
        /// "schools and libraries universal service program"
        let loweredExpansion: [UInt8]
        /// "schools and libraries universal service program (e-rate", searched for before a first use.
        let loweredPattern: [UInt8]
        /// The pattern's "(", where its search starts: far rarer in running text than the
        /// expansion's first letter.
        let anchor: Int
        /// "Schools and Libraries Universal Service program (E-Rate)", written over the first use.
        let spelledOut: [UInt8]

        init(_ entry: GlossaryEntry, format: OutputFormat) {
            let expansion = format == .html || format == .docx ? entry.expansion.markupEscaped : entry.expansion
            term = Array(entry.term.utf8)
            loweredExpansion = GlossarySpelling.asciiLowered(expansion.utf8)
            loweredPattern = GlossarySpelling.asciiLowered("\(expansion) (\(entry.term)".utf8)
            anchor = loweredPattern.count - term.count - 1
            spelledOut = Array("\(expansion) (\(entry.term))".utf8)
        }
    }

    /// The terms' spellings and the tables of the bytes they start with.
    private final class Tables: Sendable {
        let spellings: [Spelling]
        /// For each byte, the terms that start with it.
        let startingWith: [[Int]]
        /// For each byte, whether a term starts with it: most bytes start none.
        let startsATerm: [Bool]
        /// When every term starts with an ASCII byte, the range from the lowest to the highest of
        /// those bytes (capitals, mostly): eight bytes at a time outside it are passed over.
        let skippable: ClosedRange<UInt8>?
        /// The pairs of bytes a term starts with, as bits (a one-byte term: every pair that starts
        /// with its byte): "The" and "District" are ruled out here, before any list is read.
        let startingPairs: [UInt64]
        /// The terms that are not empty: the search ends when it has found them all.
        let searched: Int

        init(entries: [GlossaryEntry], format: OutputFormat) {
            spellings = entries.map { Spelling($0, format: format) }
            let terms = spellings.map(\.term)
            var startingWith: [[Int]] = Array(repeating: [], count: 256)
            for (index, term) in terms.enumerated() where !term.isEmpty { startingWith[Int(term[0])].append(index) }
            self.startingWith = startingWith
            startsATerm = startingWith.map { !$0.isEmpty }
            searched = terms.filter { !$0.isEmpty }.count
            let firstBytes = terms.compactMap { $0.first }
            skippable = firstBytes.max().flatMap { $0 < 0x80 ? firstBytes.min()!...$0 : nil }
            var startingPairs = [UInt64](repeating: 0, count: 1_024)
            for term in terms where !term.isEmpty {
                let seconds = term.count > 1 ? [Int(term[1])] : Array(0..<256)
                for second in seconds { startingPairs[(Int(term[0]) << 8 | second) >> 6] |= 1 << UInt64(second & 63) }
            }
            self.startingPairs = startingPairs
        }
    }

    /// Each term's first whole-word, case-sensitive use in running text, as byte offsets (nil
    /// when it is not used): one pass, trying at each byte only the terms that start with it.
    private func firstUses(in bytes: [UInt8], protected: ProtectedRanges) -> [Range<Int>?] {
        let tables = self.tables
        let startingWith = tables.startingWith, startingPairs = tables.startingPairs, skippable = tables.skippable
        var found: [Range<Int>?] = Array(repeating: nil, count: tables.spellings.count)
        var left = tables.searched
        bytes.withUnsafeBufferPointer { page in
            tables.startsATerm.withUnsafeBufferPointer { startsATerm in
                var start = 0
                while start < page.count && left > 0 {
                    defer { start += 1 }
                    if let skippable, let base = page.baseAddress {
                        // To the first byte in that range: past whole words, then into the word.
                        while page.count - start >= 8 {
                            let inRange = ByteWords.inRange(ByteWords.load(base + start), skippable)
                            guard inRange == 0 else { start += inRange.trailingZeroBitCount / 8; break }
                            start += 8
                        }
                        guard start < page.count else { break }
                    }
                    // A term starts a word: the byte before is checked first, since the
                    // candidates' list costs a retain to read.
                    guard startsATerm[Int(page[start])], start == 0 || !Self.isWordByte(page[start - 1]) else { continue }
                    if start + 1 < page.count {
                        let pair = Int(page[start]) << 8 | Int(page[start + 1])
                        guard startingPairs[pair >> 6] >> UInt64(pair & 63) & 1 != 0 else { continue }
                    }
                    for index in startingWith[Int(page[start])] where found[index] == nil {
                        let term = tables.spellings[index].term
                        let end = start + term.count
                        guard end <= page.count, end == page.count || !Self.isWordByte(page[end]),
                              (0..<term.count).allSatisfy({ page[start + $0] == term[$0] }) else { continue }
                        if protected.contains(start) || Self.isInAddress(start..<end, in: bytes) { continue }
                        found[index] = start..<end
                        left -= 1
                    }
                }
            }
        }
        return found
    }

    /// Letters, digits, the underscore, and any byte of a non-ASCII character (so a term next
    /// to an accented letter is not taken for a word of its own).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x5F
    }

    /// Inside a web or e-mail address (`https://district.org/HR/jobs`, `HR@district.org`), where
    /// spelling a term out would break the address.
    private static func isInAddress(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        func isDelimiter(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x22 || byte == 0x28 || byte == 0x29 || byte == 0x3C || byte == 0x3E  // space, LF, tab, " ( ) < >
        }
        var start = range.lowerBound
        while start > 0, !isDelimiter(bytes[start - 1]) { start -= 1 }
        var end = range.upperBound
        while end < bytes.count, !isDelimiter(bytes[end]) { end += 1 }
        let word = bytes[start..<end]
        return ByteSearch.first(Array("://".utf8), in: word) != nil || word.contains(0x40) || word.starts(with: Array("www.".utf8))
    }
}

extension GlossarySpelling {
    /// One glossary's spellings (a renderer's catalog's, which never changes), made for a format
    /// when it is first rendered.
    final class Memo: Sendable {
        private let entries: [GlossaryEntry]
        private let made = Mutex<[GlossarySpelling?]>(Array(repeating: nil, count: OutputFormat.allCases.count))

        init(entries: [GlossaryEntry]) { self.entries = entries }

        func spelling(format: OutputFormat) -> GlossarySpelling {
            let slot = OutputFormat.allCases.firstIndex(of: format)!
            return made.withLock { made in
                if let spelling = made[slot] { return spelling }
                let spelling = GlossarySpelling(entries: entries, format: format)
                made[slot] = spelling
                return spelling
            }
        }
    }
}

/// The parts of a page a glossary term may not be changed in, found in one pass: preformatted
/// text lines and label columns ("FLSA status:  Exempt"), Markdown table labels and bold labels,
/// in HTML every tag, and the insides of scripts, styles, `<dt>`, `<th>` and pictures (`<svg>`);
/// in Word's XML every tag, and labels and table headings.
struct ProtectedRanges {
    /// Byte ranges, sorted and merged.
    private var ranges: [Range<Int>] = []
    private var scripts: [Range<Int>] = []

    init(_ page: [UInt8], format: OutputFormat) {
        var found: [Range<Int>] = []
        switch format {
        case .text, .markdown:
            let verbatim = UInt8(TextLayout.verbatimMarker.asciiValue!)
            let labelEnd = Array(":  ".utf8), boldLabelEnd = Array(":**".utf8)
            // Line by line on the page's buffer: slicing the array for every line cost more than
            // the searches.
            page.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                func first(_ needle: [UInt8], in line: Range<Int>) -> Int? {
                    needle.withUnsafeBufferPointer { pin in
                        ByteSearch.first(pin.baseAddress!, count: pin.count, in: base + line.lowerBound, count: line.count).map { line.lowerBound + $0 }
                    }
                }
                var lineStart = 0
                while lineStart < buffer.count {
                    let lineEnd = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: lineStart) ?? buffer.count
                    let line = lineStart..<lineEnd
                    if format == .text {
                        if !line.isEmpty && buffer[lineStart] == verbatim { found.append(line) }
                        else if let colon = first(labelEnd, in: line) { found.append(lineStart..<colon) }
                    } else {
                        if !line.isEmpty && buffer[lineStart] == UInt8(ascii: "|"), let bar = first([UInt8(ascii: "|")], in: lineStart + 1..<lineEnd) {
                            found.append(lineStart..<bar)
                        }
                        if let bold = first(boldLabelEnd, in: line) { found.append(lineStart..<bold) }
                    }
                    lineStart = lineEnd + 1
                }
            }
        case .html, .docx:
            let names = (format == .html ? ["script", "style", "dt", "th", "svg"] : ["mc:alternatecontent"]).map { Array($0.utf8) }
            let labels = [#"<w:pstyle w:val="tablelabel"/>"#, #"<w:pstyle w:val="tableheading"/>"#].map { Array($0.utf8) }
            var index = 0
            while let open = page[index...].firstIndex(of: UInt8(ascii: "<")) {
                let close = page[open...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? page.count
                found.append(open..<close)
                let tag = page[open..<close].map(ByteSearch.lowered)
                index = close
                // The insides of these elements stay as they are, up to their closing tag.
                for name in names where tag.count > name.count + 1 && tag[1...name.count].elementsEqual(name)
                    && (tag[name.count + 1] == UInt8(ascii: ">") || tag[name.count + 1] == UInt8(ascii: " ")) {
                    let closing = Array("</".utf8) + name + [UInt8(ascii: ">")]
                    let end = ByteSearch.firstIgnoringCase(closing, in: page[close...]).map { $0 + closing.count } ?? page.count
                    found.append(close..<end)
                    if name == names[0] && format == .html { scripts.append(open..<end) }
                    index = end
                }
                // Word's labels and table headings, like HTML's <dt> and <th>, up to their paragraph's end.
                if format == .docx, labels.contains(tag) {
                    let end = ByteSearch.first(Array("</w:p>".utf8), in: page[close...]).map { $0 + 6 } ?? page.count
                    found.append(close..<end)
                    index = end
                }
            }
        case .jsonld:
            break
        }
        for range in found.sorted(by: { $0.lowerBound < $1.lowerBound }) where !range.isEmpty {
            if let last = ranges.last, range.lowerBound <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
    }

    func contains(_ offset: Int) -> Bool { Self.contains(offset, in: ranges) }

    /// Inside a `<script>`: the JSON-LD, which carries its own spelled-out description.
    func isScript(_ offset: Int) -> Bool { scripts.contains { $0.contains(offset) } }

    /// Binary search over sorted, disjoint ranges.
    private static func contains(_ offset: Int, in ranges: [Range<Int>]) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(offset)
    }
}
