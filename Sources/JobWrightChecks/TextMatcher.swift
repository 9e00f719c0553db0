import Foundation
import JobWrightCore

/// A case-insensitive regular expression compiled once, that reports where it matched.
/// Most texts hold none of the words a pattern looks for: the literal words the pattern's source
/// requires (`LiteralFilter`) are looked for in the text's bytes first, and a text without them
/// is ruled out before the regular expression runs. So most patterns never run, and the
/// built-in ones (checked by the tests) are compiled only when a text first needs them: compiling
/// all of them took a third of the editor's start-up.
struct Pattern: Sendable {
    let source: String
    private let regex: CompiledOnce
    /// What a text must hold for the pattern to match; nil when the source is not that simple.
    let filter: LiteralFilter?

    /// `verified`: the source is known to compile (the built-in rules); otherwise it is
    /// compiled now, and a mistake is thrown.
    init(_ source: String, verified: Bool = false) throws {
        self.source = source
        regex = CompiledOnce(source)
        if !verified { try regex.compileNow() }
        if let known = LiteralFilter.builtIn[source] { filter = known } else { filter = LiteralFilter.of(source) }
    }

    /// False only when the pattern cannot match a text (given as `FoldedText`).
    func mayMatch(_ folded: FoldedText) -> Bool {
        filter?.admits(folded) ?? true
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
        guard let regex = regex.value else { return [] }
        return regex.matches(in: text, range: range).compactMap { match in
            guard let found = Range(match.range, in: text) else { return nil }
            return (String(text[found]), found.lowerBound)
        }
    }

    func firstMatch(in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = regex.value?.firstMatch(in: text, range: range), let found = Range(match.range, in: text) else { return nil }
        return String(text[found])
    }
}

/// A regular expression compiled the first time it is asked for (from any thread).
final class CompiledOnce: @unchecked Sendable {
    private let source: String
    private let lock = NSLock()
    private var compiled: NSRegularExpression?
    private var tried = false

    init(_ source: String) { self.source = source }

    func compileNow() throws {
        let regex = try NSRegularExpression(pattern: source, options: [.caseInsensitive])
        lock.withLock { compiled = regex; tried = true }
    }

    /// The expression, or nil when its source does not compile.
    var value: NSRegularExpression? {
        lock.withLock {
            if !tried {
                tried = true
                compiled = try? NSRegularExpression(pattern: source, options: [.caseInsensitive])
            }
            return compiled
        }
    }
}

/// A text lower-cased as bytes, for `Pattern.mayMatch`. Letters that match ASCII letters only
/// when case is ignored are folded to them: the long s, the sharp s and the Latin ligatures
/// (the Kelvin sign lower-cases to k by itself).
struct FoldedText {
    let bytes: [UInt8]
    /// Which three-byte sequences the text holds, hashed into 4,096 bits: a word with a
    /// sequence the text lacks is ruled out without a search.
    private let trigrams: [UInt64]

    static let foldings: [Unicode.Scalar: String] = [
        "\u{17F}": "s", "\u{DF}": "ss", "\u{1E9E}": "ss", "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl",
        "\u{FB03}": "ffi", "\u{FB04}": "ffl", "\u{FB05}": "st", "\u{FB06}": "st",
    ]

    init(_ text: String) {
        if let ascii = Self.asciiLowercased(text) {
            bytes = ascii
        } else {
            bytes = Self.folded(text)
        }
        var trigrams = [UInt64](repeating: 0, count: 64)
        bytes.withUnsafeBufferPointer { bytes in
            for start in 0..<max(0, bytes.count - 2) {
                let hash = Self.trigram(bytes[start], bytes[start + 1], bytes[start + 2])
                trigrams[hash >> 6] |= 1 << UInt64(hash & 63)
            }
        }
        self.trigrams = trigrams
    }

    /// An ASCII text's bytes lower-cased, as `lowercased()` gives them; nil for any other text.
    private static func asciiLowercased(_ text: String) -> [UInt8]? {
        guard text.isPlainASCII else { return nil }
        return text.utf8.withContiguousStorageIfAvailable(ByteSearch.lowered) ?? text.utf8.map(ByteSearch.lowered)
    }

