import JobWrightChecks
import JobWrightCore
import JobWrightRender
import Testing

/// A posting from the district profile and the recommended core passes the checks once the
/// position's own facts are in (issue 8).
@Suite("The recommended core and the district profile")
struct RecommendedCoreTests {
    static var catalog: Catalog { CheckFixtures.checker.renderer.catalog }
    static var example: Draft { try! CheckFixtures.load(CheckFixtures.exampleText).draft }

    @Test func theCoreCoversEveryAreaWithSixRubricRows() {
        let core = Self.catalog.coreBullets
        #expect((12...18).contains(core.count))
        #expect(Set(core.map(\.area)) == Set(Self.catalog.areas.map(\.id)))
        #expect(Self.catalog.coreQuestions.count == 6)
    }

    @Test func aCorePostingWithItsOwnFactsIsCheckClean() throws {
        var draft = Draft.starting(.core, profile: DistrictProfile(from: Self.example), catalog: Self.catalog)
        #expect(draft.rubric.rows.count == 6 && draft.competencies.count == Self.catalog.coreBullets.count)
        #expect(draft.rubric.rows.allSatisfy { !$0.assesses.isEmpty && $0.assesses.allSatisfy(draft.competencies.contains) })
        // The position's own facts: title, dates, pay and a two-sentence summary.
        draft.position.title = "Chief Technology Officer"
        draft.position.postingDate = CalendarDate("2027-03-01")
        draft.position.closingDate = CalendarDate("2027-03-31")
        draft.compensation.minimum = 150000
        draft.compensation.maximum = 170000
        draft.summary = "Riverbend seeks a Chief Technology Officer for its seven schools. The CTO joins the superintendent's cabinet and works with principals, staff and families."
        let findings = CheckFixtures.checker.check(try CheckFixtures.load(try draft.yaml()))
        let serious = findings.filter { $0.severity != .notice }
        #expect(serious.isEmpty, "\(serious.map { "\($0.rule): \($0.message)" })")
    }

    @Test func aProfileIsCopiedIntoTheDraftAndMadeFromOne() throws {
        let profile = DistrictProfile(from: Self.example)
        var draft = Draft.starting(.profile, profile: profile, catalog: Self.catalog)
        #expect(draft.position.district == "Riverbend Public Schools")
        #expect(draft.notices.coordinator == Self.example.notices.coordinator)
        #expect(draft.competencies.isEmpty && draft.position.title == nil)
        // The draft holds the values itself: the same draft renders the same without the profile.
        let yaml = try draft.yaml()
        #expect(try Draft.load(path: "d.yaml", text: yaml).draft == draft)
        // A copy of last year's posting keeps its content and drops its dates and id.
        draft = Draft.starting(.copy, profile: nil, catalog: Self.catalog, copying: Self.example)
        #expect(draft.competencies == Self.example.competencies)
        #expect(draft.position.closingDate == nil && draft.position.postingId == nil)
    }

    /// The profile's pay note and benefits become one pay note of two sentences (a first-time
    /// officer's "Salary per the administrators' schedule" and "Health, dental" printed as one).
    @Test func thePayNoteAndTheBenefitsAreTwoSentences() {
        var profile = DistrictProfile()
        profile.payNote = "Salary per the administrators' schedule"
        profile.benefits = "Health, dental, MTRS pension"
        var draft = Draft()
        profile.apply(to: &draft)
        #expect(draft.compensation.note == "Salary per the administrators' schedule. Health, dental, MTRS pension")
        profile.payNote = "Placement on the schedule by experience."
        profile.apply(to: &draft)
        #expect(draft.compensation.note == "Placement on the schedule by experience. Health, dental, MTRS pension")
        profile.benefits = "  "
        profile.apply(to: &draft)
        #expect(draft.compensation.note == "Placement on the schedule by experience.")
    }

    @Test func aBrokenProfileSaysWhere() {
        #expect(throws: JobWrightError.self) { try DistrictProfile.load(path: "district.yaml", text: "jobwright-district: 1\ndistrcit: Riverbend\n") }
        do {
            _ = try DistrictProfile.load(path: "district.yaml", text: "jobwright-district: 1\ndistrcit: Riverbend\n")
        } catch {
            #expect(error.description.hasPrefix("district.yaml:2:1: error:"), "\(error.description)")
            #expect(error.description.contains("district"))
        }
        let blanks = try! DistrictProfile.load(path: "d.yaml", text: DraftTemplates.districtStarter)
        #expect(blanks.district == nil && blanks.hrContact == Contact())
    }

    @Test func theApplicationAddressTakesThePostingID() {
        var application = Application()
        application.url = "https://careers.example.org/postings/{postingId}"
        #expect(application.resolvedURL(postingId: "RPS-2027-020") == "https://careers.example.org/postings/RPS-2027-020")
        #expect(application.resolvedURL(postingId: nil) == "https://careers.example.org/postings")
    }
}
