import ArgumentParser

@main
struct JobWright: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "jobwright",
        abstract: "Compose a standards-aligned job posting and structured-interview rubric for a district Technology Director.",
        discussion: """
            One draft file (YAML) yields the job posting (text, Markdown, HTML, JSON-LD) and the
            interview rubric packets. Start with `jobwright new --example --output draft.yaml`,
            then `jobwright render posting draft.yaml`.
            """,
        version: version,
        subcommands: [NewCommand.self, RenderCommand.self, CheckCommand.self, TallyCommand.self, CatalogCommand.self]
    )
}
