import JobWrightAssets
import JobWrightCore
import Testing

/// Settling an imported draft's lines changes the chosen bullets as the review says.
@Suite("Import review decisions")
struct ImportReviewTests {
    static let catalog: Catalog = Catalog.builtIn

    /// Three lines: two became the same catalog bullet, one the district's own.
    static func imported() -> Draft {
        var draft = Draft()
        draft.competencies = ["assets.e-rate", "custom.imported-7"]
        draft.customCompetencies = [Competency(id: "custom.imported-7", area: "technical", kind: .duty, text: "Coach the robotics team.", aligns: [])]
        draft.importReview = ImportReview(source: "old.txt", lines: [
            .init(line: 5, text: "Manage E-rate.", bullet: "assets.e-rate",
                  choices: [.init(id: "assets.e-rate", similarity: 80), .init(id: "assets.knowledge-e-rate", similarity: 60)]),
            .init(line: 6, text: "File the E-rate forms.", bullet: "assets.e-rate", choices: [.init(id: "assets.e-rate", similarity: 70)]),
            .init(line: 7, text: "Coach the robotics team.", bullet: "custom.imported-7", choices: [.init(id: "pedagogy.classroom-visits", similarity: 12)]),
        ])
        return draft
    }

    @Test func acceptingKeepsTheBulletAndTheLastSettlementEndsTheReview() throws {
        var draft = Self.imported()
        draft.settleImportLine(0, .accept, catalog: Self.catalog)
        #expect(draft.importReview?.open.count == 2)
        draft.settleImportLine(1, .accept, catalog: Self.catalog)
        draft.settleImportLine(2, .accept, catalog: Self.catalog)
        // Done: it stays while the draft is open (a line can still be changed), not in the file.
        #expect(draft.importReview?.open.isEmpty == true)
        #expect(draft.importReview?.lines.count == 3)
        #expect(draft.withoutFinishedReview.importReview == nil)
        #expect(!(try draft.withoutFinishedReview.yaml()).contains("importReview"))
        #expect(draft.competencies == ["assets.e-rate", "custom.imported-7"])
    }

    @Test func choosingAnotherMatchReplacesTheBulletInPlaceUnlessAnotherLineStillUsesIt() {
        var draft = Self.imported()
        draft.settleImportLine(0, .choose("assets.knowledge-e-rate"), catalog: Self.catalog)
        // Line 6 still became assets.e-rate: it stays, the new bullet goes after it.
        #expect(draft.competencies == ["assets.e-rate", "assets.knowledge-e-rate", "custom.imported-7"])
        draft.settleImportLine(1, .choose("assets.knowledge-e-rate"), catalog: Self.catalog)
        #expect(draft.competencies == ["assets.knowledge-e-rate", "custom.imported-7"])
        #expect(draft.importReview?.lines[1].bullet == "assets.knowledge-e-rate")
    }

    @Test func changingALineDoesNotSettleIt() {
        var draft = Self.imported()
        draft.changeImportLine(2, to: "pedagogy.classroom-visits", catalog: Self.catalog)
        #expect(draft.competencies == ["assets.e-rate", "pedagogy.classroom-visits"])
        #expect(draft.customCompetencies.isEmpty)
        #expect(draft.importReview?.lines[2].settled != true)
        // An id the catalog does not have changes nothing.
        let before = draft
        draft.changeImportLine(2, to: "no.such-bullet", catalog: Self.catalog)
        #expect(draft == before)
    }

    @Test func keepingTheWordingMakesTheDistrictsOwnBulletWhereTheCatalogOneWas() {
        var draft = Self.imported()
        draft.settleImportLine(1, .accept, catalog: Self.catalog)
        draft.settleImportLine(0, .keepWording, catalog: Self.catalog)
        let own = draft.customCompetencies.first { $0.id == "custom.imported-5" }
        #expect(own?.text == "Manage E-rate.")
        #expect(own?.area == "assets")
        #expect(draft.competencies == ["assets.e-rate", "custom.imported-5", "custom.imported-7"])
    }

    @Test func droppingRemovesTheBulletAndAnImportedOwnBullet() {
        var draft = Self.imported()
        draft.settleImportLine(2, .drop, catalog: Self.catalog)
        #expect(draft.competencies == ["assets.e-rate"])
        #expect(draft.customCompetencies.isEmpty)
        #expect(draft.importReview?.lines[2].dropped == true)
    }

