import Foundation
import Testing

@Suite("check and tally on the command line")
struct CheckAndTallyCommandTests {
    @Test func checkExitStatusFollowsTheLevel() throws {
        let errors = try CLI.run(["check", CLI.example])
        #expect(errors.status == 0, "\(errors.stdout)\(errors.stderr)")
        #expect(errors.stdout.split(separator: "\n").last?.hasPrefix("0 errors, ") == true)
        #expect(try CLI.run(["check", CLI.example, "--level", "warning"]).status == 0)
        // A gendered pronoun is a warning: --level warning then fails.
        let example = try String(contentsOfFile: CLI.example, encoding: .utf8)
        let withPronoun = example.replacingOccurrences(of: "Riverbend Public Schools seeks", with: "He will know that Riverbend Public Schools seeks")
        #expect(withPronoun != example)
        let warnings = try CLI.run(["check", "-", "--level", "warning"], stdin: withPronoun)
        #expect(warnings.status == 1, "\(warnings.stdout)")
        let json = try CLI.run(["check", CLI.example, "--format", "json"])
        let findings = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(findings?.isEmpty == false)
        #expect(findings?.allSatisfy { $0["rule"] is String && $0["severity"] is String && $0["file"] is String } == true)
    }

    @Test func aDistrictsNeverAskRuleReachesThePrintedRubric() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jw-local-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            neverAskRules:
              - id: sports-team
                topic: Favourite sports team
                message: Asks about the candidate's team
                basis: District interview policy
                explanation: Not related to the job.
                patterns: ['\\bfavou?rite (sports )?team\\b']
                lawful: Ask about the work instead.
                printed: never ask about the candidate's favourite sports team (district policy)
            """.write(to: folder.appendingPathComponent("interview-local.yaml"), atomically: true, encoding: .utf8)
        let rubric = try CLI.run(["render", "rubric", CLI.example, "--catalog", folder.path])
        #expect(rubric.status == 0, "\(rubric.stderr)")
        #expect(rubric.stdout.contains("favourite sports team (district policy)"))
        let asked = try CLI.run(["check", "--question", "What is your favourite team?", "--catalog", folder.path])
        #expect(asked.stdout.contains("question.sports-team"))
    }

    @Test func checkAQuestionAndAPastedPosting() throws {
        let unlawful = try CLI.run(["check", "--question", "So, do you have kids?"])
        #expect(unlawful.status == 1)
        #expect(unlawful.stdout.hasPrefix("<question>: error[question.family]: "))
        let lawful = try CLI.run(["check", "--question", "Tell us about a time you led a network upgrade."])
        #expect(lawful.status == 0)
        let text = try CLI.run(["check", "--text", "-", "--level", "warning"], stdin: "Director of Technology\nWe want a young rockstar.\n")
        #expect(text.status == 1)
        #expect(text.stdout.contains("<stdin>:2:11: warning[wording.age-coded]"))
        #expect(text.stdout.contains("<stdin>:2:17: warning[wording.hyperbole]"))
    }

    @Test func checkUnreadableDraftExits65AndUsageErrorsExit64() throws {
        #expect(try CLI.run(["check", "-"], stdin: "position: [\n").status == 65)
        #expect(try CLI.run(["check", CLI.example, "--question", "x"]).status == 64)
        #expect(try CLI.run(["check", CLI.example, "--level", "fatal"]).status == 64)
    }

    @Test func scoresheetThenTally() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sheet = try CLI.run(["render", "scoresheet", CLI.example, "--candidate", "A. Rivera", "--candidate", "B. Chen",
                                 "--interviewer", "J. Doe", "--interviewer", "K. Lee"])
        #expect(sheet.status == 0)
        var lines = sheet.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 2 * 2 * 6)
        #expect(lines[0] == "candidate,interviewer,competency,score,note")
        for index in 1..<lines.count {
            let score = lines[index].hasPrefix("A. Rivera") ? (index % 2 == 0 ? "4" : "3") : "2"
            lines[index] = lines[index].replacingOccurrences(of: ",,", with: ",\(score),")
        }
        lines[3] = lines[3].replacingOccurrences(of: ",3,", with: ",three,")
        let path = directory.appendingPathComponent("scores.csv").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let tally = try CLI.run(["tally", path, "--draft", CLI.example])
        #expect(tally.status == 65)
        #expect(tally.stderr == "jobwright: \(path):4: error: the score 'three' is not a number\n")
        #expect(tally.stdout.contains("1. A. Rivera: weighted total"))
        #expect(tally.stdout.contains("2. B. Chen: weighted total 14 of 28 (50%)"))
        let markdown = try CLI.run(["tally", path, "--format", "markdown"])
        #expect(markdown.stdout.contains("| Rank | Candidate |"))
        let csv = try CLI.run(["tally", path, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("rank,candidate,competency,weight,mean,weighted,spread\n"))
        let html = try CLI.run(["tally", path, "--draft", CLI.example, "--format", "html"])
        #expect(html.status == 65)
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>\n"))
        #expect(html.stdout.contains("<title>Weighted totals</title>") && html.stdout.contains("<title>Interviewers&#39; scores for B. Chen</title>"))
        #expect(html.stdout.contains("<td class=\"number\">14 (50%)</td>"))
    }
}
