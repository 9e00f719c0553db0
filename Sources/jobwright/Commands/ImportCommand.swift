import Foundation
import JobWrightChecks
import JobWrightCore
import JobWrightImport
import JobWrightRender

struct ImportCommand: Command {
    static let spec = CommandSpec(
        name: "import",
        abstract: "Turn an old posting (text, Markdown, HTML or Word) into a draft mapped onto the catalog.",
        discussion: """
            Each duty or knowledge line of the old posting becomes the catalog bullet that says \
            the same thing, or the district's own bullet when none does; the position's facts \
            (title, pay, dates, how to apply, reporting lines, qualifications) go into their \
            fields; every other line goes into the draft's notes. Nothing is invented: a fact \
            the posting does not state stays empty, or is filled from the district profile \
            (~/.config/jobwright/district.yaml, if there is one; --no-profile leaves it empty).

            The report lists every line with what it became, the areas of the profile the old \
            posting leaves uncovered, and what `jobwright check` finds in the new draft. It goes \
            to standard output when the draft goes to a file, else to standard error.

            Examples:
              jobwright import old-posting.docx --output draft.yaml
              jobwright import old-posting.html --output draft.yaml --report import-report.txt
              pbpaste | jobwright import - --output draft.yaml --format json
            """,
        arguments: [
            ArgumentSpec(name: "posting", help: "The old posting: .txt, .md, .html or .docx, or - for text on standard input."),
        ],
        options: [
            .value("output", short: "o", valueName: "file", help: "Write the draft here (atomically) instead of standard output."),
            .value("report", valueName: "file", help: "Write the report to this file."),
            .value("format", short: "f", help: "The report's format: text or json.", default: "text", choices: .choices(of: ReportFormat.self)),
            .flag("force", help: "Overwrite the output file if it exists."),
            .flag("no-profile", help: "Leave what the posting does not say empty, rather than filling it from the district profile."),
        ] + AssetOptions.specs
    )

    enum ReportFormat: String, CaseIterable { case text, json }

    let posting: String
    let output: String?
    let report: String?
    let format: ReportFormat
    let force: Bool
    let useProfile: Bool
    let assets: AssetOptions

    init(_ arguments: ParsedArguments) {
        posting = arguments.argument("posting")!
        output = arguments.value("output")
        report = arguments.value("report")
        format = arguments.choice("format")
        force = arguments.flag("force")
        useProfile = !arguments.flag("no-profile")
        assets = AssetOptions(arguments)
    }

    func run() throws {
        let (reportText, reportTarget): (String, String?) = try Failure.guarding {
            if let output, output != "-", !force, FileManager.default.fileExists(atPath: output) {
                throw JobWrightError(.cannotWrite, "the file exists already; use --force to replace it", at: SourceLocation(file: output))
            }
            let limit = ImportInput.byteLimit
            let bytes = [UInt8](try Files.readData(posting, limit: limit) { size in
                posting == "-" ? "standard input is over \(ImportInput.megabytes(limit)); a posting to import is at most that"
                    : "the file is \(ImportInput.megabytes(size)); a posting to import is at most \(ImportInput.megabytes(limit)). Save the posting alone as text, HTML or Word and import that"
            })
            let input = try ImportInput(path: posting, bytes: bytes)
            let renderer = try assets.loadRenderer()
            let vocabulary = try MatchVocabulary.load(overrides: assets.catalog)
            let importer = PostingImporter(catalog: renderer.catalog, vocabulary: vocabulary)
            let profile = useProfile ? try ConfigFolder().loadProfile() : nil
            let result = importer.importPosting(input, profile: profile)
            let yaml = try result.draft.yaml()
            let draftPath = output ?? "-"
            // The JSON report gives each finding's line and column in the draft as written, so it
            // reads the draft back; the text report names no line, so its checks take the draft
            // in memory, which reads back as itself (ImportedDraftReadBackTests).
            let written = draftPath == "-" ? "<stdout>" : draftPath
            let loaded = format == .json ? try Draft.load(path: written, text: yaml)
                : LoadedDraft(draft: result.draft, document: YAMLDocument(written: yaml, path: written))
            let checker = try Checker(renderer: renderer, rules: try RuleData.load(overrides: assets.catalog))
            let findings = checker.check(loaded)
            try Files.write(yaml, to: output)
            let summary = ImportReport(result: result, input: input, draftPath: draftPath == "-" ? "standard output" : draftPath,
                                       findings: findings, catalog: renderer.catalog)
            return (format == .json ? summary.json : summary.text, report)
        }
        try Failure.guarding {
            if let reportTarget {
                try Files.write(reportText, to: reportTarget)
            } else if output == nil || output == "-" {
                Console.writeError(reportText)
            } else {
                try Files.write(reportText, to: nil)
            }
        }
    }
}
