/// Reads a template's bytes into tokens, in one pass. Text is cut at every line break, and a line
/// holding only a section, comment, partial, block or setting tag (a "standalone" tag) is left
/// out of the output with its line break, as the Mustache specification says. The rules, down to
/// the corner cases, are those of swift-mustache 2.1.1, which jobwright used before; a test holds
/// the two to the same output on the built-in templates and a corpus of tricky ones.
struct MustacheParser {
    private struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var insideParent = false
        /// Directly inside `{{< parent}}`, where only blocks may be.
        var parentTopLevel = false
        var start: [UInt8] = Array("{{".utf8) {
            didSet { startFirstCharacter = Array(String(String(decoding: start, as: UTF8.self).first ?? "{").utf8) }
        }
        /// The opening delimiter's first character, which may take several bytes: text is read
        /// up to it.
        private(set) var startFirstCharacter: [UInt8] = Array("{".utf8)
        var end: [UInt8] = Array("}}".utf8)
        var parentIndent: Int?
        /// Sections and parents open around this point.
        var depth = 0
        /// Where the innermost of them was opened, for the error when they are too deep.
        var openedAt = 0

        func opened(at position: Int) -> State {
            var state = self
            state.openedAt = position
            return state
        }

        func inSection(_ name: String, transforms: [String] = [], newLine: Bool) -> State {
            var state = self
            state.depth += 1
            state.sectionName = name
            state.sectionTransforms = transforms
            state.parentTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func inParent(_ name: String) -> State {
            var state = self
            state.depth += 1
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.insideParent = true
            state.parentTopLevel = true
            return state
        }
    }

    private let bytes: [UInt8]
    private var position = 0
    private let contentTypes: [String: MustacheContentType]

    init(_ source: String, contentTypes: [String: MustacheContentType]) {
        bytes = Array(source.utf8)
        self.contentTypes = contentTypes
    }

    mutating func parseWhole() throws(MustacheSyntaxError) -> MustacheTemplate {
        do throws(MustacheSyntaxError.Kind) {
            return try parse(State())
        } catch {
            let (line, column) = place(of: position)
            throw MustacheSyntaxError(kind: error, line: line, column: column)
        }
    }

    // MARK: - Tokens

    /// Sections nested deeper than this are refused (each level is a frame of the parser's stack).
    static let deepestNesting = 100

