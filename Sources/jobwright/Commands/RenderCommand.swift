import ArgumentParser
import Foundation
import JobWrightCore
import JobWrightDocx
import JobWrightRender

extension OutputFormat: ExpressibleByArgument {}

/// What `render` can produce: the two documents, and the committee's empty score sheet.
enum RenderedDocument: String, ExpressibleByArgument, CaseIterable {
    case posting, rubric, alignment, scoresheet
}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
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
            """
    )

    @Argument(help: ArgumentHelp("What to render: posting, rubric, alignment (the standards report for the school committee), or scoresheet (the empty CSV for `jobwright tally`).", valueName: "document"))
    var document: RenderedDocument

    @Argument(help: ArgumentHelp("The draft file, or - for standard input.", valueName: "draft"))
    var draft: String = "-"

    @Option(name: [.short, .long], help: "Output format: text, markdown, html, jsonld (posting only) or docx (a Word file).")
    var format: OutputFormat = .text

    @Option(help: ArgumentHelp("Wrap plain text at this many columns (0: no wrapping). Markdown, HTML and Word are not wrapped.", valueName: "columns"))
    var width: Int = 78

    @Flag(help: "Plain ASCII only: no box drawing or typographic characters (for old printers).")
    var ascii = false

    @Option(help: ArgumentHelp("A candidate's name; repeat for several. One rubric packet per candidate and interviewer.", valueName: "name"))
    var candidate: [String] = []

    @Option(help: ArgumentHelp("An interviewer's name; repeat for several.", valueName: "name"))
    var interviewer: [String] = []

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .customLong("standards-matrix"), help: "Print the full standards matrix in the posting (a committee's copy); the public posting keeps one sentence on alignment unless the draft sets standardsMatrix: true.")
    var standardsMatrix = false

    @Flag(help: "Render even when the draft breaks a hard rule (maximum pay below the minimum, closing date before the posting date); the problems are printed as warnings.")
    var force = false

    @OptionGroup var assets: AssetOptions

    func validate() throws {
        guard width == 0 || width >= 20 else { throw ValidationError("--width must be 0 (no wrapping) or at least 20") }
        guard width <= 1000 else { throw ValidationError("--width must be at most 1000") }
        if document != .posting && format == .jsonld { throw ValidationError("JSON-LD is for the posting; render the \(document.rawValue) as text, markdown, html or docx") }
        if document == .scoresheet && format == .docx { throw ValidationError("the score sheet is a CSV file for `jobwright tally`; render it without --format docx") }
        // A Word file is a zip: on a terminal it would be garbage, and could upset the terminal.
        if format == .docx && Files.isTerminal(output) {
            throw ValidationError("docx is a binary Word file: give --output FILE or redirect")
        }
        // A name is printed on every packet: an escape in it would reach the reader's terminal or printer.
        for (option, names) in [("--candidate", candidate), ("--interviewer", interviewer)] {
            for name in names {
                if let (_, column, value) = ControlCharacters.first(in: name) {
                    throw ValidationError("the \(option) name '\(ControlPictures.visible(name, keeping: []))' holds the control character \(ControlCharacters.name(value)) at character \(column); remove it")
                }
            }
        }
    }

    func run() throws {
        if draft == "-" && isatty(STDIN_FILENO) == 1 {
            throw ValidationError("give a draft file, or pipe one in (jobwright new --example | jobwright render posting)")
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
                try Files.write(renderer.render(kind, draft: loaded.draft, options: options), to: output)
            }
        }
    }
}
