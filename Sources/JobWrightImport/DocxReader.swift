import Foundation
import JobWrightCore
import ZIPFoundation

/// Reads a Word (.docx) posting: the paragraphs of `word/document.xml`, a paragraph with a
/// Heading or Title style as a heading, one with list numbering (or a List style) as a bullet.
/// Only the few WordprocessingML elements that carry text are read (`w:p`, `w:t`, `w:tab`,
/// `w:br`, `w:pStyle`, `w:numPr`), by a small scanner rather than an XML library: the part is
/// machine-written, and the scanner keeps libxml2 out of every jobwright command's start-up.
struct DocxReader {
    /// The document part, uncompressed, is at most this big (a guard against zip bombs).
    static let partLimit = 50 * 1024 * 1024

    func lines(of bytes: [UInt8], name: String) throws(JobWrightError) -> [SourceLine] {
        // A zip starts with a local header; without one the file is refused at once.
        guard bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw JobWrightError(.badData, "\(name) is not a Word (.docx) file: it is not a zip archive")
        }
        let member: ZipEntryLocator.Member
        do {
            guard let found = try ZipEntryLocator(bytes).member(named: "word/document.xml") else {
                throw JobWrightError(.badData, "\(name) is a zip archive but not a Word document: it has no word/document.xml")
            }
            member = found
        } catch let damage as ZipEntryLocator.Damage {
            throw JobWrightError(.badData, "\(name) cannot be read as a Word (.docx) file: \(damage.reason)")
        } catch let error as JobWrightError {
            throw error
        } catch {
            throw JobWrightError(.badData, "\(name) cannot be read as a Word (.docx) file")
        }
        guard member.uncompressedSize <= Self.partLimit else {
            throw JobWrightError(.badData, "\(name): its document part is \(member.uncompressedSize / 1_048_576) MB uncompressed; a posting is far smaller")
        }
        let xml = try Self.contents(of: member, in: bytes, name: name)
        guard let text = String(data: xml, encoding: .utf8) else {
            throw JobWrightError(.badData, "\(name): word/document.xml is not UTF-8 XML")
        }
        return Self.paragraphs(ofDocumentXML: text)
    }

    /// The member's uncompressed bytes, checked against the directory's CRC-32. The inflater is
    /// fed only the member's own bytes: at their end an unfinished stream is an error, not a wait.
    static func contents(of member: ZipEntryLocator.Member, in bytes: [UInt8], name: String) throws(JobWrightError) -> Data {
        let start = member.dataOffset
        let data: Data
        let checksum: CRC32
        switch member.method {
        case .stored:
            data = Data(bytes[start..<(start + member.compressedSize)])
            checksum = data.crc32(checksum: 0)
        case .deflated:
            var inflated = Data()
            do {
                // ZIPFoundation's inflate loop tells zlib every chunk is `bufferSize` long, so a
                // shorter last chunk let a damaged stream read past it (found by FuzzImport):
                // every chunk is given in full, the last one padded with zeros. A sound stream
                // ends before the padding; a damaged one fails on it, or on the next request,
                // which finds the member's bytes used up.
                let bufferSize = 64 * 1024
                checksum = try Data.decompress(size: Int64(member.compressedSize), bufferSize: bufferSize, skipCRC32: false,
                                               provider: { position, _ in
                    let from = start + Int(position)
                    let upTo = min(from + bufferSize, start + member.compressedSize)
                    guard from < upTo else { throw ZipEntryLocator.Damage("word/document.xml is cut short") }
                    var chunk = Data(bytes[from..<upTo])
                    if chunk.count < bufferSize { chunk.append(Data(count: bufferSize - chunk.count)) }
                    return chunk
                }, consumer: { chunk in
                    inflated.append(chunk)
                    if inflated.count > member.uncompressedSize {
                        throw ZipEntryLocator.Damage("word/document.xml is bigger than its directory says")
                    }
                })
            } catch let damage as ZipEntryLocator.Damage {
                throw JobWrightError(.badData, "\(name) cannot be read as a Word (.docx) file: \(damage.reason)")
            } catch {
                throw JobWrightError(.badData, "\(name) cannot be read as a Word (.docx) file: word/document.xml is damaged")
            }
            data = inflated
        }
        guard checksum == member.checksum, data.count == member.uncompressedSize else {
            throw JobWrightError(.badData, "\(name) cannot be read as a Word (.docx) file: word/document.xml is damaged (its checksum or size does not match)")
        }
        return data
    }

    static let pictures: Set<String> = ["w:drawing", "w:pict", "mc:Fallback", "w:object"]

    /// The paragraphs of a WordprocessingML body, numbered from 1 in document order.
    static func paragraphs(ofDocumentXML xml: String) -> [SourceLine] {
        var lines: [SourceLine] = []
        var paragraph = 0
        var text = ""
        var shape = SourceLine.Shape.paragraph
        var inText = false
        // The cells of a table row make one line: a label cell and its value as "Posted: January
        // 4, 2027", other rows with their cells side by side.
        var row: SourceLine?
        var cells: [String] = []
        // Drawings (an org chart's boxes, a logo's text) are pictures, not the posting's text;
        // their fallback repeats them for old readers.
        var skipping = 0
        var scanner = XMLScanner(xml)
        while let token = scanner.next() {
            if case .open(let name, _, let selfClosing) = token, Self.pictures.contains(name) {
                if !selfClosing { skipping += 1 }
                continue
            }
            if case .close(let name) = token, Self.pictures.contains(name) {
                skipping = max(0, skipping - 1)
                continue
            }
            guard skipping == 0 else { continue }
            switch token {
            case .open(let name, let attributes, let selfClosing):
                switch name {
                case "w:p":
                    paragraph += 1; text = ""; shape = .paragraph
                    if selfClosing { continue }
                case "w:pStyle":
                    let style = (attributes["w:val"] ?? "").lowercased()
                    if style.hasPrefix("heading") || style == "title" || style == "subtitle" { shape = .heading }
                    else if style.hasPrefix("list") { shape = .bullet }
                case "w:numPr": if shape == .paragraph { shape = .bullet }
                case "w:t": inText = !selfClosing
                case "w:tr":
                    row = SourceLine(number: paragraph + 1, text: "", shape: .paragraph)
                    cells = []
                case "w:tc": if row != nil { cells.append("") }
                case "w:tab", "w:br", "w:cr": text += " "
                default: break
                }
            case .close(let name):
                if name == "w:t" { inText = false }
                if name == "w:p" {
                    // XML may not hold control characters, but a hostile file can: they are dropped.
                    let clean = ImportInput.removingControlCharacters(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    if row != nil {
                        if cells.isEmpty { cells.append("") }
                        if !clean.isEmpty { cells[cells.count - 1] += cells[cells.count - 1].isEmpty ? clean : " " + clean }
                    } else if !clean.isEmpty {
                        lines.append(SourceLine(number: max(1, paragraph), text: clean, shape: shape))
                    }
                    text = ""
                }
                if name == "w:tr", var current = row {
                    current.text = TableRow.line(cells)
                    if !current.text.isEmpty { lines.append(current) }
                    row = nil
                }
            case .text(let content):
                if inText { text += HTMLEntities.decode(content) }
            }
        }
        return lines
    }
}

