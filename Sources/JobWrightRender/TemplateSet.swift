import Foundation
import JobWrightAssets
import JobWrightCore
import Mustache
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
        MarkdownContentType.registerOnce()
        MarkupContentType.registerOnce()
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
    public func render(_ context: Any, template name: String) throws(JobWrightError) -> String {
        try parsed.render(context, template: name)
    }

    static func explain(_ error: any Error) -> String {
        switch "\(error)" {
        case "sectionCloseNameIncorrect": "a section is closed with a different name than it was opened with"
        case "unfinishedName": "a tag is not closed with }}"
        case "expectedSectionEnd": "a section is opened but never closed"
        case "invalidSetDelimiter": "the set-delimiter tag is malformed"
        case "overflow": "the file ends inside a tag"
        case "unrecognisedConfigVariable": "unknown {{% ...}} setting"
        case let other: other
        }
    }
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

/// Escaping for Markdown output (`{{%CONTENT_TYPE: MARKDOWN}}`): user text cannot start a
/// heading, a list, emphasis, a link, raw HTML or break a pipe table.
struct MarkdownContentType: MustacheContentType {
    /// On the bytes (every mark is ASCII); "\r\n", one character, is kept as it is.
    func escapeText(_ text: String) -> String {
        let bytes = Array(text.utf8)
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

    private static let registration: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    }()

    static func registerOnce() { _ = registration }
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

    func render(_ context: Any, template name: String) throws(JobWrightError) -> String {
        try state.withLock { (state) throws(JobWrightError) -> String in
            guard texts[name] != nil else {
                throw JobWrightError(.badData, "there is no template '\(name)' (looked for Templates/\(name).mustache)")
            }
            try Self.parse(name, texts, &state)
            guard let output = state.library.render(context, withTemplate: name) else {
                throw JobWrightError(.badData, "the template '\(name)' could not be rendered")
            }
            return output
        }
    }

    private static func parse(_ name: String, _ texts: [String: (path: String, text: String)],
                              _ state: inout (library: MustacheLibrary, done: Set<String>)) throws(JobWrightError) {
        guard let file = texts[name], state.done.insert(name).inserted else { return }
        // A control character in a district's template would reach every reader's terminal.
        if let (line, column, value) = ControlCharacters.first(in: file.text) {
            throw JobWrightError(.badData, "the template holds the control character \(ControlCharacters.name(value)); remove it",
                                 at: SourceLocation(file: file.path, line: line, column: column))
        }
        // Markup templates name the byte-wise HTML escaping (see MarkupContentType) on a line
        // put before their own; an error is reported at its line in the file.
        let markup = name.hasSuffix(".html") || name.hasSuffix(".docx")
        let prefix = markup ? MarkupContentType.pragma : ""
        do {
            let source = prefix + file.text
            // A long template is parsed in pieces (see TemplateChunks); if a piece does not parse,
            // the whole template is, for the error's place in the file.
            if let split = TemplateChunks.split(source, name: name),
               let pieces = try? split.pieces.map({ try MustacheTemplate(string: $0.text) }) {
                for (piece, template) in zip(split.pieces, pieces) { state.library.register(template, named: piece.name) }
                state.library.register(try MustacheTemplate(string: split.including), named: name)
            } else {
                state.library.register(try MustacheTemplate(string: source), named: name)
            }
        } catch let error as MustacheTemplate.ParserError {
            let line = max(1, error.context.lineNumber - (markup ? 1 : 0))
            throw JobWrightError(.badData, "template syntax: \(TemplateSet.explain(error.error))",
                                 at: SourceLocation(file: file.path, line: line, column: error.context.columnNumber + 1))
        } catch {
            throw JobWrightError(.badData, "template: \(error)", at: SourceLocation(file: file.path))
        }
        for reference in TemplateSet.partialReferences(in: file.text) { try parse(reference.name, texts, &state) }
    }
}
