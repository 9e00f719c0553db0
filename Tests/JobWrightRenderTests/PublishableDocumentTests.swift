import Foundation
import JobWrightCore
@testable import JobWrightRender
import Testing

/// Documents a district can publish as printed (issue 9): no provenance notes, acronyms spelled
/// out once, the matrix where it belongs, and the shapes real postings take.
@Suite("Publishable documents")
struct PublishableDocumentTests {
    static let glossary = [GlossaryEntry(term: "E-Rate", expansion: "Schools and Libraries Universal Service program"),
                           GlossaryEntry(term: "CIPA", expansion: "Children's Internet Protection Act")]

    /// A summary written as two paragraphs prints as two in a web page and a Word file, as in
    /// text (a first-time officer's blank line was lost in HTML and Word).
    @Test func aSummaryOfTwoParagraphsPrintsAsTwo() throws {
        var draft = Fixtures.example
        draft.summary = "The district seeks a director.\nShe or he leads a team of six.\n\n  Candidates should apply by March.  "
        draft.dayInTheLife = nil
        #expect(PostingContext.paragraphs(draft.summary) == ["The district seeks a director.\nShe or he leads a team of six.", "Candidates should apply by March."])
        let html = try Fixtures.renderer.render(.posting, draft: draft, options: RenderOptions(format: .html))
        #expect(html.contains("<p>The district seeks a director.\nShe or he leads a team of six.</p>\n<p>Candidates should apply by March.</p>"))
        let word = try Fixtures.renderer.render(.posting, draft: draft, options: RenderOptions(format: .docx))
        #expect(word.contains(">Candidates should apply by March.</w:t></w:r></w:p>"), "\(word.prefix(4000))")
        #expect(!word.contains("six.\n\n"))
    }

    @Test func aTermIsSpelledOutAtItsFirstUseOnly() {
        let text = "Manage E-Rate filings.\nE-Rate forms, and the E-Rate-funded network, and CIPA.\n"
        let spelled = GlossarySpelling(entries: Self.glossary, format: .text).apply(to: text)
        #expect(spelled == "Manage Schools and Libraries Universal Service program (E-Rate) filings.\nE-Rate forms, and the E-Rate-funded network, and Children's Internet Protection Act (CIPA).\n")
    }

    @Test func aTermAlreadySpelledOutIsLeftAlone() {
        for text in ["The Schools and Libraries Universal Service program (E-Rate) pays.", "E-Rate (the Schools and Libraries Universal Service program) pays."] {
            #expect(GlossarySpelling(entries: Self.glossary, format: .text).apply(to: text) == text)
        }
    }

    @Test func preformattedLinesTagsAndScriptsAreNeverChanged() {
        let marker = String(TextLayout.verbatimMarker)
        let text = marker + "E-Rate   x  x\nRun E-Rate.\n\u{0C}\nE-Rate again, on the next packet.\n"
        let spelled = GlossarySpelling(entries: Self.glossary, format: .text).apply(to: text)
        #expect(spelled.hasPrefix(marker + "E-Rate   x  x\nRun Schools and Libraries"))
        #expect(spelled.hasSuffix("\u{0C}\nSchools and Libraries Universal Service program (E-Rate) again, on the next packet.\n"))
        let html = #"<a title="E-Rate">x</a><script>{"d":"E-Rate"}</script><p>CIPA and E-Rate</p>"#
        let spelledHTML = GlossarySpelling(entries: Self.glossary, format: .html).apply(to: html)
        #expect(spelledHTML == #"<a title="E-Rate">x</a><script>{"d":"E-Rate"}</script><p>Children&#39;s Internet Protection Act (CIPA) and Schools and Libraries Universal Service program (E-Rate)</p>"#)
    }

    @Test func noDocumentPrintsVerificationNotes() throws {
        for kind in DocumentKind.allCases {
            for format in OutputFormat.allCases where !(kind != .posting && format == .jsonld) {
                let output = try Fixtures.renderer.render(kind, draft: Fixtures.example, options: RenderOptions(format: format))
                #expect(!output.lowercased().contains("unverified") && !output.contains("not retrieved"), "\(kind) \(format)")
            }
        }
    }

