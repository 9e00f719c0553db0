import Foundation
import Testing

/// `jobwright render --format docx`: a Word file to a file or a pipe, never to a terminal.
@Suite("render --format docx")
struct RenderDocxCommandTests {
    /// A zip file begins with a local file header, "PK\u{3}\u{4}"; a Word file names its body.
    static func isWordFile(_ data: Data) -> Bool {
        data.starts(with: [0x50, 0x4B, 0x03, 0x04]) && data.range(of: Data("word/document.xml".utf8)) != nil
    }

    @Test func thePostingIsWrittenToTheOutputFile() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try CLI.run(["render", "posting", CLI.example, "--format", "docx", "--output", "x.docx"], directory: directory)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty && run.stderr.isEmpty)
        let file = try #require(FileManager.default.contents(atPath: directory.appendingPathComponent("x.docx").path))
        #expect(Self.isWordFile(file))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["x.docx"])
    }

    /// Standard output that is a pipe or a file takes the bytes; the same draft gives the same
    /// bytes whatever the machine's time zone.
    @Test func aPipeGetsTheSameBytesInEveryTimeZone() throws {
        let arguments = ["render", "rubric", CLI.example, "--format", "docx", "--candidate", "A. Rivera"]
        let utc = try CLI.run(arguments, environment: ["TZ": "UTC"])
        let kiribati = try CLI.run(arguments, environment: ["TZ": "Pacific/Kiritimati"])
        #expect(utc.status == 0 && kiribati.status == 0, "\(utc.stderr)\(kiribati.stderr)")
        #expect(Self.isWordFile(utc.output))
        #expect(utc.output == kiribati.output)
    }

    /// `script` gives the command a terminal for standard output.
    @Test func aTerminalIsRefused() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let command = "'\(CLI.binary)' render posting '\(CLI.example)' --format docx; echo \"exit=$?\""
        let run = try CLI.run(["-q", "-e", "-c", command, "/dev/null"], binary: "/usr/bin/script", directory: directory)
        #expect(run.stdout.contains("docx is a binary Word file: give --output FILE or redirect"), "\(run.stdout)")
        #expect(run.stdout.contains("exit=64"))
        #expect(!run.stdout.contains("PK\u{3}\u{4}"))
        let withFile = try CLI.run(["-q", "-e", "-c", command.replacingOccurrences(of: "--format docx", with: "--format docx -o p.docx"), "/dev/null"],
                                   binary: "/usr/bin/script", directory: directory)
        #expect(withFile.stdout.contains("exit=0"), "\(withFile.stdout)")
        #expect(Self.isWordFile(try #require(FileManager.default.contents(atPath: directory.appendingPathComponent("p.docx").path))))
    }

    @Test func theScoreSheetIsNotAWordFile() throws {
        let run = try CLI.run(["render", "scoresheet", CLI.example, "--format", "docx"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("the score sheet is a CSV file"))
    }

    /// A file that cannot be put in place (the name is a folder) leaves nothing half-written.
    @Test func aFailedWriteLeavesNothingBehind() throws {
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = directory.appendingPathComponent("posting.docx")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("inside"), withIntermediateDirectories: true)
        let run = try CLI.run(["render", "posting", CLI.example, "--format", "docx", "--output", "posting.docx"], directory: directory)
        #expect(run.status == 73, "\(run.stderr)")
        #expect(run.stderr.contains("posting.docx") && run.stderr.contains("the file on disk is unchanged"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["posting.docx"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["inside"])
    }
}