    /// Any text lower-cased, with the ligatures and long s that `lowercased()` keeps spelled out.
    private static func folded(_ text: String) -> [UInt8] {
        let folded = text.lowercased()
        if folded.utf8.contains(where: { $0 >= 0x80 }), folded.unicodeScalars.contains(where: { Self.foldings[$0] != nil }) {
            var expanded = ""
            for scalar in folded.unicodeScalars {
                if let folding = Self.foldings[scalar] { expanded += folding } else { expanded.unicodeScalars.append(scalar) }
            }
            return Array(expanded.utf8)
        }
        return Array(folded.utf8)
    }

    @inline(__always)
    static func trigram(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        (Int(a) &* 961 &+ Int(b) &* 31 &+ Int(c)) & 4095
    }

    /// Whether the text holds `word`; a word that begins with `LiteralFilter.wordStart` must
    /// begin a word of the text (the pattern has `\b` before it), so "he" is not found in "the".
    func contains(_ word: [UInt8]) -> Bool {
        let atWordStart = word.first == LiteralFilter.wordStart
        let skip = atWordStart ? 1 : 0
        let hashes = word.count - skip >= 3 ? (skip...(word.count - 3)).map { UInt16(Self.trigram(word[$0], word[$0 + 1], word[$0 + 2])) } : []
        return withTables { text, trigrams in
            word.withUnsafeBufferPointer { pin in
                hashes.withUnsafeBufferPointer { hashes in
                    Self.holds(pin.baseAddress.map { $0 + skip }, count: word.count - skip, atWordStart: atWordStart, hashes: hashes,
                               in: text, trigrams: trigrams)
                }
            }
        }
    }

    /// The text's bytes and its table of three-byte sequences, for `holds`.
    @inline(__always)
    func withTables<Result>(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt64>) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { text in trigrams.withUnsafeBufferPointer { trigrams in body(text, trigrams) } }
    }

    /// Whether `text` holds the `count` bytes at `word` (at a word's start, with `atWordStart`);
    /// `hashes` are the word's three-byte sequences, each looked up in `trigrams` before any search.
    @inline(__always)
    static func holds(_ word: UnsafePointer<UInt8>?, count length: Int, atWordStart: Bool, hashes: UnsafeBufferPointer<UInt16>,
                      in text: UnsafeBufferPointer<UInt8>, trigrams: UnsafeBufferPointer<UInt64>) -> Bool {
        guard length > 0 else { return true }
        guard length <= text.count, let word, let base = text.baseAddress else { return false }
        for hash in hashes where trigrams[Int(hash) >> 6] & (1 << UInt64(hash & 63)) == 0 { return false }
        var from = 0
        while from < text.count, let hit = ByteSearch.first(word, count: length, in: base + from, count: text.count - from) {
            let place = from + hit
            // Only an ASCII letter, digit or underscore before it is surely a word's
            // letter: any other byte may belong to a character that is not.
            if !atWordStart || place == 0 || !isASCIIWordByte(text[place - 1]) { return true }
            from = place + 1
        }
        return false
    }

    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || (byte >= 0x41 && byte <= 0x5A)
    }
}

/// The literal words a regular expression's matches must contain, read from its source, as
/// "for some top-level alternative, every clause": a clause is a set of words of which a match
/// holds at least one (a required group's alternatives give one word each). Literals are the
/// source's ASCII letters, digits, spaces and plain punctuation, lower-cased; a character made
/// optional by a quantifier, a class, `.`, an escape such as `\d`, a lookaround or a non-ASCII
/// letter ends a word. A source with a top-level alternative that yields no word (or anything
/// not understood, such as a back-reference or `(?x)`) gives nil, and the pattern always runs.
struct LiteralFilter: Equatable, Sendable {
    typealias Clause = [[UInt8]]
    /// Begins a word that the pattern has right after `\b`: a match holds it at a word's start.
    /// (No literal byte is below a space.)
    static let wordStart: UInt8 = 0
    /// The pattern may match a text only if, for one of these, the text holds a word of each clause.
    let alternatives: [[Clause]]
    /// The same words laid out in flat tables, for `admits`: a check reads a few thousand
    /// filters, and walking the nested lists retained and released each of them.
    private let flat: FlatWords

    init(alternatives: [[Clause]]) {
        self.alternatives = alternatives
        flat = FlatWords(alternatives)
    }

    static func == (lhs: LiteralFilter, rhs: LiteralFilter) -> Bool { lhs.alternatives == rhs.alternatives }

