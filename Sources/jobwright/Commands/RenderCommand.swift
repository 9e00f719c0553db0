import Foundation
import JobWrightCore
import JobWrightDocx
import JobWrightRender

/// What `render` can produce: the two documents, and the committee's empty score sheet.
enum RenderedDocument: String, CaseIterable {
    case posting, rubric, alignment, scoresheet
}

struct RenderCommand: Command {
    static let spec = CommandSpec(
        name: "render",
        abstract: "Render a draft as the job posting or the interview rubric packets.",
        discussion: """
            Examples:
              jobwright render posting draft.yaml
              jobwright render posting draft.yaml --format html --output posting.html
              jobwright render rubric draft.yaml --candidate "A. Rivera" --ascii | lp
              jobwright render alignment draft.yaml --format html --output alignment.html
              jobwright render rubric draft.yaml --format docx --output rubric.docx
              jobwright render scoresheet draft.yaml --candidate "A. Rivera" --interviewer "J. Doe"

            A posting whose maximum pay is below its minimum, or whose closing date is before \
            its posting date, is refused (exit status 65) unless --force is given.

            Plain text is wrapped at --width columns by display width. Rubric packets (one per \
            candidate and interviewer) are separated by form feeds in text and by page breaks \
            in HTML's print stylesheet and in Word.

            --format docx writes a Word file (no pandoc needed), set in the draft's font \
            (default Calibri). It is binary: give --output FILE, or redirect standard output \
            to a file or a pipe. --width does not apply to it; --ascii does.
            """,
        arguments: [
            ArgumentSpec(name: "document", help: "What to render: posting, rubric, alignment (the standards report for the school committee), or scoresheet (the empty CSV for `jobwright tally`).",
                         choices: .choices(of: RenderedDocument.self)),
            ArgumentSpec(name: "draft", help: "The draft file, or - for standard input.", isOptional: true, defaultValue: "-"),
        ],
        options: [
            .value("format", short: "f", help: "Output format: text, markdown, html, jsonld (posting only) or docx (a Word file).",
                   default: "text", choices: .choices(of: OutputFormat.self)),
            .value("width", valueName: "columns", help: "Wrap plain text at this many columns (0: no wrapping). Markdown, HTML and Word are not wrapped.", default: "78"),
            .flag("ascii", help: "Plain ASCII only: no box drawing or typographic characters (for old printers)."),
            .values("candidate", valueName: "name", help: "A candidate's name; repeat for several. One rubric packet per candidate and interviewer."),
            .values("interviewer", valueName: "name", help: "An interviewer's name; repeat for several."),
            .value("output", short: "o", valueName: "file", help: "Write to this file (atomically) instead of standard output."),
            .flag("standards-matrix", help: "Print the full standards matrix in the posting (a committee's copy); the public posting keeps one sentence on alignment unless the draft sets standardsMatrix: true."),
            .flag("force", help: "Render even when the draft breaks a hard rule (maximum pay below the minimum, closing date before the posting date); the problems are printed as warnings."),
        ] + AssetOptions.specs
    )

    let document: RenderedDocument
    let draft: String
    let format: OutputFormat
    let width: Int
    let ascii: Bool
    let candidate: [String]
    let interviewer: [String]
    let output: String?
    let standardsMatrix: Bool
    let force: Bool
    let assets: AssetOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        document = arguments.choice("document")
        draft = arguments.argument("draft")!  // "-" by default
        format = arguments.choice("format")
        width = try arguments.integer("width")
        ascii = arguments.flag("ascii")
        candidate = arguments.values("candidate")
        interviewer = arguments.values("interviewer")
        output = arguments.value("output")
        standardsMatrix = arguments.flag("standards-matrix")
        force = arguments.flag("force")
        assets = AssetOptions(arguments)
        try validate()
    }

    private func validate() throws(UsageError) {
        guard width == 0 || width >= 20 else { throw Self.usageError("--width must be 0 (no wrapping) or at least 20") }
        guard width <= 1000 else { throw Self.usageError("--width must be at most 1000") }
        if document != .posting && format == .jsonld { throw Self.usageError("JSON-LD is for the posting; render the \(document.rawValue) as text, markdown, html or docx") }
        if document == .scoresheet && format == .docx { throw Self.usageError("the score sheet is a CSV file for `jobwright tally`; render it without --format docx") }
        // A Word file is a zip: on a terminal it would be garbage, and could upset the terminal.
        if format == .docx && Files.isTerminal(output) {
            throw Self.usageError("docx is a binary Word file: give --output FILE or redirect")
        }
        // A name is printed on every packet: an escape in it would reach the reader's terminal or printer.
        for (option, names) in [("--candidate", candidate), ("--interviewer", interviewer)] {
            for name in names {
                if let (_, column, value) = ControlCharacters.first(in: name) {
                    throw Self.usageError("the \(option) name '\(ControlPictures.visible(name, keeping: []))' holds the control character \(ControlCharacters.name(value)) at character \(column); remove it")
                }
            }
        }
    }

    func run() throws {
        if draft == "-" && isatty(STDIN_FILENO) == 1 {
            throw Self.usageError("give a draft file, or pipe one in (jobwright new --example | jobwright render posting)")
        }
        try Failure.guarding {
            DisplayWidth.prepareLocale()
            let renderer = try assets.loadRenderer(rules: document == .rubric ? assets.loadRules() : nil)
            let loaded = try DraftInput.load(draft, catalog: renderer.catalog)
            // The posting would print an impossible range or deadline; the committee's rubric and
            // score sheet do not print either, so they still render.
            if document == .posting { try HardRuleGate.enforce(loaded, force: force) }
            let options = RenderOptions(format: format, width: width, ascii: ascii,
                                        candidates: candidate, interviewers: interviewer, standardsMatrix: standardsMatrix ? true : nil)
            let kind: DocumentKind
            switch document {
            case .posting: kind = .posting
            case .rubric: kind = .rubric
            case .alignment: kind = .alignment
            case .scoresheet:
                return try Files.write(loaded.draft.scoresheet(in: renderer.catalog, candidates: candidate, interviewers: interviewer), to: output)
            }
            if format == .docx {
                try Files.write(renderer.renderDocx(kind, draft: loaded.draft, options: options), to: output)
            } else {
                try Files.write(renderer.renderUTF8(kind, draft: loaded.draft, options: options), to: output)
            }
        }
    }
}
