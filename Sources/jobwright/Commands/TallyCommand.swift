import ArgumentParser
import JobWrightCore
import JobWrightRender

struct TallyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Add up the committee's interview scores: weighted totals, ranking and disagreements.",
        discussion: """
            SCORES.csv has the columns candidate, interviewer, competency, score and an optional \
            note (make an empty one with `jobwright render scoresheet DRAFT`). With --draft the \
            rubric's weights and scale apply; without, every competency weighs the same on a 1-4 scale.

            Examples:
              jobwright tally scores.csv --draft draft.yaml
              jobwright tally scores.csv --format markdown
              jobwright tally scores.csv --draft draft.yaml --format html --output tally.html
            """
    )

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown, csv, html }

    @Argument(help: ArgumentHelp("The score sheet (CSV), or - for standard input.", valueName: "scores"))
    var scores: String

    @Option(help: ArgumentHelp("The draft whose rubric gives the competencies, weights and scale.", valueName: "draft"))
    var draft: String?

    @Option(name: [.short, .long], help: "text, markdown, csv or html (a page with charts).")
    var format: ReportFormat = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var assets: AssetOptions

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
