import ArgumentParser
import Foundation

@main
struct JobWright: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "jobwright",
        abstract: "Compose a standards-aligned job posting and structured-interview rubric for a district Technology Director.",
        discussion: """
            One draft file (YAML) yields the job posting (text, Markdown, HTML, JSON-LD) and the
            interview rubric packets. Start with `jobwright new --example --output draft.yaml`,
            then `jobwright edit draft.yaml` or `jobwright render posting draft.yaml`.
            """,
        version: version,
        subcommands: [EditCommand.self, NewCommand.self, ImportCommand.self, DistrictCommand.self, RenderCommand.self, CheckCommand.self, TallyCommand.self, CatalogCommand.self]
    )

    /// With no subcommand: the editor on a new untitled draft when on a terminal, help otherwise.
    func run() throws {
        if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
            try EditCommand.parse([]).run()
        } else {
            print(JobWright.helpMessage())
        }
    }
}
