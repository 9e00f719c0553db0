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

    /// Ends the session (the editor with it) and waits until the tmux server has gone. Killing
    /// the last session makes the server exit on its own time, and a `start` in between reached
    /// the exiting server: "server exited unexpectedly", now and then, on a busy machine.
    func endSession() throws {
        _ = try? run("kill-server")
        // Gone when a client can no longer reach it ("no server running"); the socket file stays.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, (try? run("has-session")) != nil { usleep(20_000) }
    }

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

    /// Starts the editor in a detached session of the given size. A new file opens on the start
    /// screen; `startChoice` is the key pressed there (4: blank), or nil to leave it open.
    func start(_ arguments: String, width: Int = 100, height: Int = 30, startChoice: String? = "4") throws {
        try run("-u new-session -d -x \(width) -y \(height) -e LANG=C.UTF-8 -e TERM=xterm-256color \(isolatedConfig) "
                + "\"sh -c 'echo \\$\\$ > editor.pid; exec \(binary) \(arguments)'; echo EDITOR-EXITED=\\$?; sleep 60\"")
        // The first frame: the status bar's "? help", or, under a question the editor opens
        // with, the question (its status bar shows the keys that answer it instead).
        let screen = try waitUntil("the first frame") {
            $0.contains("?") || $0.contains("Recovered edits") || $0.contains("Open in another editor")
        }
        if let startChoice, screen.contains("Start a new posting") {
            try keys(startChoice)
            try waitUntil("the start screen closes") { !$0.contains("Start a new posting") }
        }
    }

    /// The editor's config folder (district profile) for this test only, never the user's.
    var isolatedConfig: String { "-e XDG_CONFIG_HOME='\(directory.path)/config'" }

    /// What was sent, counted as a person would press it: one per key, one per typed
    /// character, one per paste.
    private(set) var keystrokes = 0
    /// Of those, the characters typed or pasted as text (the rest are keys such as Enter or Down).
    private(set) var typedCharacters = 0

    func keys(_ keys: String...) throws { try self.keys(keys) }
    func keys(_ keys: [String]) throws {
        for key in keys { try run("send-keys \(key)") }
        keystrokes += keys.count
    }

    /// Types text as keystrokes arriving at once (as a terminal without bracketed paste
    /// delivers a paste): line breaks are sent as they are.
    func type(_ text: String) throws {
        try run("send-keys -l '\(text.replacingOccurrences(of: "'", with: "'\\''"))'")
        keystrokes += text.count
        typedCharacters += text.count
    }

    /// Pastes text the way a terminal with bracketed paste does (`paste-buffer -p`).
    func paste(_ text: String) throws {
        let file = directory.appendingPathComponent("paste-\(UUID().uuidString)")
        try Data(text.utf8).write(to: file)
        try run("load-buffer -b jwpaste '\(file.path)'")
        try run("paste-buffer -p -d -b jwpaste")
        keystrokes += 1
    }
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

    /// Polls the screen until the condition holds.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 8, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        throw TmuxError(message: "timed out waiting until \(what); the screen was:\n\(last)")
    }

    var editorPID: pid_t? {
        (try? String(contentsOf: directory.appendingPathComponent("editor.pid"), encoding: .utf8))
            .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    func file(_ name: String) -> String? { try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8) }
}
