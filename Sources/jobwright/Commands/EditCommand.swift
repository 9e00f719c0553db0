import Foundation
import JobWrightChecks
import JobWrightCore
import JobWrightEditor
import JobWrightRender

struct EditCommand: Command {
    static let spec = CommandSpec(
        name: "edit",
        abstract: "Compose a posting and its rubric in the full-screen editor (or, with --plain, line by line).",
        discussion: """
            Opens DRAFT (a new draft when the file does not exist). Tab moves between the screens: \
            Position, Competencies, Reporting, Rubric, Preview, Export, Checks; ? lists the keys of \
            each screen. Ctrl-S saves. While there are unsaved changes a recovery copy \
            (.DRAFT.recovery beside the draft) is kept, and offered the next time the draft opens.

            --plain (also when ACCESSIBLE=1) asks numbered questions one line at a time, for \
            screen readers and very small terminals; it writes the same draft.
            """,
        arguments: [
            ArgumentSpec(name: "draft", help: "The draft file to edit; created when it does not exist.", isOptional: true),
        ],
        options: [
            .flag("ascii", help: "Plain ASCII only: no box drawing."),
            .flag("no-color", help: "No colours (also when NO_COLOR is set)."),
            .flag("plain", help: "Linear mode: numbered questions line by line, no full-screen drawing (also when ACCESSIBLE=1)."),
        ] + AssetOptions.specs
    )

    let draft: String?
    let ascii: Bool
    let noColor: Bool
    let plain: Bool
    let assets: AssetOptions

    init(_ arguments: ParsedArguments) {
        draft = arguments.argument("draft")
        ascii = arguments.flag("ascii")
        noColor = arguments.flag("no-color")
        plain = arguments.flag("plain")
        assets = AssetOptions(arguments)
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let linear = plain || !(environment["ACCESSIBLE"] ?? "").isEmpty
        if !linear {
            let term = environment["TERM"] ?? ""
            guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1, !term.isEmpty, term != "dumb" else {
                Failure.printError("the editor needs a terminal (TERM=\(term.isEmpty ? "unset" : term)); use `jobwright edit --plain` for line-by-line questions, or `jobwright render` to print a draft")
                throw ExitStatus(64)
            }
        }
        let folder = ConfigFolder()
        let (context, profile): (EditorContext, DistrictProfile?) = try Failure.guarding {
            // A district's broken rule file or profile is reported, never silently skipped.
            let rules = try assets.loadRules()
            let renderer = try assets.loadRenderer(rules: rules)
            let checker = try Checker(renderer: renderer, rules: rules)
            return (EditorContext(renderer: renderer, checker: checker, ascii: ascii, catalogFolder: assets.catalog), try folder.loadProfile())
        }
        if linear {
            let state = EditorLauncher.initialState(path: draft, context: context, width: 80, height: 24)
            var mode = PlainMode(context: context)
            throw ExitStatus(mode.run(draft: state.draft, path: draft, openErrors: state.openErrors))
        }
        let colors = !noColor && (environment["NO_COLOR"] ?? "").isEmpty
        var backend = NCursesBackend(colors: colors)
        let size = backend.size
        // Another editor with the same draft open is told, and told of this one.
        let lock = draft.map { DraftLock.acquire(for: $0) }
        defer { if let draft { DraftLock.releaseIfOurs(for: draft) } }
        let state = EditorLauncher.initialState(path: draft, context: context, width: size.width, height: size.height,
                                                profile: profile, profilePath: folder.profilePath, lock: lock)
        let status = EditorRuntime.run(state, backend: &backend)
        backend.restore()
        if status != 0 { throw ExitStatus(status) }
    }
}
