import Foundation
import JobWrightCore
import JobWrightRender

struct DistrictCommand: Command {
    static let spec = CommandSpec(
        name: "district",
        abstract: "Show or make the district profile: the details every new draft starts with.",
        discussion: """
            The profile lives in $XDG_CONFIG_HOME/jobwright/district.yaml (by default
            ~/.config/jobwright/district.yaml). Its values are copied into each new draft, so a
            draft renders the same on any machine. Without options, prints the profile in force
            and says where it was read from.

            Examples:
              jobwright district --from last-years-posting.yaml
              jobwright district --starter
              jobwright district
            """,
        options: [
            .value("from", valueName: "draft", help: "Make the profile from the district's part of an existing draft."),
            .flag("starter", help: "Write a commented starter profile to fill in by hand."),
            .value("output", short: "o", valueName: "file", help: "Write the profile here instead of the config folder (- for standard output)."),
            .flag("force", help: "Replace an existing profile."),
        ] + AssetOptions.specs
    )

    let from: String?
    let starter: Bool
    let output: String?
    let force: Bool
    let assets: AssetOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        from = arguments.value("from")
        starter = arguments.flag("starter")
        output = arguments.value("output")
        force = arguments.flag("force")
        assets = AssetOptions(arguments)
        if from != nil && starter { throw Self.usageError("give --from or --starter, not both") }
    }

    func run() throws {
        let folder = ConfigFolder()
        try Failure.guarding {
            guard from != nil || starter else {
                guard let profile = try folder.loadProfile() else {
                    Failure.printError("no district profile in \(folder.profilePath); make one with `jobwright district --from DRAFT` or `jobwright district --starter`")
                    return
                }
                try Files.write(try profile.yaml(), to: nil)
                Failure.printError("read from \(folder.profilePath)")
                return
            }
            let text: String
            if let from {
                let catalog = try assets.loadCatalog()
                text = try DistrictProfile(from: try DraftInput.load(from, catalog: catalog).draft).yaml()
            } else {
                text = DraftTemplates.districtStarter
            }
            let target = output ?? folder.profilePath
            guard target != "-" else {
                try Files.write(text, to: nil)
                return
            }
            if !force, FileManager.default.fileExists(atPath: target) {
                throw JobWrightError(.cannotWrite, "a profile exists already; use --force to replace it", at: SourceLocation(file: target))
            }
            try ConfigFolder.writeProfile(text, to: target)
            Failure.printError("wrote \(target)")
        }
    }
}
