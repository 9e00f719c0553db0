import Foundation
import JobWrightChecks
import JobWrightCore
import JobWrightRender

/// What `jobwright import` tells the HR officer: every source line with what it became, the
/// profile's areas the old posting leaves uncovered, and the checks' findings on the new draft.
/// As text for people, as JSON for scripts (the same content).
public struct ImportReport: Encodable, Sendable {
    public struct Line: Encodable, Sendable {
        public var line: Int
        public var text: String
        public var became: String
        public var bullet: String?
        public var score: Double?
        public var fields: [String]?
        public var matches: [Match]?
    }

    public struct Match: Encodable, Sendable {
        public var id: String
        public var score: Double
        public var text: String
    }

    public struct Area: Encodable, Sendable {
        public var id: String
        public var number: Int
        public var title: String
    }

    /// A rubric row the import proposes: the area, its bank question and the bullets it assesses.
    public struct RubricRow: Encodable, Sendable {
        public var area: String
        public var title: String
        public var question: String?
        public var assesses: [String]
    }

    public var source: String
    public var format: String
    public var draft: String
    public var lines: [Line]
    public var uncoveredAreas: [Area]
    public var rubricRows: [RubricRow]
    /// The draft's fields filled from the district profile (the posting left them empty).
    public var fromProfile: [String]
    public var findings: [Finding]

    public init(result: ImportResult, input: ImportInput, draftPath: String, findings: [Finding], catalog: Catalog) {
        source = input.path
        format = input.format.rawValue
        draft = draftPath
        func rounded(_ score: Double) -> Double { (score * 100).rounded() / 100 }
        lines = result.lines.map { imported in
            let best = imported.matches.first
            return Line(line: imported.source.number, text: imported.source.text, became: imported.outcome.rawValue,
                        bullet: imported.outcome == .bullet || imported.outcome == .own ? imported.detail.first : nil,
                        score: imported.outcome == .bullet ? best.map { rounded($0.score) } : nil,
                        fields: imported.outcome == .fact || imported.outcome == .qualification ? imported.detail : nil,
                        matches: imported.matches.isEmpty ? nil : imported.matches.map {
                            Match(id: $0.id, score: rounded($0.score), text: catalog.competency($0.id)?.text ?? "")
                        })
        }
        uncoveredAreas = result.uncoveredAreas.map { Area(id: $0.id, number: $0.number, title: $0.title) }
        rubricRows = result.draft.resolvedRubricRows(in: catalog).enumerated().map { index, row in
            RubricRow(area: row.area?.id ?? "", title: row.name, question: result.draft.rubric.rows[index].question,
                      assesses: row.assesses.map(\.id))
        }
        fromProfile = result.fromProfile
        self.findings = findings
    }

    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }

    /// The report as text. Source lines are quoted short, so each entry stays on a line or two.
    public var text: String {
        var out: [String] = []
        let counts = Dictionary(grouping: lines, by: \.became).mapValues(\.count)
        func count(_ key: String) -> Int { counts[key] ?? 0 }
        out.append("Imported \(source) (\(format), \(lines.count) lines) into \(draft):")
        out.append("  \(count("bullet")) catalog bullets, \(count("own")) of the district's own bullets, \(count("fact")) facts, "
                   + "\(count("qualification")) qualifications, \(count("summary")) summary paragraphs, \(count("note")) lines kept as notes")
        out.append("")
        out.append("WHAT EACH LINE BECAME")
        for line in lines where line.became != "heading" {
            let quoted = Self.short(line.text)
            switch line.became {
            case "bullet":
                out.append("  line \(line.line): \(line.bullet ?? "") (similarity \(Self.score(line.score))) <- \(quoted)")
            case "own":
                let nearest = line.matches?.first.map { ", nearest \($0.id) \(Self.score($0.score))" } ?? ""
                out.append("  line \(line.line): own bullet \(line.bullet ?? "")\(nearest) <- \(quoted)")
            case "fact", "qualification":
                out.append("  line \(line.line): \((line.fields ?? []).joined(separator: ", ")) <- \(quoted)")
            default:
                out.append("  line \(line.line): \(line.became) <- \(quoted)")
            }
        }
        out.append("")
        out.append("AREAS OF THE PROFILE THE OLD POSTING LEAVES UNCOVERED")
        if uncoveredAreas.isEmpty { out.append("  none: every area has a bullet") }
        for area in uncoveredAreas { out.append("  \(area.number). \(area.title)") }
        if !fromProfile.isEmpty {
            out.append("")
            out.append("FROM THE DISTRICT PROFILE (THE POSTING LEFT THEM EMPTY)")
            out.append("  " + fromProfile.joined(separator: ", "))
        }
        out.append("")
        out.append("RUBRIC PROPOSED: A QUESTION FROM THE BANK FOR EACH AREA THE POSTING COVERS")
        if rubricRows.isEmpty { out.append("  none: the posting has no bullet to assess") }
        for (number, row) in rubricRows.enumerated() {
            let count = row.assesses.count
            out.append("  \(number + 1). \(row.title): \(row.question ?? "no bank question"), assessing \(count) bullet\(count == 1 ? "" : "s")")
        }
        out.append("")
        out.append("CHECKS OF THE NEW DRAFT")
        // One line a finding; `jobwright check DRAFT` explains each one.
        for finding in findings.sorted(by: { $0.severity > $1.severity }) {
            out.append("  \(finding.severity.rawValue): \(finding.field.map { $0 + ": " } ?? "")\(finding.message)")
        }
        out.append(findings.isEmpty ? "  no problems found" : "  (" + FindingReport.summary(findings) + "; `jobwright check \(draft)` explains each)")
        out.append("")
        let toReview = count("bullet") + count("own")
        out.append("Next: jobwright edit \(draft) opens the review of the \(toReview) imported bullet\(toReview == 1 ? "" : "s").")
        return out.joined(separator: "\n") + "\n"
    }

    static func score(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "-" }

    static func short(_ text: String) -> String {
        "\"" + DisplayWidth.truncate(text, to: 70, ascii: true) + "\""
    }
}