    /// The filter of a pattern's source. The built-in rules' and glossary's are compiled in
    /// (`LiteralFilter.builtIn`, generated from this by BuiltInCodeTests): working them out took
    /// a tenth of making a checker.
    static func of(_ source: String) -> LiteralFilter? {
        let scalars = Array(source.unicodeScalars)
        let branches = topLevelBranches(scalars[...])
        guard !branches.isEmpty else { return nil }
        var alternatives: [[Clause]] = []
        for branch in branches {
            guard let clauses = clauses(of: branch), !clauses.isEmpty else { return nil }
            // Longest words first: the rarest, so most texts fail at once.
            alternatives.append(clauses.sorted { ($0.map(\.count).min() ?? 0) > ($1.map(\.count).min() ?? 0) })
        }
        return LiteralFilter(alternatives: alternatives)
    }

    func admits(_ folded: FoldedText) -> Bool {
        folded.withTables { text, trigrams in flat.admits(text, trigrams) }
    }

    /// `admits` on the nested lists, word by word: what the flat tables must answer.
    func admitsWordByWord(_ folded: FoldedText) -> Bool {
        alternatives.contains { clauses in clauses.allSatisfy { clause in clause.contains { folded.contains($0) } } }
    }

    /// The words of every clause of every alternative, one after another: each word's bytes (the
    /// word-start mark left out) and the hashes of its three-byte sequences, and where each
    /// clause's words and each alternative's clauses end. A class, so that copying a filter (a
    /// pattern is copied for every text it is tried on) retains one object.
    private final class FlatWords: Sendable {
        struct Word: Sendable {
            var start: Int32, count: Int32, firstHash: Int32, hashCount: Int32
            var atWordStart: Bool
        }
        let bytes: [UInt8]
        let hashes: [UInt16]
        let words: [Word]
        /// For each clause, the end of its words in `words`.
        let clauseEnds: [Int32]
        /// For each alternative, the end of its clauses in `clauseEnds`.
        let alternativeEnds: [Int32]

        init(_ alternatives: [[Clause]]) {
            var bytes: [UInt8] = [], hashes: [UInt16] = [], words: [Word] = [], clauseEnds: [Int32] = [], alternativeEnds: [Int32] = []
            for clauses in alternatives {
                for clause in clauses {
                    for word in clause {
                        let atWordStart = word.first == LiteralFilter.wordStart
                        let letters = atWordStart ? Array(word.dropFirst()) : word
                        let wordHashes = letters.count >= 3
                            ? (0...(letters.count - 3)).map { UInt16(FoldedText.trigram(letters[$0], letters[$0 + 1], letters[$0 + 2])) } : []
                        words.append(Word(start: Int32(bytes.count), count: Int32(letters.count), firstHash: Int32(hashes.count),
                                          hashCount: Int32(wordHashes.count), atWordStart: atWordStart))
                        bytes += letters
                        hashes += wordHashes
                    }
                    clauseEnds.append(Int32(words.count))
                }
                alternativeEnds.append(Int32(clauseEnds.count))
            }
            (self.bytes, self.hashes, self.words, self.clauseEnds, self.alternativeEnds) = (bytes, hashes, words, clauseEnds, alternativeEnds)
        }

        func admits(_ text: UnsafeBufferPointer<UInt8>, _ trigrams: UnsafeBufferPointer<UInt64>) -> Bool {
            bytes.withUnsafeBufferPointer { bytes in
                hashes.withUnsafeBufferPointer { hashes in
                    words.withUnsafeBufferPointer { words in
                        clauseEnds.withUnsafeBufferPointer { clauseEnds in
                            var clause = 0, word = 0
                            for alternativeEnd in alternativeEnds {
                                var holdsEveryClause = true
                                while clause < Int(alternativeEnd) {
                                    let clauseEnd = Int(clauseEnds[clause])
                                    var holdsOne = false
                                    // Once a clause fails, the rest of this alternative is passed over.
                                    while holdsEveryClause && !holdsOne && word < clauseEnd {
                                        let found = words[word]
                                        holdsOne = FoldedText.holds(bytes.baseAddress.map { $0 + Int(found.start) }, count: Int(found.count),
                                                                    atWordStart: found.atWordStart,
                                                                    hashes: UnsafeBufferPointer(rebasing: hashes[Int(found.firstHash)..<Int(found.firstHash + found.hashCount)]),
                                                                    in: text, trigrams: trigrams)
                                        word += 1
                                    }
                                    holdsEveryClause = holdsEveryClause && holdsOne
                                    word = clauseEnd
                                    clause += 1
                                }
                                if holdsEveryClause { return true }
                            }
                            return false
                        }
                    }
                }
            }
        }
    }

