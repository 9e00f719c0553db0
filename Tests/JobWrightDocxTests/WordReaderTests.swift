import Foundation
import JobWrightCore
import JobWrightRender
import Testing

/// The Word files as real readers see them: LibreOffice prints them (pages counted and read
/// back with poppler), and pandoc reads the posting back to the headings and bullets of the
/// Markdown posting. One LibreOffice at a time, with a profile of its own.
@Suite("Word files in real readers", .serialized,
       .enabled(if: ExternalProgram.shouldRun(.libreoffice, .pdfinfo, .pdftotext, .pandoc)))
struct WordReaderTests {
    /// The example's posting, alignment report and rubric (2 candidates × 1 interviewer), and a
    /// rubric for 1 candidate with no interviewer named (the draft's committee of 5 on the
    /// consensus sheet), as .docx and as the PDF LibreOffice prints from each, made once.
    static let printed: Result<URL, any Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jw-word-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [String] = []
        for kind in DocumentKind.allCases {
            let url = folder.appendingPathComponent("\(kind.rawValue).docx")
            try WordFixtures.docx(kind).write(to: url)
            files.append(url.path)
        }
        let committee = folder.appendingPathComponent("\(committeeRubric).docx")
        try WordFixtures.renderer.renderDocx(.rubric, draft: WordFixtures.example, options: RenderOptions(format: .docx, candidates: ["A. Rivera"]))
            .write(to: committee)
        files.append(committee.path)
        let profile = folder.appendingPathComponent("libreoffice-profile")
        let run = try ExternalProgram.libreoffice.run(["-env:UserInstallation=file://\(profile.path)", "--headless",
                                                       "--convert-to", "pdf", "--outdir", folder.path] + files)
        guard run.status == 0 else { throw ExternalProgram.Missing(message: "libreoffice failed (\(run.status)): \(run.stderr)") }
        return folder
    }

    static let committeeRubric = "rubric-committee"

    static func pdf(_ kind: DocumentKind) throws -> String { try pdf(named: kind.rawValue) }

    static func pdf(named name: String) throws -> String {
        let path = try printed.get().appendingPathComponent("\(name).pdf").path
        guard FileManager.default.fileExists(atPath: path) else { throw ExternalProgram.Missing(message: "LibreOffice wrote no \(name).pdf") }
        return path
    }

    /// The printed pages' text, one string per page.
    static func pages(_ kind: DocumentKind) throws -> [String] { try pages(named: kind.rawValue) }

    static func pages(named name: String) throws -> [String] {
        let text = try ExternalProgram.pdftotext.run(["-layout", try pdf(named: name), "-"]).text
        return text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init).dropLast()
    }

    /// Page counts decided after looking at the pages (Letter, Calibri as Carlito): the posting
    /// on 6 (the org chart at the top of the second), the report on 5, and each rubric packet on
    /// 5: the cover, then the six competencies two to a page where two fit, the recommendation
    /// after the last; then a page per candidate for the chair's consensus sheet.
    @Test(arguments: [(DocumentKind.posting, 6), (.alignment, 5), (.rubric, 12)])
    func libreOfficePrintsEachDocumentOnTheExpectedPages(_ kind: DocumentKind, _ pages: Int) throws {
        let fonts = try ExternalProgram.fcMatch.run(["Calibri"]).text
        #expect(fonts.contains("Carlito"), "Calibri is set in \(fonts): install fonts-crosextra-carlito for Word's metrics")
        let info = try ExternalProgram.pdfinfo.run([try Self.pdf(kind)])
        #expect(info.status == 0)
        let line = info.text.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        #expect(line.map { $0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces) } == String(pages), "\(kind): \(info.text)")
    }

    @Test func thePostingPrintsItsTitleHeadingsAndRealBullets() throws {
        let pages = try Self.pages(.posting)
        let first = try #require(pages.first)
        for text in ["Director of Technology", "Riverbend Public Schools", "Summary", "Reporting lines", "$118,000 to $134,000 per year"] {
            #expect(first.contains(text), "page 1 lacks \(text)")
        }
        // The bullet is drawn by Word's numbering: the body holds no bullet character itself.
        #expect(pages.joined().contains("• Reports to: Superintendent of Schools"))
        let body = try OpenedWordFile(try WordFixtures.docx(.posting)).text("word/document.xml")
        #expect(!body.contains("•"))
        #expect(pages.joined().contains("Notice of nondiscrimination"))
        #expect(try #require(pages.last).contains("Civil Rights of the U.S. Department of Education."))
    }

    /// The chart's boxes print with their text in the chart's order, each where the layout puts
    /// it: the distance between two boxes' first lines is the layout's, at the drawing's scale
    /// (a unit is 3/4 point; the chart shrinks to the 504-point text column).
    @Test func thePostingDrawsTheOrgChartsBoxesWhereTheLayoutPutsThem() throws {
        let chart = try #require(WordFixtures.renderer.orgChart(of: WordFixtures.example))
        let layout = OrgChartLayout(chart)
        let lines = layout.boxes.flatMap(\.lines).map(\.text)
        let words = try PrintedWord.all(in: try Self.pdf(.posting))
        let chartWords = lines.flatMap { $0.split(separator: " ").map(String.init) }
        let start = try #require(words.indices.first { index in
            index + chartWords.count <= words.count && zip(words[index...], chartWords).allSatisfy { $0.text == $1 }
        }, "the printed posting lacks the chart's lines in order: \(lines)")
        let points = 0.75 * min(1, 504 / (layout.width * 0.75))
        var index = start
        var centres: [(x: Double, y: Double)] = []
        for box in layout.boxes {
            let first = box.lines[0].text.split(separator: " ").count
            let line = words[index..<index + first]
            centres.append(((line.first!.xMin + line.last!.xMax) / 2, line.first!.yMin))
            index += box.lines.reduce(0) { $0 + $1.text.split(separator: " ").count }
        }
        let position = try #require(layout.boxes.firstIndex { $0.kind == .position })
        for (box, centre) in zip(layout.boxes, centres) {
            let x = (box.rect.midX - layout.boxes[position].rect.midX) * points
            let y = (box.lines[0].baseline - layout.boxes[position].lines[0].baseline) * points
            #expect(abs(centre.x - centres[position].x - x) < 1.5, "\(box.title) is not where the layout puts it across")
            #expect(abs(centre.y - centres[position].y - y) < 1.5, "\(box.title) is not where the layout puts it down")
        }
    }

    @Test func eachRubricPacketHasACoverPageAndNoCompetencySplitAcrossPages() throws {
        let pages = try Self.pages(.rubric)
        try #require(pages.count == 12)
        for (cover, candidate) in [(0, "A. Rivera"), (5, "B. Chen")] {
            let page = pages[cover]
            #expect(page.hasPrefix("Structured interview rubric: Director of Technology"), "page \(cover + 1)")
            for text in ["Candidate: \(candidate)", "Interviewer: J. Doe", "Rating scale", "Never ask about", "Summary", "Total (weighted score"] {
                #expect(page.contains(text), "the cover, page \(cover + 1), lacks \(text)")
            }
            #expect(!page.contains("Evidence notes"))
        }
        var competencies = 0, pagesWithTwo = 0
        for (index, page) in pages.enumerated() {
            let questions = page.components(separatedBy: "\nQuestion").count - 1
            let notes = page.components(separatedBy: "Evidence notes").count - 1
            #expect(questions == notes, "page \(index + 1) holds part of a competency")
            competencies += notes
            if notes == 2 { pagesWithTwo += 1 }
        }
        #expect(competencies == 12)
        #expect(pagesWithTwo >= 2)
        #expect(pages[1].contains("Candidate: A. Rivera") && pages[6].contains("Candidate: B. Chen"))
        #expect(pages[4].contains("Overall recommendation") && pages[9].contains("Overall recommendation"))
    }

    /// After the packets, one consensus sheet per candidate, each whole on a page of its own:
    /// its title, every interviewer's column and every competency down to the chair's signature.
    /// The words are looked for one by one, as narrow columns wrap names and competencies.
    @Test func eachCandidatesConsensusSheetIsOnePageWithEveryInterviewerAndCompetency() throws {
        let competencies = WordFixtures.example.resolvedRubricRows(in: WordFixtures.renderer.catalog).map(\.name)
        let committee = WordFixtures.example.rubric.committee.map(\.name)
        #expect(committee.count == 5)
        for (file, candidates, interviewers) in [("rubric", ["A. Rivera", "B. Chen"], ["J. Doe"]), (Self.committeeRubric, ["A. Rivera"], committee)] {
            let pages = try Self.pages(named: file)
            let sheets = pages.indices.filter { pages[$0].contains("Consensus sheet for the chair: Director of Technology") }
            #expect(sheets == Array(pages.count - candidates.count..<pages.count), "\(file): the sheets end the document, one page each")
            for (sheet, candidate) in zip(sheets, candidates) {
                let page = pages[sheet]
                let words = Set(page.split(whereSeparator: \.isWhitespace))
                #expect(page.contains("Candidate: \(candidate)"))
                for text in interviewers + competencies + ["# Competency Weight", "Spread", "Agreed score", "Weighted", "Total 7",
                                                           "Agreed recommendation (mark one)", "Strongly do not recommend", "Chair's signature:"] {
                    #expect(text.split(separator: " ").allSatisfy(words.contains), "\(file), sheet for \(candidate), page \(sheet + 1), lacks '\(text)'")
                }
            }
        }
    }

    @Test func theAlignmentReportPrintsItsMatrixWithMarks() throws {
        let pages = try Self.pages(.alignment)
        let first = try #require(pages.first)
        #expect(first.contains("Standards alignment report: Director of Technology"))
        #expect(first.contains("ISTE Standards for Education Leaders"))
        #expect(first.contains("✓"))
        #expect(pages[1].hasPrefix("The profile's ten areas"))
    }

    /// pandoc reads the Word posting back to the same outline and the same bullets as the
    /// Markdown posting: Word's Title is the Markdown's `#`, so Word's headings sit one level up.
    @Test func pandocReadsTheSameHeadingsAndBulletsAsTheMarkdownPosting() throws {
        let folder = try Self.printed.get()
        let markdown = folder.appendingPathComponent("posting.md")
        try WordFixtures.renderer.render(.posting, draft: WordFixtures.example, options: RenderOptions(format: .markdown))
            .write(to: markdown, atomically: true, encoding: .utf8)
        let fromWord = try PandocOutline(try ExternalProgram.pandoc.run(["-f", "docx", "-t", "json", folder.appendingPathComponent("posting.docx").path]))
        let fromMarkdown = try PandocOutline(try ExternalProgram.pandoc.run(["-f", "markdown-smart", "-t", "json", markdown.path]))
        #expect(fromWord.title == "Director of Technology")
        #expect(fromMarkdown.headings.first == "1 Director of Technology")
        #expect(fromWord.headings.map { PandocOutline.deeper($0) } == Array(fromMarkdown.headings.dropFirst()))
        #expect(fromWord.bullets == fromMarkdown.bullets)
        #expect(fromWord.bullets.count > 40)
    }
}

