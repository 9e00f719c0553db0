import JobWrightCore
import Testing

/// The hard rules as the editor asks them, on a draft in memory, and as `render` asks them, with
/// the place in the file.
@Suite("Hard rules")
struct HardRuleTests {
    static func draft(minimum: Amount? = 118000, maximum: Amount? = 134000,
                      posted: String? = "2027-01-04", closing: String? = "2027-02-05") -> Draft {
        var draft = Draft()
        draft.compensation.minimum = minimum
        draft.compensation.maximum = maximum
        draft.position.postingDate = posted.flatMap(CalendarDate.init)
        draft.position.closingDate = closing.flatMap(CalendarDate.init)
        return draft
    }

    @Test func aSoundDraftBreaksNoHardRule() {
        #expect(Self.draft().hardRuleProblems == [])
        #expect(Self.draft(minimum: 118000, maximum: 118000, posted: "2027-01-04", closing: "2027-01-04").hardRuleProblems == [])
    }

    @Test func missingValuesAreForTheChecksNotTheHardRules() {
        #expect(Self.draft(minimum: nil, maximum: nil, posted: nil, closing: nil).hardRuleProblems == [])
        #expect(Draft().hardRuleProblems == [])
    }

    @Test func maximumPayBelowTheMinimum() {
        let problems = Self.draft(minimum: 150000, maximum: 140000).hardRuleProblems
        #expect(problems.map(\.description) == ["compensation.maximum: the maximum pay (140000) is below the minimum (150000)"])
        #expect(problems.first?.rule == .maximumPayBelowMinimum)
        #expect(problems.first?.path == ["compensation", "maximum"])
    }

    @Test func closingBeforePostingComesFirstAsInTheFile() {
        let problems = Self.draft(minimum: 2, maximum: 1, posted: "2027-01-04", closing: "2027-01-03").hardRuleProblems
        #expect(problems.map(\.rule) == [.closingBeforePosting, .maximumPayBelowMinimum])
        #expect(problems.first?.description == "position.closingDate: the closing date (2027-01-03) is before the posting date (2027-01-04)")
    }

    @Test func loadedDraftErrorsPointAtTheOffendingValue() throws {
        let text = "position:\n  postingDate: \"2027-01-04\"\n  closingDate: \"2027-01-03\"\ncompensation:\n  minimum: 150000\n  maximum: 140000.5\n"
        let errors = try Draft.load(path: "draft.yaml", text: text).hardRuleErrors()
        #expect(errors.map(\.description) == [
            "draft.yaml:3:16: error: position.closingDate: the closing date (2027-01-03) is before the posting date (2027-01-04)",
            "draft.yaml:6:12: error: compensation.maximum: the maximum pay (140000.5) is below the minimum (150000)",
        ])
        #expect(errors.allSatisfy { $0.kind.exitCode == 65 })
    }
}