/// Tokens of an XML text: start tags with their attributes, end tags, and the text between.
/// Comments, processing instructions and declarations are skipped.
struct XMLScanner {
    enum Token {
        case open(String, [String: String], selfClosing: Bool)
        case close(String)
        case text(String)
    }

    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    mutating func next() -> Token? {
        while index < scalars.count {
            if scalars[index] != "<" {
                var text = String.UnicodeScalarView()
                while index < scalars.count, scalars[index] != "<" { text.append(scalars[index]); index += 1 }
                return .text(String(text))
            }
            let start = index + 1
            guard let end = scalars[start...].firstIndex(of: ">") else { index = scalars.count; return nil }
            index = end + 1
            guard start < end else { continue }
            let first = scalars[start]
            if first == "?" || first == "!" { continue }
            var body = String(String.UnicodeScalarView(scalars[start..<end]))
            if first == "/" { return .close(String(body.dropFirst()).trimmingBlanks) }
            let selfClosing = body.hasSuffix("/")
            if selfClosing { body.removeLast() }
            let parts = body.split(maxSplits: 1, whereSeparator: \.isWhitespace)
            let name = String(parts.first ?? "")
            return .open(name, parts.count > 1 ? Self.attributes(parts[1]) : [:], selfClosing: selfClosing)
        }
        return nil
    }

    /// `a="1" b='2'` → ["a": "1", "b": "2"].
    static func attributes(_ text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = text[...]
        while let equals = rest.firstIndex(of: "=") {
            let key = rest[..<equals].trimmingCharacters(in: .whitespacesAndNewlines)
            var valueStart = rest.index(after: equals)
            while valueStart < rest.endIndex, rest[valueStart] == " " { valueStart = rest.index(after: valueStart) }
            guard valueStart < rest.endIndex else { break }
            let quote = rest[valueStart]
            guard quote == "\"" || quote == "'" else { break }
            let valueBody = rest[rest.index(after: valueStart)...]
            guard let close = valueBody.firstIndex(of: quote) else { break }
            result[key] = HTMLEntities.decode(String(valueBody[..<close]))
            rest = valueBody[valueBody.index(after: close)...]
        }
        return result
    }
}

/// A table row as one line of text.
enum TableRow {
    /// Two cells, the first a short label, read "Label: value"; other rows their cells in order.
    static func line(_ cells: [String]) -> String {
        let filled = cells.map { $0.trimmingBlanks }.filter { !$0.isEmpty }
        if filled.count == 2, filled[0].split(separator: " ").count <= 4, !filled[0].hasSuffix(".") {
            return filled[0].hasSuffix(":") ? filled[0] + " " + filled[1] : filled[0] + ": " + filled[1]
        }
        return filled.joined(separator: " ")
    }
}
