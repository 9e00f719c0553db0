import Yams

/// A draft as read from a file: the value, and the parsed document that knows where each field is.
public struct LoadedDraft {
    public var draft: Draft
    public var document: YAMLDocument

    public func location(of path: [String]) -> SourceLocation { document.location(of: path) }
}

extension Draft {
    /// Parses a draft file. Errors name `file:line:column` and the field path.
    public static func load(path: String, text: String) throws(JobWrightError) -> LoadedDraft {
        let document = try YAMLDocument(path: path, text: text)
        let draft = try document.decode(Draft.self)
        if draft.jobwright != 1 {
            throw JobWrightError(.badData, "this draft is format \(draft.jobwright); this jobwright reads format 1",
                                 at: document.location(of: ["jobwright"]), field: "jobwright")
        }
        return LoadedDraft(draft: draft, document: document)
    }

    /// The draft as YAML in its stable key order (the order of the declarations), two-space
    /// indents, Unicode kept, no line folding: the same draft always gives the same bytes.
    public func yaml() throws(JobWrightError) -> String { try StableYAML.encode(self, what: "the draft") }
}

extension DistrictProfile {
    /// The profile as YAML in the order of its declarations.
    public func yaml() throws(JobWrightError) -> String { try StableYAML.encode(self, what: "the district profile") }
}

/// Two-space indents, Unicode kept, no line folding, keys in declaration order: the same value
/// always gives the same bytes.
enum StableYAML {
    static func encode<T: Encodable>(_ value: T, what: String) throws(JobWrightError) -> String {
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.sortKeys = false
        encoder.options.indent = 2
        encoder.options.width = -1
        do {
            return try encoder.encode(value)
        } catch {
            throw JobWrightError(.badData, "\(what) could not be written as YAML: \(error)")
        }
    }
}
