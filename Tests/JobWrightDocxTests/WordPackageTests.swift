import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import JobWrightCore
import JobWrightDocx
import JobWrightRender
import Synchronization
import Testing

/// The Word file as a package: exactly the parts Word needs, in a fixed order with fixed dates,
/// every part well-formed XML, the district's font and properties, and hostile text kept as text.
@Suite("Word files")
struct WordPackageTests {
    static let expectedParts = [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/document.xml",
        "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
    ]

    /// A part that is not well-formed XML makes Word refuse the whole file.
    static func isWellFormed(_ xml: String) -> Bool {
        XMLParser(data: Data(xml.utf8)).parse()
    }

    @Test(arguments: DocumentKind.allCases)
    func theFileHoldsExactlyTheExpectedPartsEachWellFormed(_ kind: DocumentKind) throws {
        let file = try OpenedWordFile(try WordFixtures.docx(kind))
        #expect(file.paths == Self.expectedParts)
        for path in file.paths {
            #expect(Self.isWellFormed(try file.text(path)), "\(kind) \(path) is not well-formed XML")
        }
    }

    /// What keeps a printed page whole: no table row splits across pages, headings stay with
    /// what follows, each rubric packet after the first starts a page, lists are Word's own.
    @Test func rowsHoldTogetherHeadingsKeepWithNextAndPacketsStartAPage() throws {
        for kind in DocumentKind.allCases {
            let file = try OpenedWordFile(try WordFixtures.docx(kind))
            let body = try file.text("word/document.xml")
            let rows = body.components(separatedBy: "<w:tr>").count - 1
            #expect(rows > 5, "\(kind)")
            #expect(body.components(separatedBy: "<w:tr><w:trPr><w:cantSplit/>").count - 1 == rows, "\(kind): a row may split")
            let styles = try file.text("word/styles.xml")
            for level in 1...3 {
                #expect(styles.contains(#"w:styleId="Heading\#(level)"><w:name w:val="heading \#(level)"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>"#))
            }
            #expect(body.contains(#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#), "\(kind)")
            #expect(try file.text("word/numbering.xml").contains(#"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#))
        }
        let rubric = try OpenedWordFile(try WordFixtures.docx(.rubric)).text("word/document.xml")
        // The second packet, and each candidate's consensus sheet after the packets, start a page.
        #expect(rubric.components(separatedBy: #"<w:pStyle w:val="Title"/><w:pageBreakBefore/>"#).count - 1 == 3)
        #expect(rubric.components(separatedBy: #"<w:pStyle w:val="Title"/>"#).count - 1 == 4)
        #expect(rubric.components(separatedBy: #"<w:pageBreakBefore/></w:pPr><w:r><w:t>Consensus sheet for the chair: "#).count - 1 == 2)
    }