    /// A draft with no place of work prints no empty "Location" row, as every other fact's row
    /// goes when it is empty; with only a name or only an address, the row shows that alone.
    @Test func theLocationRowIsLeftOutWhenThereIsNoPlace() throws {
        var draft = Fixtures.example
        draft.position.location = Location()
        for (format, row) in [(OutputFormat.text, "Location:"), (.markdown, "| Location |"), (.html, "<dt>Location</dt>")] {
            let output = try Fixtures.renderer.render(.posting, draft: draft, options: RenderOptions(format: format))
            #expect(!output.contains(row), "\(format)")
            #expect(output.contains("Employment"), "\(format)")
            let example = try Fixtures.renderer.render(.posting, draft: Fixtures.example, options: RenderOptions(format: format))
            #expect(example.contains(row), "\(format)")
        }
        draft.position.location.name = "Central Office"
        let named = try Fixtures.renderer.render(.posting, draft: draft, options: RenderOptions(format: .text))
        #expect(named.contains("Location:        Central Office\n"))
        let example = try Fixtures.renderer.render(.posting, draft: Fixtures.example, options: RenderOptions(format: .text))
        #expect(example.contains("Location:        Central Administration Building, 40 Mill Street, Riverbend,\n"))
    }

    @Test func thePublicPostingKeepsOneSentenceAndTheCommitteeCopyTheMatrix() throws {
        let renderer = Fixtures.renderer
        let publicPosting = try renderer.render(.posting, draft: Fixtures.example, options: RenderOptions())
        #expect(publicPosting.contains("STANDARDS ALIGNMENT\n\nThe chosen duties and knowledge cover"))
        #expect(!publicPosting.contains("CoSN skill areas, with their weight on the"))
        let committeeCopy = try renderer.render(.posting, draft: Fixtures.example, options: RenderOptions(standardsMatrix: true))
        #expect(committeeCopy.contains("CoSN skill areas, with their weight on the"))
        var draft = Fixtures.example
        draft.standardsMatrix = true
        #expect(try renderer.render(.posting, draft: draft, options: RenderOptions()) == committeeCopy)
        let report = try renderer.render(.alignment, draft: Fixtures.example, options: RenderOptions())
        #expect(report.hasPrefix("STANDARDS ALIGNMENT REPORT\nDirector of Technology\n"))
        #expect(report.contains("CoSN skill areas, with their weight on the"))
        // The report names the profile's own areas, with each chosen bullet's standards.
        for area in Fixtures.catalog.areas { #expect(report.contains("\(area.number). \(area.title)"), "\(area.title)") }
        #expect(report.contains("Standards: CoSN"))
    }

    @Test func openUntilFilledAndAJointReportingLine() throws {
        var draft = Fixtures.example
        draft.position.openUntilFilled = true
        draft.reporting.alsoReportsTo = ["Town Manager"]
        let text = try Fixtures.renderer.render(.posting, draft: draft, options: RenderOptions())
        #expect(text.contains("Apply by:        February 5, 2027 (first review); open until filled"))
        #expect(text.contains("Reports to:      Superintendent of Schools and Town Manager"))
        draft.position.closingDate = nil
        let json = try Fixtures.renderer.render(.posting, draft: draft, options: RenderOptions(format: .jsonld))
        #expect(!json.contains("validThrough"))
        #expect(try Fixtures.renderer.render(.posting, draft: draft, options: RenderOptions()).contains("Apply by:        Open until filled"))
    }

    @Test func jsonLDCarriesEducationExperienceQualificationsAndResponsibilities() throws {
        var draft = Fixtures.example
        draft.qualifications.required = ["Master's degree in educational technology", "At least seven years of technology leadership"]
        let json = try Fixtures.renderer.render(.posting, draft: draft, options: RenderOptions(format: .jsonld))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["educationRequirements"] as? [String: Any])?["credentialCategory"] as? String == "postgraduate degree")
        #expect((object["experienceRequirements"] as? [String: Any])?["monthsOfExperience"] as? Int == 84)
        #expect((object["qualifications"] as? [String])?.first == "Master's degree in educational technology")
        #expect(((object["responsibilities"] as? [String])?.count ?? 0) == Fixtures.example.chosenBullets(in: Fixtures.catalog).filter { $0.kind == .duty }.count)
        #expect(QualificationTerms.degreeCategory(in: ["Bachelor's degree required"]) == "bachelor degree")
        #expect(QualificationTerms.degreeCategory(in: ["Massachusetts licence"]) == nil)
        #expect(QualificationTerms.monthsOfExperience(in: ["5+ years in schools", "two years supervising"]) == 60)
    }

    @Test func theNeverAskListComesFromTheRules() throws {
        var renderer = Fixtures.renderer
        renderer.neverAsk = ["never ask about the candidate's favourite sports team (district rule)"]
        let rubric = try renderer.render(.rubric, draft: Fixtures.example, options: RenderOptions())
        #expect(rubric.contains("favourite sports team (district rule)"))
        #expect(!Fixtures.renderer.neverAsk.isEmpty)
    }

    @Test func dutyHeadingsAreTheApplicantsHeadings() throws {
        let text = try Fixtures.renderer.render(.posting, draft: Fixtures.example, options: RenderOptions(width: 0))
        for area in Fixtures.catalog.areas where area.heading != nil && Fixtures.example.chosenBullets(in: Fixtures.catalog).contains(where: { $0.area == area.id }) {
            #expect(text.contains("\(area.number). \(area.postingHeading)\n"), "\(area.id)")
        }
    }
}

