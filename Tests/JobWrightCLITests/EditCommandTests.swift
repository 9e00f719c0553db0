import Foundation
import Testing

@Suite("jobwright edit without a full-screen terminal")
struct EditCommandTests {
    @Test func notATerminalOrDumbTerminalPointsToRenderAndExits64() throws {
        let run = try CLI.run(["edit", "draft.yaml"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("jobwright render"))
        #expect(run.stderr.contains("--plain"))
        let dumb = try CLI.run(["edit", "draft.yaml"], environment: ["TERM": "dumb"])
        #expect(dumb.status == 64)
    }

    @Test func plainModeAsksNumberedQuestionsAndWritesTheSameDraft() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Title, then Enter for the other position fields (as many as the form has: the prompt
        // count is read from a first run); bullets 1 and 2 of area 1, 1 of area 7; reports to
        // role 2 (the superintendent); one supervised role; rubric rows; weights; committee;
        // save to the default path.
        let probe = try CLI.run(["edit", "--plain", "probe.yaml"], stdin: "", directory: directory)
        let positionFields = probe.stdout.components(separatedBy: "COMPETENCIES")[0].components(separatedBy: "]: ").count - 1
        #expect(positionFields > 30)
        var answers = ["Director of Technology"] + Array(repeating: "", count: positionFields - 1)
        // Per area: bullet numbers, then the district's own bullet (area 7 gets one).
        answers += ["1 2", ""] + Array(repeating: "", count: 10) + ["1", "Plan the new high school's network"] + Array(repeating: "", count: 6)
        // Reports to, dotted lines, supervises (then done), works with.
        answers += ["2", "4", "14 1", "", "10, Principal"]
        // Rubric rows for areas 1 and 7; weight and question for each (the second is our own, with four anchors).
        answers += ["y", "2", "", "", "What would you do if the network failed on test day?", "Panics", "Fixes it alone", "Follows the plan", "Improves the plan"]
        answers += ["Avery Collins (chair) | Sam Okafor", ""]
        let run = try CLI.run(["edit", "--plain", "draft.yaml"], stdin: answers.joined(separator: "\n") + "\n", directory: directory)
        #expect(run.status == 0, "\(run.stdout.suffix(500))\(run.stderr)")
        #expect(run.stdout.contains("1. Title"))
        #expect(run.stdout.contains("Saved draft.yaml."))
        let yaml = try String(contentsOf: directory.appendingPathComponent("draft.yaml"), encoding: .utf8)
        #expect(yaml.contains("title: Director of Technology"))
        #expect(yaml.contains("reportsTo: superintendent"))
        #expect(yaml.contains("role: network-administrator"))
        #expect(yaml.contains("name: Avery Collins") && yaml.contains("role: chair"))
        #expect(yaml.contains("weight: 2"))
        #expect(yaml.contains("id: custom.plan-the-new-high"))
        #expect(yaml.contains("dottedLines:\n  - assistant-superintendent-teaching-learning"))
        #expect(yaml.contains("- director-finance") && yaml.contains("- Principal"))
        #expect(yaml.contains("text: What would you do if the network failed on test day?"))
        #expect(yaml.contains("exemplary: Improves the plan"))
        // The file the linear mode writes renders like any other draft.
        let posting = try CLI.run(["render", "posting", directory.appendingPathComponent("draft.yaml").path])
        #expect(posting.status == 0, "\(posting.stderr)")
        let accessible = try CLI.run(["edit", "other.yaml"], stdin: "\n", directory: directory, environment: ["ACCESSIBLE": "1"])
        #expect(accessible.stdout.contains("linear mode"))
        // Input that ends early saves nothing.
        #expect(accessible.status == 1)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("other.yaml").path))
    }

    @Test func plainModeNeverReplacesADraftItCouldNotRead() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("broken.yaml").path
        let broken = "position:\n  title: [unclosed\n"
        try broken.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try CLI.run(["edit", "--plain", path], stdin: "\n\n\n")
        #expect(run.status == 65)
        #expect(run.stdout.contains("will not replace it"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == broken)
    }
}
