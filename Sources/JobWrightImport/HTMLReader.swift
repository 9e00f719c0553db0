/// Reads a posting saved as a web page: headings from `<h1>`–`<h6>`, bullets from `<li>`,
/// paragraphs from the other blocks, the text of `<script>`, `<style>` and `<head>` left out,
/// entities decoded, and white space collapsed as a browser would. Tolerant: a page that is not
/// well formed still gives its text.
struct HTMLReader {
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let blocks: Set<String> = ["p", "div", "br", "tr", "dt", "section", "article", "header",
                                      "footer", "table", "ul", "ol", "li", "blockquote", "pre", "hr", "main", "body", "form", "label"]
    static let hidden: Set<String> = ["script", "style", "head", "noscript", "template", "svg", "nav"]

    func lines(of html: String) -> [SourceLine] {
        var builder = LineBuilder()
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var lineNumber = 1
        var hiddenDepth: [String] = []
        var text = String.UnicodeScalarView()
        var textLine = 1  // where the pending text starts
        func flushText() {
            if hiddenDepth.isEmpty { builder.append(String(text), line: textLine) }
            text.removeAll()
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<", let tag = Tag(scalars, at: index) {
                flushText()
                for scalar in scalars[index..<tag.end] where scalar == "\n" { lineNumber += 1 }
                index = tag.end
                if Self.hidden.contains(tag.name) {
                    if tag.closing { if hiddenDepth.last == tag.name { hiddenDepth.removeLast() } }
                    else if !tag.selfClosing { hiddenDepth.append(tag.name) }
                    continue
                }
                guard hiddenDepth.isEmpty else { continue }
                if Self.headings.contains(tag.name) {
                    builder.startBlock(tag.closing ? .paragraph : .heading, line: lineNumber)
                } else if tag.name == "li" && !tag.closing {
                    builder.startBlock(.bullet, line: lineNumber)
                } else if tag.name == "dd" && !tag.closing {
                    // A definition joins its term: "Posted: January 4, 2027".
                    builder.continueLastBlock(separator: ": ")
                } else if (tag.name == "td" || tag.name == "th") && !tag.closing {
                    // The cells of a table row make one line.
                    builder.startCell()
                } else if tag.name == "tr" {
                    builder.finishRow(line: lineNumber)
                } else if Self.blocks.contains(tag.name) {
                    builder.startBlock(.paragraph, line: lineNumber)
                }
                continue
            }
            if text.isEmpty { textLine = lineNumber }
            if scalar == "\n" { lineNumber += 1 }
            text.append(scalar)
            index += 1
            if scalar == "\n" || text.count > 4096 { flushText() }
        }
        flushText()
        return builder.finish()
    }

    /// Gathers text into the current block, collapsing white space and decoding entities.
    struct LineBuilder {
        var lines: [SourceLine] = []
        var current = ""
        var shape = SourceLine.Shape.paragraph
        var startLine = 1

        mutating func startBlock(_ shape: SourceLine.Shape, line: Int) {
            finishBlock()
            self.shape = shape
            startLine = line
        }

        mutating func append(_ raw: String, line: Int) {
            let decoded = HTMLEntities.decode(raw)
            if cells != nil, !cells!.isEmpty {
                if cells!.allSatisfy(\.isEmpty) && cells!.count == 1 && !decoded.allSatisfy(\.isWhitespace) { startLine = line }
                cells![cells!.count - 1] += decoded
                return
            }
            if current.isEmpty && decoded.allSatisfy(\.isWhitespace) { startLine = line; return }
            if current.isEmpty { startLine = line }
            current += decoded
        }

        /// Reopens the block just finished, so that what follows continues it.
        mutating func continueLastBlock(separator: String) {
            if current.isEmpty, let last = lines.popLast() {
                current = last.text + separator
                shape = last.shape
                startLine = last.number
            } else if !current.isEmpty {
                current += separator
            }
        }

        /// The cells of the table row being read; nil outside a row.
        var cells: [String]?

        mutating func startCell() {
            if cells == nil { finishBlock(); cells = [] }
            cells?.append("")
        }

        mutating func finishRow(line: Int) {
            guard let row = cells else { startBlock(.paragraph, line: line); return }
            cells = nil
            let text = TableRow.line(row.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") })
            if !text.isEmpty { lines.append(SourceLine(number: startLine, text: text, shape: .paragraph)) }
            current = ""
            shape = .paragraph
            startLine = line
        }

        mutating func finishBlock() {
            let text = current.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !text.isEmpty { lines.append(SourceLine(number: startLine, text: text, shape: shape)) }
            current = ""
            shape = .paragraph
        }

        mutating func finish() -> [SourceLine] {
            finishBlock()
            return lines
        }
    }

    /// A tag's name (lower case), whether it closes, and where it ends. Comments and doctype are
    /// tags with the name "!".
    struct Tag {
        var name: String
        var closing: Bool
        var selfClosing: Bool
        var end: Int

        init?(_ scalars: [Unicode.Scalar], at start: Int) {
            var index = start + 1
            guard index < scalars.count else { return nil }
            if scalars[index...].starts(with: "!--".unicodeScalars) {
                var end = index + 3
                while end + 2 < scalars.count, !(scalars[end] == "-" && scalars[end + 1] == "-" && scalars[end + 2] == ">") { end += 1 }
                name = "!"; closing = false; selfClosing = true; self.end = min(scalars.count, end + 3)
                return
            }
            closing = scalars[index] == "/"
            if closing { index += 1 }
            var name = ""
            while index < scalars.count, scalars[index].properties.isAlphabetic || ("0"..."9").contains(scalars[index]) || scalars[index] == "!" {
                name.unicodeScalars.append(scalars[index])
                index += 1
            }
            guard !name.isEmpty else { return nil }
            var quote: Unicode.Scalar?
            while index < scalars.count {
                let scalar = scalars[index]
                if let open = quote { if scalar == open { quote = nil } }
                else if scalar == "\"" || scalar == "'" { quote = scalar }
                else if scalar == ">" { break }
                index += 1
            }
            self.name = name.lowercased()
            selfClosing = index > 0 && index < scalars.count && scalars[index - 1] == "/"
            end = min(scalars.count, index + 1)
        }
    }
}

/// The character references a posting uses: named ones for punctuation and spaces, and numeric ones.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "rsquo": "’", "lsquo": "‘", "ldquo": "“", "rdquo": "”", "bull": "•", "middot": "·", "hellip": "…",
        "copy": "©", "reg": "®", "trade": "™", "sect": "§", "eacute": "é", "frac12": "½", "times": "×",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let semicolon = text[index...].prefix(12).firstIndex(of: ";") {
                let name = text[text.index(after: index)..<semicolon]
                if let value = decodeOne(name) {
                    output += value
                    index = text.index(after: semicolon)
                    continue
                }
            }
            output.append(text[index])
            index = text.index(after: index)
        }
        return output
    }

    private static func decodeOne(_ name: Substring) -> String? {
        if let value = named[name.lowercased()] { return value }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let number = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        guard let number, let scalar = Unicode.Scalar(number), scalar.value >= 0x20 || scalar == "\n" || scalar == "\t" else { return nil }
        return String(Character(scalar))
    }
}
