import Foundation
import Testing

/// Runs the built `jobwright` binary as a user would, checking output, messages and exit codes.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
    /// Standard output as bytes (a Word file), `stdout` as UTF-8 text.
    var output = Data()
}

enum CLI {
    /// `swift test` builds the executable next to the test bundle.
    static let binary = Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("jobwright").path
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let example = packageRoot.appendingPathComponent("Templates/example.draft.yaml").path

    static func run(_ arguments: [String], stdin: String? = nil, binary: String = CLI.binary,
                    directory: URL? = nil, environment: [String: String] = [:], standardOutput: String? = nil) throws -> Run {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("jw-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        let inURL = scratch.appendingPathComponent("in")
        try Data((stdin ?? "").utf8).write(to: inURL)
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: standardOutput.map(URL.init(fileURLWithPath:)) ?? outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        // The user's own ~/.config/jobwright never leaks into a test: an empty config folder
        // unless a test gives its own.
        env["XDG_CONFIG_HOME"] = scratch.appendingPathComponent("config").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        try process.run()
        process.waitUntilExit()
        let output = try Data(contentsOf: outURL)
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: output, as: UTF8.self),
                   stderr: try String(contentsOf: errURL, encoding: .utf8), output: output)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jw-cli-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

@Suite("The jobwright command line")
struct CommandLineTests {
    @Test func versionAndHelp() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
        for command in ["new", "render", "catalog"] {
            let help = try CLI.run([command, "--help"])
            #expect(help.status == 0, "\(command)")
            #expect(help.stdout.contains("USAGE"), "\(command)")
        }
        #expect(try CLI.run(["render", "--help"]).stdout.contains("--candidate <name>"))
    }

    /// A full disk behind standard output (`> /dev/full`) is a message and exit 73 (EX_CANTCREAT),
    /// as it is for `--output`; it used to stop the program with a Swift runtime error.
    @Test(arguments: [["render", "posting", CLI.example], ["render", "rubric", CLI.example], ["new", "--example"],
                      ["--version"], ["render", "--help"], ["check", CLI.example]])
    func aFullDiskOnStandardOutputIsAMessage(_ arguments: [String]) throws {
        let run = try CLI.run(arguments, standardOutput: "/dev/full")
        #expect(run.status == 73, "\(arguments): \(run.stderr)")
        #expect(run.stderr == "jobwright: error: cannot write to standard output (No space left on device)\n", "\(arguments)")
    }

    @Test func rendersThePostingFromStandardInputWithoutEscapes() throws {
        let draft = try String(contentsOfFile: CLI.example, encoding: .utf8)
        let run = try CLI.run(["render", "posting", "-"], stdin: draft)
        #expect(run.status == 0, "\(run.stderr)")
        let golden = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/JobWrightRenderTests/Golden/posting-w78.txt"), encoding: .utf8)
        #expect(run.stdout == golden)
        #expect(!run.stdout.contains("\u{1B}"))
        #expect(run.stderr.isEmpty)
    }

    @Test func missingInputExits66NamingTheFile() throws {
        let run = try CLI.run(["render", "posting", "no-such-draft.yaml"])
        #expect(run.status == 66)
        #expect(run.stderr == "jobwright: no-such-draft.yaml: error: no such file\n")
        #expect(run.stdout.isEmpty)
    }

    @Test func badDraftExits65WithFileLineColumnAndField() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad.yaml").path
        try "position:\n  title: Director\ncompetencies:\n  - data.mcas-analysys\n".write(toFile: path, atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", "posting", path])
        #expect(run.status == 65)
        #expect(run.stderr == "jobwright: \(path):4:5: error: competencies[0]: no competency bullet has the id 'data.mcas-analysys' (did you mean 'data.mcas-analysis'?)\n")
    }

    @Test(arguments: [["render", "posting", "--format", "pdf"], ["render", "brochure"], ["render", "posting", "--width", "5"],
                      ["render", "rubric", "--format", "jsonld"], ["catalog", "bullets", "--area", "dat"], ["nonsense"]])
    func usageErrorsExit64(arguments: [String]) throws {
        let run = try CLI.run(arguments + [CLI.example].filter { _ in arguments.first == "render" })
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(!run.stderr.isEmpty)
    }

