import Foundation
import JobWrightCore
import JobWrightRender

struct NewCommand: Command {
    static let spec = CommandSpec(
        name: "new",
        abstract: "Write a new draft: from the district profile and the recommended core, or a copy, a starter or an example.",
        discussion: """
            By default the draft starts from the district profile (~/.config/jobwright/district.yaml,
            if there is one) with the catalog's recommended core bullets and rubric rows, so only
            the position's own facts are left to fill in. Without --output the draft goes to
            standard output. An existing file is never overwritten unless --force is given.
            """,
        options: [
            .flag("profile-only", help: "Start from the district profile alone, with no bullets chosen."),
            .value("from", valueName: "draft", help: "Start from a copy of an existing draft (e.g. last year's posting); its dates and posting id are cleared."),
            .flag("blank", help: "Every field present and explained in comments, nothing filled in from the profile."),
            .flag("example", help: "Write a complete example posting for a fictional Massachusetts district."),
            .value("output", short: "o", valueName: "file", help: "Write the draft to this file instead of standard output."),
            .flag("force", help: "Overwrite the output file if it exists."),
        ] + AssetOptions.specs
    )

    let profileOnly: Bool
    let from: String?
    let blank: Bool
    let example: Bool
    let output: String?
    let force: Bool
    let assets: AssetOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        profileOnly = arguments.flag("profile-only")
        from = arguments.value("from")
        blank = arguments.flag("blank")
        example = arguments.flag("example")
        output = arguments.value("output")
        force = arguments.flag("force")
        assets = AssetOptions(arguments)
        guard [profileOnly, from != nil, blank, example].filter({ $0 }).count <= 1 else {
            throw Self.usageError("give at most one of --profile-only, --from, --blank and --example")
        }
    }

    func run() throws {
        try Failure.guarding {
            if let output, output != "-", !force, FileManager.default.fileExists(atPath: output) {
                throw JobWrightError(.cannotWrite, "the file exists already; use --force to replace it", at: SourceLocation(file: output))
            }
            let text: String
            if example {
                text = DraftTemplates.example
            } else if blank {
                text = DraftTemplates.starter
            } else {
                let catalog = try assets.loadCatalog()
                // A copy takes nothing from the profile, so it does not need one that reads.
                let profile = from == nil ? try ConfigFolder().loadProfile() : nil
                var copied: Draft?
                if let from { copied = try DraftInput.load(from, catalog: catalog).draft }
                let start: DraftStart = from != nil ? .copy : (profileOnly ? .profile : .core)
                text = try Draft.starting(start, profile: profile, catalog: catalog, copying: copied).yaml()
                if profile == nil && start != .copy {
                    Failure.printError("no district profile yet (\(ConfigFolder().profilePath)): make one with `jobwright district --starter` or `jobwright district --from DRAFT`")
                }
            }
            try Files.write(text, to: output)
            if let output, output != "-" {
                Failure.printError("wrote \(output)")
            }
        }
    }
}
