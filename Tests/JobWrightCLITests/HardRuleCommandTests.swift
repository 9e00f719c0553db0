import Foundation
import Testing

/// `render` refuses a draft that breaks a hard rule (pay range upside down, closing before
/// posting) with exit status 65 and the offending value's file:line:column, unless `--force`.
@Suite("Hard rules on the command line")
struct HardRuleCommandTests {
    /// A hard rule broken by changing one line of the example draft, and the message it gives.
    struct Breach: CustomStringConvertible, Sendable {
        var name: String
        var line: String
        var replacement: String
        /// `line:column: error: field: message`, after the file name.
        var expected: String
        var description: String { name }
    }

    static let payBelowMinimum = Breach(
        name: "maximum pay below the minimum", line: "  maximum: 134000", replacement: "  maximum: 104000",
        expected: "25:12: error: compensation.maximum: the maximum pay (104000) is below the minimum (118000)")
    static let closingBeforePosting = Breach(
        name: "closing date before the posting date", line: "  closingDate: \"2027-02-05\"", replacement: "  closingDate: \"2026-12-01\"",
        expected: "21:16: error: position.closingDate: the closing date (2026-12-01) is before the posting date (2027-01-04)")

    /// The example draft with some lines replaced, written to a scratch folder.
    static func draft(_ breaches: [Breach], in directory: URL) throws -> String {
        var text = try String(contentsOfFile: CLI.example, encoding: .utf8)
        for breach in breaches {
            #expect(text.contains(breach.line + "\n"), "the example draft no longer has \(breach.line)")
            text = text.replacingOccurrences(of: breach.line + "\n", with: breach.replacement + "\n")
        }
        let path = directory.appendingPathComponent("draft.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: [payBelowMinimum, closingBeforePosting])
    func renderRefusesWithExit65NamingLineAndColumn(_ breach: Breach) throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.draft([breach], in: directory)
        let run = try CLI.run(["render", "posting", path])
        #expect(run.status == 65)
        #expect(run.stderr == "jobwright: \(path):\(breach.expected)\n")
        #expect(run.stdout.isEmpty)
        // The committee's documents print neither the range nor the deadline: they still render.
        for document in ["rubric", "scoresheet", "alignment"] {
            #expect(try CLI.run(["render", document, path]).status == 0, "\(document)")
        }
    }

    @Test func everyBrokenRuleIsReportedAtOnceInFileOrder() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.draft([Self.payBelowMinimum, Self.closingBeforePosting], in: directory)
        let run = try CLI.run(["render", "posting", path])
        #expect(run.status == 65)
        #expect(run.stderr == "jobwright: \(path):\(Self.closingBeforePosting.expected)\n"
                            + "jobwright: \(path):\(Self.payBelowMinimum.expected)\n")
    }

    @Test(arguments: [payBelowMinimum, closingBeforePosting])
    func forceRendersAndWarnsWithTheSameMessage(_ breach: Breach) throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.draft([breach], in: directory)
        let run = try CLI.run(["render", "posting", path, "--force"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Director of Technology"))
        let warning = breach.expected.replacingOccurrences(of: ": error: ", with: ": warning: ")
        #expect(run.stderr == "jobwright: \(path):\(warning)\n")
    }

    @Test func forceDoesNotHideOtherErrors() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad.yaml").path
        try "competencies:\n  - data.mcas-analysys\n".write(toFile: path, atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", "posting", path, "--force"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("no competency bullet has the id 'data.mcas-analysys'"))
    }

    @Test func aSoundDraftRendersWithoutMessagesAndAnEqualRangeOrSameDayIsSound() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let example = try CLI.run(["render", "posting", CLI.example])
        #expect(example.status == 0)
        #expect(example.stderr.isEmpty)
        let edges = [
            Breach(name: "one-point range", line: "  maximum: 134000", replacement: "  maximum: 118000", expected: ""),
            Breach(name: "same-day closing", line: "  closingDate: \"2027-02-05\"", replacement: "  closingDate: \"2027-01-04\"", expected: ""),
        ]
        let path = try Self.draft(edges, in: directory)
        let run = try CLI.run(["render", "posting", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
    }

    @Test func checkReportsTheSameProblemsAtTheSamePlaces() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Self.draft([Self.payBelowMinimum, Self.closingBeforePosting], in: directory)
        let run = try CLI.run(["check", path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("\(path):25:12: error[required.pay-range]: compensation.maximum: the maximum pay (104000) is below the minimum (118000)"))
        #expect(run.stdout.contains("\(path):21:16: error[required.closing-date]: position.closingDate: the closing date (2026-12-01) is before the posting date (2027-01-04)"))
    }
}

@Suite("Names on the command line")
struct CommandLineNameTests {
    @Test func aCandidateNameWithAnEscapeIsRefused() throws {
        let run = try CLI.run(["render", "rubric", CLI.example, "--candidate", "A.\u{1B}[2J Rivera"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("the --candidate name 'A.\u{241B}[2J Rivera' holds the control character U+001B at character 3"))
        #expect(!run.stderr.contains("\u{1B}") && run.stdout.isEmpty)
    }
}
