import Yams

/// One YAML file parsed once: its text, its node tree (for line numbers) and a typed decode that
/// turns every Yams and Codable error into a `JobWrightError` naming `file:line:column` and the
/// field path, and that rejects keys the type does not know (a typo must not be lost silently).
public struct YAMLDocument {
    /// The name used in messages: the path the user gave, or `<stdin>`, or `Catalog/roles.yaml`.
    public let path: String
    public let text: String
    public let root: Node?
    private let locations = NodeLocations()
    /// False for a document that was written, not read: its findings name the file alone.
    public let isLocated: Bool

    /// Files a user writes are small; anything larger is refused before it is parsed.
    public static let sizeLimit = 5_000_000
    /// Mappings and lists deeper than this are refused (a draft needs fewer than ten levels).
    public static let depthLimit = 64

    /// Plain scalars are not resolved by regular expressions at all: the schema knows each
    /// field's type, so numbers and booleans are read from their text when a field asks for one,
    /// and null is recognised by `NodeDecoder`. The default resolver tries seven regular
    /// expressions on every scalar, which was a fifth of the time of `jobwright render`; even
    /// the null rule alone took a millisecond to compile at start-up.
    static let resolver = Resolver.basic

    /// Text jobwright has just written from a value it holds (`jobwright import`'s draft), not
    /// parsed: locations name the file alone, with no line or column.
    public init(written text: String, path: String) {
        self.path = path
        self.text = text
        root = nil
        isLocated = false
    }

    public init(path: String, text: String) throws(JobWrightError) {
        self.path = path
        self.text = text
        isLocated = true
        guard text.utf8.count <= Self.sizeLimit else {
            throw JobWrightError(.badData, "the file is larger than 5 MB; a jobwright file is a few kilobytes", at: SourceLocation(file: path))
        }
        do {
            // No constructor maps (nothing here asks Yams for Swift values) and UTF-8 named
            // outright: Yams's defaults build 30 closures and read the whole environment for
            // YAMS_DEFAULT_ENCODING on every parse.
            self.root = try Yams.compose(yaml: text, Self.resolver, Constructor([:], [:], [:]), .utf8)
        } catch {
            throw Self.describe(error, in: path, text: text)
        }
        // The walk that names the field is run only when a quick one finds something to name.
        let scanningText = Self.mayHoldControlCharacters(text)
        if let root, scanningText || !Self.nestsAtMost(Self.depthLimit, text),
           Self.needsReport(root, depth: 0, scanningText: scanningText) {
            var path: [String] = []
            try checkValues(root, path: &path, depth: 0)
        }
    }

