import JobWrightCore
import JobWrightMustache

/// Builds the values the rubric templates read: the rows with their questions, probes and anchors,
/// the scale, and one packet per candidate × interviewer.
struct RubricContext {
    let draft: Draft
    let catalog: Catalog
    let options: RenderOptions
    /// The renderer's labels of alignments, kept between renders.
    var labels = StandardsLabels.Memo()

    /// Topics an interviewer must never raise, one printed line each, from the interview rules
    /// (a district's additions included).
    let neverAsk: [String]

    /// The width the Word templates lay text out in: 7 inches, in twentieths of a point.
    static let wordTextWidth = 10_080

    func build() -> MustacheObject {
        let scale = draft.rubricScale(in: catalog)
        let levels = scale?.levels ?? []
        let rows = draft.resolvedRubricRows(in: catalog)
        let totalWeight = rows.reduce(0) { $0 + $1.weight }
        let boxes = levels.map { "[ ] \($0.value)" }.joined(separator: "  ")
        let maxScore = Double(scale?.highest ?? 4)
        // Rules and evidence lines are 4 columns short of this; the command line's smallest width is 20.
        let lineWidth = options.width > 0 ? min(max(options.width, 20), 78) : 78
        let labelWidth = (levels.map { DisplayWidth.of("\($0.value) \($0.name):") }.max() ?? 0) + 2

        let evidenceLines = MustacheValue.list(Array(repeating: ["line": .text(String(repeating: "_", count: lineWidth - 4))], count: 4))
        let rowValues: [MustacheValue] = rows.enumerated().map { index, row in
            let anchorTexts = levels.map { row.anchors[$0.id]?.collapsingWhitespace ?? "(no anchor written for this level)" }
            var values: MustacheObject = [
                "number": .text(String(index + 1)),
                "name": .text(row.name),
                "assesses": .texts(row.assesses.map { $0.text.collapsingWhitespace }),
                "question": .text(row.questionText.collapsingWhitespace),
                "probes": .texts(row.probes.map(\.collapsingWhitespace)),
                "anchors": .list(zip(levels, anchorTexts).map { level, text in
                    ["value": .text(String(level.value)), "name": .text(level.name),
                     "paddedLabel": .text(DisplayWidth.pad("\(level.value) \(level.name):", to: labelWidth)), "text": .text(text)]
                }),
                "weight": .text(Amount(row.weight).description),
                "scoreBoxes": .text(boxes),
                "evidenceLines": evidenceLines,
            ]
            values[text: "area"] = row.area?.title
            values[text: "codes"] = labels.codes(for: row.alignments, in: catalog).nilIfBlank
            values[text: "questionType"] = row.questionType.map { $0.displayName.prefix(1).uppercased() + $0.displayName.dropFirst() }
            values[text: "anchorGrid"] = options.format == .text ? anchorGrid(levels: levels, texts: anchorTexts, lineWidth: lineWidth) : nil
            return .object(values)
        }
        let packets = packetList()
        let consensus = ConsensusSheet(rows: rows, committee: draft.rubric.committee, options: options)
        var context: MustacheObject = [
            "title": .text(draft.position.title?.nilIfBlank ?? "Untitled position"),
            "scaleName": .text(scale?.name ?? ""),
            "levels": .list(levels.map {
                var level: MustacheObject = ["value": .text(String($0.value)), "name": .text($0.name)]
                level[text: "description"] = $0.description?.collapsingWhitespace
                return .object(level)
            }),
            "recommendations": .list(catalog.recommendations.map { ["name": .text($0.name), "box": .text("[ ] " + $0.name)] }),
            "neverAsk": .texts(neverAsk),
            "rows": .list(rowValues),
            "totalWeight": .text(Amount(totalWeight).description),
            "maxWeighted": .text(Amount(totalWeight * maxScore).description),
            "packets": .list(packets),
            "pageBreak": "\u{0C}",
            "rule": .text(String(repeating: "-", count: lineWidth - 4)),
            "tick": "\u{2610}",  // HTML is never transliterated (a browser prints it)
            "levelCount": .text(String(levels.count)),
            "consensus": .list(candidateNames.map { .object(consensus.context(candidate: $0)) }),
            "consensusLegend": .text(consensus.legend),
        ]
        context[text: "district"] = draft.position.district?.nilIfBlank
        context[text: "postingId"] = draft.position.postingId?.nilIfBlank
        context["committee"] = .list(draft.rubric.committee.map {
            var member: MustacheObject = ["name": .text($0.name)]
            member[text: "role"] = $0.role?.nilIfBlank
            return .object(member)
        })
        if options.format == .text { context[text: "summaryTable"] = summaryTable(rows).markedVerbatim }
        // Word: each level's column of the anchor grid, in twentieths of a point, sharing the
        // 7-inch text width of a Letter page with 0.75-inch margins equally.
        if options.format == .docx { context[text: "levelColumnWidth"] = String(Self.wordTextWidth / max(1, levels.count)) }
        return context
    }

    private static let blankName = "______________________________"

    /// The candidates' names, or one line to write a name on.
    private var candidateNames: [String] { options.candidates.isEmpty ? [Self.blankName] : options.candidates }

    /// One packet per candidate × interviewer; a blank name line where none was given.
    private func packetList() -> [MustacheValue] {
        let interviewers = options.interviewers.isEmpty ? [Self.blankName] : options.interviewers
        var packets: [MustacheValue] = []
        for candidate in candidateNames {
            for interviewer in interviewers {
                packets.append(["candidate": .text(candidate), "interviewer": .text(interviewer), "first": .flag(packets.isEmpty)])
            }
        }
        return packets
    }

    /// The anchors side by side (text only), with their texts in ASCII when asked, so that the
    /// columns are measured as they will print; nil where the width leaves no room for a grid.
    private func anchorGrid(levels: [Scale.Level], texts: [String], lineWidth: Int) -> String? {
        let columns = zip(levels, texts).map { level, text in
            AnchorGrid.Column(value: level.value, name: options.ascii ? ASCIIFallback.transliterate(level.name) : level.name,
                              text: options.ascii ? ASCIIFallback.transliterate(text) : text)
        }
        return AnchorGrid(columns: columns, ascii: options.ascii).lines(width: options.width > 0 ? lineWidth : 0)?
            .joined(separator: "\n").markedVerbatim
    }

    private func summaryTable(_ rows: [ResolvedRubricRow]) -> String {
        let widest = options.width > 0 ? max(20, min(40, options.width - 30)) : 40
        let nameWidth = max(min(20, widest), min(widest, rows.map { DisplayWidth.of($0.name) }.max() ?? 24))
        func line(_ number: String, _ name: String, _ weight: String, _ score: String, _ weighted: String) -> String {
            "  " + DisplayWidth.pad(number, to: 3) + DisplayWidth.pad(name, to: nameWidth) + "  "
                + DisplayWidth.pad(weight, to: 7) + DisplayWidth.pad(score, to: 8) + weighted
        }
        var lines = [line("#", "Competency", "Weight", "Score", "Weighted")]
        for (index, row) in rows.enumerated() {
            let name = DisplayWidth.of(row.name) > nameWidth ? DisplayWidth.truncate(row.name, to: nameWidth, ascii: options.ascii) : row.name
            lines.append(line(String(index + 1), name, Amount(row.weight).description, "____", "______"))
        }
        lines.append(line("", "Total", Amount(rows.reduce(0) { $0 + $1.weight }).description, "", "______"))
        return lines.joined(separator: "\n")
    }
}
