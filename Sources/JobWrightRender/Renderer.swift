import Foundation
import JobWrightCore
import JobWrightMustache

/// Renders a draft into a posting or a rubric packet in any format. The same draft, catalog,
/// templates and options always give the same bytes. The editor's preview calls this too.
public struct Renderer: Sendable {
    public let catalog: Catalog
    public let templates: TemplateSet
    /// The "never ask" lines printed in every rubric packet: the interview rules' `printed` lines
    /// (`RuleData.interview.printedNeverAsk`), set by whoever loaded the rules.
    public var neverAsk: [String] = []

    let notices: NoticeTexts
    /// The labels of the standards each bullet serves, worked out once per set of alignments.
    let labels = StandardsLabels.Memo()
    /// The glossary's spellings in each format, made on first use.
    private let glossaries: GlossarySpelling.Memo

    /// Parses the notices' texts once; a notice that is not a valid template is a catalog error.
    public init(catalog: Catalog, templates: TemplateSet) throws(JobWrightError) {
        self.catalog = catalog
        self.templates = templates
        self.glossaries = GlossarySpelling.Memo(entries: catalog.glossary)
        self.notices = try NoticeTexts(catalog: catalog)
    }

    /// The document in `options.format`. For `.docx` this is the Word file's body
    /// (`word/document.xml`); `renderDocx` in JobWrightDocx packs it into the file.
    public func render(_ kind: DocumentKind, draft: Draft, options: RenderOptions) throws(JobWrightError) -> String {
        try render(kind, draft: draft, options: options, adding: [:])
    }

    /// The document with `values` added to its template context: what only another module can
    /// make, such as the Word posting's org chart drawn as shapes (`orgChartDrawing`).
    public func render(_ kind: DocumentKind, draft: Draft, options: RenderOptions, adding values: MustacheObject) throws(JobWrightError) -> String {
        String(decoding: try renderUTF8(kind, draft: draft, options: options, adding: values), as: UTF8.self)
    }

    /// `render` as the UTF-8 bytes a file or standard output gets: what `jobwright render`
    /// writes. The same bytes as `render`'s text; checked as UTF-8 once, at the end.
    public func renderUTF8(_ kind: DocumentKind, draft: Draft, options: RenderOptions, adding values: MustacheObject = [:]) throws(JobWrightError) -> [UInt8] {
        switch (kind, options.format) {
        case (.posting, .jsonld):
            return Array((try postingJSONLD(draft, options: options).json() + "\n").utf8)
        case (.rubric, .jsonld), (.alignment, .jsonld):
            throw JobWrightError(.usage, "JSON-LD describes a job posting; render the \(kind.rawValue) as text, markdown or html")
        case (.posting, _):
            var context = PostingContext(draft: draft, catalog: catalog, options: options, notices: notices, labels: labels).build()
            context.merge(values)
            if options.format == .html { context[text: "jsonLD"] = try postingJSONLD(draft: draft, htmlContext: context).json() }
            return finish(try templates.renderUTF8(context, template: "posting.\(options.format.rawValue)"), options: options)
        case (.rubric, _):
            let context = RubricContext(draft: draft, catalog: catalog, options: options, labels: labels, neverAsk: neverAsk).build()
                .merging(values)
            return finish(try templates.renderUTF8(context, template: "rubric.\(options.format.rawValue)"), options: options)
        case (.alignment, _):
            let context = AlignmentReportContext(draft: draft, catalog: catalog, options: options, labels: labels).build()
                .merging(values)
            return finish(try templates.renderUTF8(context, template: "alignment.\(options.format.rawValue)"), options: options)
        }
    }

    /// The draft's reporting lines as an org chart; nil when there is only this position to draw.
    public func orgChart(of draft: Draft) -> OrgChart? {
        PostingContext(draft: draft, catalog: catalog, options: RenderOptions(), notices: notices).chart()
    }

    /// The schema.org JobPosting that `render posting --format jsonld` prints (its `json()`).
    public func postingJSONLD(_ draft: Draft, options: RenderOptions = RenderOptions(format: .jsonld)) throws(JobWrightError) -> JobPostingJSONLD {
        try postingJSONLD(draft: draft, htmlContext: descriptionContext(draft, options: options))
    }

    /// The HTML posting's values, which the JSON-LD's description is rendered from: the org chart
    /// stays text there.
    private func descriptionContext(_ draft: Draft, options: RenderOptions = RenderOptions()) -> MustacheObject {
        var htmlOptions = options
        htmlOptions.format = .html
        return PostingContext(draft: draft, catalog: catalog, options: htmlOptions, notices: notices, labels: labels, drawsOrgChart: false).build()
    }

    /// The JobPosting with its description left empty: the checks read the rest of it, and ask
    /// `postingDescriptionIsBlank` about the description.
    public func postingJSONLDWithoutDescription(_ draft: Draft) -> JobPostingJSONLD {
        JobPostingJSONLD(draft: draft, catalog: catalog, descriptionHTML: "")
    }

