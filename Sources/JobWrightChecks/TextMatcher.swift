import Foundation

/// A case-insensitive regular expression compiled once, that reports where it matched.
struct Pattern: @unchecked Sendable {
    let source: String
    private let regex: NSRegularExpression

    init(_ source: String) throws {
        self.source = source
        regex = try NSRegularExpression(pattern: source, options: [.caseInsensitive])
    }

    /// The matched text and its start in the string, for every match.
    func matches(in text: String) -> [(text: String, start: String.Index)] {
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            guard let found = Range(match.range, in: text) else { return nil }
            return (String(text[found]), found.lowerBound)
        }
    }

    func firstMatch(in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.firstMatch(in: text, range: range), let found = Range(match.range, in: text) else { return nil }
        return String(text[found])
    }
}

/// A piece of text to check, with where it came from, so findings point at the draft field
/// (or at the line and column inside a plain-text file).
public struct TextSegment: Sendable {
    public var text: String
    /// Where the text starts; for a plain-text file, line and column of each match are computed.
    public var file: String
    public var line: Int?
    public var column: Int?
    public var field: String?
    /// True when positions inside `text` map to lines and columns of `file` (a `--text` file);
    /// `line` and `column` then say where the text starts.
    public var isWholeFile: Bool

    public init(text: String, file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, isWholeFile: Bool = false) {
        self.text = text; self.file = file; self.line = line; self.column = column; self.field = field; self.isWholeFile = isWholeFile
    }

    /// The line and column of a position in the text (1-based, columns in characters).
    func location(of index: String.Index) -> (line: Int?, column: Int?) {
        guard isWholeFile else { return (line, column) }
        var line = self.line ?? 1
        var firstLine = true
        var lineStart = text.startIndex
        var cursor = text.startIndex
        while cursor < index {
            if text[cursor] == "\n" { line += 1; lineStart = text.index(after: cursor); firstLine = false }
            cursor = text.index(after: cursor)
        }
        return (line, text.distance(from: lineStart, to: index) + (firstLine ? (column ?? 1) : 1))
    }
}
