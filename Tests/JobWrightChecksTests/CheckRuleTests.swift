import Foundation
import JobWrightAssets
import JobWrightChecks
import JobWrightCore
import JobWrightRender
import Testing

enum CheckFixtures {
    static let checker: Checker = {
        DisplayWidth.prepareLocale()
        let renderer = try! Renderer(catalog: try! CatalogSource.load(), templates: try! TemplateSet.load())
        return try! Checker(renderer: renderer, rules: try! RuleData.load())
    }()

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func lines(_ name: String) -> [String] {
        let text = try! String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    static func load(_ yaml: String) throws -> LoadedDraft { try Draft.load(path: "draft.yaml", text: yaml) }

    static var exampleText: String { DraftTemplates.example }
}

@Suite("Interview question rules")
struct QuestionRuleTests {
    static let unlawful: [(rule: String, question: String)] = CheckFixtures.lines("unlawful-questions.txt").map {
        let parts = $0.split(separator: "\t", maxSplits: 1).map(String.init)
        return (parts[0], parts[1])
    }

    @Test func everyUnlawfulExampleIsFlaggedByItsRule() {
        #expect(Self.unlawful.count >= 36)
        for (rule, question) in Self.unlawful {
            let findings = CheckFixtures.checker.check(question: question)
            #expect(findings.contains { $0.rule == "question.\(rule)" }, "\(rule): \(question)")
            #expect(findings.allSatisfy { $0.severity == .error && $0.suggestion != nil && $0.basis != nil })
        }
    }

    @Test func lawfulQuestionsRaiseNothing() {
        let lawful = CheckFixtures.lines("lawful-questions.txt")
        #expect(lawful.count >= 40)
        for question in lawful {
            #expect(CheckFixtures.checker.check(question: question).isEmpty, "\(question)")
        }
    }

    @Test func theBanksJobRelatedQuestionsRaiseNothing() {
        for question in CheckFixtures.checker.renderer.catalog.questions {
            for text in [question.text] + question.probes {
                #expect(CheckFixtures.checker.check(question: text).isEmpty, "\(question.id): \(text)")
            }
        }
    }

    @Test func theUsersExampleQuestionIsExplained() throws {
        let finding = try #require(CheckFixtures.checker.check(question: "So, do you have kids?").first)
        #expect(finding.rule == "question.family")
        #expect(finding.basis?.isEmpty == false)
        #expect(finding.suggestion?.isEmpty == false)
    }
}

@Suite("Wording rules")
struct WordingRuleTests {
    @Test func examplesBehaveAsLabelled() {
        for line in CheckFixtures.lines("wording-examples.txt") {
            let parts = line.split(separator: "\t", maxSplits: 2).map(String.init)
            let (rule, expected, text) = (parts[0], parts[1] == "yes", parts[2])
            let findings = CheckFixtures.checker.check(text: text, file: "posting.txt")
            let fired = findings.contains { $0.rule == "wording.\(rule)" }
            #expect(fired == expected, "\(rule) \(expected ? "should" : "should not") fire: \(text)")
        }
    }

    @Test func responsibilitiesIsNotFlaggedButAggressiveIs() {
        let quiet = CheckFixtures.checker.check(text: "Responsibilities include the budget.", file: "t.txt")
        #expect(!quiet.contains { $0.rule == "wording.gender-coded" })
        let loud = CheckFixtures.checker.check(text: "We expect an aggressive timeline.", file: "t.txt")
        let finding = loud.first { $0.rule == "wording.gender-coded" }
        #expect(finding?.message == "'aggressive' is masculine-coded wording")
        #expect(finding?.line == 1 && finding?.column == 14)
        #expect(finding?.suggestion?.isEmpty == false)
    }

    @Test func genderBalanceCountsStemsAndNotesLeadershipPostings() throws {
        let findings = CheckFixtures.checker.check(text: "Lead and lead again; analyze data; support staff.", file: "t.txt")
        let balance = try #require(findings.first { $0.rule == "wording.gender-balance" })
        #expect(balance.message.hasPrefix("gender-coded wording: 3 masculine-coded, 1 feminine-coded words (masculine-coded)"))
        #expect(balance.explanation?.lowercased().contains("leadership") == true)
        #expect(balance.basis?.contains("Gaucher") == true)
    }

    @Test func abilityWordingIsFineInThePhysicalDemandsOnly() throws {
        var yaml = CheckFixtures.exampleText
        yaml = yaml.replacingOccurrences(of: "physicalDemands:\n", with: "physicalDemands:\n  - Must be able to lift 25 pounds.\n")
        let inDemands = CheckFixtures.checker.check(try CheckFixtures.load(yaml))
        #expect(!inDemands.contains { $0.rule == "wording.ability" })
        yaml = yaml.replacingOccurrences(of: "workingConditions:\n", with: "workingConditions:\n  - Must be able to stand all day.\n")
        let inConditions = CheckFixtures.checker.check(try CheckFixtures.load(yaml))
        #expect(inConditions.contains { $0.rule == "wording.ability" && $0.field?.hasPrefix("workingConditions") == true })
    }

