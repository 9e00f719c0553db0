import Yams

/// A draft as read from a file: the value, and the parsed document that knows where each field is.
public struct LoadedDraft {
    public var draft: Draft
    public var document: YAMLDocument

    public init(draft: Draft, document: YAMLDocument) {
        self.draft = draft
        self.document = document
    }

    public func location(of path: [String]) -> SourceLocation { document.location(of: path) }
}

extension Draft {
    /// Parses a draft file. Errors name `file:line:column` and the field path.
    public static func load(path: String, text: String) throws(JobWrightError) -> LoadedDraft {
        let document = try YAMLDocument(path: path, text: text)
        let draft = try document.read(Draft.init(reading:))
        if draft.jobwright != 1 {
            throw JobWrightError(.badData, "this draft is format \(draft.jobwright); this jobwright reads format 1",
                                 at: document.location(of: ["jobwright"]), field: "jobwright")
        }
        return LoadedDraft(draft: draft, document: document)
    }

    /// The draft as YAML in its stable key order (the order of the declarations), two-space
    /// indents, Unicode kept, no line folding: the same draft always gives the same bytes.
    public func yaml() throws(JobWrightError) -> String {
        try StableYAML.serialize(node(NodeWriter(newlineScalarStyle: StableYAML.options.newLineScalarStyle)), what: "the draft")
    }
}

extension DistrictProfile {
    /// The profile as YAML in the order of its declarations.
    public func yaml() throws(JobWrightError) -> String { try StableYAML.encode(self, what: "the district profile") }
}

/// Two-space indents, Unicode kept, no line folding, keys in declaration order: the same value
/// always gives the same bytes.
enum StableYAML {
    /// The emitter's settings: two-space indents, Unicode kept, no line folding, keys in the
    /// order the type encodes them.
    static var options: YAMLEncoder.Options {
        var options = YAMLEncoder.Options()
        options.allowUnicode = true
        options.sortKeys = false
        options.indent = 2
        options.width = -1
        return options
    }

    /// The text Yams's `YAMLEncoder` with `options` writes, built through `NodeEncoder`.
    static func encode<T: Encodable>(_ value: T, what: String) throws(JobWrightError) -> String {
        let node: Node
        do {
            node = try NodeEncoder.encode(value, newlineScalarStyle: options.newLineScalarStyle)
        } catch {
            throw JobWrightError(.badData, "\(what) could not be written as YAML: \(error)")
        }
        return try serialize(node, what: what)
    }

    /// A node tree as text, with `options`.
    static func serialize(_ node: Node, what: String) throws(JobWrightError) -> String {
        let options = Self.options
        do {
            return try Yams.serialize(node: node, canonical: options.canonical, indent: options.indent, width: options.width,
                                      allowUnicode: options.allowUnicode, lineBreak: options.lineBreak,
                                      explicitStart: options.explicitStart, explicitEnd: options.explicitEnd,
                                      version: options.version, sortKeys: options.sortKeys)
        } catch {
            throw JobWrightError(.badData, "\(what) could not be written as YAML: \(error)")
        }
    }

    /// What Yams's own encoder writes, for the test that holds `encode` to it.
    static func encodedByYams<T: Encodable>(_ value: T) throws -> String {
        let encoder = YAMLEncoder()
        encoder.options = options
        return try encoder.encode(value)
    }
}
