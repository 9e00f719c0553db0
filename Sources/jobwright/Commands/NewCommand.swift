import ArgumentParser
import Foundation
import JobWrightCore
import JobWrightRender

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new draft: every field present and explained, or a complete example.",
        discussion: """
            Without --output the draft goes to standard output. An existing file is never
            overwritten unless --force is given.
            """
    )

    @Flag(help: "Write a complete example posting for a fictional Massachusetts district instead of an empty starter.")
    var example = false

    @Option(name: [.short, .long], help: ArgumentHelp("Write the draft to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Overwrite the output file if it exists.")
    var force = false

    func run() throws {
        try Failure.guarding {
            if let output, output != "-", !force, FileManager.default.fileExists(atPath: output) {
                throw JobWrightError(.cannotWrite, "the file exists already; use --force to replace it", at: SourceLocation(file: output))
            }
            try Files.write(example ? DraftTemplates.example : DraftTemplates.starter, to: output)
            if let output, output != "-" {
                Failure.printError("wrote \(output)")
            }
        }
    }
}
