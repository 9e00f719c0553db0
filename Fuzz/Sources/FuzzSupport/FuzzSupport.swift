import CFuzzDriver
import Foundation
import JobWrightAssets
import JobWrightChecks
import JobWrightCore
import JobWrightRender

/// What the fuzz targets share, built once per process as the command line builds it: the
/// built-in catalog, templates, rules, renderer (with the never-ask lines) and checker.
public struct FuzzEnvironment: Sendable {
    public let catalogFiles: [CatalogFile]
    public let renderer: Renderer
    public let checker: Checker
    public let example: Draft
    /// Every HTML element name the built-in templates write; user text must never add another.
    public let htmlElements: Set<String>

    init() {
        DisplayWidth.prepareLocale()
        do {
            catalogFiles = try CatalogSource.files()
            let rules = try RuleData.load()
            var renderer = try Renderer(catalog: try CatalogLoader.load(catalogFiles), templates: try TemplateSet.load())
            renderer.neverAsk = rules.interview.printedNeverAsk
            self.renderer = renderer
            checker = try Checker(renderer: renderer, rules: rules)
            let loaded = try Draft.load(path: "example.draft.yaml", text: DraftTemplates.example)
            example = loaded.draft
        } catch {
            fail("the built-in assets do not load: \(error)")
        }
        var elements = Set<String>()
        for path in EmbeddedAssets.paths(under: "Templates") where path.hasSuffix(".html.mustache") {
            elements.formUnion(Self.elementNames(in: EmbeddedAssets.text(path) ?? ""))
        }
        // The pictures the renderer draws itself (the org chart's SVG), as the example shows them.
        if let page = try? renderer.render(.posting, draft: example, options: RenderOptions(format: .html)) {
            elements.formUnion(Self.elementNames(in: page))
        }
        htmlElements = elements
    }

    /// `div`, `p`, `script`: the names after `<` or `</` in HTML.
    public static func elementNames(in html: String) -> Set<String> {
        var names = Set<String>()
        let scalars = Array(html.unicodeScalars)
        var index = 0
        while index < scalars.count {
            defer { index += 1 }
            guard scalars[index] == "<" else { continue }
            var start = index + 1
            if start < scalars.count, scalars[start] == "/" { start += 1 }
            var end = start
            while end < scalars.count, scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end]) { end += 1 }
            if end > start { names.insert(String(String.UnicodeScalarView(scalars[start..<end])).lowercased()) }
        }
        return names
    }
}

/// Loaded on first use by any target.
public let fuzz = FuzzEnvironment()

/// The example draft with its parsed document (for `referenceErrors`); the fuzzer runs one input
/// at a time on one thread.
public nonisolated(unsafe) let exampleLoaded: LoadedDraft = {
    do { return try Draft.load(path: "example.draft.yaml", text: DraftTemplates.example) } catch { fail("the example does not load: \(error)") }
}()

/// The input as bytes (libFuzzer may pass a null pointer with size 0).
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// The bytes as text when they are valid UTF-8 (as `Files.readText` requires), else nil.
public func utf8Text<C: Collection>(_ bytes: C) -> String? where C.Element == UInt8 {
    String(validating: bytes, as: UTF8.self)
}

/// Ends the run so that libFuzzer reports it and keeps the input: an invariant is broken.
public func fail(_ message: String, file: StaticString = #file, line: UInt = #line) -> Never {
    FileHandle.standardError.write(Data("\nFUZZ INVARIANT BROKEN: \(message)\n".utf8))
    fatalError(message, file: file, line: line)
}

/// A short, escaped quotation of text for failure messages.
public func quoted(_ text: String, limit: Int = 300) -> String {
    let cut = text.count > limit ? String(text.prefix(limit)) + "..." : text
    return cut.debugDescription
}

/// C0 and C1 control characters other than tab and line feed, and DEL: what must never reach
/// a reader. `formFeedLines` allows a form feed standing alone on its line (the page break
/// between rubric packets in plain text).
public func firstControlCharacter(in text: String, formFeedLines: Bool = false) -> (offset: Int, value: UInt32)? {
    var offset = 0
    var previous: Unicode.Scalar = "\n"
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
        defer { offset += 1; previous = scalar }
        let value = scalar.value
        guard (value < 0x20 && value != 0x09 && value != 0x0A) || (0x7F...0x9F).contains(value) else { continue }
        if formFeedLines, value == 0x0C, previous == "\n", index + 1 == scalars.count || scalars[index + 1] == "\n" { continue }
        return (offset, value)
    }
    return nil
}

/// Fails when `text` holds a control character (see `firstControlCharacter`).
public func requireNoControlCharacters(_ text: String, _ what: @autoclosure () -> String, formFeedLines: Bool = false) {
    guard let (offset, value) = firstControlCharacter(in: text, formFeedLines: formFeedLines) else { return }
    let scalars = Array(text.unicodeScalars)
    let around = String(String.UnicodeScalarView(scalars[max(0, offset - 40)..<min(scalars.count, offset + 40)]))
    fail("\(what()) holds the control character \(ControlCharacters.name(value)) at scalar \(offset): \(quoted(around))")
}

/// The line breaks of a YAML parser (LF, CR, CRLF, NEL, LS, PS) and of a CSV reader (LF, CR, CRLF).
public let yamlLineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
public let csvLineBreaks: Set<Unicode.Scalar> = ["\n", "\r"]

/// The number of lines in `text` and its longest line in Unicode scalars, with `breaks` as
/// line breaks (CRLF counts once), so that a reported place can be bounded.
public func lineBounds(of text: String, breaks: Set<Unicode.Scalar>) -> (lines: Int, longest: Int) {
    var lines = 1, longest = 0, current = 0
    var previousCR = false
    for scalar in text.unicodeScalars {
        if scalar == "\n" && previousCR {
            // the second half of a CRLF
        } else if breaks.contains(scalar) {
            lines += 1; longest = max(longest, current); current = 0
        } else {
            current += 1
        }
        previousCR = scalar == "\r" && breaks.contains("\r")
    }
    return (lines, max(longest, current))
}

/// A message a user reads about `text`: one control-character-free line whose place, if any,
/// names `file` and a line and column that exist (lines as `breaks` divide the text).
public func requireSensibleError(_ error: JobWrightError, file: String, text: String, breaks: Set<Unicode.Scalar> = yamlLineBreaks) {
    let description = error.description
    requireNoControlCharacters(description, "the error message \(quoted(description))")
    guard let location = error.location else { return }
    if location.file != file && !location.file.hasPrefix("Catalog/") {
        fail("the error names the file \(quoted(location.file)), not \(file): \(quoted(description))")
    }
    guard location.file == file else { return }
    let bounds = lineBounds(of: text, breaks: breaks)
    if let line = location.line, !(1...bounds.lines).contains(line) {
        fail("the error names line \(line) of a text with \(bounds.lines) lines: \(quoted(description))")
    }
    if let column = location.column, !(1...(bounds.longest + 1)).contains(column) {
        fail("the error names column \(column); the longest line has \(bounds.longest) characters: \(quoted(description))")
    }
}

/// libFuzzer's driver on this process's command line. SwiftPM links a debug executable with
/// `main` renamed to `<Target>_main`; each target defines that function (with `@_cdecl`) to call
/// this, since `-parse-as-library` leaves the module without a `main` of its own. In a build
/// that does not rename, libFuzzer's own `main` runs and the function is never called.
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                      _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
    jobwright_fuzz_run_driver(argc, argv, test)
}
