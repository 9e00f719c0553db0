import Foundation
import Testing

/// Drives the built binary in a real terminal: tmux runs it, `send-keys` types, `capture-pane`
/// reads the screen. Foundation.Process would wait for the tmux server, so this uses system().
final class Tmux {
    let socket: String
    let directory: URL
    let binary: String

    init() throws {
        socket = "jw-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("jw-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        binary = Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("jobwright").path
    }

    deinit {
        _ = try? run("kill-server")
        try? FileManager.default.removeItem(at: directory)
    }

    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    @discardableResult
    func run(_ arguments: String) throws -> String {
        let output = directory.appendingPathComponent("tmux-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let command = "cd '\(directory.path)' && TMUX_TMPDIR='\(directory.path)' tmux -L \(socket) \(arguments) >'\(output.path)' 2>&1"
        guard system(command) == 0 else {
            throw TmuxError(message: "tmux \(arguments) failed: \((try? String(contentsOf: output, encoding: .utf8)) ?? "")")
        }
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    struct TmuxError: Error, CustomStringConvertible { var message: String; var description: String { message } }

    /// Starts the editor in a detached session of the given size.
    func start(_ arguments: String, width: Int = 100, height: Int = 30) throws {
        try run("-u new-session -d -x \(width) -y \(height) -e LANG=C.UTF-8 -e TERM=xterm-256color "
                + "\"sh -c 'echo \\$\\$ > editor.pid; exec \(binary) \(arguments)'; echo EDITOR-EXITED=\\$?; sleep 60\"")
        _ = try waitFor("?")
    }

    func keys(_ keys: String...) throws { for key in keys { try run("send-keys \(key)") } }
    func type(_ text: String) throws { try run("send-keys -l '\(text)'") }
    func screen() throws -> String { try run("capture-pane -p") }

    /// Polls the screen until it contains the text (5 s at most).
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 8) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            usleep(100_000)
        }
        throw TmuxError(message: "timed out waiting for '\(text)'; the screen was:\n\(last)")
    }

    var editorPID: pid_t? {
        (try? String(contentsOf: directory.appendingPathComponent("editor.pid"), encoding: .utf8))
            .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    func file(_ name: String) -> String? { try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) }
}

@Suite("Editor end to end in tmux", .enabled(if: Tmux.available), .serialized)
struct EndToEndTests {
    @Test func composeAPostingFromANewFileThenRenderIt() throws {
        let tmux = try Tmux()
        try tmux.start("edit draft.yaml")
        // Title.
        try tmux.keys("Enter"); try tmux.type("Director of Technology"); try tmux.keys("Enter")
        try tmux.waitFor("Director of Technology")
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
        try tmux.keys("Down", "Down", "Enter"); try tmux.waitFor("[central office]"); try tmux.keys("Enter")
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
        try tmux.run("kill-session")
        try tmux.start("edit draft.yaml")
        try tmux.waitFor("Recovered edits")
        try tmux.keys("r")
        try tmux.waitFor("Recovered Director")
        try tmux.keys("q"); try tmux.waitFor("Unsaved changes"); try tmux.keys("d")
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
        try tmux.run("-u new-session -d -x 100 -y 30 -e LANG=C.UTF-8 -e TERM=xterm-256color sh")
        try tmux.type("'\(tmux.binary)' edit z.yaml"); try tmux.keys("Enter")
        try tmux.waitFor("1 Position")
        try tmux.keys("C-z")
        let suspended = try tmux.waitFor("Stopped")
        #expect(!suspended.contains("1 Position"), "the terminal is given back while suspended")
        try tmux.type("fg"); try tmux.keys("Enter")
        try tmux.waitFor("▶ Title")
        try tmux.keys("q")
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
}
