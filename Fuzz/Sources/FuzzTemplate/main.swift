import FuzzSupport
import JobWrightMustache

/// The Mustache engine (`JobWrightMustache`), which reads every template a district writes. The
/// input is a template. What the engine promises: it never crashes, however the tags are broken
/// or nested; a refusal names a line and column that exist in the text; a template that parses
/// renders, the same text twice (or stops at the library's limit of tags rendered, both times),
/// even when it includes itself as a partial (by name or through a value that names it) or
/// nests sections over lists a hundred deep.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let text = utf8Text(bytes(data, size)) else { return 0 }
    let template: MustacheTemplate
    do {
        template = try MustacheTemplate(text, contentTypes: MustacheContentType.standard)
    } catch {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard (1...lines.count).contains(error.line) else {
            fail("the error names line \(error.line) of a template with \(lines.count) lines: \(error)")
        }
        let longest = lines.map(\.count).max() ?? 0
        guard (1...(longest + 1)).contains(error.column) else {
            fail("the error names column \(error.column); the longest line has \(longest) characters: \(error)")
        }
        requireNoControlCharacters(error.description, "the error message")
        return 0
    }
    var library = MustacheLibrary()
    library.register(template, named: "main")
    library.register(template, named: "p")
    let context: MustacheValue = [
        "a": "text with <markup> & \"quotes\"", "b": true, "c": false, "n": 3, "empty": "",
        "list": [["a": "one", "p": "main"], ["a": "two"], "three"], "none": [],
        "object": ["a": "inner", "list": ["x", "y"]], "p": "p", "main": "main",
    ]
    let first = library.render(context, withTemplate: "main")
    let second = library.render(context, withTemplate: "main")
    if first != second { fail("the same template rendered two different texts: \(quoted(text))") }
    return 0
}

@_cdecl("FuzzTemplate_main")
public func fuzzTemplateMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzTemplate)
}
