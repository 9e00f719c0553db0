/// A parsed Mustache template: the tags and text of a file, sections holding their own.
public struct MustacheTemplate: Sendable {
    let tokens: [MustacheToken]

    /// Parses `source`; `contentTypes` are the names `{{%CONTENT_TYPE: NAME}}` may give.
    public init(_ source: String, contentTypes: [String: MustacheContentType] = MustacheContentType.standard) throws(MustacheSyntaxError) {
        var parser = MustacheParser(source, contentTypes: contentTypes)
        self = try parser.parseWhole()
    }

    init(tokens: [MustacheToken]) { self.tokens = tokens }

    /// The templates this one includes by name (`{{> name}}`, `{{< parent}}`), in sections and
    /// blocks too, each once, in the order first named; a partial named by a value
    /// (`{{> *name}}`) is known only when rendered, so it is not among them.
    public var partialNames: [String] {
        var names: [String] = []
        var seen: Set<String> = []
        func collect(_ tokens: [MustacheToken]) {
            for token in tokens {
                switch token {
                case .partial(let name, let dynamic, _, let overrides):
                    if !dynamic && seen.insert(name).inserted { names.append(name) }
                    for (_, template) in (overrides ?? [:]).sorted(by: { $0.key < $1.key }) { collect(template.tokens) }
                case .section(_, let template, _), .block(_, let template, _), .blockOverride(_, let template):
                    collect(template.tokens)
                case .text, .variable, .contentType:
                    break
                }
            }
        }
        collect(tokens)
        return names
    }
}

enum MustacheToken: Sendable {
    /// Text printed as it is, as UTF-8: the output is built as bytes.
    case text([UInt8])
    case variable(MustacheName, escaped: Bool)
    case section(MustacheName, MustacheTemplate, inverted: Bool)
    /// `{{> name}}`, or `{{> *name}}` (the partial named by a value), or `{{< name}}` with the
    /// blocks it overrides. A standalone partial indents every line it renders.
    case partial(String, dynamic: Bool, indentation: String?, overrides: [String: MustacheTemplate]?)
    /// `{{$name}}default{{/name}}` outside a `{{< parent}}`: the parent's block.
    case block(String, MustacheTemplate, indentation: String?)
    /// `{{$name}}...{{/name}}` inside a `{{< parent}}`: what the block becomes.
    case blockOverride(String, MustacheTemplate)
    case contentType(MustacheContentType)
}

/// A tag's name and the transforms applied to it: `empty(committee)` is `committee` with
/// `empty`, `last()` the position in the list being rendered with `last`.
struct MustacheName: Sendable, Equatable {
    /// Where the value is looked up. (The name's parts are a field of their own, not a payload of
    /// this enum: a pointer in an enum payload carries the case in its spare bits, where the
    /// leak checker the fuzz targets run under cannot see it.)
    enum Lookup: Equatable {
        /// `.`: the value on top of the stack.
        case current
        /// `name()`: the position in the list being rendered.
        case position
        /// `.a.b`: from the value on top of the stack only.
        case top
        /// `a.b`: `a` searched for down the stack, then `b` inside it; no parts is the top value.
        case stack
    }

    let name: String
    let transforms: [String]
    let lookup: Lookup
    /// The dotted name's parts: `a.b` is ["a", "b"].
    let parts: [String]

    init(_ name: String, transforms: [String]) {
        self.name = name
        self.transforms = transforms
        parts = name.split(separator: ".").map(String.init)
        if name == "." {
            lookup = .current
        } else if name.isEmpty && !transforms.isEmpty {
            lookup = .position
        } else if name.first == "." {
            lookup = .top
        } else {
            lookup = .stack
        }
    }
}

/// How values are escaped: `TEXT` not at all, `HTML` (the default) as HTML and XML text.
public struct MustacheContentType: Sendable {
    public let escape: @Sendable (String) -> String
    /// The two built-in kinds are written straight into the output's bytes.
    private let builtIn: BuiltIn?

    private enum BuiltIn { case text, html }

