import Foundation

/// A case-insensitive regular expression compiled once, that reports where it matched.
/// Most texts hold none of the words a pattern looks for: when every way the pattern can match
/// starts with a known word ("how old ..."), a byte search for those words rules a text out
/// before the regular expression runs.
struct Pattern: @unchecked Sendable {
    let source: String
    private let regex: NSRegularExpression
    /// Lower-cased words of which any match must contain one; nil when the pattern is not that simple.
    let requiredWords: [[UInt8]]?

    init(_ source: String) throws {
        self.source = source
        regex = try NSRegularExpression(pattern: source, options: [.caseInsensitive])
        requiredWords = RequiredWords.of(source)
    }

    /// False only when the pattern cannot match a text (given as `FoldedText`).
    func mayMatch(_ folded: FoldedText) -> Bool {
        guard let requiredWords else { return true }
        return requiredWords.contains { folded.contains($0) }
    }

    func matches(in text: String, folded: FoldedText) -> [(text: String, start: String.Index)] {
        mayMatch(folded) ? matches(in: text) : []
    }

    func firstMatch(in text: String, folded: FoldedText) -> String? {
        mayMatch(folded) ? firstMatch(in: text) : nil
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

/// A text lower-cased as bytes, for `Pattern.mayMatch`. Letters that match an ASCII letter
/// only when case is ignored (the long s, the Kelvin sign) are folded to it.
struct FoldedText {
    let bytes: [UInt8]

    init(_ text: String) {
        var folded = text.lowercased()
        if folded.unicodeScalars.contains(where: { $0 == "\u{17F}" }) { folded = folded.replacingOccurrences(of: "\u{17F}", with: "s") }
        bytes = Array(folded.utf8)
    }

    func contains(_ word: [UInt8]) -> Bool {
        let length = word.count
        guard length > 0 else { return true }
        guard length <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            word.withUnsafeBufferPointer { needle in
                let first = needle[0]
                for start in 0...(haystack.count - length) where haystack[start] == first
                    && memcmp(haystack.baseAddress! + start, needle.baseAddress!, length) == 0 {
                    return true
                }
                return false
            }
        }
    }
}

/// The words every match of a regular expression must contain, read from its source: each
/// top-level alternative must start (after `\b`, `^` or a case flag) with plain letters, or with a
/// group whose alternatives do, that a quantifier does not make optional. Anything else (a class,
/// a lookaround, a word shorter than two letters) gives nil, and the pattern always runs.
enum RequiredWords {
    static func of(_ source: String) -> [[UInt8]]? {
        guard let words = alternatives(Array(source.unicodeScalars)) else { return nil }
        return words.map { Array($0.utf8) }
    }

    /// One word for each way of matching, or nil.
    static func alternatives(_ scalars: [Unicode.Scalar]) -> [String]? {
        let branches = topLevelBranches(scalars)
        guard !branches.isEmpty else { return nil }
        var words: [String] = []
        for branch in branches {
            guard let found = leadingWords(branch) else { return nil }
            words += found
        }
        return words
    }

    static func topLevelBranches(_ scalars: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
        var branches: [[Unicode.Scalar]] = [[]]
        var depth = 0, inClass = false, escaped = false
        for scalar in scalars {
            defer { escaped = !escaped && scalar == "\\" }
            if !escaped {
                if inClass { if scalar == "]" { inClass = false } }
                else if scalar == "[" { inClass = true }
                else if scalar == "(" { depth += 1 }
                else if scalar == ")" { depth -= 1 }
                else if scalar == "|" && depth == 0 { branches.append([]); continue }
            }
            branches[branches.count - 1].append(scalar)
        }
        return depth == 0 && !inClass ? branches : []
    }

    static func leadingWords(_ branch: [Unicode.Scalar]) -> [String]? {
        var index = 0
        let prefixes: [[Unicode.Scalar]] = [["\\", "b"], ["^"], ["(", "?", "i", ")"], ["(", "?", "-", "i", ")"]]
        var skipped = true
        while skipped {
            skipped = false
            for prefix in prefixes where branch.count >= index + prefix.count && Array(branch[index..<index + prefix.count]) == prefix {
                index += prefix.count
                skipped = true
            }
        }
        // A group first: plain `(` or `(?:`, not a lookaround or a flag group.
        if index < branch.count, branch[index] == "(" {
            var inner = index + 1
            if inner + 1 < branch.count, branch[inner] == "?" {
                guard branch[inner + 1] == ":" else { return nil }
                inner += 2
            }
            guard let close = closingParenthesis(branch, from: index) else { return nil }
            if close + 1 < branch.count, ["?", "*", "{"].contains(branch[close + 1]) { return nil }
            return alternatives(Array(branch[inner..<close]))
        }
        var word = ""
        while index < branch.count {
            let scalar = branch[index]
            let plain = (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))) || scalar == " " || scalar == "'" || scalar == "-"
            guard plain else { break }
            word.unicodeScalars.append(scalar)
            index += 1
        }
        // A quantifier after the last letter makes it optional (and `{0,` or `*` any number of it).
        if index < branch.count, ["?", "*", "{"].contains(branch[index]) { word = String(word.dropLast()) }
        word = word.lowercased()
        return word.count >= 2 ? [word] : nil
    }

    static func closingParenthesis(_ scalars: [Unicode.Scalar], from open: Int) -> Int? {
        var depth = 0, inClass = false, escaped = false
        for index in open..<scalars.count {
            let scalar = scalars[index]
            defer { escaped = !escaped && scalar == "\\" }
            if escaped { continue }
            if inClass { if scalar == "]" { inClass = false }; continue }
            if scalar == "[" { inClass = true }
            else if scalar == "(" { depth += 1 }
            else if scalar == ")" { depth -= 1; if depth == 0 { return index } }
        }
        return nil
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
