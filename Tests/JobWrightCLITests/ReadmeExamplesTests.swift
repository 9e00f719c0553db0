import Foundation
import Testing

/// The README's shell examples are run as written (in order, in one scratch folder, with the
/// built `jobwright` first on PATH), so the documentation cannot drift from the program.
@Suite("README examples")
struct ReadmeExamplesTests {
    /// The ```sh blocks of README.md, skipping those that need the Swift toolchain or other programs.
    static func shellBlocks() throws -> [String] {
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        var blocks: [String] = []
        var current: [String]?
        for line in readme.components(separatedBy: "\n") {
            if current == nil, line == "```sh" { current = []; continue }
            if current != nil, line == "```" { blocks.append(current!.joined(separator: "\n")); current = nil; continue }
            current?.append(line)
        }
        return blocks.filter { !$0.contains("swift ") }
    }

    @Test func everyShellExampleRunsAndSucceeds() throws {
        let blocks = try Self.shellBlocks()
        #expect(blocks.count >= 5)
        let directory = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let binDirectory = URL(fileURLWithPath: CLI.binary).deletingLastPathComponent().path
        for block in blocks {
            let run = try CLI.run(["-c", "set -e\n" + block], binary: "/bin/sh", directory: directory,
                                  environment: ["PATH": binDirectory + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"),
                                                "XDG_CONFIG_HOME": directory.appendingPathComponent("config").path])
            #expect(run.status == 0, "README block failed:\n\(block)\n\(run.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("posting.html").path))
    }
}
