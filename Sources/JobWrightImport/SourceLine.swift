/// One line of an old posting as a reader found it: where it was, what it says, and what shape it
/// had (a heading, a bullet or a plain paragraph). Readers of every format produce these, so
/// everything after reading is the same for text, Markdown, HTML and Word.
public struct SourceLine: Sendable, Equatable, Codable {
    public enum Shape: String, Sendable, Codable {
        case heading, bullet, paragraph
    }

    /// 1-based: the line of a text, Markdown or HTML file, the paragraph of a Word document.
    public var number: Int
    public var text: String
    public var shape: Shape

    public init(number: Int, text: String, shape: Shape) {
        self.number = number; self.text = text; self.shape = shape
    }
}

/// The formats `jobwright import` reads.
public enum SourceFormat: String, Sendable, CaseIterable {
    case text, markdown, html, docx

    /// The format a file's name and first bytes say: a zip is a Word file whatever its name.
    public static func detect(path: String, bytes: [UInt8]) -> SourceFormat {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        let lower = path.lowercased()
        if lower.hasSuffix(".docx") { return .docx }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        if head.contains("<!doctype html") || head.contains("<html") || head.contains("<body") { return .html }
        return .text
    }
}
