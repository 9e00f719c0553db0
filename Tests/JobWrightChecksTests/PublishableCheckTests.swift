import JobWrightChecks
import JobWrightCore
import Testing

/// The checks' side of issue 9: pasted postings, open-until-filled, pay periods, joint reporting.
@Suite("Checks for a publishable posting")
struct PublishableCheckTests {
    static func rules(_ text: String) -> Set<String> {
        Set(CheckFixtures.checker.check(text: text, file: "old.txt").map(\.rule))
    }

    static let rest = "SALARY\n$118,000 to $134,000\nThe district does not discriminate. CORI and fingerprint checks apply.\n"

    @Test func aClosingDateIsADateOrUntilFilledNotAWord() {
        #expect(Self.rules("Apply by email.\n" + Self.rest).contains("required.closing-date"))
        #expect(!Self.rules("Please apply online; we review applications by March 15, 2027.\n" + Self.rest).contains("required.closing-date"))
        #expect(!Self.rules("Apply online. The position is open until filled.\n" + Self.rest).contains("required.closing-date"))
        #expect(Self.rules("Posted: March 1, 2027. Apply online.\n" + Self.rest).contains("required.closing-date"))
    }

    @Test func anAcronymExplainedInOtherWordsIsSpelledOut() {
        let explained = CheckFixtures.checker.check(text: "Runs the E-Rate (federal Schools and Libraries program) filings.\n", file: "old.txt")
        #expect(!explained.contains { $0.rule == "wording.acronym" && $0.message.contains("E-Rate") })
        let bare = CheckFixtures.checker.check(text: "Runs the E-Rate filings.\n", file: "old.txt")
        #expect(bare.contains { $0.rule == "wording.acronym" && $0.message.contains("E-Rate") })
    }

    @Test func openUntilFilledIsAllowedWithANotice() throws {
        var draft = try CheckFixtures.load(CheckFixtures.exampleText).draft
        draft.position.closingDate = nil
        draft.position.openUntilFilled = true
        let findings = CheckFixtures.checker.check(try CheckFixtures.load(try draft.yaml()))
        let closing = findings.filter { $0.rule == "required.closing-date" }
        #expect(closing.count == 1 && closing[0].severity == .notice)
        draft.position.openUntilFilled = nil
        #expect(CheckFixtures.checker.check(try CheckFixtures.load(try draft.yaml())).contains { $0.rule == "required.closing-date" && $0.severity == .error })
    }

    @Test func aRangePerMonthIsAWarning() throws {
        var draft = try CheckFixtures.load(CheckFixtures.exampleText).draft
        draft.compensation.period = .month
        let findings = CheckFixtures.checker.check(try CheckFixtures.load(try draft.yaml()))
        #expect(findings.contains { $0.rule == "required.pay-range" && $0.severity == .warning && $0.message.contains("per month") })
    }

    @Test func everyReportsToIsAtTheCentralOffice() throws {
        var draft = try CheckFixtures.load(CheckFixtures.exampleText).draft
        draft.reporting.alsoReportsTo = ["principal"]
        let findings = CheckFixtures.checker.check(try CheckFixtures.load(try draft.yaml()))
        #expect(findings.contains { $0.rule == "profile.central-office" && $0.field == "reporting.alsoReportsTo[0]" && $0.severity == .error })
    }

    /// A New Hampshire posting got Massachusetts notices and nothing said so (found by a helper
    /// importing a Portsmouth, NH posting); "Massachusetts" or "MA" in any case raises nothing.
    @Test func aPositionOutsideMassachusettsIsWarned() throws {
        var draft = try CheckFixtures.load(CheckFixtures.exampleText).draft
        for state in ["MA", "ma", "Massachusetts"] {
            draft.position.location.state = state
            #expect(!CheckFixtures.checker.check(try CheckFixtures.load(try draft.yaml())).contains { $0.rule == "profile.massachusetts" })
        }
        draft.position.location.state = "NH"
        let findings = CheckFixtures.checker.check(try CheckFixtures.load(try draft.yaml()))
        let finding = findings.first { $0.rule == "profile.massachusetts" }
        #expect(finding?.severity == .warning && finding?.field == "position.location.state" && finding?.message.contains("in NH") == true)
    }

    @Test func pastedPostingWordingFixes() {
        let graduate = CheckFixtures.checker.check(text: "We would welcome a recent graduate.\n", file: "old.txt")
        #expect(graduate.contains { $0.rule == "wording.age-coded" })
        // "School committee" is the Massachusetts school board, not feminine-coded language.
        let committee = CheckFixtures.checker.check(text: "Reports to the school committee and the building committee.\n", file: "old.txt")
        #expect(committee.contains { $0.rule == "wording.gender-balance" && $0.message.contains("0 feminine-coded") })
        // A bare "Mass" (the state) no longer excuses a question about churches.
        #expect(CheckFixtures.checker.check(question: "Are you a member of any churches in Mass?").contains { $0.rule == "question.membership" })
        #expect(CheckFixtures.checker.check(question: "Are you a member of MassCUE or CoSN?").isEmpty)
    }
}

@Suite("Direction controls")
struct BidiCheckTests {
    @Test func aDirectionOverrideInADraftIsAWarning() throws {
        var draft = try CheckFixtures.load(CheckFixtures.exampleText).draft
        draft.summary = "Pay is \u{202E}000,811$ per year."
        let findings = CheckFixtures.checker.check(try CheckFixtures.load(try draft.yaml()))
        #expect(findings.contains { $0.rule == "wording.bidi-control" && $0.severity == .warning && $0.field == "summary" && $0.message.contains("U+202E") })
    }
}
