import Foundation
import JobWrightCore

/// The bytes of an old posting turned into lines, or a clear refusal: an empty file, a binary
/// file, a Word file that is not one, a file too big to be a posting, or one not in English.
public struct ImportInput: Sendable {
    /// A posting is a few pages; a file this big is something else.
    public static let byteLimit = 5 * 1024 * 1024

    public var path: String
    public var format: SourceFormat
    public var lines: [SourceLine]

    public init(path: String, bytes: [UInt8], format: SourceFormat? = nil) throws(JobWrightError) {
        self.path = path
        let name = path == "-" ? "standard input" : path
        guard bytes.count <= Self.byteLimit else {
            throw JobWrightError(.badData, "\(name) is \(Self.megabytes(bytes.count)); a posting to import is at most \(Self.megabytes(Self.byteLimit)). Save the posting alone as text, HTML or Word and import that")
        }
        guard bytes.contains(where: { !Self.isSpace($0) }) else {
            throw JobWrightError(.badData, "\(name) is empty: there is no posting to import")
        }
        let format = format ?? SourceFormat.detect(path: path, bytes: bytes)
        self.format = format
        switch format {
        case .docx:
            lines = try DocxReader().lines(of: bytes, name: name)
        case .text, .markdown, .html:
            let text = try Self.decodeText(bytes, name: name)
            switch format {
            case .markdown: lines = MarkdownReader().lines(of: text)
            case .html: lines = HTMLReader().lines(of: text)
            default: lines = PlainTextReader().lines(of: text)
            }
        }
        guard !lines.isEmpty else {
            throw JobWrightError(.badData, "\(name) has no text to import")
        }
        try Self.requireEnglish(lines, name: name)
    }

    /// UTF-8 (a byte-order mark dropped), UTF-16 with its mark, or Windows-1252 when the bytes are
    /// not UTF-8 but have no NUL (a file saved by an older Windows program). Carriage returns and
    /// control characters other than tab and line feed are removed.
    static func decodeText(_ bytes: [UInt8], name: String) throws(JobWrightError) -> String {
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let decoded = String(data: Data(bytes), encoding: .utf16) else {
                throw JobWrightError(.badData, "\(name) starts as UTF-16 text but is not")
            }
            text = decoded
        } else if let nul = bytes.firstIndex(of: 0) {
            throw JobWrightError(.badData, "\(name) is not text (a NUL byte at byte \(nul + 1)): save the posting as text, HTML or Word (.docx) and import that")
        } else if let decoded = String(validating: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self) {
            text = decoded
        } else if let decoded = String(data: Data(bytes), encoding: .windowsCP1252) {
            text = decoded
        } else {
            throw JobWrightError(.badData, "\(name) is not text in UTF-8 or Windows-1252")
        }
        if text.containsByte(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        let cleaned = removingControlCharacters(text)
        var printable = 0, replaced = 0
        for scalar in cleaned.unicodeScalars {
            if scalar == "\u{FFFD}" { replaced += 1 }
            // ASCII is told apart byte by byte; only other scalars ask their Unicode properties.
            if scalar.isASCII ? !(scalar == " " || scalar == "\n" || scalar == "\t") : !scalar.properties.isWhitespace { printable += 1 }
        }
        if printable > 0 && replaced * 10 > printable {
            throw JobWrightError(.badData, "\(name) is not text: save the posting as text, HTML or Word (.docx) and import that")
        }
        return cleaned
    }

    /// The text without control characters other than tab and line feed, and without byte-order
    /// marks; no-break spaces become spaces.
    static func removingControlCharacters(_ text: String) -> String {
        // Nearly every posting has none of them: only a control byte other than tab and line
        // feed, or a lead byte of C1 controls and no-break space (0xC2) or of a byte-order mark
        // (0xEF), can start one.
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }) else {
            return text
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" { scalars.append(scalar); continue }
            if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{FEFF}" { continue }
            scalars.append(scalar == "\u{00A0}" ? " " : scalar)
        }
        return String(scalars)
    }

    /// Common English words; a posting has many, a posting in another language few.
    static let englishWords: Set<String> = [
        "the", "and", "of", "to", "a", "in", "for", "with", "on", "or", "as", "by", "is", "be", "are", "will",
        "all", "other", "this", "that", "from", "an", "at", "their", "its", "including", "work", "staff",
        "district", "school", "schools", "technology", "experience", "required", "must", "ability", "skills",
    ]

    static func requireEnglish(_ lines: [SourceLine], name: String) throws(JobWrightError) {
        let words = lines.flatMap { MatchTokenizer.words($0.text) }.filter { !$0.utf8.contains(where: { (0x30...0x39).contains($0) }) }
        guard words.count >= 30 else { return }
        let english = words.filter { englishWords.contains($0) }.count
        if english * 100 < words.count * 8 {
            throw JobWrightError(.badData, "\(name) does not look like a posting in English (\(english) of \(words.count) words are common English words); jobwright's catalog and checks are in English")
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

    public static func megabytes(_ count: Int) -> String {
        String(format: "%.1f MB", Double(count) / 1_048_576)
    }
}