    @Test func acronymsMustBeSpelledOutAtFirstUse() {
        let bare = CheckFixtures.checker.check(text: "Lead CIPA compliance.", file: "t.txt")
        #expect(bare.contains { $0.rule == "wording.acronym" && $0.message.contains("'CIPA'") && $0.column == 6 })
        let spelled = CheckFixtures.checker.check(text: "Lead Children's Internet Protection Act (CIPA) compliance. Renew CIPA filings.", file: "t.txt")
        #expect(!spelled.contains { $0.rule == "wording.acronym" && $0.message.contains("'CIPA'") })
    }

    @Test func readabilityReportsFleschScoresAgainstTheTarget() throws {
        let easy = CheckFixtures.checker.check(text: String(repeating: "We fix the net. You help the staff. It is a good job. ", count: 10), file: "t.txt")
        let notice = try #require(easy.first { $0.rule == "readability" })
        #expect(notice.severity == .notice)
        #expect(notice.message.contains("within the target of grade 12"))
        let hard = CheckFixtures.checker.check(
            text: String(repeating: "Institutional interoperability considerations necessitate comprehensive organizational infrastructure modernization initiatives encompassing authentication, authorization, virtualization and telecommunications. ", count: 8),
            file: "t.txt")
        #expect(hard.first { $0.rule == "readability" }?.message.contains("above the target") == true)
        // A title alone is not scored: the formulas swing wildly on so few words.
        let title = CheckFixtures.checker.check(try CheckFixtures.load("position:\n  title: Director of Technology\n"))
        let short = try #require(title.first { $0.rule == "readability" })
        #expect(short.message.hasPrefix("too little prose to score its readability yet: 3 words"), "\(short.message)")
        #expect(!short.message.contains("Flesch Reading Ease"))
    }

    @Test func fleschFormulasMatchAHandComputedCase() {
        // 2 sentences, 8 words, 10 syllables ("The cat sat." / "A dog ran to the big park." with "the" 1 each).
        let r = Readability(text: "The cat sat. A dog ran to the park.")
        #expect(r.words == 9 && r.sentences == 2 && r.syllables == 9)
        #expect(abs(r.readingEase - (206.835 - 1.015 * 4.5 - 84.6 * 1)) < 0.001)
        #expect(abs(r.gradeLevel - (0.39 * 4.5 + 11.8 * 1 - 15.59)) < 0.001)
    }

    @Test func findingsOfAPastedFileCarryLineAndColumn() throws {
        let findings = CheckFixtures.checker.check(text: "Director of Technology\n\nWe want a rockstar.\n", file: "old.txt")
        let finding = try #require(findings.first { $0.rule == "wording.hyperbole" })
        #expect(finding.location.description == "old.txt:3:11")
    }
}

@Suite("Draft rules")
struct DraftRuleTests {
    struct ExampleChanged: Error { var missing: String }

    func findings(_ edit: (inout String) throws -> Void = { _ in }) throws -> [Finding] {
        var yaml = CheckFixtures.exampleText
        try edit(&yaml)
        return CheckFixtures.checker.check(try CheckFixtures.load(yaml))
    }

    /// An edit of the example draft; fails the test (not the run) when the example changed.
    func replacing(_ target: String, _ replacement: String) -> (inout String) throws -> Void {
        { yaml in
            guard yaml.contains(target) else { throw ExampleChanged(missing: target) }
            yaml = yaml.replacingOccurrences(of: target, with: replacement)
        }
    }

    @Test func theExampleDraftAndDefaultCatalogProduceNoError() throws {
        let all = try findings()
        #expect(all.filter { $0.severity == .error }.map { FindingReport.text([$0]) } == [])
    }

    @Test func payRangeIsRequired() throws {
        let all = try findings(replacing("  maximum: 134000\n", ""))
        let finding = try #require(all.first { $0.rule == "required.pay-range" })
        #expect(finding.severity == .error)
        #expect(finding.field == "compensation.maximum")
        #expect(finding.basis?.contains("c.149 s.105F") == true)
    }

    @Test func coordinatorContactIsRequired() throws {
        let all = try findings { yaml in
            let range = yaml.range(of: "phone:", options: .backwards)!
            let lineEnd = yaml[range.upperBound...].firstIndex(of: "\n")!
            yaml.replaceSubrange(range.lowerBound..<lineEnd, with: "phone: \"\"")
        }
        let finding = try #require(all.first { $0.rule == "required.nondiscrimination-contact" })
        #expect(finding.message.contains("phone"))
        #expect(finding.line != nil)
    }

    @Test func closingDateMayNotPrecedePostingDate() throws {
        let all = try findings(replacing("closingDate: \"2027-02-05\"", "closingDate: \"2026-12-01\""))
        #expect(all.contains { $0.rule == "required.closing-date" && $0.severity == .error })
    }

    @Test func buildingLevelReportsToIsAnError() throws {
        let all = try findings(replacing("reportsTo: superintendent", "reportsTo: principal"))
        let finding = try #require(all.first { $0.rule == "profile.central-office" })
        #expect(finding.severity == .error)
        #expect(finding.field == "reporting.reportsTo")
    }

