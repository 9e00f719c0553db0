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
    /// labels, web and e-mail addresses and, in HTML, tags, scripts and styles are never changed.
    func apply(to document: String) -> String {
        guard !entries.isEmpty else { return document }
        if format == .text && document.contains("\u{0C}") {
            return document.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { apply(toPage: String($0)) }
                .joined(separator: "\u{0C}")
        }
        return apply(toPage: document)
    }

    /// Finds every term's first use on the page as it is, then makes the changes from the end
    /// backwards, so the page is scanned once for what may not change and once per term.
    private func apply(toPage page: String) -> String {
        let protected = ProtectedRanges(page, format: format)
        var changes: [(range: Range<String.Index>, text: String)] = []
        for entry in entries where !entry.term.isEmpty {
            guard let first = firstUse(of: entry.term, in: page, protected: protected) else { continue }
            let expansion = format == .html ? Self.htmlEscaped(entry.expansion) : entry.expansion
            if isSpelledOut(entry.term, expansion, before: first, in: page, protected: protected) { continue }
            changes.append((first, "\(expansion) (\(entry.term))"))
        }
        var text = page
        var lastStart = text.endIndex
        for change in changes.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) where change.range.upperBound <= lastStart {
            text.replaceSubrange(change.range, with: change.text)
            lastStart = change.range.lowerBound
        }
        return text
    }

    /// Spelled out already: "Expansion (TERM)" earlier (outside scripts), or "TERM (the
    /// Expansion)" right here. The words alone earlier ("a Digital Literacy and Computer Science
    /// plan") do not tie them to the short form, so they do not count.
    private func isSpelledOut(_ term: String, _ expansion: String, before first: Range<String.Index>, in page: String,
                              protected: ProtectedRanges) -> Bool {
        let after = page[first.upperBound...].prefix(expansion.count + 12)
        if after.hasPrefix(" (") && after.range(of: expansion, options: .caseInsensitive) != nil { return true }
        let pattern = "\(expansion) (\(term)"
        var searchEnd = first.upperBound
        while let found = page.range(of: pattern, options: [.caseInsensitive, .backwards], range: page.startIndex..<searchEnd) {
            if !protected.isScript(found.lowerBound) { return true }
            searchEnd = found.lowerBound
        }
        return false
    }

    /// The first whole-word, case-sensitive use of `term` in running text.
    private func firstUse(of term: String, in text: String, protected: ProtectedRanges) -> Range<String.Index>? {
        var searchStart = text.startIndex
        while let found = text.range(of: term, range: searchStart..<text.endIndex) {
            searchStart = found.upperBound
            if found.lowerBound > text.startIndex, Self.isWordCharacter(text[text.index(before: found.lowerBound)]) { continue }
            if found.upperBound < text.endIndex, Self.isWordCharacter(text[found.upperBound]) { continue }
            if protected.contains(found.lowerBound) || Self.isInAddress(found, in: text) { continue }
            return found
        }
        return nil
    }

    /// Inside a web or e-mail address (`https://district.org/HR/jobs`, `HR@district.org`), where
    /// spelling a term out would break the address.
    private static func isInAddress(_ range: Range<String.Index>, in text: String) -> Bool {
        let start = text[..<range.lowerBound].lastIndex { $0.isWhitespace || $0 == "\"" || $0 == "(" || $0 == "<" || $0 == ">" }
            .map { text.index(after: $0) } ?? text.startIndex
        let end = text[range.upperBound...].firstIndex { $0.isWhitespace || $0 == "\"" || $0 == ")" || $0 == "<" } ?? text.endIndex
        let word = text[start..<end]
        return word.contains("://") || word.contains("@") || word.hasPrefix("www.")
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    static func htmlEscaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// The parts of a page a glossary term may not be changed in, found in one pass: preformatted
/// text lines and label columns ("FLSA status:  Exempt"), Markdown table labels and bold labels,
/// and in HTML every tag, and the insides of scripts, styles, `<dt>` and `<th>`.
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
        case .html:
            var index = page.startIndex
            while let open = page[index...].firstIndex(of: "<") {
                let close = page[open...].firstIndex(of: ">").map { page.index(after: $0) } ?? page.endIndex
                ranges.append(open..<close)
                let tag = page[open..<close].lowercased()
                index = close
                // The insides of these elements stay as they are, up to their closing tag.
                for name in ["script", "style", "dt", "th"] where tag.hasPrefix("<\(name)>") || tag.hasPrefix("<\(name) ") {
                    let end = page.range(of: "</\(name)>", options: .caseInsensitive, range: close..<page.endIndex)?.upperBound ?? page.endIndex
                    ranges.append(close..<end)
                    if name == "script" { scripts.append(open..<end) }
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
