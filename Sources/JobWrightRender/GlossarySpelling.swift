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
    /// packets are printed and handed out separately); preformatted lines (tables, the org chart)
    /// and, in HTML, tags, scripts and styles are never changed.
    func apply(to document: String) -> String {
        guard !entries.isEmpty else { return document }
        if format == .text && document.contains("\u{0C}") {
            return document.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { apply(toPage: String($0)) }
                .joined(separator: "\u{0C}")
        }
        return apply(toPage: document)
    }

    private func apply(toPage page: String) -> String {
        var text = page
        for entry in entries where !entry.term.isEmpty {
            guard let first = firstUse(of: entry.term, in: text) else { continue }
            let expansion = format == .html ? Self.htmlEscaped(entry.expansion) : entry.expansion
            let lowered = expansion.lowercased()
            // Spelled out already: "Expansion (TERM)" earlier, or "TERM (the Expansion)" here. The
            // words alone earlier ("a Digital Literacy and Computer Science plan") do not tie them
            // to the short form, so they do not count.
            let before = readable(text[..<first.lowerBound]).lowercased()
            if before.hasSuffix("\(lowered) (") || before.contains("\(lowered) (\(entry.term.lowercased())") { continue }
            let after = text[first.upperBound...].prefix(expansion.count + 12).lowercased()
            if after.hasPrefix(" (") && after.contains(lowered) { continue }
            text.replaceSubrange(first, with: "\(expansion) (\(entry.term))")
        }
        return text
    }

    /// What a reader sees of the text before a point: in HTML, without scripts (the JSON-LD in the
    /// page's head has its own spelled-out description).
    private func readable(_ text: Substring) -> Substring {
        guard format == .html, text.contains("<script") else { return text }
        var result = Substring()
        var rest = text
        while let open = rest.range(of: "<script") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "</script>") else { return result }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// The first whole-word, case-sensitive use of `term` in running text.
    private func firstUse(of term: String, in text: String) -> Range<String.Index>? {
        var searchStart = text.startIndex
        while let found = text.range(of: term, range: searchStart..<text.endIndex) {
            searchStart = found.upperBound
            if found.lowerBound > text.startIndex, Self.isWordCharacter(text[text.index(before: found.lowerBound)]) { continue }
            if found.upperBound < text.endIndex, Self.isWordCharacter(text[found.upperBound]) { continue }
            if isProtected(found.lowerBound, in: text) || isInAddress(found, in: text) { continue }
            return found
        }
        return nil
    }

    /// Inside a web or e-mail address (`https://district.org/HR/jobs`, `HR@district.org`), where
    /// spelling a term out would break the address.
    private func isInAddress(_ range: Range<String.Index>, in text: String) -> Bool {
        let start = text[..<range.lowerBound].lastIndex { $0.isWhitespace || $0 == "\"" || $0 == "(" || $0 == "<" || $0 == ">" }
            .map { text.index(after: $0) } ?? text.startIndex
        let end = text[range.upperBound...].firstIndex { $0.isWhitespace || $0 == "\"" || $0 == ")" || $0 == "<" } ?? text.endIndex
        let word = text[start..<end]
        return word.contains("://") || word.contains("@") || word.hasPrefix("www.")
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// Inside a preformatted text line, a label ("FLSA status:  Exempt", a table's first
    /// column, a bold "**Label:**"), or an HTML tag, script, style, `<dt>` or `<th>`.
    private func isProtected(_ index: String.Index, in text: String) -> Bool {
        let before = text[..<index]
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
        let line = text[lineStart..<lineEnd]
        let offset = text.distance(from: lineStart, to: index)
        switch format {
        case .text:
            if line.first == TextLayout.verbatimMarker { return true }
            // "Label:    value": the label column ends at a colon followed by two spaces.
            if let colon = line.range(of: ":  ") { return offset < text.distance(from: lineStart, to: colon.lowerBound) }
            return false
        case .markdown:
            if line.hasPrefix("|") {
                let cells = line.dropFirst()
                if let bar = cells.firstIndex(of: "|") { return offset < text.distance(from: lineStart, to: bar) }
            }
            if let bold = line.range(of: ":**") { return offset < text.distance(from: lineStart, to: bold.lowerBound) }
            return false
        case .html:
            if let open = before.lastIndex(of: "<"), before.lastIndex(of: ">").map({ $0 < open }) ?? true { return true }
            for (opening, closing) in [("<script", "</script>"), ("<style", "</style>"), ("<dt", "</dt>"), ("<th", "</th>")] {
                if let start = before.range(of: opening, options: .backwards),
                   before[start.upperBound...].range(of: closing) == nil { return true }
            }
            return false
        case .jsonld:
            return false
        }
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
