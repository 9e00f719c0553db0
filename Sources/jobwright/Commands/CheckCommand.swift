import Foundation
import JobWrightChecks
import JobWrightCore
import JobWrightRender

struct CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check",
        abstract: "Check a draft, a posting's text or one interview question before publishing.",
        discussion: """
            Examples:
              jobwright check draft.yaml
              jobwright check draft.yaml --level warning
              jobwright check --text old-posting.txt
              jobwright check --question "So, do you have kids?"

            Findings print like a compiler's (file:line:column: severity[rule]: message), each with \
            why it matters, the law or study it rests on and what to write instead, then a summary \
            line. The exit status is 1 when a finding is at or above --level, 0 otherwise, and 65 \
            when the draft cannot be read.
            """,
        arguments: [
            ArgumentSpec(name: "draft", help: "The draft file, or - for standard input.", isOptional: true),
        ],
        options: [
            .value("text", valueName: "file", help: "Check any posting text (a file, or - for standard input) for what text alone can show."),
            .value("question", valueName: "text", help: "Check one proposed interview question."),
            .value("format", short: "f", help: "text or json.", default: "text", choices: .choices(of: ReportFormat.self)),
            .value("level", help: "The lowest severity that makes the exit status 1: error, warning or notice.", default: "error", choices: .choices(of: Severity.self)),
            .value("grade", help: "Flesch-Kincaid grade above which readability is flagged.", default: "12"),
        ] + AssetOptions.specs
    )

    enum ReportFormat: String, CaseIterable { case text, json }

    let draft: String?
    let text: String?
    let question: String?
    let format: ReportFormat
    let level: Severity
    let grade: Double
    let assets: AssetOptions

    init(_ arguments: ParsedArguments) throws(UsageError) {
        draft = arguments.argument("draft")
        text = arguments.value("text")
        question = arguments.value("question")
        format = arguments.choice("format")
        level = arguments.choice("level")
        grade = try arguments.number("grade")
        assets = AssetOptions(arguments)
        guard grade.isFinite, (0...30).contains(grade) else { throw Self.usageError("--grade must be a school grade from 0 to 30") }
        let given = [draft != nil, text != nil, question != nil].filter { $0 }.count
        guard given == 1 else { throw Self.usageError("give exactly one of: a draft file, --text FILE or --question TEXT") }
    }

    func run() throws {
        let findings: [Finding] = try Failure.guarding {
            DisplayWidth.prepareLocale()
            let renderer = try assets.loadRenderer()
            let rules = try RuleData.load(overrides: assets.catalog)
            let checker = try Checker(renderer: renderer, rules: rules, gradeTarget: grade)
            if let question {
                return checker.check(question: question)
            }
            if let text {
                let (name, contents) = try Files.readText(text)
                return checker.check(text: contents, file: name)
            }
            let loaded = try DraftInput.load(draft ?? "-", catalog: renderer.catalog)
            return checker.check(loaded)
        }
        let report: String
        switch format {
        case .text:
            report = findings.isEmpty && question != nil
                ? "no problems found: the question touches none of the topics an interviewer must not ask about\n" + FindingReport.summary(findings) + "\n"
                : FindingReport.text(findings)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(findings)) ?? Data("[]".utf8)
            report = String(decoding: data, as: UTF8.self) + "\n"
        }
        try Failure.guarding { try Files.write(report, to: nil) }
        if findings.contains(where: { $0.severity >= level }) { throw ExitStatus(1) }
    }
}