    /// The consensus sheet's table fills the 7-inch text width whatever the number of
    /// interviewers: narrow score columns, one per interviewer, and the rest for the competency.
    @Test(arguments: [1, 4, 8])
    func theConsensusTableFitsThePageWidth(interviewers count: Int) throws {
        let names = (1...count).map { "Interviewer Name \($0)" }
        let options = RenderOptions(format: .docx, candidates: ["A. Rivera"], interviewers: names)
        let body = try OpenedWordFile(try WordFixtures.renderer.renderDocx(.rubric, draft: WordFixtures.example, options: options)).text("word/document.xml")
        let sheet = try #require(body.range(of: "Consensus sheet for the chair: ")).upperBound
        let table = try #require(body.range(of: #"<w:tblLook w:val="04A0""#, range: sheet..<body.endIndex))
        let grid = body[table.upperBound...].prefix { $0 != "\n" }.matches(of: /<w:gridCol w:w="([0-9]+)"\/>/).map { Int($0.1)! }
        #expect(grid.count == 6 + count)
        #expect(grid.reduce(0, +) == 10_080)
        let scores = grid[3..<3 + count]
        #expect(Set(scores).count == 1 && scores.first! <= 1_100, "\(grid)")
        #expect(grid[1] >= 1_800 && grid[1] > scores.first!, "the competency column: \(grid)")
        for name in names { #expect(body.contains("<w:t>\(name)</w:t>")) }
        #expect(body.components(separatedBy: "<w:tr>").count - 1 == body.components(separatedBy: "<w:tr><w:trPr><w:cantSplit/>").count - 1)
    }

    /// The clock and the machine never reach the file: every entry is dated 1980-01-01 00:00
    /// and readable by all, so the same draft gives the same bytes anywhere, any day.
    @Test func entriesHaveFixedDatesAndPermissions() throws {
        let file = try OpenedWordFile(try WordFixtures.docx(.rubric))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for entry in file.archive {
            let date = try #require(entry.fileAttributes[.modificationDate] as? Date)
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            #expect([parts.year, parts.month, parts.day, parts.hour, parts.minute] == [1980, 1, 1, 0, 0], "\(entry.path)")
            #expect((entry.fileAttributes[.posixPermissions] as? Int16).map { $0 & 0o777 } == 0o644, "\(entry.path)")
        }
    }

    @Test func theSameDraftGivesTheSameBytes() throws {
        for kind in DocumentKind.allCases {
            var draft = WordFixtures.example
            let first = try WordFixtures.docx(kind, draft: draft)
            draft.summary = (draft.summary ?? "") + " Changed."
            let changed = try WordFixtures.docx(kind, draft: draft)
            let again = try WordFixtures.docx(kind)
            #expect(first == again, "\(kind)")
            if kind == .posting { #expect(first != changed, "a changed summary must change the file") }
        }
    }

    @Test func textIsSetInTheDraftsFontOrCalibri() throws {
        let standard = try OpenedWordFile(try WordFixtures.docx(.posting)).text("word/styles.xml")
        #expect(standard.contains(#"<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri""#))
        var draft = WordFixtures.example
        draft.font = "Georgia"
        let chosen = try OpenedWordFile(try WordFixtures.docx(.posting, draft: draft)).text("word/styles.xml")
        #expect(chosen.contains(#"<w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:eastAsia="Georgia" w:cs="Georgia"/>"#))
        #expect(!chosen.contains("Calibri"))
    }

    @Test func theTitleAndTheDistrictAreDocumentProperties() throws {
        let file = try OpenedWordFile(try WordFixtures.docx(.rubric))
        let core = try file.text("docProps/core.xml")
        #expect(core.contains("<dc:title>Structured interview rubric: Director of Technology</dc:title>"))
        #expect(core.contains("<dc:creator>Riverbend Public Schools</dc:creator>"))
        #expect(core.contains(#"<dcterms:created xsi:type="dcterms:W3CDTF">2027-01-04T00:00:00Z</dcterms:created>"#))
        #expect(try file.text("docProps/app.xml").contains("<Company>Riverbend Public Schools</Company>"))
    }

    /// Markup characters in a draft's text are text in Word, never markup; a character XML
    /// forbids becomes U+FFFD instead of making the file unreadable.
    @Test func hostileTextStaysText() throws {
        var draft = WordFixtures.example
        draft.position.title = #"Director <w:p/> & "Chief" 'Officer'"#
        draft.position.district = "A & B <Schools>"
        draft.summary = "Bad \u{FFFF} character </w:t></w:r></w:p></w:body>"
        for kind in DocumentKind.allCases {
            let file = try OpenedWordFile(try WordFixtures.docx(kind, draft: draft))
            for path in file.paths {
                #expect(Self.isWellFormed(try file.text(path)), "\(kind) \(path) is not well-formed XML")
            }
            let body = try file.text("word/document.xml")
            #expect(body.contains("Director &lt;w:p/&gt; &amp; &quot;Chief&quot; &#39;Officer&#39;"), "\(kind)")
            if kind == .posting { #expect(body.contains("Bad \u{FFFD} character &lt;/w:t&gt;")) }
            #expect(try file.text("docProps/core.xml").contains("A &amp; B &lt;Schools&gt;"))
        }
    }

    /// A district's Word template that leaves a tag open would make a file Word refuses: it is
    /// refused here, naming the template and the tag.
    @Test func aDistrictTemplateThatBreaksTheXMLIsRefusedByName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jw-docx-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("posting.docx.mustache")
        try "<w:document>\n<w:body><w:p><w:r><w:t>{{title}}</w:t></w:p>\n</w:body></w:document>\n".write(to: template, atomically: true, encoding: .utf8)
        let renderer = try Renderer(catalog: WordFixtures.renderer.catalog, templates: TemplateSet.load(overrides: folder.path))
        let error = #expect(throws: JobWrightError.self) {
            try renderer.renderDocx(.posting, draft: WordFixtures.example, options: WordFixtures.options(for: .posting))
        }
        #expect(error?.description == "\(template.path): error: the template 'posting.docx' makes a Word body that is not well-formed XML: </w:p> closes <w:r> of line 2 (line 2 of word/document.xml)")
        try "<w:document><w:body><w:p><w:r><w:t>A & B</w:t></w:r></w:p></w:body></w:document>\n".write(to: template, atomically: true, encoding: .utf8)
        let ampersand = try Renderer(catalog: WordFixtures.renderer.catalog, templates: TemplateSet.load(overrides: folder.path))
        #expect(throws: JobWrightError.self) {
            try ampersand.renderDocx(.posting, draft: WordFixtures.example, options: WordFixtures.options(for: .posting))
        }
    }

    @Test func asciiLeavesOnlyASCIIInTheBody() throws {
        for kind in DocumentKind.allCases {
            let file = try OpenedWordFile(try WordFixtures.docx(kind, ascii: true))
            let body = try file.text("word/document.xml")
            #expect(body.unicodeScalars.allSatisfy { $0.isASCII }, "\(kind)")
            if kind == .rubric { #expect(body.contains("<w:t>[ ]</w:t>")) }
        }
        let unicode = try OpenedWordFile(try WordFixtures.docx(.rubric)).text("word/document.xml")
        #expect(unicode.contains("<w:t>☐</w:t>"))
    }

    /// A disk that fills up half-way through the file leaves the old file as it was and no
    /// temporary file behind.
    @Test func aFailedWriteLeavesTheOldFileWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jw-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("posting.docx").path
        let old = try WordFixtures.docx(.alignment)
        try AtomicFile.write(old, to: path)
        let new = try WordFixtures.docx(.posting)
        var calls = FileSystemCalls.system
        let written = Mutex(0)
        calls.write = { descriptor, buffer, count in
            let done = written.withLock { $0 }
            guard done < 4096 else { errno = ENOSPC; return -1 }
            let result = FileSystemCalls.system.write(descriptor, buffer, min(count, 4096 - done))
            written.withLock { $0 += max(0, result) }
            return result
        }
        #expect(throws: JobWrightError.self) { try AtomicFile.write(new, to: path, calls: calls) }
        #expect(FileManager.default.contents(atPath: path) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["posting.docx"])
    }
}
