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

    /// The matcher picks its best matches without sorting them all: the same ones, in the order
    /// a sort by score, then id, gives (ties included).
    @Test func theBestMatchesAreTheFirstOfTheSortedMatches() {
        for round in 0..<200 {
            let matches = (0..<(round % 17)).map { BulletMatcher.Match(id: "b\(($0 * 7 + round) % 5)", score: Double(($0 * 31 + round) % 4) / 4) }
            let sorted = matches.sorted { $0.score > $1.score || $0.score == $1.score && $0.id < $1.id }
            for limit in 0...5 { #expect(BulletMatcher.best(matches, limit: limit) == Array(sorted.prefix(limit))) }
        }
    }

    /// A duty like nothing in the catalog becomes the district's own bullet with the alignments
    /// every bullet needs (a CoSN skill area and an ISTE indicator), so the draft opens clean.
    @Test func anOwnBulletLikeNothingInTheCatalogStillHasTheAlignmentsABulletNeeds() throws {
        let result = try Self.imported("""
            Director of Technology

            Responsibilities
            - print management
            - Qzxv wibble frob the plinth.
            - Run the help desk and track how quickly tickets are closed.
            """)
        let catalog = Self.importer.catalog
        #expect(result.draft.customCompetencies.count >= 2)
        for bullet in result.draft.customCompetencies {
            #expect(AlignmentRules.problems(bullet.aligns, in: catalog).isEmpty, "\(bullet.text): \(bullet.aligns)")
        }
        let loaded = try Draft.load(path: "draft.yaml", text: try result.draft.yaml())
        #expect(loaded.referenceErrors(against: catalog).isEmpty)
    }

    /// An imported draft comes with a rubric to start from: a row per area its bullets cover
    /// (at most eight), each assessing only the draft's own chosen bullets of that area.
    @Test func theDraftHasARubricRowForEachAreaItsBulletsCover() throws {
        let catalog = Self.importer.catalog
        for file in ["09-portsmouth-technology-director.txt", "12-national-trail-technology-coordinator.txt"] {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/postings/" + file)
            let draft = Self.importer.importPosting(try ImportInput(path: url.path, bytes: [UInt8](try Data(contentsOf: url)))).draft
            let chosen = draft.chosenBullets(in: catalog)
            let areas = catalog.areas.map(\.id).filter { area in chosen.contains { $0.area == area } }
            #expect(draft.rubric.rows.map(\.area) == Array(areas.prefix(8)).map { Optional($0) }, "\(file)")
            for row in draft.rubric.rows {
                #expect(!row.assesses.isEmpty && row.assesses.allSatisfy(draft.competencies.contains), "\(file)")
                #expect(row.question.flatMap { catalog.question($0)?.area } == row.area, "\(file)")
            }
        }
        #expect(try Self.imported("Director of Technology\n\nSalary: $100,000").draft.rubric.rows.isEmpty)
    }

    /// A duty like nothing in the catalog, with no bullet matched before it, is filed under the
    /// technical area, where a technology director's hands-on chores belong, not the first area.
    @Test func anOwnBulletWithNoNearAreaGoesToTheTechnicalArea() throws {
        let result = try Self.imported("""
            Director of Technology

            Responsibilities
            - Qzxv wibble frob the plinth.
            """)
        #expect(result.draft.customCompetencies.map(\.area) == ["technical"])
    }

    @Test func theFirstWordsAreTheFirstOfAllTheWords() {
        for text in ["", "The Director of Technology will lead the district's E-rate work", "one two", "é-rate, 1:1 — Überblick"] {
            for limit in 0...8 { #expect(MatchTokenizer.words(text, atMost: limit) == Array(MatchTokenizer.words(text).prefix(limit))) }
        }
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

extension ImporterTests {
    /// A district or location that ends in a city and a state gives the place too; a work year's
    /// parenthesis stays unless it counts the days; a place the posting does not end in a state
    /// is taken as written.
    @Test func aPlaceAfterTheDistrictIsTheCityAndState() throws {
        let draft = try Self.imported("""
            Technology Director
            District: Portsmouth School Department, Portsmouth, New Hampshire
            Term: one-year position (funding for later years not yet decided)
            """).draft
        #expect(draft.position.district == "Portsmouth School Department")
        #expect(draft.position.location.city == "Portsmouth" && draft.position.location.state == "NH")
        #expect(draft.position.workYear == "one-year position (funding for later years not yet decided)")
        let located = try Self.imported("""
            Technology Director
            District: Lakeside Public Schools
            Location: Lakeside, MA
            Work year: 12 months (260 days)
            """).draft
        #expect(located.position.district == "Lakeside Public Schools")
        #expect(located.position.location.city == "Lakeside" && located.position.location.state == "MA")
        #expect(located.position.workYear == "12 months" && located.position.contractDays == 260)
        let unplaced = try Self.imported("""
            Technology Director
            District: Lakeside Public Schools, Region 4, Unit B
            Location: Central Office
            """).draft
        #expect(unplaced.position.district == "Lakeside Public Schools, Region 4, Unit B")
        #expect(unplaced.position.location.name == "Central Office" && unplaced.position.location.city == nil)
        // Unlabelled, under the title, as posting 09 has it.
        let unlabelled = try Self.imported("Technology Director\nPortsmouth School Department, Portsmouth, New Hampshire\n").draft
        #expect(unlabelled.position.district == "Portsmouth School Department")
        #expect(unlabelled.position.location.city == "Portsmouth" && unlabelled.position.location.state == "NH")
    }
}
