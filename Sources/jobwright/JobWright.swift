import Foundation
import JobWrightCore

@main
enum JobWright {
    static let name = "jobwright"
    static let version = "0.1.0"

    static let spec = CommandSpec(
        name: name,
        abstract: "Compose a standards-aligned job posting and structured-interview rubric for a district Technology Director.",
        discussion: """
            One draft file (YAML) yields the job posting (text, Markdown, HTML, JSON-LD) and the
            interview rubric packets. Start with `jobwright new --example --output draft.yaml`,
            then `jobwright edit draft.yaml` or `jobwright render posting draft.yaml`.
            """
    )

    static var commands: [any Command.Type] { [
        EditCommand.self, NewCommand.self, ImportCommand.self, DistrictCommand.self,
        RenderCommand.self, CheckCommand.self, TallyCommand.self, CatalogCommand.self,
    ] }

    static func main() {
        exit(run(Array(CommandLine.arguments.dropFirst())))
    }

    /// Runs the command `words` name and returns the exit status: 0, the command's own, or 64
    /// (EX_USAGE) for a command line it cannot act on.
    static func run(_ words: [String]) -> Int32 {
        do {
            try dispatch(words)
            return 0
        } catch let error as UsageError {
            Console.writeError(error.report)
            return 64
        } catch let status as ExitStatus {
            return status.code
        } catch let error as JobWrightError {
            return Failure.report([error]).code
        } catch {
            Failure.printError("\(error)")
            return 1
        }
    }

    private static var help: String {
        HelpText.help(for: spec, subcommands: commands.map { $0.spec })
    }

    private static func dispatch(_ words: [String]) throws {
        guard let first = words.first else {
            // With no command: the editor on a new untitled draft when on a terminal, help otherwise.
            if isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 {
                return try EditCommand.main([])
            }
            return try Console.write(help)
        }
        switch first {
        case "--version":
            guard words.count == 1 else { throw UsageError("'--version' takes nothing else", command: spec) }
            try Console.write(version + "\n")
        case "-h", "--help":
            try Console.write(help)
        case "help":
            // `jobwright help render` is `jobwright render --help`.
            guard words.count > 1 else { return try Console.write(help) }
            try command(named: words[1]).main(["--help"])
        default:
            try command(named: first).main(Array(words.dropFirst()))
        }
    }

    private static func command(named name: String) throws(UsageError) -> any Command.Type {
        if let command = commands.first(where: { $0.spec.name == name }) { return command }
        let closest = Suggestions.closest(to: name, in: commands.map { $0.spec.name })
        let hint = closest.first.map { " (did you mean '\($0)'?)" } ?? ""
        let what = name.hasPrefix("-") ? "option" : "command"
        throw UsageError("unknown \(what) '\(name)'\(hint)", command: spec)
    }
}
