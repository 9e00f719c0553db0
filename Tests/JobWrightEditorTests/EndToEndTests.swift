import Foundation
import Testing

@Suite("Editor end to end in tmux", .enabled(if: Tmux.available), .serialized)
struct EndToEndTests {
    @Test func composeAPostingFromANewFileThenRenderIt() throws {
        let tmux = try Tmux()
        try tmux.start("edit draft.yaml")
        // Title.
        try tmux.keys("Enter"); try tmux.type("Director of Technology"); try tmux.keys("Enter")
        try tmux.waitFor("Enter edit")
        // Five bullets across three areas, using the filter once.
        try tmux.keys("2", "Right", "Space", "Down", "Space")
        try tmux.keys("Left", "Down", "Right", "Space")
        try tmux.keys("/"); try tmux.type("e-rate"); try tmux.waitFor("matches in all areas")
        try tmux.keys("Enter", "Space", "Escape")
        try tmux.keys("Left", "Down", "Down", "Down", "Down", "Down", "Right", "Space")
        try tmux.waitFor("5 bullets")
        // Reports to the superintendent; two supervised roles.
        try tmux.keys("3", "Enter"); try tmux.waitFor("[central office]")
        try tmux.keys("Down", "Enter")
        try tmux.waitFor("Superintendent of Schools")
        try tmux.keys("Down", "Down", "Down", "Enter"); try tmux.waitFor("[central office]"); try tmux.keys("Enter")
        try tmux.keys("Down", "Enter"); try tmux.waitFor("[central office]"); try tmux.keys("Down", "Enter")
        try tmux.waitFor("(1)")
        // Two rubric rows with weights 2 and 3.
        try tmux.keys("4", "a", "a", "Home")
        try tmux.keys("Up", "Up", "Up", "+", "Down", "+", "+")
        try tmux.waitFor("w3")
        // Save, then quit.
        try tmux.keys("C-s"); try tmux.waitFor("Saved draft.yaml")
        try tmux.keys("q"); try tmux.waitFor("EDITOR-EXITED=0")

        let yaml = try #require(tmux.file("draft.yaml"))
        #expect(yaml.contains("title: Director of Technology"))
        #expect(yaml.contains("reportsTo: superintendent"))
        #expect(yaml.contains("assets.e-rate"))
        #expect(yaml.contains("role: network-administrator"))
        #expect(yaml.contains("weight: 2") && yaml.contains("weight: 3"))
        let competencies = yaml.components(separatedBy: "\ncompetencies:\n")[1].components(separatedBy: "\ncustomCompetencies")[0]
        #expect(competencies.split(separator: "\n").count == 5)
        #expect(Set(competencies.split(separator: "\n").map { $0.split(separator: ".").first! }).count >= 3)
        #expect(!FileManager.default.fileExists(atPath: tmux.directory.appendingPathComponent(".draft.yaml.recovery").path))

        let rendered = try tmux.run("new-window -d \"'\(tmux.binary)' render posting draft.yaml > posting.txt\"")
        _ = rendered
        let deadline = Date().addingTimeInterval(10)
        while tmux.file("posting.txt")?.contains("HOW TO APPLY") != true && Date() < deadline { usleep(100_000) }
        let posting = try #require(tmux.file("posting.txt"))
        #expect(posting.hasPrefix("Director of Technology\n"))
        #expect(posting.contains("Reports to:      Superintendent of Schools"))
    }

    @Test func afterSIGKILLReopeningOffersTheRecoveredEdits() throws {
        let tmux = try Tmux()
        try tmux.start("edit draft.yaml")
        try tmux.keys("Enter"); try tmux.type("Recovered Director"); try tmux.keys("Enter")
        try tmux.waitFor("[modified]")
        // The recovery copy is written within 2 s of the edit.
        let deadline = Date().addingTimeInterval(5)
        while tmux.file(".draft.yaml.recovery") == nil && Date() < deadline { usleep(100_000) }
        #expect(tmux.file(".draft.yaml.recovery")?.contains("Recovered Director") == true)
        let pid = try #require(tmux.editorPID)
        kill(pid, SIGKILL)
        try tmux.waitFor("EDITOR-EXITED=")
        try tmux.endSession()
        try tmux.start("edit draft.yaml")
        try tmux.waitFor("Recovered edits")
        try tmux.keys("r")
        try tmux.waitFor("Recovered Director")
        // On the Position screen letters are text: Esc, then q, quits.
        try tmux.keys("Escape", "q"); try tmux.waitFor("Unsaved changes"); try tmux.keys("d")
        try tmux.waitFor("EDITOR-EXITED=0")
        #expect(tmux.file("draft.yaml") == nil)
    }

