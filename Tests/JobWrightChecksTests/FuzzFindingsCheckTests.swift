import JobWrightChecks
import JobWrightCore
import Testing

/// Inputs the libFuzzer targets in Fuzz/ found (issue 11).
@Suite("Fuzz findings: check --text")
struct FuzzFindingsCheckTests {
    /// FuzzCheckText: `check --text` reads any text, and a finding about a question on one of its
    /// lines quotes the question, so an escape in it reached the terminal with the report. The
    /// report prints control characters as their pictures (U+241B for Esc).
    @Test func anEscapeInACheckedQuestionIsPrintedAsItsPicture() {
        let text = "Which religious\u{1B}[2J\u{00}\u{9B} holidays do you observe?\n"
        let findings = CheckFixtures.checker.check(text: text, file: "old.txt")
        #expect(findings.contains { $0.rule == "question.religion" })
        let report = FindingReport.text(findings)
        #expect(!report.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) })
        #expect(report.contains("religious\u{241B}[2J\u{2400}\u{FFFD} holidays"), "\(report)")
    }
}
