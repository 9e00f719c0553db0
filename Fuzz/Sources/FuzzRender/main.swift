import Foundation
import FuzzSupport
import JobWrightCore
import JobWrightRender

/// Rendering (`Renderer.render`): the first byte sets the options (bit 0 ASCII, bits 1-3 the
/// width, bit 4 candidates and interviewers, bits 5-6 the standards matrix), the rest is a draft.
/// A draft that loads is rendered as every document in every format, as `render --force` would
/// (the hard rules are the command's gate, not the renderer's). The only refusal allowed is the
/// documented one: JSON-LD of a rubric or alignment report. Every output must be free of control
/// characters; HTML may hold only the templates' elements; Markdown no raw HTML; JSON-LD must be
/// JSON with nothing that could close its script element; ASCII output must be ASCII. The score
/// sheet must tally against its own rubric without a problem.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let environment = fuzz
    let input = bytes(data, size)
    guard let flags = input.first, let text = utf8Text(input.dropFirst()) else { return 0 }
    let draft: Draft
    do {
        draft = try Draft.load(path: "fuzz.yaml", text: text).draft
    } catch {
        return 0  // A refusal to load: FuzzDraftLoad holds refusals to their own invariants.
    }
    let renderer = environment.renderer
    let widths = [78, 0, 20, 33, 40, 60, 100, 1000]  // what `--width` accepts: 0 or 20...1000
    let withPeople = flags & 0x10 != 0
    let matrix: Bool? = [nil, true, false, nil][Int(flags >> 5) & 3]
    for format in OutputFormat.allCases {
        let options = RenderOptions(format: format, width: widths[Int(flags >> 1) & 7], ascii: flags & 1 != 0,
                                    candidates: withPeople ? ["A. Rivera", "B. Chen"] : [],
                                    interviewers: withPeople ? ["J. Doe"] : [], standardsMatrix: matrix)
        for kind in DocumentKind.allCases {
            let output: String
            do {
                output = try renderer.render(kind, draft: draft, options: options)
            } catch {
                if format == .jsonld && kind != .posting && error.kind == .usage { continue }
                fail("render \(kind) as \(format) (ascii \(options.ascii), width \(options.width)) threw: \(error)")
            }
            check(output, kind: kind, options: options, environment: environment)
        }
    }

    // render scoresheet, then tally: the committee's sheet must add up against its own rubric.
    let sheet = draft.scoresheet(in: renderer.catalog, candidates: ["A. Rivera", "B. Chen"], interviewers: ["J. Doe", "K. Lee"])
    requireNoControlCharacters(sheet, "the score sheet")
    let scale = draft.rubricScale(in: renderer.catalog).map { Double($0.lowest)...Double($0.highest) } ?? 1...4
    do {
        let tally = try Tally(csv: sheet, file: "scores.csv", competencies: draft.tallyCompetencies(in: renderer.catalog), scale: scale)
        if let problem = tally.problems.first { fail("the draft's own score sheet does not tally: \(problem)\n--- sheet:\n\(sheet)") }
    } catch {
        fail("the draft's own score sheet is refused: \(error)\n--- sheet:\n\(sheet)")
    }
    return 0
}

func check(_ output: String, kind: DocumentKind, options: RenderOptions, environment: FuzzEnvironment) {
    let what = "\(kind) as \(options.format) (ascii \(options.ascii), width \(options.width))"
    requireNoControlCharacters(output, what, formFeedLines: kind == .rubric && options.format == .text)
    if options.ascii && (options.format == .text || options.format == .markdown),
       let wide = output.unicodeScalars.first(where: { !$0.isASCII }) {
        fail("\(what) holds the non-ASCII character \(ControlCharacters.name(wide.value))")
    }
    switch options.format {
    case .html:
        let extra = FuzzEnvironment.elementNames(in: output).subtracting(environment.htmlElements)
        if !extra.isEmpty { fail("\(what) holds elements no template writes: \(extra.sorted())") }
        let scripts = output.components(separatedBy: "<script").count - 1
        let closes = output.components(separatedBy: "</script").count - 1
        if scripts != (kind == .posting ? 1 : 0) || closes != scripts { fail("\(what) has \(scripts) script elements and \(closes) ends") }
    case .markdown:
        let pieces = output.components(separatedBy: "```")
        if pieces.count % 2 == 0 { fail("\(what) has unbalanced code fences") }
        for (index, piece) in pieces.enumerated() where index % 2 == 0 {
            if let tag = rawHTML(in: piece) { fail("\(what) holds raw HTML: \(quoted(tag))") }
        }
    case .jsonld:
        if output.contains("<") || output.contains("&") { fail("\(what) holds < or &, which could end its script element") }
        do {
            let object = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
            if object?["@type"] as? String != "JobPosting" { fail("\(what) is not a JobPosting object: \(quoted(output))") }
        } catch {
            fail("\(what) is not JSON (\(error)): \(quoted(output))")
        }
    case .docx:
        // Text is escaped, so no draft can open or close a paragraph of Word's body.
        let opened = output.components(separatedBy: "<w:p>").count + output.components(separatedBy: "<w:p ").count - 2
        let closed = output.components(separatedBy: "</w:p>").count - 1
        if opened != closed { fail("\(what) opens \(opened) paragraphs and closes \(closed)") }
    case .text:
        break
    }
}

/// The first `<` that starts a tag (`<a`, `</`, `<!`, `<?`) and is not escaped by an odd number of backslashes.
func rawHTML(in markdown: String) -> String? {
    let scalars = Array(markdown.unicodeScalars)
    for index in scalars.indices where scalars[index] == "<" && index + 1 < scalars.count {
        let next = scalars[index + 1]
        guard next.properties.isAlphabetic || next == "/" || next == "!" || next == "?" else { continue }
        var backslashes = 0
        while index - backslashes - 1 >= 0, scalars[index - backslashes - 1] == "\\" { backslashes += 1 }
        if backslashes % 2 == 0 { return String(String.UnicodeScalarView(scalars[index..<min(scalars.count, index + 40)])) }
    }
    return nil
}

@_cdecl("FuzzRender_main")
public func fuzzRenderMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzRender)
}