    @Test func shrinkingBelowTheMinimumAndBackKeepsTheState() throws {
        let tmux = try Tmux()
        try tmux.start("edit draft.yaml")
        try tmux.keys("Down", "Down", "Down")
        try tmux.waitFor("▶ Building")
        try tmux.run("resize-window -x 50 -y 15")
        try tmux.waitFor("terminal too small (50x15, need 60x18)")
        try tmux.run("resize-window -x 100 -y 30")
        let screen = try tmux.waitFor("▶ Building")
        #expect(screen.contains("1 Position"))
        try tmux.run("resize-window -x 50 -y 15")
        try tmux.waitFor("terminal too small")
        try tmux.keys("q")
        try tmux.waitFor("EDITOR-EXITED=0")
    }

    @Test func ctrlZSuspendsAndFgResumes() throws {
        let tmux = try Tmux()
        try tmux.run("-u new-session -d -x 100 -y 30 -e LANG=C.UTF-8 -e TERM=xterm-256color \(tmux.isolatedConfig) sh")
        try tmux.type("'\(tmux.binary)' edit z.yaml"); try tmux.keys("Enter")
        try tmux.waitFor("Start a new posting")
        // Ctrl-Z flushes keys not yet read, so the start screen must be gone first.
        try tmux.keys("4"); try tmux.waitUntil("the start screen closes") { !$0.contains("Start a new posting") && $0.contains("▶ Title") }
        try tmux.keys("C-z")
        let suspended = try tmux.waitFor("Stopped")
        #expect(!suspended.contains("1 Position"), "the terminal is given back while suspended")
        try tmux.type("fg"); try tmux.keys("Enter")
        try tmux.waitFor("▶ Title")
        try tmux.keys("Escape", "q")
        let deadline = Date().addingTimeInterval(5)
        while try tmux.screen().contains("1 Position"), Date() < deadline { usleep(100_000) }
        try tmux.type("echo EDITOR-DONE-$?"); try tmux.keys("Enter")
        try tmux.waitFor("EDITOR-DONE-0")
    }

    @Test func sigtermWritesTheRecoveryCopyAndRestoresTheTerminal() throws {
        let tmux = try Tmux()
        try tmux.start("edit draft.yaml")
        try tmux.keys("Enter"); try tmux.type("Terminated"); try tmux.keys("Enter")
        try tmux.waitFor("[modified]")
        kill(try #require(tmux.editorPID), SIGTERM)
        let screen = try tmux.waitFor("EDITOR-EXITED=143")
        #expect(!screen.contains("1 Position"), "the terminal should be restored (no editor screen left)")
        #expect(tmux.file(".draft.yaml.recovery")?.contains("Terminated") == true)
    }

    @Test func anArrowRightAfterEscIsKeptAndCtrlArrowsMoveByWord() throws {
        let tmux = try Tmux()
        try tmux.start("edit keys.yaml")
        try tmux.keys("2", "Right"); try tmux.waitFor("▶ [ ]")
        // Esc and Down in one write, as a fast typist or a slow link delivers them.
        try tmux.run("send-keys Escape Down")
        try tmux.waitFor("▶ 2. ")
        try tmux.keys("1", "Enter"); try tmux.type("Director Technology")
        try tmux.keys("C-Left"); try tmux.type("of "); try tmux.keys("M-b", "M-b"); try tmux.type("The ")
        try tmux.keys("Enter"); try tmux.waitFor("The Director of Technology")
        try tmux.keys("Escape", "q"); try tmux.waitFor("Unsaved changes"); try tmux.keys("d")
        try tmux.waitFor("EDITOR-EXITED=0")
    }
}