    private mutating func parse(_ initial: State) throws(MustacheSyntaxError.Kind) -> MustacheTemplate {
        guard initial.depth <= Self.deepestNesting else {
            position = initial.openedAt
            throw .nestedTooDeep
        }
        var tokens: [MustacheToken] = []
        var state = initial
        var whiteSpaceBefore: ArraySlice<UInt8> = []
        while position < bytes.count {
            if state.newLine {
                let whiteSpace = readSpacesAndTabs()
                if state.insideParent && !state.parentTopLevel {
                    if let indent = state.parentIndent {
                        whiteSpaceBefore = whiteSpace.dropFirst(indent)
                    } else {
                        state.parentIndent = whiteSpace.count
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = try readUntilTagOrLineBreak(state)
            let lineBreak = lineBreakLength(at: position)
            if lineBreak > 0 {
                tokens.append(Self.textToken(string(whiteSpaceBefore) + string(text) + string(bytes[position..<position + lineBreak])))
                state.newLine = true
                position += lineBreak
                continue
            }
            if !text.isEmpty {
                tokens.append(Self.textToken(string(whiteSpaceBefore) + string(text)))
                whiteSpaceBefore = []
                state.newLine = false
            }
            guard position < bytes.count else { break }
            var setNewLine = false
            let tagStart = position - state.start.count
            func flushWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(Self.textToken(string(whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }
            }
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let (name, transforms) = try parseName(state)
                if isStandalone(state) { setNewLine = true } else { flushWhiteSpace() }
                let section = try parse(state.inSection(name, transforms: transforms, newLine: setNewLine).opened(at: tagStart))
                tokens.append(.section(MustacheName(name, transforms: transforms), section, inverted: inverted))

            case UInt8(ascii: "/"):
                position += 1
                let nameStart = position
                let (name, transforms) = try parseName(state)
                guard name == state.sectionName, transforms == state.sectionTransforms else {
                    position = nameStart
                    throw .sectionCloseNameIncorrect
                }
                if !isStandalone(state) { flushWhiteSpace() }
                return MustacheTemplate(tokens: tokens)

            case UInt8(ascii: "!"):
                position += 1
                try skipComment(state)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "{"):
                flushWhiteSpace()
                position += 1
                let (name, transforms) = try parseName(state)
                guard position < bytes.count else { throw .endsInsideTag }
                guard bytes[position] == UInt8(ascii: "}") else { throw .unfinishedName }
                position += 1
                tokens.append(.variable(MustacheName(name, transforms: transforms), escaped: false))

            case UInt8(ascii: "&"):
                flushWhiteSpace()
                position += 1
                let (name, transforms) = try parseName(state)
                tokens.append(.variable(MustacheName(name, transforms: transforms), escaped: false))

            case UInt8(ascii: ">"):
                position += 1
                skipWhiteSpace()
                var dynamic = false
                if position < bytes.count && bytes[position] == UInt8(ascii: "*") {
                    position += 1
                    dynamic = true
                }
                let name = try parsePartialName(state)
                if !whiteSpaceBefore.isEmpty { tokens.append(Self.textToken(string(whiteSpaceBefore))) }
                let standalone = isStandalone(state)
                setNewLine = standalone
                tokens.append(.partial(name, dynamic: dynamic, indentation: standalone ? string(whiteSpaceBefore) : nil, overrides: nil))
                whiteSpaceBefore = []

            case UInt8(ascii: "<"):
                position += 1
                skipWhiteSpace()
                let sectionName = try parsePartialName(state)
                let dynamic = sectionName.first == "*"
                if !whiteSpaceBefore.isEmpty { tokens.append(Self.textToken(string(whiteSpaceBefore))) }
                if isStandalone(state) { setNewLine = true }
                let section = try parse(state.inParent(sectionName).opened(at: tagStart))
                var overrides: [String: MustacheTemplate] = [:]
                for token in section.tokens {
                    switch token {
                    case .blockOverride(let name, let template): overrides[name] = template
                    case .text: break
                    default: throw .illegalTokenInsideInheritSection
                    }
                }
                tokens.append(.partial(dynamic ? String(sectionName.dropFirst()) : sectionName, dynamic: dynamic,
                                       indentation: string(whiteSpaceBefore), overrides: overrides))
                whiteSpaceBefore = []

            case UInt8(ascii: "$"):
                position += 1
                let (name, transforms) = try parseName(state)
                guard transforms.isEmpty else { throw .transformAppliedToInheritanceSection }
                if state.parentTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let section = try parse(state.inSection(name, newLine: setNewLine).opened(at: tagStart))
                    tokens.append(.blockOverride(name, section))
                } else {
                    if !whiteSpaceBefore.isEmpty { tokens.append(Self.textToken(string(whiteSpaceBefore))) }
                    if isStandalone(state) { setNewLine = true }
                    let section = try parse(state.inSection(name, newLine: setNewLine).opened(at: tagStart))
                    tokens.append(.block(name, section, indentation: string(whiteSpaceBefore)))
                    whiteSpaceBefore = []
                }

            case UInt8(ascii: "="):
                position += 1
                state = try parseDelimiters(state)
                setNewLine = isStandalone(state)

            case UInt8(ascii: "%"):
                position += 1
                tokens.append(.contentType(try parseSetting(state)))
                setNewLine = isStandalone(state)

            default:
                flushWhiteSpace()
                let (name, transforms) = try parseName(state)
                tokens.append(.variable(MustacheName(name, transforms: transforms), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw .expectedSectionEnd }
        return MustacheTemplate(tokens: tokens)
    }

    // MARK: - Reading

    /// The text up to the next tag (which is then read past its opening delimiter) or line break.
    /// Text ends only at LF or CR LF here, as in swift-mustache; the other line breaks
    /// (`lineBreakLength`) count where it asks whether a line has finished.
    private mutating func readUntilTagOrLineBreak(_ state: State) throws(MustacheSyntaxError.Kind) -> ArraySlice<UInt8> {
        let start = position
        let delimiter = state.start
        let firstCharacter = state.startFirstCharacter
        while position < bytes.count {
            let byte = bytes[position]
            if byte == firstCharacter[0], bytes[position...].starts(with: firstCharacter) {
                if bytes[position...].starts(with: delimiter) {
                    let text = bytes[start..<position]
                    position += delimiter.count
                    return text
                }
                // Fewer characters left than the delimiter has: the file ends inside a tag.
                if bytes.count - position < delimiter.count,
                   String(decoding: bytes[position...], as: UTF8.self).count < String(decoding: delimiter, as: UTF8.self).count {
                    throw .endsInsideTag
                }
                position += firstCharacter.count
            } else if byte == 0x0A || (byte == 0x0D && position + 1 < bytes.count && bytes[position + 1] == 0x0A) {
                break
            } else {
                position += 1
            }
        }
        return bytes[start..<position]
    }

    /// A name with its transforms: `empty(committee)` is ("committee", ["empty"]).
    private mutating func parseName(_ state: State) throws(MustacheSyntaxError.Kind) -> (String, [String]) {
        skipWhiteSpace()
        let start = position
        while position < bytes.count && Self.isNameByte(bytes[position], brackets: true) { position += 1 }
        let text = bytes[start..<position]
        skipWhiteSpace()
        try readEndDelimiter(state, else: .unfinishedName)
        guard let open = text.firstIndex(where: { !Self.isNameByte($0, brackets: false) }) else { return (string(text), []) }
        guard text[open] == UInt8(ascii: "(") else { throw .unfinishedName }
        var transforms = [string(text[start..<open])]
        var cursor = open + 1
        while true {
            let partStart = cursor
            while cursor < text.endIndex && Self.isNameByte(text[cursor], brackets: false) { cursor += 1 }
            let part = string(text[partStart..<cursor])
            guard cursor < text.endIndex else { throw .unfinishedName }
            if text[cursor] == UInt8(ascii: "(") {
                transforms.append(part)
                cursor += 1
                continue
            }
            guard text[cursor] == UInt8(ascii: ")") else { throw .unfinishedName }
            cursor += 1
            var closing = 0
            while cursor < text.endIndex && text[cursor] == UInt8(ascii: ")") { closing += 1; cursor += 1 }
            guard closing + 1 == transforms.count, cursor == text.endIndex else { throw .unfinishedName }
            return (part, transforms)
        }
    }

    private mutating func parsePartialName(_ state: State) throws(MustacheSyntaxError.Kind) -> String {
        skipWhiteSpace()
        let start = position
        while position < bytes.count && (Self.isNameByte(bytes[position], brackets: true) || bytes[position] == UInt8(ascii: "/")) { position += 1 }
        let name = string(bytes[start..<position])
        skipWhiteSpace()
        try readEndDelimiter(state, else: .unfinishedName)
        return name
    }

    /// An unclosed comment is reported where it starts, as swift-mustache reports it.
    private mutating func skipComment(_ state: State) throws(MustacheSyntaxError.Kind) {
        let start = position
        while position < bytes.count {
            if bytes[position] == state.end[0], bytes.count - position >= state.end.count,
               bytes[position..<position + state.end.count].elementsEqual(state.end) {
                position += state.end.count
                return
            }
            position += 1
        }
        position = start
        throw .endsInsideTag
    }

    /// `{{=<% %>=}}`.
    private mutating func parseDelimiters(_ state: State) throws(MustacheSyntaxError.Kind) -> State {
        skipWhiteSpace()
        guard let start = readUntilWhiteSpace(orEquals: false) else { throw .invalidSetDelimiter }
        skipWhiteSpace()
        guard let end = readUntilWhiteSpace(orEquals: true) else { throw .invalidSetDelimiter }
        skipWhiteSpace()
        guard position < bytes.count else { throw .endsInsideTag }
        guard bytes[position] == UInt8(ascii: "=") else { throw .invalidSetDelimiter }
        position += 1
        try readEndDelimiter(state, else: .invalidSetDelimiter)
        guard !start.isEmpty, !end.isEmpty else { throw .invalidSetDelimiter }
        var next = state
        next.start = Array(start)
        next.end = Array(end)
        next.parentTopLevel = false
        return next
    }

    /// `{{%CONTENT_TYPE: TEXT}}`.
    private mutating func parseSetting(_ state: State) throws(MustacheSyntaxError.Kind) -> MustacheContentType {
        func word() -> String {
            let start = position
            while position < bytes.count && Self.isNameByte(bytes[position], brackets: false) { position += 1 }
            return string(bytes[start..<position])
        }
        skipWhiteSpace()
        let variable = word()
        skipWhiteSpace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw .invalidConfigVariableSyntax }
        position += 1
        skipWhiteSpace()
        let value = word()
        skipWhiteSpace()
        do { try readEndDelimiter(state, else: .invalidConfigVariableSyntax) } catch { throw .invalidConfigVariableSyntax }
        guard !variable.isEmpty, !value.isEmpty else { throw .invalidConfigVariableSyntax }
        guard variable == "CONTENT_TYPE", let contentType = contentTypes[value] else { throw .unrecognisedConfigVariable }
        return contentType
    }

    private mutating func readEndDelimiter(_ state: State, else failure: MustacheSyntaxError.Kind) throws(MustacheSyntaxError.Kind) {
        guard bytes.count - position >= state.end.count else { throw .endsInsideTag }
        guard bytes[position..<position + state.end.count].elementsEqual(state.end) else { throw failure }
        position += state.end.count
    }

    /// The bytes up to the next white space (or `=`); nil when the file ends first.
    private mutating func readUntilWhiteSpace(orEquals: Bool) -> ArraySlice<UInt8>? {
        let start = position
        while position < bytes.count {
            if whiteSpaceLength(at: position) > 0 || (orEquals && bytes[position] == UInt8(ascii: "=")) { return bytes[start..<position] }
            position += 1
        }
        position = start
        return nil
    }

    /// A standalone tag: alone on its line but for spaces and tabs. The rest of the line, with
    /// its line break, is read past.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        guard position < bytes.count else { return true }
        var cursor = position
        while cursor < bytes.count && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) { cursor += 1 }
        let lineBreak = lineBreakLength(at: cursor)
        guard lineBreak > 0 else { return false }
        position = cursor + lineBreak
        return true
    }

    private mutating func readSpacesAndTabs() -> ArraySlice<UInt8> {
        let start = position
        while position < bytes.count && (bytes[position] == 0x20 || bytes[position] == 0x09) { position += 1 }
        return bytes[start..<position]
    }

    private mutating func skipWhiteSpace() {
        while position < bytes.count {
            let length = whiteSpaceLength(at: position)
            guard length > 0 else { return }
            position += length
        }
    }

    // MARK: - Characters

    /// The length in bytes of the line break at `index` (a Swift `Character` for which
    /// `isNewline` holds: LF, CR LF, CR, VT, FF, NEL, LS, PS), or 0.
    private func lineBreakLength(at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// The length in bytes of the white space at `index` (a `Character` for which `isWhitespace`
    /// holds), or 0.
    private func whiteSpaceLength(at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        let lineBreak = lineBreakLength(at: index)
        if lineBreak > 0 { return lineBreak }
        switch bytes[index] {
        case 0x20, 0x09: return 1
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1: return index + 2 < bytes.count && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard index + 2 < bytes.count else { return 0 }
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            if second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xAF) { return 3 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3: return index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default: return 0
        }
    }

    private static func isNameByte(_ byte: UInt8, brackets: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): true
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"): true
        case UInt8(ascii: "("), UInt8(ascii: ")"): brackets
        default: false
        }
    }

    private func string(_ slice: ArraySlice<UInt8>) -> String { String(decoding: slice, as: UTF8.self) }

    /// A text token: its bytes once made a String, so any bytes that are not UTF-8 (a delimiter
    /// set to cut a character) are repaired as swift-mustache's Strings repair them.
    private static func textToken(_ text: String) -> MustacheToken { .text(Array(text.utf8)) }

    /// Line and column, both from 1, counted in characters as an editor shows them.
    private func place(of index: Int) -> (line: Int, column: Int) {
        let end = min(index, bytes.count)
        var line = 1
        var lineStart = 0
        var cursor = 0
        while cursor < end {
            let lineBreak = lineBreakLength(at: cursor)
            if lineBreak > 0 {
                line += 1
                cursor += lineBreak
                lineStart = cursor
            } else {
                cursor += 1
            }
        }
        let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
        return (line, column)
    }
}
