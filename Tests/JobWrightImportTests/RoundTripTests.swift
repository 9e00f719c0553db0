import Foundation
import JobWrightAssets
import JobWrightCore
import JobWrightDocx
@testable import JobWrightImport
import JobWrightRender
import Testing

/// jobwright's own posting, printed in each format and imported back: every catalog bullet and
/// every fact the posting prints comes back, and nothing else is invented.
@Suite("Import of jobwright's own postings")
struct RoundTripTests {
    static let renderer: Renderer = {
        DisplayWidth.prepareLocale()
        return try! Renderer(catalog: try! CatalogSource.load(), templates: try! TemplateSet.load())
    }()
    static let example: Draft = try! Draft.load(path: "example.draft.yaml", text: DraftTemplates.example).draft
    static let importer = PostingImporter(catalog: renderer.catalog, vocabulary: try! MatchVocabulary.load())

    static func printed(_ format: OutputFormat) throws -> (path: String, bytes: [UInt8]) {
        let options = RenderOptions(format: format, width: 78)
        if format == .docx {
            return ("posting.docx", [UInt8](try renderer.renderDocx(.posting, draft: example, options: options)))
        }
        let ext = ["text": "txt", "markdown": "md", "html": "html"][format.rawValue]!
        return ("posting.\(ext)", Array(try renderer.render(.posting, draft: example, options: options).utf8))
    }

    @Test(arguments: [OutputFormat.text, .markdown, .html, .docx])
    func thePrintedPostingComesBackAsTheSameDraft(_ format: OutputFormat) throws {
        let (path, bytes) = try Self.printed(format)
        let input = try ImportInput(path: path, bytes: bytes)
        let draft = Self.importer.importPosting(input).draft
        let catalog = Self.renderer.catalog
        let original = Self.example
        let catalogBullets = original.competencies.filter { catalog.competency($0) != nil }
        // Knowledge bullets print after the duties, so the order may differ; the set may not.
        #expect(Set(draft.competencies.filter { catalog.competency($0) != nil }) == Set(catalogBullets))
        // The example's own bullet comes back as the district's own, in its words.
        let own = original.customCompetencies.map(\.text.collapsingWhitespace)
        #expect(draft.customCompetencies.map(\.text) == own)
        #expect(draft.position.title == original.position.title)
        #expect(draft.position.district == original.position.district)
        #expect(draft.position.location.street == original.position.location.street)
        #expect(draft.position.location.city == original.position.location.city)
        #expect(draft.position.location.postalCode == original.position.location.postalCode)
        #expect(draft.position.fte == original.position.fte)
        #expect(draft.position.contractDays == original.position.contractDays)
        #expect(draft.position.postingDate == original.position.postingDate)
        #expect(draft.position.closingDate == original.position.closingDate)
        #expect(draft.position.startDate == original.position.startDate)
        #expect(draft.compensation.minimum == original.compensation.minimum)
        #expect(draft.compensation.maximum == original.compensation.maximum)
        #expect(draft.compensation.period == original.compensation.period)
        #expect(draft.flsa == original.flsa)
        #expect(draft.reporting.reportsTo == original.reporting.reportsTo)
        #expect(draft.reporting.supervises.map(\.count) == original.reporting.supervises.map(\.count))
        #expect(draft.application.url == original.application.url)
        #expect(draft.application.contact.email == original.application.contact.email)
        #expect(draft.physicalDemands == original.physicalDemands.map(\.collapsingWhitespace))
        #expect(draft.workingConditions == original.workingConditions.map(\.collapsingWhitespace))
        // Printed text spells acronyms out at first use ("Consortium for School Networking (CoSN)").
        #expect(draft.qualifications.preferred.count == original.qualifications.preferred.count)
        for (imported, written) in zip(draft.qualifications.preferred, original.qualifications.preferred) {
            #expect(imported.hasSuffix(String(written.collapsingWhitespace.suffix(30))))
        }
        // Every bullet the posting prints is in the review, with a high similarity.
        let review = try #require(draft.importReview)
        for line in review.lines where catalog.competency(line.bullet) != nil {
            #expect((line.choices.first?.similarity ?? 0) >= 70, "\(line.bullet): \(line.choices.first?.similarity ?? 0)%")
        }
    }
}

/// `jobwright import` checks the draft it made in memory for the text report (whose findings
/// name no line); that is only right while every imported draft reads back as itself. Each
/// must also open without errors.
@Suite("Imported drafts read back as themselves")
struct ImportedDraftReadBackTests {
    @Test func everyFixturePostingsDraftReadsBackUnchanged() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/postings")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count >= 17)
        let formats: [OutputFormat] = [.text, .markdown, .html, .docx]
        let printed = try formats.map { try RoundTripTests.printed($0) }
        let inputs = try files.map { try ImportInput(path: $0, bytes: [UInt8](Data(contentsOf: folder.appendingPathComponent($0)))) }
            + printed.map { try ImportInput(path: $0.path, bytes: $0.bytes) }
        for input in inputs {
            let draft = RoundTripTests.importer.importPosting(input).draft
            let loaded = try Draft.load(path: "draft.yaml", text: try draft.yaml())
            #expect(loaded.draft == draft, "\(input.path)")
            // And it opens in the editor without errors.
            #expect(loaded.referenceErrors(against: RoundTripTests.renderer.catalog).map(\.description) == [], "\(input.path)")
        }
    }
}