    public init(escape: @escaping @Sendable (String) -> String) {
        self.escape = escape
        builtIn = nil
    }

    private init(_ builtIn: BuiltIn, escape: @escaping @Sendable (String) -> String) {
        self.escape = escape
        self.builtIn = builtIn
    }

    /// `escape(text)`, appended to `output` as UTF-8.
    func append(_ text: String, to output: inout [UInt8]) {
        switch builtIn {
        case .text?: output.appendUTF8(of: text)
        case .html?: text.appendHTMLEscaped(to: &output)
        case nil: output.appendUTF8(of: escape(text))
        }
    }

    public static let text = MustacheContentType(.text) { $0 }
    public static let html = MustacheContentType(.html) { $0.mustacheHTMLEscaped }
    public static let standard: [String: MustacheContentType] = ["HTML": .html, "TEXT": .text]
}

/// A template that cannot be parsed, with the line and column (both from 1) where it failed.
public struct MustacheSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Error, Sendable, Equatable {
        case sectionCloseNameIncorrect, unfinishedName, expectedSectionEnd, invalidSetDelimiter
        case transformAppliedToInheritanceSection, illegalTokenInsideInheritSection
        case invalidConfigVariableSyntax, unrecognisedConfigVariable, endsInsideTag, nestedTooDeep
    }

    public let kind: Kind
    public let line: Int
    public let column: Int

    public var description: String {
        switch kind {
        case .sectionCloseNameIncorrect: "a section is closed with a different name than it was opened with"
        case .unfinishedName: "a tag is not closed with }}"
        case .expectedSectionEnd: "a section is opened but never closed"
        case .invalidSetDelimiter: "the set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: "a block ({{$name}}) cannot take a transform"
        case .illegalTokenInsideInheritSection: "only blocks ({{$name}}) may be inside {{<parent}}"
        case .invalidConfigVariableSyntax: "a {{% ...}} setting is malformed (write {{%CONTENT_TYPE: TEXT}})"
        case .unrecognisedConfigVariable: "unknown {{% ...}} setting"
        case .endsInsideTag: "the file ends inside a tag"
        case .nestedTooDeep: "sections are nested more than \(MustacheParser.deepestNesting) deep"
        }
    }
}

extension String {
    /// The text as HTML or XML text or attribute value: `& < > " '` escaped as Mustache's HTML
    /// content type escapes them. Done on the bytes (all five are ASCII), and text without any of
    /// them (most values) is returned as it is.
    public var mustacheHTMLEscaped: String {
        guard holdsHTMLSpecial else { return self }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        appendEscapingEachByte(to: &result)
        return String(decoding: result, as: UTF8.self)
    }

    /// `mustacheHTMLEscaped`, appended to `output` as UTF-8.
    func appendHTMLEscaped(to output: inout [UInt8]) {
        guard holdsHTMLSpecial else { return output.appendUTF8(of: self) }
        appendEscapingEachByte(to: &output)
    }

    private var holdsHTMLSpecial: Bool {
        utf8.withContiguousStorageIfAvailable({ $0.contains(where: Self.escapedInHTML) }) ?? utf8.contains(where: Self.escapedInHTML)
    }

    private func appendEscapingEachByte(to output: inout [UInt8]) {
        for byte in utf8 {
            switch byte {
            case 0x26: output += [0x26, 0x61, 0x6D, 0x70, 0x3B]  // &amp;
            case 0x3C: output += [0x26, 0x6C, 0x74, 0x3B]  // &lt;
            case 0x3E: output += [0x26, 0x67, 0x74, 0x3B]  // &gt;
            case 0x22: output += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
            case 0x27: output += [0x26, 0x23, 0x33, 0x39, 0x3B]  // &#39;
            default: output.append(byte)
            }
        }
    }

    private static func escapedInHTML(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }
}

extension [UInt8] {
    /// The string's UTF-8 bytes appended, copied whole from its storage where it has one.
    mutating func appendUTF8(of text: String) {
        var text = text
        text.withUTF8 { self.append(contentsOf: $0) }
    }
}