    /// The words of the clauses, for tests and messages.
    var words: [[[String]]] {
        alternatives.map { $0.map { $0.map { String(decoding: $0, as: UTF8.self) } } }
    }

    static func topLevelBranches(_ scalars: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
        var branches: [ArraySlice<Unicode.Scalar>] = []
        var depth = 0, inClass = false, escaped = false
        var start = scalars.startIndex
        for index in scalars.indices {
            let scalar = scalars[index]
            defer { escaped = !escaped && scalar == "\\" }
            guard !escaped else { continue }
            if inClass { if scalar == "]" { inClass = false } }
            else if scalar == "[" { inClass = true }
            else if scalar == "(" { depth += 1 }
            else if scalar == ")" { depth -= 1 }
            else if scalar == "|" && depth == 0 { branches.append(scalars[start..<index]); start = index + 1 }
        }
        branches.append(scalars[start...])
        return depth == 0 && !inClass ? branches : []
    }

    /// The clauses one sequence (no top-level `|`) requires, or nil when it cannot be read.
    /// `afterBoundary`: the sequence comes right after a `\b`, so a word it begins with begins a
    /// word of any text the pattern matches.
    static func clauses(of sequence: ArraySlice<Unicode.Scalar>, afterBoundary: Bool = false) -> [Clause]? {
        var clauses: [Clause] = []
        var run: [UInt8] = []
        // A `\b` (or the start after one) right before what comes next; whether the run began there.
        var boundary = afterBoundary
        var runAtBoundary = false
        func endRun() {
            if run.count >= 2 { clauses.append([runAtBoundary ? [wordStart] + run : run]) }
            run = []
            runAtBoundary = false
        }
        func add(_ byte: UInt8?, _ endsWord: Bool) {
            defer { boundary = false }
            guard let byte else { endRun(); return }
            if run.isEmpty { runAtBoundary = boundary && FoldedText.isASCIIWordByte(byte) }
            run.append(byte)
            if endsWord { endRun() }
        }
        var index = sequence.startIndex
        while index < sequence.endIndex {
            let scalar = sequence[index]
            switch scalar {
            case "\\":
                guard index + 1 < sequence.endIndex else { return nil }
                let next = sequence[index + 1]
                index += 2
                if next.properties.isAlphabetic || ("0"..."9").contains(next) {
                    // \b \B \d \s \w and the like: zero or one character, never a literal.
                    guard "bBdDsSwWhHvVRX".unicodeScalars.contains(next) else { return nil }
                    endRun()
                    let quantifier = skippingQuantifier(sequence, at: index)
                    index = quantifier.end
                    boundary = next == "b" && quantifier.end == quantifier.start
                } else {
                    let (byte, endsWord) = literal(next, in: sequence, at: &index)
                    add(byte, endsWord)
                }
            case "(":
                guard let close = closingParenthesis(sequence, from: index) else { return nil }
                endRun()
                var inner = sequence[(index + 1)..<close]
                var required = true
                if inner.first == "?" {
                    let kind = inner.dropFirst().first
                    if kind == ":" || kind == ">" {
                        inner = inner.dropFirst(2)
                    } else if kind == "=" || kind == "!" || (kind == "<" && [Unicode.Scalar("="), "!"].contains(inner.dropFirst(2).first)) {
                        required = false  // a lookaround: it consumes nothing
                    } else if inner.dropFirst().allSatisfy({ "imsw-".unicodeScalars.contains($0) }) {
                        required = false  // flags such as (?i) or (?-i); free spacing (x) is not read
                    } else {
                        return nil
                    }
                }
                let quantifier = skippingQuantifier(sequence, at: close + 1)
                index = quantifier.end
                // A lookaround or flags consume nothing: a `\b` before them still stands.
                guard required else { continue }
                guard !quantifier.optional else { boundary = false; continue }
                let branches = topLevelBranches(inner)
                // Repeated, the group's later rounds do not start after the `\b`; its first does.
                let inGroup = boundary
                boundary = false
                if branches.count == 1 {
                    guard let inside = Self.clauses(of: inner, afterBoundary: inGroup) else { return nil }
                    clauses += inside
                } else if let clause = clause(choosingOneWordOfEach: branches, afterBoundary: inGroup) {
                    clauses.append(clause)
                }
            case "[":
                guard let close = closingBracket(sequence, from: index) else { return nil }
                endRun()
                boundary = false
                index = skippingQuantifier(sequence, at: close + 1).end
            case ".", "^", "$":
                endRun()
                boundary = false
                index = skippingQuantifier(sequence, at: index + 1).end
            case "?", "*", "+", "{", ")", "]", "|":
                return nil  // a quantifier with nothing before it, or a stray bracket
            default:
                index += 1
                let (byte, endsWord) = literal(scalar, in: sequence, at: &index)
                add(byte, endsWord)
            }
        }
        endRun()
        return clauses
    }