/// The headings ("2 Summary") and bullet items of a pandoc JSON document, as plain text.
struct PandocOutline {
    var title: String?
    var headings: [String] = []
    var bullets: [String] = []

    init(_ run: ExternalProgram.Result) throws {
        guard run.status == 0 else { throw ExternalProgram.Missing(message: "pandoc failed: \(run.stderr)") }
        let document = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        if let meta = document["meta"] as? [String: Any], let title = meta["title"] as? [String: Any] {
            self.title = Self.text(title["c"])
        }
        walk(document["blocks"])
    }

    static func deeper(_ heading: String) -> String {
        guard let space = heading.firstIndex(of: " "), let level = Int(heading[..<space]) else { return heading }
        return "\(level + 1)" + heading[space...]
    }

    private mutating func walk(_ blocks: Any?) {
        for block in blocks as? [[String: Any]] ?? [] {
            switch block["t"] as? String {
            case "Header":
                let content = block["c"] as? [Any] ?? []
                headings.append("\(content.first as? Int ?? 0) " + Self.text(content.last))
            case "BulletList":
                for item in block["c"] as? [[Any]] ?? [] { bullets.append(Self.text(item)) }
            default:
                walk(block["c"])
            }
        }
    }

    /// Inline text with spaces and breaks as one space, emphasis and links reduced to their words.
    static func text(_ value: Any?) -> String {
        var words = ""
        func collect(_ value: Any?) {
            if let node = value as? [String: Any] {
                switch node["t"] as? String {
                case "Str": words += node["c"] as? String ?? ""
                case "Space", "SoftBreak", "LineBreak": words += " "
                case "Link": collect((node["c"] as? [Any])?[1])
                default: collect(node["c"])
                }
            } else if let list = value as? [Any] {
                for element in list { collect(element) }
            }
        }
        collect(value)
        return words.split(separator: " ").joined(separator: " ")
    }
}

/// A word of a PDF as `pdftotext -bbox` places it, in points from the page's top left corner.
struct PrintedWord {
    var text: String
    var xMin, yMin, xMax: Double

    static func all(in pdf: String) throws -> [PrintedWord] {
        let run = try ExternalProgram.pdftotext.run(["-bbox", pdf, "-"])
        guard run.status == 0 else { throw ExternalProgram.Missing(message: "pdftotext failed: \(run.stderr)") }
        return run.text.matches(of: /<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)<\/word>/).map {
            PrintedWord(text: String($0.4).replacingOccurrences(of: "&amp;", with: "&"), xMin: Double($0.1)!, yMin: Double($0.2)!, xMax: Double($0.3)!)
        }
    }
}
