import JobWrightCore
import JobWrightMustache

/// The chair's consensus sheet, one page per candidate: each interviewer's score per competency,
/// the spread, and the score the committee agrees. Interviewers are the names given for the
/// packets, else the draft's committee, else numbered columns to fill in by hand.
struct ConsensusSheet {
    let rows: [ResolvedRubricRow]
    let interviewers: [String]
    let options: RenderOptions

    /// Columns to fill in when no interviewer is named anywhere.
    static let unnamedColumns = 4

    init(rows: [ResolvedRubricRow], committee: [CommitteeMember], options: RenderOptions) {
        self.rows = rows
        self.options = options
        let committeeNames = committee.compactMap { $0.name.nilIfBlank }
        interviewers = !options.interviewers.isEmpty ? options.interviewers
            : !committeeNames.isEmpty ? committeeNames : Array(repeating: "", count: Self.unnamedColumns)
    }

    /// The values one candidate's sheet reads.
    func context(candidate: String) -> MustacheObject {
        let columns: [MustacheValue] = interviewers.enumerated().map { index, name in
            ["label": .text(name.isEmpty ? "Interviewer \(index + 1)" : name), "short": .text("I\(index + 1)"),
             "named": .flag(!name.isEmpty)]
        }
        let cells = MustacheValue.texts(Array(repeating: "", count: interviewers.count))
        var context: MustacheObject = [
            "candidate": .text(candidate),
            "interviewers": .list(columns),
            "rows": .list(rows.enumerated().map { index, row in
                ["number": .text(String(index + 1)), "name": .text(row.name), "weight": .text(Amount(row.weight).description),
                 "cells": cells]
            }),
            "totalWeight": .text(Amount(rows.reduce(0) { $0 + $1.weight }).description),
        ]
        if options.format == .text { context[text: "table"] = textTable().markedVerbatim }
        if options.format == .docx { context["widths"] = .object(wordColumnWidths()) }
        return context
    }

    /// The Word table's columns in twentieths of a point, filling the text width: narrow ones for
    /// the numbers and scores (as wide as their headings), what is left for the competency (never
    /// under 1,800, so that many interviewers make their columns narrower instead).
    func wordColumnWidths() -> MustacheObject {
        let number = 440, weight = 960, spread = 860, agreed = 960, weighted = 1_120
        let fixed = number + weight + spread + agreed + weighted
        let score = min(1_100, (RubricContext.wordTextWidth - fixed - 1_800) / max(1, interviewers.count))
        let name = RubricContext.wordTextWidth - fixed - score * interviewers.count
        return ["number": .text(String(number)), "name": .text(String(name)), "weight": .text(String(weight)), "score": .text(String(score)),
                "spread": .text(String(spread)), "agreed": .text(String(agreed)), "weighted": .text(String(weighted))]
    }

    /// The sheet as preformatted text: blocks of interviewer columns that fit the width, the
    /// spread, agreed and weighted columns in the last block.
    func textTable() -> String {
        let fixed = 2 + 3 + 2 + 8
        let closing = 8 + 8 + 8
        let interviewerWidth = 4
        let widest = rows.map { DisplayWidth.of($0.name) }.max() ?? 10
        let width = options.width
        let perBlock = width > 0 ? max(1, (width - fixed - closing - 10) / interviewerWidth) : interviewers.count
        let blocks = stride(from: 0, to: interviewers.count, by: perBlock).map { start in
            Array(start..<min(start + perBlock, interviewers.count))
        }
        var lines: [String] = []
        for (blockIndex, block) in blocks.enumerated() {
            let last = blockIndex == blocks.count - 1
            let used = fixed + block.count * interviewerWidth + (last ? closing : 0)
            let nameWidth = width > 0 ? max(10, min(widest, width - used)) : widest
            func line(_ number: String, _ name: String, _ weight: String, _ scores: [String], _ closing: [String]) -> String {
                let shown = DisplayWidth.of(name) > nameWidth ? DisplayWidth.truncate(name, to: nameWidth, ascii: options.ascii) : name
                var text = "  " + DisplayWidth.pad(number, to: 3) + DisplayWidth.pad(shown, to: nameWidth) + "  " + DisplayWidth.pad(weight, to: 8)
                text += scores.map { DisplayWidth.pad($0, to: interviewerWidth) }.joined()
                if last { text += closing.enumerated().map { $0.offset < 2 ? DisplayWidth.pad($0.element, to: 8) : $0.element }.joined() }
                return text.trimmingTrailingSpaces
            }
            if blockIndex > 0 { lines.append("") }
            lines.append(line("#", "Competency", "Weight", block.map { "I\($0 + 1)" }, ["Spread", "Agreed", "Weighted"]))
            for (index, row) in rows.enumerated() {
                lines.append(line(String(index + 1), row.name, Amount(row.weight).description,
                                  block.map { _ in "___" }, ["___", "___", "______"]))
            }
            lines.append(line("", "Total", Amount(rows.reduce(0) { $0 + $1.weight }).description, block.map { _ in "" }, ["", "", "______"]))
        }
        return lines.joined(separator: "\n")
    }

    /// "I1 Avery Collins; I2 Sam Okafor" (a line to write on for an unnamed interviewer).
    var legend: String {
        interviewers.enumerated().map { index, name in
            "I\(index + 1) " + (name.isEmpty ? "______________" : name)
        }.joined(separator: "; ")
    }
}
