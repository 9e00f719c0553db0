import Foundation
import JobWrightAssets
import JobWrightCore
import JobWrightMustache
import Synchronization

/// The Mustache templates: the embedded defaults with a district's override folder laid over
/// them file by file. The defaults are parsed when a document first needs them (a command that
/// prints the posting never parses the rubric); a district's folder is checked whole when it is
/// loaded. A syntax error reads `file:line:column: error: message`.
public struct TemplateSet: Sendable {
    /// Template name (`posting.text`, `partials/notices.text`) → the file it came from.
    public let sources: [String: String]
    private let parsed: ParsedTemplates

    /// Template names are paths under `Templates/` without the `.mustache` extension.
    public static func load(overrides directory: String? = nil) throws(JobWrightErrors) -> TemplateSet {
        var texts: [String: (path: String, text: String)] = [:]
        for path in EmbeddedAssets.paths(under: "Templates") where path.hasSuffix(".mustache") {
            let name = String(path.dropFirst("Templates/".count).dropLast(".mustache".count))
            texts[name] = (path, EmbeddedAssets.text(path) ?? "")
        }
        let set: TemplateSet
        if let directory {
            let overrides = try OverrideFolder.files(in: directory, withExtension: "mustache")
            for (relative, file) in overrides {
                texts[String(relative.dropLast(".mustache".count))] = file
            }
            set = TemplateSet(sources: texts.mapValues(\.path), parsed: ParsedTemplates(texts))
            // A district's templates are checked whole, now, not when a document first needs them.
            var errors = partialProblems(texts)
            for name in texts.keys.sorted() {
                do throws(JobWrightError) { try set.parsed.parse(name) } catch { errors.append(error) }
            }
            guard errors.isEmpty else { throw JobWrightErrors(errors) }
        } else {
            set = TemplateSet(sources: texts.mapValues(\.path), parsed: ParsedTemplates(texts))
        }
        return set
    }

    /// Renders a named template; a missing template is an error, never empty output.
    public func render(_ context: MustacheObject, template name: String) throws(JobWrightError) -> String {
        String(decoding: try parsed.renderUTF8(context, template: name), as: UTF8.self)
    }

    /// `render` as UTF-8 bytes, for the renderer's finishing passes, which work on bytes.
    func renderUTF8(_ context: MustacheObject, template name: String) throws(JobWrightError) -> [UInt8] {
        try parsed.renderUTF8(context, template: name)
    }

    /// Whether a named template certainly prints text that is not blank with this context, told
    /// from its own texts without rendering; nil when only rendering can tell.
    public func certainlyPrintsText(_ context: MustacheObject, template name: String) throws(JobWrightError) -> Bool? {
        try parsed.certainlyPrintsText(context, template: name)
    }

    /// The names `{{%CONTENT_TYPE: NAME}}` may give: `HTML` (the default), `TEXT` and `MARKDOWN`.
    static let contentTypes: [String: MustacheContentType] = [
        "HTML": .html, "TEXT": .text, "MARKDOWN": MustacheContentType(escape: \.markdownEscaped),
    ]
}

/// The files of a district's override folder, by path relative to the folder.
enum OverrideFolder {
    static func files(in directory: String, withExtension ext: String) throws(JobWrightErrors) -> [String: (path: String, text: String)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw JobWrightErrors([JobWrightError(.missingInput, "the folder does not exist", at: SourceLocation(file: directory))])
        }
        var result: [String: (path: String, text: String)] = [:]
        let root = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return result }
        var errors: [JobWrightError] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix("." + ext) else { continue }
            let path = root.appendingPathComponent(relative).path
            guard let data = FileManager.default.contents(atPath: path) else {
                errors.append(JobWrightError(.missingInput, "the file cannot be read", at: SourceLocation(file: path)))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                errors.append(JobWrightError(.badData, "the file is not UTF-8 text", at: SourceLocation(file: path)))
                continue
            }
            result[relative] = (path, text)
        }
        guard errors.isEmpty else { throw JobWrightErrors(errors) }
        return result
    }
}

extension String {
    /// The text as Markdown text (`{{%CONTENT_TYPE: MARKDOWN}}`): it cannot start a heading, a
    /// list, emphasis, a link, raw HTML or break a pipe table. On the bytes (every mark is
    /// ASCII); "\r\n", one character, is kept as it is.
    var markdownEscaped: String {
        let bytes = Array(utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 8)
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x23, 0x7B, 0x7D:  // \ ` * _ [ ] < > | # { }
                output.append(0x5C); output.append(byte)
            case 0x0A where index == 0 || bytes[index - 1] != 0x0D:
                output.append(0x20)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// The templates parsed so far, shared by copies of a `TemplateSet`. A template is parsed, with
/// the partials it names, the first time it is rendered.
final class ParsedTemplates: Sendable {
    private let texts: [String: (path: String, text: String)]
    private let state = Mutex<(library: MustacheLibrary, done: Set<String>)>((MustacheLibrary(), []))

    init(_ texts: [String: (path: String, text: String)]) { self.texts = texts }

    func parse(_ name: String) throws(JobWrightError) {
        try state.withLock { (state) throws(JobWrightError) in try Self.parse(name, texts, &state) }
    }

    func renderUTF8(_ context: MustacheObject, template name: String) throws(JobWrightError) -> [UInt8] {
        guard texts[name] != nil else {
            throw JobWrightError(.badData, "there is no template '\(name)' (looked for Templates/\(name).mustache)")
        }
        // Parsed under the lock; rendered outside it, from a copy of the library.
        let library = try state.withLock { (state) throws(JobWrightError) -> MustacheLibrary in
            try Self.parse(name, texts, &state)
            return state.library
        }
        guard let output = library.renderUTF8(.object(context), withTemplate: name) else {
            throw JobWrightError(.badData, "the template '\(name)' renders without end: more than \(MustacheLibrary.mostTokens) tags and texts, "
                                 + "or sections and partials inside each other more than \(MustacheLibrary.deepestRender) deep "
                                 + "(sections over lists nested in each other, or partials included many times at many levels)")
        }
        return output
    }

    func certainlyPrintsText(_ context: MustacheObject, template name: String) throws(JobWrightError) -> Bool? {
        guard texts[name] != nil else { return nil }
        let library = try state.withLock { (state) throws(JobWrightError) -> MustacheLibrary in
            try Self.parse(name, texts, &state)
            return state.library
        }
        return library.certainlyPrintsText(.object(context), withTemplate: name)
    }

    private static func parse(_ name: String, _ texts: [String: (path: String, text: String)],
                              _ state: inout (library: MustacheLibrary, done: Set<String>)) throws(JobWrightError) {
        guard let file = texts[name], state.done.insert(name).inserted else { return }
        // A control character in a district's template would reach every reader's terminal.
        if let (line, column, value) = ControlCharacters.first(in: file.text) {
            throw JobWrightError(.badData, "the template holds the control character \(ControlCharacters.name(value)); remove it",
                                 at: SourceLocation(file: file.path, line: line, column: column))
        }
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(file.text, contentTypes: TemplateSet.contentTypes)
        } catch {
            throw JobWrightError(.badData, "template syntax: \(error)",
                                 at: SourceLocation(file: file.path, line: error.line, column: error.column))
        }
        state.library.register(template, named: name)
        for partial in template.partialNames { try parse(partial, texts, &state) }
    }
}
