import ArgumentParser
import Foundation
import JobWrightCore
import JobWrightRender

struct DistrictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "district",
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
            """
    )

    @Option(help: ArgumentHelp("Make the profile from the district's part of an existing draft.", valueName: "draft"))
    var from: String?

    @Flag(help: "Write a commented starter profile to fill in by hand.")
    var starter = false

    @Option(name: [.short, .long], help: ArgumentHelp("Write the profile here instead of the config folder (- for standard output).", valueName: "file"))
    var output: String?

    @Flag(help: "Replace an existing profile.")
    var force = false

    @OptionGroup var assets: AssetOptions

    func validate() throws {
        if from != nil && starter { throw ValidationError("give --from or --starter, not both") }
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
