import FuzzSupport
import JobWrightCore
@testable import JobWrightImport

/// `jobwright import`'s readers and importer. The first byte picks the format (text, Markdown,
/// HTML, Word); the rest is the file. Word's XML scanner also reads the bytes as a document part
/// directly, since random bytes are seldom a zip archive. What import promises: bad input is a
/// clear error, never a trap; every line it reads is one line of text with no control character,
/// numbered from 1 in file order; the draft it makes saves and loads back to itself; every line
/// read is accounted for in the result.
let importer = PostingImporter(catalog: fuzz.renderer.catalog, vocabulary: try! MatchVocabulary.load())

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = bytes(data, size)
    guard let first = input.first else { return 0 }
    let formats = SourceFormat.allCases
    let format = formats[Int(first) % formats.count]
    let file = Array(input.dropFirst())

    if let text = utf8Text(file) {
        checkLines(DocxReader.paragraphs(ofDocumentXML: text), "the Word scanner", ordered: false)
    }
    let read: ImportInput
    do {
        read = try ImportInput(path: "posting.\(format.rawValue)", bytes: file, format: format)
    } catch {
        return 0  // refused with a message: empty, binary, not a zip, too big, not English
    }
    checkLines(read.lines, "the \(format) reader", ordered: format != .docx)
    let result = importer.importPosting(read)
    if result.lines.count != read.lines.count {
        fail("\(read.lines.count) lines read but \(result.lines.count) accounted for")
    }
    let yaml: String
    do { yaml = try result.draft.yaml() } catch { fail("the imported draft cannot be written: \(error)") }
    requireNoControlCharacters(yaml, "the imported draft")
    do {
        let loaded = try Draft.load(path: "imported.yaml", text: yaml)
        if loaded.draft != result.draft { fail("the imported draft does not load back to itself:\n\(quoted(yaml))") }
    } catch {
        fail("the imported draft does not load: \(error)\n\(quoted(yaml))")
    }
    return 0
}

func checkLines(_ lines: [SourceLine], _ what: String, ordered: Bool) {
    var previous = 0
    for line in lines {
        if line.text.isEmpty { fail("\(what) gave an empty line \(line.number)") }
        if line.text.first == " " || line.text.last == " " { fail("\(what) left spaces around \(quoted(line.text))") }
        requireNoControlCharacters(line.text, "\(what), line \(line.number)")
        if line.text.contains("\n") { fail("\(what) gave a line with a line break: \(quoted(line.text))") }
        if line.number < 1 || (ordered && line.number < previous) { fail("\(what) numbered line \(line.number) after \(previous)") }
        previous = line.number
    }
}

@_cdecl("FuzzImport_main")
public func fuzzImportMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzImport)
}