    /// The rows import proposes assess the review's bullets: a row per area, and each decision
    /// keeps them in step, so the rubric never assesses a bullet the posting dropped.
    @Test func theRubricRowsFollowTheReview() throws {
        var draft = Self.imported()
        #expect(draft.addProposedRubricRows(in: Self.catalog) == 2)
        #expect(draft.rubric.rows.map(\.area) == ["assets", "technical"])
        #expect(draft.rubric.rows.map(\.assesses) == [["assets.e-rate"], ["custom.imported-7"]])
        // Line 5 moves to another bullet of its area; line 6 still holds assets.e-rate.
        draft.settleImportLine(0, .choose("assets.knowledge-e-rate"), catalog: Self.catalog)
        #expect(draft.rubric.rows[0].assesses == ["assets.e-rate", "assets.knowledge-e-rate"])
        draft.settleImportLine(1, .choose("assets.knowledge-e-rate"), catalog: Self.catalog)
        #expect(draft.rubric.rows[0].assesses == ["assets.knowledge-e-rate"])
        // Dropping the only bullet of the technical row removes the row.
        draft.settleImportLine(2, .drop, catalog: Self.catalog)
        #expect(draft.rubric.rows.map(\.area) == ["assets"])
        #expect(draft.importReview?.open.isEmpty == true)
        #expect(try Draft.load(path: "draft.yaml", text: try draft.yaml()).referenceErrors(against: Self.catalog).isEmpty)
    }

    @Test func keepingTheWordingMovesTheRowToTheDistrictsOwnBullet() {
        var draft = Self.imported()
        draft.addProposedRubricRows(in: Self.catalog)
        draft.settleImportLine(1, .drop, catalog: Self.catalog)
        draft.settleImportLine(0, .keepWording, catalog: Self.catalog)
        #expect(draft.rubric.rows.map(\.assesses) == [["custom.imported-5"], ["custom.imported-7"]])
    }

    /// A proposed row asks the bank question that names most of the area's chosen bullets; when
    /// none names any (only the district's own bullets), the area's core question.
    @Test func aProposedRowAsksTheQuestionThatNamesMostOfTheChosenBullets() {
        var draft = Draft()
        draft.competencies = ["technical.cybersecurity", "technical.knowledge-security", "technical.help-desk"]
        let row = draft.proposedRubricRow(forArea: "technical", in: Self.catalog)
        #expect(row.question == "technical.q-ransomware-morning")
        #expect(row.assesses == draft.competencies)
        draft.competencies = ["technical.help-desk", "technical.network-infrastructure"]
        #expect(draft.proposedRubricRow(forArea: "technical", in: Self.catalog).question == "technical.q-major-outage")
        draft.competencies = ["custom.imported-7"]
        draft.customCompetencies = Self.imported().customCompetencies
        #expect(draft.proposedRubricRow(forArea: "technical", in: Self.catalog).question == "technical.q-ransomware-morning")
        #expect(draft.areasWithoutRubricRow(in: Self.catalog).map(\.id) == ["technical"])
    }

    /// The profile fills only what the imported draft leaves empty, and names what it filled;
    /// the place of work is taken whole, never mixed with the posting's.
    @Test func theProfileFillsBlanksAndLeavesThePostingsOwnFacts() {
        var profile = DistrictProfile()
        profile.district = "Riverbend Public Schools"
        profile.location.city = "Riverbend"
        profile.location.street = "1 Main St"
        profile.coordinator.name = "Jo Park"
        profile.committee = [CommitteeMember(name: "A. Chair")]
        var draft = Draft()
        draft.position.district = "Portsmouth School Department"
        #expect(profile.fillBlanks(of: &draft) == ["position.location", "notices.coordinator", "rubric.committee"])
        #expect(draft.position.district == "Portsmouth School Department")
        #expect(draft.position.location.street == "1 Main St" && draft.notices.coordinator.name == "Jo Park")
        var located = Draft()
        located.position.location.city = "Portsmouth"
        #expect(!profile.fillBlanks(of: &located).contains("position.location"))
        #expect(located.position.location.street == nil && located.position.location.city == "Portsmouth")
        #expect(DistrictProfile().fillBlanks(of: &located).isEmpty)
    }

    @Test func theReviewSurvivesSavingAndLoading() throws {
        var draft = Self.imported()
        draft.settleImportLine(2, .drop, catalog: Self.catalog)
        let loaded = try Draft.load(path: "draft.yaml", text: try draft.yaml()).draft
        #expect(loaded == draft)
    }
}