    /// Whether the JobPosting's description (the HTML posting's body) would be blank. It is
    /// rendered only when the description's template does not show by its own text that it
    /// prints something (it does for any draft with a summary, duties or qualifications).
    public func postingDescriptionIsBlank(_ draft: Draft) throws(JobWrightError) -> Bool {
        var context = descriptionContext(draft)
        context[PostingContext.orgChartPictureKey] = nil
        if try templates.certainlyPrintsText(context, template: Self.descriptionTemplate) == true { return false }
        return try templates.render(context, template: Self.descriptionTemplate).nilIfBlank == nil
    }

    static let descriptionTemplate = "partials/description.html"

    /// The JSON-LD, whose description is the HTML posting's body rendered from `htmlContext`.
    /// The org chart stays text there: search engines read the description as plain HTML.
    private func postingJSONLD(draft: Draft, htmlContext: MustacheObject) throws(JobWrightError) -> JobPostingJSONLD {
        var context = htmlContext
        context[PostingContext.orgChartPictureKey] = nil
        let description = glossaries.spelling(format: .html)
            .apply(to: try templates.render(context, template: Self.descriptionTemplate))
        return JobPostingJSONLD(draft: draft, catalog: catalog, descriptionHTML: description.collapsingBlankLines.trimmingSpaces)
    }

    /// Glossary terms are spelled out at first use; plain text gets its ASCII fallback and its
    /// layout; every format gets tidy blank lines and exactly one final newline. Done on the
    /// document's UTF-8 bytes from the template's output to the last step (each step keeps whole
    /// characters), in two buffers that take turns (`DocumentPasses`), and checked as UTF-8 once
    /// at the end.
    private func finish(_ output: [UInt8], options: RenderOptions) -> [UInt8] {
        var passes = DocumentPasses(output)
        let glossary = glossaries.spelling(format: options.format)
        passes.pass { glossary.apply(toBytes: $0, into: &$1) }
        if options.ascii && options.format != .html {
            passes.pass { input, output in
                output += ASCIIFallback.transliterate(String(decoding: input, as: UTF8.self), keepingNoBreakSpaces: true).utf8
                return true
            }
        }
        if options.format == .text {
            let layout = TextLayout(width: options.width)
            passes.pass { layout.layout(bytes: $0, into: &$1); return true }
        }
        if options.ascii || options.format == .text || options.format == .markdown {
            passes.pass { String.replacingNoBreakSpaces(in: $0, into: &$1) }
        }
        if options.format == .docx {
            passes.pass { input, output in
                output += String(decoding: input, as: UTF8.self).replacingCharactersXMLForbids.utf8
                return true
            }
        }
        guard ByteSearch.firstIndex(of: 0x0D, in: passes.document) == nil else {
            return Array((String(decoding: passes.document, as: UTF8.self).collapsingBlankLines.trimmingSpaces + "\n").utf8)
        }
        passes.pass { String.collapsingBlankLines(of: $0, into: &$1); return true }
        var bytes = passes.takeDocument()
        // Trimmed as `trimmingSpaces` trims; in place, on the bytes, when both ends are ASCII.
        var start = 0, end = bytes.count
        while start < end && ByteSearch.isASCIIBlank(bytes[start]) { start += 1 }
        while end > start && ByteSearch.isASCIIBlank(bytes[end - 1]) { end -= 1 }
        guard start == end || (bytes[start] < 0x80 && bytes[end - 1] < 0x80) else {
            return Array((String(decoding: bytes, as: UTF8.self).trimmingSpaces + "\n").utf8)
        }
        bytes.removeSubrange(end...)
        bytes.removeSubrange(..<start)
        bytes.append(0x0A)
        // Every step keeps whole characters; should one ever not, the text is repaired as a
        // String would repair it, never written as broken UTF-8.
        guard UTF8Check.isValid(bytes) else { return Array(String(decoding: bytes, as: UTF8.self).utf8) }
        return bytes
    }
}

/// A document's bytes put through steps that each write a new version. Two buffers take turns,
/// so that a long document (25 rubric packets are half a megabyte) is written into memory it has
/// already touched rather than into fresh pages at every step: each fresh page is a page fault,
/// and a copy into fresh memory cost the packets a hundred and twenty of them.
struct DocumentPasses {
    private(set) var document: [UInt8]
    private var spare: [UInt8] = []

    init(_ document: [UInt8]) { self.document = document }

    /// `step` writes the next version into an empty buffer, or returns false (having written
    /// nothing) to keep the document as it is.
    mutating func pass(_ step: (_ input: [UInt8], _ output: inout [UInt8]) -> Bool) {
        spare.removeAll(keepingCapacity: true)
        let input = document
        if step(input, &spare) { swap(&document, &spare) }
    }

