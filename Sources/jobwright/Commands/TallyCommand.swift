import JobWrightCore
import JobWrightRender

struct TallyCommand: Command {
    static let spec = CommandSpec(
        name: "tally",
        abstract: "Add up the committee's interview scores: weighted totals, ranking and disagreements.",
        discussion: """
            SCORES.csv has the columns candidate, interviewer, competency, score and an optional \
            note (make an empty one with `jobwright render scoresheet DRAFT`). With --draft the \
            rubric's weights and scale apply; without, every competency weighs the same on a 1-4 scale.

            Examples:
              jobwright tally scores.csv --draft draft.yaml
              jobwright tally scores.csv --format markdown
              jobwright tally scores.csv --draft draft.yaml --format html --output tally.html
            """,
        arguments: [
            ArgumentSpec(name: "scores", help: "The score sheet (CSV), or - for standard input."),
        ],
        options: [
            .value("draft", help: "The draft whose rubric gives the competencies, weights and scale."),
            .value("format", short: "f", help: "text, markdown, csv or html (a page with charts).", default: "text", choices: .choices(of: ReportFormat.self)),
            .value("output", short: "o", valueName: "file", help: "Write to this file (atomically) instead of standard output."),
        ] + AssetOptions.specs
    )

    enum ReportFormat: String, CaseIterable { case text, markdown, csv, html }

    let scores: String
    let draft: String?
    let format: ReportFormat
    let output: String?
    let assets: AssetOptions

    init(_ arguments: ParsedArguments) {
        scores = arguments.argument("scores")!
        draft = arguments.value("draft")
        format = arguments.choice("format")
        output = arguments.value("output")
        assets = AssetOptions(arguments)
    }

    func run() throws {
        let tally: Tally = try Failure.guarding {
            DisplayWidth.prepareLocale()
            var competencies: [Tally.Competency]?
            var scale: ClosedRange<Double> = 1...4
            var source = "equal weights"
            if let draft {
                let catalog = try assets.loadCatalog()
                let loaded = try DraftInput.load(draft, catalog: catalog)
                competencies = loaded.draft.tallyCompetencies(in: catalog)
                if let rubricScale = loaded.draft.rubricScale(in: catalog) {
                    scale = Double(rubricScale.lowest)...Double(rubricScale.highest)
                }
                source = "weights from \(draft)"
            }
            let (name, text) = try Files.readText(scores)
            var tally = try Tally(csv: text, file: name, competencies: competencies, scale: scale)
            tally.source = source
            return tally
        }
        let report = switch format {
        case .text: TallyReport.text(tally, source: tally.source)
        case .markdown: TallyReport.markdown(tally, source: tally.source)
        case .csv: TallyReport.csv(tally)
        case .html: try Failure.guarding { try TallyReport.html(tally, source: tally.source, templates: TemplateSet.load(overrides: assets.templates)) }
        }
        try Failure.guarding { try Files.write(report, to: output) }
        if !tally.problems.isEmpty { throw Failure.report(tally.problems) }
    }
}