    /// One literal character and what follows it: the byte it adds to the current word (nil
    /// when it ends the word: not ASCII, or made optional) and whether the word ends after it
    /// ("a+" or "a{2}": the next literal is not adjacent).
    private static func literal(_ scalar: Unicode.Scalar, in sequence: ArraySlice<Unicode.Scalar>,
                                at index: inout Int) -> (byte: UInt8?, endsWord: Bool) {
        let quantifier = skippingQuantifier(sequence, at: index)
        index = quantifier.end
        guard scalar.isASCII, scalar.value >= 0x20, !quantifier.optional else { return (nil, true) }
        return (UInt8(scalar.value) | (("A"..."Z").contains(scalar) ? 0x20 : 0), quantifier.end > quantifier.start)
    }

    /// A required group of several alternatives: one word from each (its longest), or nil when
    /// an alternative requires no word.
    private static func clause(choosingOneWordOfEach branches: [ArraySlice<Unicode.Scalar>], afterBoundary: Bool) -> Clause? {
        var clause: Clause = []
        for branch in branches {
            guard let inside = clauses(of: branch, afterBoundary: afterBoundary), !inside.isEmpty else { return nil }
            let single = inside.filter { $0.count == 1 }.map { $0[0] }
            if let longest = single.max(by: { $0.count < $1.count }) { clause.append(longest) } else { clause += inside[0] }
        }
        return clause
    }

    /// Where a quantifier after an atom ends, and whether it allows zero repetitions.
    private static func skippingQuantifier(_ sequence: ArraySlice<Unicode.Scalar>, at start: Int) -> (start: Int, end: Int, optional: Bool) {
        guard start < sequence.endIndex else { return (start, start, false) }
        var end = start
        var optional = false
        switch sequence[start] {
        case "?", "*": optional = true; end += 1
        case "+": end += 1
        case "{":
            guard let close = sequence[start...].firstIndex(of: "}") else { return (start, start, false) }
            let minimum = sequence[(start + 1)..<close].prefix { $0 != "," }
            optional = minimum.isEmpty || minimum.allSatisfy { $0 == "0" }
            end = close + 1
        default:
            return (start, start, false)
        }
        // A lazy or possessive mark.
        if end < sequence.endIndex, sequence[end] == "?" || sequence[end] == "+" { end += 1 }
        return (start, end, optional)
    }

    static func closingParenthesis(_ scalars: ArraySlice<Unicode.Scalar>, from open: Int) -> Int? {
        var depth = 0, inClass = false, escaped = false
        for index in open..<scalars.endIndex {
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

    /// The end of a character class, which may hold `]` first, escapes and nested classes.
    static func closingBracket(_ scalars: ArraySlice<Unicode.Scalar>, from open: Int) -> Int? {
        var index = open + 1
        if index < scalars.endIndex, scalars[index] == "^" { index += 1 }
        if index < scalars.endIndex, scalars[index] == "]" { index += 1 }
        var depth = 1, escaped = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if escaped { escaped = false }
            else if scalar == "\\" { escaped = true }
            else if scalar == "[" { depth += 1 }
            else if scalar == "]" { depth -= 1; if depth == 0 { return index } }
            index += 1
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

extension LiteralFilter {
    /// The filter made from its words (as `words` gives them): the built-in filters are kept so.
    init(words: [[[String]]]) {
        self.init(alternatives: words.map { $0.map { $0.map { Array($0.utf8) } } })
    }
}
