import Foundation

/// Reads a Markdown posting: `#` headings, `-`/`*`/`+`/`1.` list items (wrapped items joined),
/// paragraphs as Markdown joins them, with emphasis, code marks and links reduced to their text.
struct MarkdownReader {
    func lines(of text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        var open = false  // the last line may take continuation lines
        // A line whose marks leave no text ("*", "# **") is no line: nothing is kept, or joined, empty.
        func add(_ number: Int, _ text: String, _ shape: SourceLine.Shape) -> Bool {
            guard !text.isEmpty else { return false }
            result.append(SourceLine(number: number, text: text, shape: shape))
            return true
        }
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.replacingTabs.trimmingBlanks
            if line.isEmpty || line.allSatisfy({ "-*_= ".contains($0) }) && line.count >= 3 {
                open = false
                continue
            }
            if line.hasPrefix("|") {
                // A pipe table row: its cells as one line; the rule under the header is skipped.
                let cells = line.trimmingCharacters(in: CharacterSet(charactersIn: "| ")).components(separatedBy: "|")
                    .map { Self.inline($0.trimmingBlanks) }
                if !cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) {
                    let text = TableRow.line(cells)
                    if !text.isEmpty { result.append(SourceLine(number: index + 1, text: text, shape: .paragraph)) }
                }
                open = false
            } else if line.hasPrefix("#") {
                let heading = line.drop { $0 == "#" }.trimmingBlanks
                _ = add(index + 1, Self.inline(heading), .heading)
                open = false
            } else if let body = Self.listItem(line) {
                open = add(index + 1, Self.inline(body), .bullet)
            } else if open, let last = result.indices.last {
                let part = Self.inline(line)
                if !part.isEmpty { result[last].text += " " + part }
            } else {
                let paragraph = Self.inline(line)
                // A paragraph that is all bold ("**Qualifications**") serves as a heading.
                let isBoldHeading = line.hasPrefix("**") && line.hasSuffix("**") && line.count <= 72
                let added = add(index + 1, PlainTextReader.headingText(paragraph),
                                isBoldHeading || PlainTextReader.looksLikeHeading(paragraph) ? .heading : .paragraph)
                open = added && !isBoldHeading
            }
        }
        return result
    }

    static func listItem(_ line: String) -> String? {
        for mark in ["- ", "* ", "+ "] where line.hasPrefix(mark) {
            return String(line.dropFirst(2)).trimmingBlanks.nilIfEmpty
        }
        return PlainTextReader.bulletBody(line).flatMap { body in
            line.first?.isNumber == true ? body : nil
        }
    }

    /// `**bold**`, `_em_`, `` `code` `` and `[text](url)` reduced to their text (a link keeps its
    /// address in parentheses, so an application URL is still found); `\_` unescaped.
    static func inline(_ text: String) -> String {
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\\", text.index(after: index) < text.endIndex {
                output.append(text[text.index(after: index)])
                index = text.index(index, offsetBy: 2)
                continue
            }
            if character == "[", let close = text[index...].firstIndex(of: "]"),
               text.index(after: close) < text.endIndex, text[text.index(after: close)] == "(",
               let end = text[close...].firstIndex(of: ")") {
                let label = text[text.index(after: index)..<close]
                let target = text[text.index(close, offsetBy: 2)..<end]
                output += label == target || target.hasPrefix("mailto:") && label == target.dropFirst(7) ? String(label) : "\(label) (\(target))"
                index = text.index(after: end)
                continue
            }
            if "*`".contains(character) || character == "_" && Self.isEmphasisUnderscore(text, at: index) {
                index = text.index(after: index)
                continue
            }
            output.append(character)
            index = text.index(after: index)
        }
        return output.trimmingBlanks
    }

    /// An underscore that opens or closes emphasis (next to a space or the line's end), not one
    /// inside a word or a row of blanks to fill in.
    private static func isEmphasisUnderscore(_ text: String, at index: String.Index) -> Bool {
        let before = index > text.startIndex ? text[text.index(before: index)] : " "
        let afterIndex = text.index(after: index)
        let after = afterIndex < text.endIndex ? text[afterIndex] : " "
        if before == "_" || after == "_" { return false }
        return before == " " || after == " " || before.isPunctuation || after.isPunctuation
    }
}
