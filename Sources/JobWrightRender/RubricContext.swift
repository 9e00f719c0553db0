import JobWrightCore

/// Builds the values the rubric templates read: the rows with their questions, probes and anchors,
/// the scale, and one packet per candidate × interviewer.
struct RubricContext {
    let draft: Draft
    let catalog: Catalog
    let options: RenderOptions

    /// Topics an interviewer must never raise, one printed line each, from the interview rules
    /// (a district's additions included).
    let neverAsk: [String]

    /// The width the Word templates lay text out in: 7 inches, in twentieths of a point.
    static let wordTextWidth = 10_080

    func build() -> [String: Any] {
        let scale = draft.rubricScale(in: catalog)
        let levels = scale?.levels ?? []
        let rows = draft.resolvedRubricRows(in: catalog)
        let totalWeight = rows.reduce(0) { $0 + $1.weight }
        let boxes = levels.map { "[ ] \($0.value)" }.joined(separator: "  ")
        let maxScore = Double(scale?.highest ?? 4)
        // Rules and evidence lines are 4 columns short of this; the command line's smallest width is 20.
        let lineWidth = options.width > 0 ? min(max(options.width, 20), 78) : 78
        let labelWidth = (levels.map { DisplayWidth.of("\($0.value) \($0.name):") }.max() ?? 0) + 2

        let rowValues: [[String: Any]] = rows.enumerated().map { index, row in
            let anchorTexts = levels.map { row.anchors[$0.id]?.collapsingWhitespace ?? "(no anchor written for this level)" }
            return compact([
                "number": String(index + 1),
                "name": row.name,
                "area": row.area?.title,
                "codes": StandardsLabels.codes(for: row.alignments, in: catalog).nilIfBlank,
                "assesses": row.assesses.map { $0.text.collapsingWhitespace },
                "questionType": row.questionType.map { $0.displayName.prefix(1).uppercased() + $0.displayName.dropFirst() },
                "question": row.questionText.collapsingWhitespace,
                "probes": row.probes.map(\.collapsingWhitespace),
                "anchors": zip(levels, anchorTexts).map { level, text in
                    ["value": String(level.value), "name": level.name,
                     "paddedLabel": DisplayWidth.pad("\(level.value) \(level.name):", to: labelWidth), "text": text]
                },
                "anchorGrid": options.format == .text ? anchorGrid(levels: levels, texts: anchorTexts, lineWidth: lineWidth) : nil,
                "weight": Amount(row.weight).description,
                "scoreBoxes": boxes,
                "evidenceLines": Array(repeating: ["line": String(repeating: "_", count: lineWidth - 4)], count: 4),
            ])
        }
        let packets = packetList()
        let consensus = ConsensusSheet(rows: rows, committee: draft.rubric.committee, options: options)
        var context: [String: Any] = [
            "title": draft.position.title?.nilIfBlank ?? "Untitled position",
            "scaleName": scale?.name ?? "",
            "levels": levels.map { compact(["value": String($0.value), "name": $0.name, "description": $0.description?.collapsingWhitespace]) },
            "recommendations": catalog.recommendations.map { ["name": $0.name, "box": "[ ] " + $0.name] },
            "neverAsk": neverAsk,
            "rows": rowValues,
            "totalWeight": Amount(totalWeight).description,
            "maxWeighted": Amount(totalWeight * maxScore).description,
            "packets": packets,
            "pageBreak": "\u{0C}",
            "rule": String(repeating: "-", count: lineWidth - 4),
            "tick": "\u{2610}",  // HTML is never transliterated (a browser prints it)
            "levelCount": String(levels.count),
            "consensus": candidateNames.map { consensus.context(candidate: $0) },
            "consensusLegend": consensus.legend,
        ]
        context["district"] = draft.position.district?.nilIfBlank
        context["postingId"] = draft.position.postingId?.nilIfBlank
        context["committee"] = draft.rubric.committee.map { compact(["name": $0.name, "role": $0.role?.nilIfBlank]) }
        if options.format == .text { context["summaryTable"] = summaryTable(rows).markedVerbatim }
        // Word: each level's column of the anchor grid, in twentieths of a point, sharing the
        // 7-inch text width of a Letter page with 0.75-inch margins equally.
        if options.format == .docx { context["levelColumnWidth"] = String(Self.wordTextWidth / max(1, levels.count)) }
        return context
    }

    private static let blankName = "______________________________"

    /// The candidates' names, or one line to write a name on.
    private var candidateNames: [String] { options.candidates.isEmpty ? [Self.blankName] : options.candidates }

    /// One packet per candidate × interviewer; a blank name line where none was given.
    private func packetList() -> [[String: Any]] {
        let interviewers = options.interviewers.isEmpty ? [Self.blankName] : options.interviewers
        var packets: [[String: Any]] = []
        for candidate in candidateNames {
            for interviewer in interviewers {
                packets.append(["candidate": candidate, "interviewer": interviewer, "first": packets.isEmpty])
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