    /// Whether a value could hold a control character: only when the file holds one as written,
    /// or a backslash (a double-quoted escape such as `\a` or `\x85` makes one). Carriage
    /// returns count, though YAML reads them as line breaks, to keep this rule simple to trust.
    static func mayHoldControlCharacters(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                // Printable ASCII but the backslash, nearly every byte of a draft, in one test.
                if byte &- 0x20 < 0x5F && byte != UInt8(ascii: "\\") { previous = byte; continue }
                if byte < 0x20 && byte != 0x09 && byte != 0x0A || byte == 0x7F || byte == UInt8(ascii: "\\") { return true }
                // C1 controls, U+0080 to U+009F, are C2 80 to C2 9F in UTF-8.
                if previous == 0xC2 && byte >= 0x80 && byte <= 0x9F { return true }
                previous = byte
            }
            return false
        }
    }

    /// Whether the tree the text makes is surely no deeper than `limit`, told from its bytes:
    /// without aliases (`*`), each level of nesting takes more indentation, a block indicator
    /// (`-`, `:`, `?`) on its line, a flow bracket, or (a sequence right under a key) the same
    /// indentation once. So twice the deepest indentation plus one, plus the most indicators on a
    /// line, plus every bracket, bounds the depth; text with an alias is walked.
    static func nestsAtMost(_ limit: Int, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var brackets = 0, deepest = 0, mostIndicators = 0
            var indent = 0, indicators = 0, atLineStart = true
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "*"): return false
                case UInt8(ascii: "\n"):
                    deepest = max(deepest, indent); mostIndicators = max(mostIndicators, indicators)
                    indent = 0; indicators = 0; atLineStart = true
                    continue
                case UInt8(ascii: " ") where atLineStart: indent += 1; continue
                case UInt8(ascii: "["), UInt8(ascii: "{"): brackets += 1
                case UInt8(ascii: "-"), UInt8(ascii: ":"), UInt8(ascii: "?"): indicators += 1
                default: break
                }
                atLineStart = false
            }
            deepest = max(deepest, indent); mostIndicators = max(mostIndicators, indicators)
            return 2 * (deepest + 1) + mostIndicators + brackets <= limit
        }
    }

    /// Whether `checkValues` has something to report: a node too deep, or (when `scanningText`)
    /// a text with a forbidden character. No field paths are built on the way.
    private static func needsReport(_ node: Node, depth: Int, scanningText: Bool) -> Bool {
        guard depth <= depthLimit else { return true }
        switch node {
        case .scalar(let scalar):
            return scanningText && scalar.string.unicodeScalars.contains(where: isForbidden)
        case .mapping(let mapping):
            return mapping.contains { needsReport($0.key, depth: depth + 1, scanningText: scanningText)
                || needsReport($0.value, depth: depth + 1, scanningText: scanningText) }
        case .sequence(let sequence):
            return sequence.contains { needsReport($0, depth: depth + 1, scanningText: scanningText) }
        default:
            return false
        }
    }

    /// Every value is text a reader sees: control characters (other than tab and line feed)
    /// would reach a terminal or a printer as commands, so they are refused where they stand.
    /// `path` is the field path of `node`, kept as one stack for the whole walk.
    private func checkValues(_ node: Node, path: inout [String], depth: Int) throws(JobWrightError) {
        guard depth <= Self.depthLimit else {
            throw JobWrightError(.badData, "the file nests deeper than \(Self.depthLimit) levels",
                                 at: SourceLocation(file: self.path, line: node.mark?.line, column: node.mark?.column))
        }
        switch node {
        case .scalar(let scalar):
            if let bad = scalar.string.unicodeScalars.first(where: Self.isForbidden) {
                throw JobWrightError(.badData, "the text holds the control character \(ControlCharacters.name(bad.value)), which would reach a screen or printer as a command; remove it",
                                     at: SourceLocation(file: self.path, line: node.mark?.line, column: node.mark?.column),
                                     field: Self.fieldPath(path))
            }
        case .mapping(let mapping):
            for (key, value) in mapping {
                try checkValues(key, path: &path, depth: depth + 1)
                path.append(key.string ?? "")
                try checkValues(value, path: &path, depth: depth + 1)
                path.removeLast()
            }
        case .sequence(let sequence):
            for (index, item) in sequence.enumerated() {
                path.append(String(index))
                try checkValues(item, path: &path, depth: depth + 1)
                path.removeLast()
            }
        default:
            return
        }
    }

    /// C0 and C1 control characters other than tab and line feed, and DEL.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value)
    }

    /// Reads the whole document with a type's `init(reading:)` (see `NodeReader`), then reports
    /// the first key, in the order of the file, that no type asked for: what `decode` does
    /// through Codable, at a tenth of the cost.
    func read<T>(_ read: (NodeReader) throws -> T) throws(JobWrightError) -> T {
        guard let root else {
            throw JobWrightError(.badData, "the file is empty", at: SourceLocation(file: path, line: 1, column: 1))
        }
        let unknownKeys = UnknownKeys()
        let value: T
        do {
            value = try read(NodeReader(node: root, codingPath: [], unknownKeys: unknownKeys))
        } catch let error as DecodingError {
            throw describe(error)
        } catch {
            throw Self.describe(error, in: path, text: text)
        }
        let first = unknownKeys.found.min { a, b in
            (a.mark?.line ?? .max, a.mark?.column ?? .max) < (b.mark?.line ?? .max, b.mark?.column ?? .max)
        }
        if let first {
            throw JobWrightError(.badData, "unknown key '\(first.name)'",
                                 at: SourceLocation(file: path, line: first.mark?.line, column: first.mark?.column),
                                 field: Self.fieldPath(first.path + [first.name]),
                                 suggestions: Suggestions.closest(to: first.name, in: first.known.sorted()))
        }
        return value
    }

    /// Decodes the whole document as `T`, then checks for keys `T` does not know.
    public func decode<T: Codable>(_ type: T.Type) throws(JobWrightError) -> T {
        let value = try read { try NodeDecoder.decode(T.self, from: $0.node) }
        if let unknown = try unknownKeys(of: value).first { throw unknown }
        return value
    }

    /// The location of the node at a coding path, or of the deepest ancestor that exists.
    public func location(of path: [String]) -> SourceLocation {
        guard isLocated else { return SourceLocation(file: self.path) }
        let mark = locations.mark(of: path, in: root)
        return SourceLocation(file: self.path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// `position.location.city`, `competencies[3]`: how a field path reads in messages.
    public static func fieldPath(_ path: [String]) -> String {
        var text = ""
        for component in path {
            if Int(component) != nil { text += "[\(component)]" } else { text += text.isEmpty ? component : ".\(component)" }
        }
        return text
    }

    // MARK: - Errors

    private func describe(_ error: DecodingError) -> JobWrightError {
        func components(_ path: [CodingKey]) -> [String] {
            path.map { $0.intValue.map(String.init) ?? $0.stringValue }
        }
        switch error {
        case .typeMismatch(let type, let context):
            let path = components(context.codingPath)
            return JobWrightError(.badData, "expected \(Self.describeType(type)), found \(foundDescription(at: path))",
                                  at: location(of: path), field: Self.fieldPath(path))
        case .valueNotFound(let type, let context):
            let path = components(context.codingPath)
            return JobWrightError(.badData, "a value is required here (\(Self.describeType(type)))",
                                  at: location(of: path), field: Self.fieldPath(path))
        case .keyNotFound(let key, let context):
            let path = components(context.codingPath)
            return JobWrightError(.badData, "the required key '\(key.stringValue)' is missing",
                                  at: location(of: path), field: Self.fieldPath(path + [key.stringValue]))
        case .dataCorrupted(let context):
            if let underlying = context.underlyingError, !(underlying is DecodingError) {
                return Self.describe(underlying, in: self.path, text: text)
            }
            let path = components(context.codingPath)
            return JobWrightError(.badData, Self.plain(context.debugDescription, path: path, document: self),
                                  at: location(of: path), field: Self.fieldPath(path))
        @unknown default:
            return JobWrightError(.badData, "\(error)", at: SourceLocation(file: path))
        }
    }

    private func foundDescription(at path: [String]) -> String {
        var node = root
        for component in path {
            if let index = Int(component), let seq = node?.sequence, index < seq.count { node = seq[index] }
            else { node = node?.mapping?[component] }
        }
        switch node {
        case .scalar(let scalar)?: return "'\(scalar.string)'"
        case .mapping?: return "a mapping (key: value pairs)"
        case .sequence?: return "a list"
        default: return "nothing"
        }
    }

    private static func plain(_ debugDescription: String, path: [String], document: YAMLDocument) -> String {
        // Yams says "Cannot initialize FLSAStatus from invalid String value exempted".
        if debugDescription.hasPrefix("Cannot initialize"), let range = debugDescription.range(of: "value ") {
            return "'\(debugDescription[range.upperBound...])' is not one of the allowed values"
        }
        return debugDescription
    }

    static func describeType(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).hasPrefix("Array") ? "a list" :
            String(describing: type).hasPrefix("Dictionary") ? "a mapping" : "a mapping (key: value pairs)"
        }
    }

    static func describe(_ error: any Error, in path: String, text: String) -> JobWrightError {
        if let error = error as? JobWrightError { return error }
        if let yaml = error as? YamlError {
            switch yaml {
            case .duplicatedKeysInMapping(let duplicates, let context):
                // One line: where the key appears the second time.
                let key = duplicates.sorted().first ?? ""
                let (line, column) = secondUse(of: key, inMappingAt: context.mark, text: text) ?? (context.mark.line, context.mark.column)
                return JobWrightError(.badData, "the key '\(key)' appears twice in the same mapping; keep one",
                                      at: SourceLocation(file: path, line: line, column: column), field: key)
            case .scanner(let context, let problem, let mark, _),
                 .parser(let context, let problem, let mark, _),
                 .composer(let context, let problem, let mark, _):
                var message = "YAML syntax: \(problem)"
                if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
                let (line, column) = existingPlace(line: mark.line, column: mark.column, in: text)
                return JobWrightError(.badData, message, at: SourceLocation(file: path, line: line, column: column))
            case .reader(let problem, let offset, let value, _):
                // Yams describes this with the line quoted, raw: the character it refuses (an
                // escape, say) would reach the terminal inside the message. Name it instead.
                var line: Int?, column: Int?
                if let offset, let index = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) {  // in Characters
                    (line, column) = place(before: index, in: text)
                }
                let code = UInt32(truncatingIfNeeded: value)
                let message = Unicode.Scalar(code).map(isForbidden) ?? false
                    ? "the file holds the control character \(ControlCharacters.name(code)), which would reach a screen or printer as a command; remove it"
                    : "the file cannot be read as YAML text: \(problem) (\(ControlCharacters.name(code)))"
                return JobWrightError(.badData, message, at: SourceLocation(file: path, line: line, column: column))
            default:
                return JobWrightError(.badData, "YAML: \(yaml)", at: SourceLocation(file: path))
            }
        }
        return JobWrightError(.badData, "\(error)", at: SourceLocation(file: path))
    }

    /// libyaml ends a file that has no final line break with one of its own, so a problem at the
    /// end of such a file is on a line past the last: it is put at the end of the last line.
    private static func existingPlace(line: Int, column: Int, in text: String) -> (Int, Int) {
        let end = place(before: text.endIndex, in: text)
        return line > end.line ? end : (line, column)
    }

    /// The line and column (1-based, columns in Unicode scalars) of the position `end`, with the
    /// line breaks libyaml counts: LF, CR, CRLF, NEL, LS and PS.
    private static func place(before end: String.Index, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var afterCR = false
        for scalar in text.unicodeScalars[..<end] {
            switch scalar {
            case "\n" where afterCR: break
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": line += 1; column = 1
            default: column += 1
            }
            afterCR = scalar == "\r"
        }
        return (line, column)
    }

    /// The lines of a text as libyaml numbers them (a CRLF draft is one line to `split(separator: "\n")`,
    /// since "\r\n" is a single Character).
    private static func yamlLines(of text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n" where afterCR: break
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": lines.append(String(current)); current = String.UnicodeScalarView()
            default: current.append(scalar)
            }
            afterCR = scalar == "\r"
        }
        lines.append(String(current))
        return lines
    }

    /// The line and column of a key's second use in the block mapping that starts at `mark`.
    private static func secondUse(of key: String, inMappingAt mark: Mark, text: String) -> (Int, Int)? {
        let lines = yamlLines(of: text)
        let indent = String(repeating: " ", count: max(0, mark.column - 1))
        var seen = 0
        guard mark.line <= lines.count else { return nil }
        for number in max(1, mark.line)...lines.count {
            let line = lines[number - 1]
            guard line.hasPrefix(indent + key) else { continue }
            let rest = line.dropFirst(indent.count + key.count).drop { $0 == " " }
            guard rest.first == ":" else { continue }
            seen += 1
            if seen == 2 { return (number, mark.column) }
        }
        return nil
    }

    // MARK: - Unknown keys

    /// Keys in the file that the decoded value's type does not have. The type's keys come from
    /// `KeyShape`, which also lists optional fields left empty, so suggestions name every real key.
    public func unknownKeys<T: Encodable>(of value: T) throws(JobWrightError) -> [JobWrightError] {
        guard let root else { return [] }
        var errors: [JobWrightError] = []
        compare(root, KeyShape.of(value), path: [], into: &errors)
        return errors
    }

    private func compare(_ given: Node, _ known: KeyShape, path: [String], into errors: inout [JobWrightError]) {
        switch given {
        case .mapping(let mapping):
            guard !known.children.isEmpty else { return }
            for (key, value) in mapping {
                let name = key.string ?? ""
                if let child = known.children[name] {
                    compare(value, child, path: path + [name], into: &errors)
                } else {
                    errors.append(JobWrightError(
                        .badData, "unknown key '\(name)'",
                        at: SourceLocation(file: self.path, line: key.mark?.line, column: key.mark?.column),
                        field: Self.fieldPath(path + [name]),
                        suggestions: Suggestions.closest(to: name, in: known.children.keys.sorted())))
                }
            }
        case .sequence(let sequence):
            guard let element = known.element else { return }
            for (index, item) in sequence.enumerated() {
                compare(item, element, path: path + [String(index)], into: &errors)
            }
        default:
            return
        }
    }
}