    @Test func missingAreaIsAWarningAndUncoveredStandardsANotice() throws {
        let all = try findings(replacing("  - evaluation.technical-staff-evaluation\n  - evaluation.educator-evaluation\n  - evaluation.knowledge-educator-evaluation\n", ""))
        #expect(all.contains { $0.rule == "profile.area-coverage" && $0.severity == .warning && $0.message.contains("Evaluation") })
        #expect(all.contains { $0.rule == "profile.standards-coverage" && $0.severity == .notice })
        let none = CheckFixtures.checker.check(try CheckFixtures.load("position:\n  title: X\n"))
        #expect(none.filter { $0.rule == "profile.area-coverage" }.count == 10)
    }

    @Test func rubricRowsMustTraceToPostedBullets() throws {
        #expect(!(try findings()).contains { $0.rule == "rubric.job-related" })
        let yaml = CheckFixtures.exampleText
        let loaded = try CheckFixtures.load(yaml)
        var draft = loaded.draft
        let assessed = draft.rubric.rows[0].assesses
        draft.competencies.removeAll { assessed.contains($0) }
        let edited = try CheckFixtures.load(try draft.yaml())
        let findings = CheckFixtures.checker.check(edited)
        #expect(findings.contains { $0.rule == "rubric.job-related" && $0.severity == .error })
    }

    @Test func rubricSizeAndCustomQuestionsAreChecked() throws {
        var draft = try CheckFixtures.load(CheckFixtures.exampleText).draft
        draft.rubric.rows = Array(draft.rubric.rows.prefix(3))
        draft.rubric.rows[0].question = nil
        draft.rubric.rows[0].customQuestion = CustomQuestion(type: .behavioural, text: "So, do you have kids?", anchors: ["proficient": "x"])
        let findings = CheckFixtures.checker.check(try CheckFixtures.load(try draft.yaml()))
        #expect(findings.contains { $0.rule == "rubric.size" && $0.severity == .notice })
        #expect(findings.contains { $0.rule == "question.family" && $0.field == "rubric.rows[0].customQuestion.text" })
        #expect(findings.filter { $0.rule == "rubric.anchors" }.count == 3)
    }

    @Test func jsonLDMustHaveGooglesRequiredProperties() throws {
        let findings = CheckFixtures.checker.check(try CheckFixtures.load("position:\n  title: Director\n"))
        let messages = findings.filter { $0.rule == "jsonld.structure" }.map(\.message)
        // The missing posting date and district are reported once, by the draft's own rules.
        #expect(findings.contains { $0.rule == "required.posting-date" } && !messages.contains { $0.contains("datePosted") })
        #expect(findings.contains { $0.rule == "required.district" } && !messages.contains { $0.contains("hiringOrganization") })
        #expect(messages.contains { $0.contains("jobLocation") })
    }

    @Test func reportPrintsLikeACompiler() throws {
        let findings = try findings(replacing("reportsTo: superintendent", "reportsTo: principal"))
        let report = FindingReport.text(findings)
        #expect(report.contains("draft.yaml:"))
        #expect(report.contains(": error[profile.central-office]: reporting.reportsTo: reports to Principal, a building-level role\n    why: "))
        #expect(report.hasSuffix("\n"))
        #expect(report.split(separator: "\n").last?.hasPrefix("1 error, ") == true)
    }
}

@Suite("Review regressions in the checks")
struct CheckRegressionTests {
    @Test func aPastedPostingIsCheckedForItsRequiredContent() {
        let bare = CheckFixtures.checker.check(text: "Director of Technology\nLead the district's technology.\n", file: "old.txt")
        for rule in ["required.pay-range", "required.nondiscrimination-notice", "required.background-check", "required.closing-date", "required.how-to-apply"] {
            #expect(bare.contains { $0.rule == rule && $0.severity == .error }, "\(rule)")
        }
        let complete = CheckFixtures.checker.check(text: """
            Director of Technology
            Pay range: $118,000 to $134,000 per year.
            Apply by February 5, 2027 at careers.example.org.
            Offers depend on CORI and fingerprint checks.
            The district does not discriminate on the basis of race, color, national origin, sex, disability or age.
            """, file: "new.txt")
        #expect(!complete.contains { $0.rule.hasPrefix("required.") })
    }

    @Test func abilityWordingUnderAPhysicalDemandsHeadingIsFineAndSaidOnce() {
        let findings = CheckFixtures.checker.check(text: "PHYSICAL DEMANDS:\nMust be able to stand for long periods.\n\nDUTIES\nMust be able to stand for long periods.\n", file: "t.txt")
        let ability = findings.filter { $0.rule == "wording.ability" }
        #expect(ability.count == 1)
        #expect(ability.first?.line == 5)
    }

    @Test func newlyCoveredQuestionsAreFlagged() {
        for question in ["What medications do you take?", "How many years until retirement?", "What is your previous surname?"] {
            #expect(!CheckFixtures.checker.check(question: question).isEmpty, "\(question)")
        }
    }
}