@Suite("Publishable documents: review fixes")
struct PublishableReviewFixesTests {
    @Test func addressesAreNeverSpelledOut() {
        let glossary = [GlossaryEntry(term: "HR", expansion: "human resources")]
        let text = "Apply at https://district.org/HR/jobs or write to HR@district.org. HR answers questions.\n"
        let spelled = GlossarySpelling(entries: glossary, format: .text).apply(to: text)
        #expect(spelled == "Apply at https://district.org/HR/jobs or write to HR@district.org. human resources (HR) answers questions.\n")
    }

    /// A posting not yet titled draws its box as the posting names it, not "This position (this
    /// position)".
    @Test func anUntitledPositionsChartSaysUntitled() throws {
        var draft = Fixtures.example
        draft.position.title = nil
        let text = try Fixtures.renderer.render(.posting, draft: draft, options: RenderOptions())
        #expect(text.contains("Untitled position (this position)"))
        #expect(!text.contains("This position (this position)"))
    }

    @Test func degreesAreWholeWords() {
        #expect(QualificationTerms.degreeCategory(in: ["Mastery of the master schedule"]) == nil)
        #expect(QualificationTerms.degreeCategory(in: ["Masters degree in education"]) == "postgraduate degree")
        #expect(QualificationTerms.degreeCategory(in: ["M.Ed. or equivalent"]) == "postgraduate degree")
    }
}

@Suite("District templates with control characters")
struct TemplateControlCharacterTests {
    @Test func aTemplateWithAnEscapeIsRefusedWithItsPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jw-tpl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{%CONTENT_TYPE: TEXT}}\n{{title}}\u{1B}[2J\n".write(to: folder.appendingPathComponent("posting.text.mustache"), atomically: true, encoding: .utf8)
        do {
            _ = try TemplateSet.load(overrides: folder.path)
            Issue.record("accepted a template with an escape")
        } catch {
            #expect(error.description.contains("posting.text.mustache:2:10: error: the template holds the control character U+001B"), "\(error.description)")
        }
    }
}

@Suite("District templates with broken partials")
struct TemplatePartialTests {
    func load(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jw-tpl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("partials"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        do {
            _ = try TemplateSet.load(overrides: folder.path)
            return "accepted"
        } catch {
            return error.description
        }
    }

    @Test func aMissingPartialIsNamedWhereItIsUsed() throws {
        let message = try load(["posting.text.mustache": "{{%CONTENT_TYPE: TEXT}}\n{{title}}\n  {{> partials/signature}}\n"])
        #expect(message.contains("posting.text.mustache:3:3: error: the partial 'partials/signature' does not exist"), "\(message)")
    }

    @Test func aPartialThatIncludesItselfIsRefused() throws {
        let message = try load(["partials/a.text.mustache": "{{> partials/b.text}}\n", "partials/b.text.mustache": "x {{> partials/a.text}}\n"])
        #expect(message.contains("includes itself"), "\(message)")
        #expect(message.contains(".mustache:1:"), "\(message)")
    }
}

extension PublishableDocumentTests {
    /// A section with nothing under it prints no heading: an imported posting with no pay and no
    /// way to apply yet printed bare "Compensation and terms" and "How to apply" headings. The
    /// FLSA status alone fills the first; the closing date alone ("Apply by") the second.
    @Test func aSectionWithNothingInItPrintsNoHeading() throws {
        var draft = Fixtures.example
        draft.compensation = Compensation()
        draft.flsa = nil
        draft.application = Application()
        draft.position.closingDate = nil
        draft.position.openUntilFilled = nil
        let headings: [(OutputFormat, [String])] = [(.text, ["COMPENSATION AND TERMS", "HOW TO APPLY"]),
                                                    (.markdown, ["## Compensation and terms", "## How to apply"]),
                                                    (.html, ["<h2>Compensation and terms</h2>", "<h2>How to apply</h2>"]),
                                                    (.docx, [">Compensation and terms</w:t>", ">How to apply</w:t>"])]
        for (format, pair) in headings {
            let bare = try Fixtures.renderer.render(.posting, draft: draft, options: RenderOptions(format: format))
            #expect(!bare.contains(pair[0]) && !bare.contains(pair[1]), "\(format)")
            var filled = draft
            filled.flsa = .exempt
            filled.position.closingDate = CalendarDate("2027-03-01")
            let shown = try Fixtures.renderer.render(.posting, draft: filled, options: RenderOptions(format: format))
            #expect(shown.contains(pair[0]) && shown.contains(pair[1]), "\(format)")
        }
    }
}
