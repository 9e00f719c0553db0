import Foundation
import JobWrightCore
@testable import JobWrightImport
import JobWrightRender
import Testing

/// How the importer reads a posting's parts, on small postings written for the purpose.
@Suite("Importing a posting's parts")
struct ImporterTests {
    static let importer = PostingImporter(catalog: try! CatalogSource.load(), vocabulary: try! MatchVocabulary.load())

    static func imported(_ text: String) throws -> ImportResult {
        importer.importPosting(try ImportInput(path: "posting.txt", bytes: Array(text.utf8)))
    }

    @Test func aSentenceUnderTheDutiesThatIsNotADutyIsKeptAsANote() throws {
        let result = try Self.imported("""
            Director of Technology

            Performance responsibilities
            The district also uses these responsibilities as the rubric for evaluating the director.
            - Manage the district's E-rate applications and keep the records the program requires.
            """)
        #expect(result.draft.competencies == ["assets.e-rate"])
        #expect(result.draft.notes == ["line 4: The district also uses these responsibilities as the rubric for evaluating the director."])
        #expect(result.lines.map(\.outcome) == [.fact, .heading, .note, .bullet])
    }

    @Test func factsComeFromLabelsAndNothingIsGuessed() throws {
        let result = try Self.imported("""
            Director of Technology
            Lakeside Public Schools

            Reports to: Superintendent of Schools
            Supervises: Network Administrator (1); Help Desk Technician (2)
            Salary: $105,000 - $120,000 per year
            Closing date: March 1, 2027
            Apply at https://jobs.lakeside.example.org/123
            """)
        let draft = result.draft
        #expect(draft.position.title == "Director of Technology")
        #expect(draft.position.district == "Lakeside Public Schools")
        #expect(draft.reporting.reportsTo == "superintendent")
        #expect(draft.reporting.supervises.map(\.count) == [1, 2])
        #expect(draft.compensation.minimum == 105000 && draft.compensation.maximum == 120000 && draft.compensation.period == .year)
        #expect(draft.position.closingDate == CalendarDate("2027-03-01"))
        #expect(draft.application.url == "https://jobs.lakeside.example.org/123")
        // Not stated, so not set.
        #expect(draft.position.postingDate == nil && draft.flsa == nil && draft.position.fte == nil)
    }
}