    /// The document, with no other reference to its buffer left here (so it can be changed in place).
    mutating func takeDocument() -> [UInt8] {
        spare = []
        defer { document = [] }
        return document
    }
}

extension String {
    /// At most one blank line in a row, and none right after a form feed.
    /// `collapsingBlankLines` on the bytes of a text without carriage returns, appended to
    /// `output`. The text is copied in runs: only a line dropped, or a blank line holding spaces
    /// or tabs (kept empty), ends a run, so most of a document is copied a page at a time.
    static func collapsingBlankLines(of bytes: [UInt8], into output: inout [UInt8]) {
        output.reserveCapacity(output.count + bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            guard buffer.baseAddress != nil else { return }
            let count = buffer.count
            var previousBlank = false
            var lastLineIsFormFeed = false
            var runStart = 0  // the first byte not yet copied
            var lineStart = 0
            // Each line, the last one too (its end is the end of the text: no break is added).
            while lineStart <= count {
                let lineEnd = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: lineStart) ?? count
                let first = lineStart < lineEnd ? buffer[lineStart] : 0x0A
                let blank = (first == 0x0A || first == 0x20 || first == 0x09)
                    && UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd]).allSatisfy { $0 == 0x20 || $0 == 0x09 }
                if blank && (previousBlank || lastLineIsFormFeed) {
                    // Dropped with the line break after it; the last line, with the one before it.
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<lineStart]))
                    if lineEnd == count { output.removeLast() }
                    runStart = Swift.min(lineEnd + 1, count)
                } else {
                    if blank && lineEnd > lineStart {
                        // A blank line is kept empty.
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<lineStart]))
                        runStart = lineEnd
                    }
                    lastLineIsFormFeed = lineEnd - lineStart == 1 && first == 0x0C
                    previousBlank = blank
                }
                lineStart = lineEnd + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<count]))
        }
    }

    var collapsingBlankLines: String {
        // Without carriage returns every line break is a Character of its own: done on the bytes.
        if !containsByte(0x0D) {
            var output: [UInt8] = []
            Self.collapsingBlankLines(of: Array(utf8), into: &output)
            return String(decoding: output, as: UTF8.self)
        }
        var lines: [Substring] = []
        var previousBlank = false
        for line in split(separator: "\n", omittingEmptySubsequences: false) {
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" }
            if blank && (previousBlank || lines.last == "\u{0C}") { continue }
            lines.append(blank ? "" : line)
            previousBlank = blank
        }
        return lines.joined(separator: "\n")
    }

    /// XML 1.0 allows no C0 control character but tab and line breaks, and neither U+FFFE nor
    /// U+FFFF: any left (a draft's text refuses control characters already) becomes U+FFFD, so
    /// Word never finds "unreadable content".
    var replacingCharactersXMLForbids: String { replacingCharactersXMLForbids(andC1: false) }

    /// With `andC1`, the C1 controls (U+007F to U+009F) too: XML allows them, but HTML does not.
    func replacingCharactersXMLForbids(andC1: Bool) -> String {
        func allowed(_ scalar: Unicode.Scalar) -> Bool {
            if andC1 && (0x7F...0x9F).contains(scalar.value) { return false }
            return scalar.value >= 0x20 ? scalar.value != 0xFFFE && scalar.value != 0xFFFF : scalar == "\t" || scalar == "\n" || scalar == "\r"
        }
        guard !unicodeScalars.allSatisfy(allowed) else { return self }
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars { scalars.append(allowed(scalar) ? scalar : "\u{FFFD}") }
        return String(scalars)
    }

    /// No-break spaces (kept through wrapping so a marker stays with its code) become plain spaces.
    /// On the bytes: U+00A0 is C2 A0 in UTF-8, and neither byte is part of any other character
    /// at a character's start (A0 only ever follows a lead byte).
    var replacingNoBreakSpaces: String {
        var output: [UInt8] = []
        guard Self.replacingNoBreakSpaces(in: Array(utf8), into: &output) else { return self }
        return String(decoding: output, as: UTF8.self)
    }

    /// `replacingNoBreakSpaces` on UTF-8 bytes, written into `output` (empty); false, with
    /// `output` left alone, when there is none.
    static func replacingNoBreakSpaces(in bytes: [UInt8], into output: inout [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard var place = ByteSearch.firstIndex(of: 0xC2, in: buffer) else { return false }
            output.reserveCapacity(output.count + bytes.count)
            // The runs between one 0xC2 byte and the next are copied whole.
            var index = 0
            while true {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<place]))
                if place + 1 < buffer.count && buffer[place + 1] == 0xA0 {
                    output.append(0x20)
                    index = place + 2
                } else {
                    output.append(0xC2)
                    index = place + 1
                }
                guard let next = ByteSearch.firstIndex(of: 0xC2, in: buffer, from: index) else {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index...]))
                    return true
                }
                place = next
            }
        }
    }
}