    @Test func unwritableOutputExits73AndWritesNothing() throws {
        let run = try CLI.run(["render", "posting", CLI.example, "--output", "/nonexistent-folder/posting.txt"])
        #expect(run.status == 73)
        #expect(run.stderr.hasPrefix("jobwright: /nonexistent-folder/posting.txt: error: cannot write here"))
    }

    @Test func outputFileIsWrittenWholeAndReplacedAtomically() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("posting.html").path
        try "old".write(toFile: path, atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", "posting", CLI.example, "--format", "html", "--output", path])
        #expect(run.status == 0, "\(run.stderr)")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>") && written.hasSuffix("</html>\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["posting.html"])
    }

    @Test func newWritesStarterAndExampleAndNeverOverwritesWithoutForce() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("draft.yaml").path
        #expect(try CLI.run(["new", "--blank", "--output", path]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("# "))
        #expect(try CLI.run(["new", "--output", path]).status == 73)
        let again = try CLI.run(["new", "--example", "--output", path])
        #expect(again.status == 73)
        #expect(again.stderr.contains("--force"))
        #expect(try CLI.run(["new", "--example", "--force", "--output", path]).status == 0)
        let rubric = try CLI.run(["render", "rubric", path, "--candidate", "A. Rivera", "--interviewer", "J. Doe", "--interviewer", "K. Lee", "--ascii"])
        #expect(rubric.status == 0, "\(rubric.stderr)")
        // Two packets and the candidate's consensus sheet.
        #expect(rubric.stdout.components(separatedBy: "\u{0C}").count == 3)
        #expect(rubric.stdout.allSatisfy { $0.isASCII })
        // The starter renders too: an empty posting is still a posting.
        #expect(try CLI.run(["render", "posting", "-"], stdin: try CLI.run(["new"]).stdout).status == 0)
    }

    @Test func templateSyntaxErrorExits65WithPosition() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("posting.text.mustache").path
        try "{{%CONTENT_TYPE: TEXT}}\n{{title}}\n{{#summary}}\n{{summary}}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let run = try CLI.run(["render", "posting", CLI.example, "--templates", directory.path])
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("jobwright: \(path):"), "\(run.stderr)")
        #expect(run.stderr.contains("never closed"))
    }

    @Test func catalogMistakeExits65WithFileAndLine() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("roles.yaml").path
        try "roles:\n  - id: superintendent\n    title: Superintendent\n    level: central\n".write(toFile: path, atomically: true, encoding: .utf8)
        let run = try CLI.run(["catalog", "roles", "--catalog", directory.path])
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("jobwright: \(path):4:12: error: roles[0].level: 'central' is not one of the allowed values"), "\(run.stderr)")
    }

    @Test func catalogListsAndSearches() throws {
        let bullets = try CLI.run(["catalog", "bullets", "--search", "e-rate"])
        #expect(bullets.status == 0)
        #expect(bullets.stdout.contains("assets.e-rate"))
        let json = try CLI.run(["catalog", "questions", "--area", "data", "--format", "json"])
        let questions = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect((questions?.count ?? 0) >= 2)
        #expect(questions?.allSatisfy { $0["area"] as? String == "data" } == true)
        for listing in ["areas", "standards", "roles"] {
            let run = try CLI.run(["catalog", listing])
            #expect(run.status == 0 && !run.stdout.isEmpty, "\(listing)")
        }
        #expect(try CLI.run(["catalog", "standards", "--search", "3.4.d"]).stdout.contains("(unverified)"))
    }

    @Test func binaryCopiedAloneIntoAnEmptyFolderRendersEverything() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("jobwright").path
        // Read and written rather than copyItem: while other tests run the binary, copyItem once
        // failed with "Text file busy" (ETXTBSY) on the copy.
        try Data(contentsOf: URL(fileURLWithPath: CLI.binary)).write(to: URL(fileURLWithPath: copy))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy)
        let example = try CLI.run(["new", "--example"], binary: copy, directory: directory)
        #expect(example.status == 0)
        for (document, formats) in [("posting", ["text", "markdown", "html", "jsonld"]), ("rubric", ["text", "markdown", "html"])] {
            for format in formats {
                let run = try CLI.run(["render", document, "-", "--format", format], stdin: example.stdout, binary: copy, directory: directory)
                #expect(run.status == 0, "\(document) \(format): \(run.stderr)")
                #expect(run.stdout.count > 1000, "\(document) \(format)")
            }
        }
    }
}
