import JobWrightCore

/// A tally as plain text, Markdown, CSV or an HTML page.
public enum TallyReport {
    /// The weighted total as a whole percentage of the maximum possible.
    static func percent(_ result: Tally.CandidateResult) -> Int {
        result.maximum > 0 ? Int((result.weightedTotal / result.maximum * 100).rounded()) : 0
    }

    /// A standalone HTML page from the `tally.html` template: the ranking and each candidate's
    /// table, with the totals and the interviewers' spread drawn beside them.
    public static func html(_ tally: Tally, source: String, templates: TemplateSet) throws(JobWrightError) -> String {
        let page = try templates.render(TallyPageContext(tally: tally, source: source).build(), template: "tally.html")
        return page.collapsingBlankLines.trimmingSpaces + "\n"
    }

    public static func text(_ tally: Tally, source: String) -> String {
        var lines = ["COMMITTEE TALLY (\(source); scale \(Tally.number(tally.scaleRange.lowerBound))-\(Tally.number(tally.scaleRange.upperBound)))", ""]
        // The competency table is preformatted: its lines are not wrapped.
        let verbatim = String(TextLayout.verbatimMarker) + "   "
        let nameWidth = min(40, max(12, tally.competencies.map { DisplayWidth.of($0.name) }.max() ?? 12))
        for result in tally.candidates {
            lines.append("\(result.rank). \(result.candidate): weighted total \(Tally.number(result.weightedTotal)) of \(Tally.number(result.maximum)) (\(percent(result))%)")
            let interviewers = result.interviewerTotals.map(\.interviewer)
            lines.append(verbatim + DisplayWidth.pad("Competency", to: nameWidth) + "  Weight  Mean   Scores (" + interviewers.joined(separator: ", ") + ")")
            for row in result.competencies {
                let name = DisplayWidth.of(row.competency.name) > nameWidth ? DisplayWidth.truncate(row.competency.name, to: nameWidth) : row.competency.name
                let scores = interviewers.map { row.scores[$0].map(Tally.number) ?? "-" }.joined(separator: ", ")
                lines.append(verbatim + DisplayWidth.pad(name, to: nameWidth) + "  " + DisplayWidth.pad(Tally.number(row.competency.weight), to: 6)
                             + "  " + DisplayWidth.pad(row.mean.map(Tally.number) ?? "-", to: 5) + "  " + scores)
            }
            lines.append("   Interviewer totals:  " + result.interviewerTotals.map { "\($0.interviewer) \(Tally.number($0.total))" }.joined(separator: "; "))
            for flag in result.flags { lines.append("   - " + flag) }
            lines.append("")
        }
        if tally.candidates.isEmpty { lines.append("No scores yet.") }
        return TextLayout(width: 78).layout(lines.joined(separator: "\n")).trimmingSpaces + "\n"
    }

    public static func markdown(_ tally: Tally, source: String) -> String {
        let escape: (String) -> String = { $0.markdownEscaped }
        var lines = ["# Committee tally", "", "Source: \(escape(source)); scale \(Tally.number(tally.scaleRange.lowerBound))-\(Tally.number(tally.scaleRange.upperBound)).", "",
                     "| Rank | Candidate | Weighted total | Of | Flags |", "|--:|---|--:|--:|--:|"]
        for result in tally.candidates {
            lines.append("| \(result.rank) | \(escape(result.candidate)) | \(Tally.number(result.weightedTotal)) | \(Tally.number(result.maximum)) | \(result.flags.count) |")
        }
        for result in tally.candidates {
            let interviewers = result.interviewerTotals.map(\.interviewer)
            lines += ["", "## \(result.rank). \(escape(result.candidate))", "",
                      "| Competency | Weight | Mean | " + interviewers.map(escape).joined(separator: " | ") + " |",
                      "|---|--:|--:|" + interviewers.map { _ in "--:|" }.joined()]
            for row in result.competencies {
                lines.append("| \(escape(row.competency.name)) | \(Tally.number(row.competency.weight)) | \(row.mean.map(Tally.number) ?? "") | "
                             + interviewers.map { row.scores[$0].map(Tally.number) ?? "" }.joined(separator: " | ") + " |")
            }
            lines.append("| **Interviewer total** | | | " + result.interviewerTotals.map { Tally.number($0.total) }.joined(separator: " | ") + " |")
            if !result.flags.isEmpty {
                lines.append("")
                for flag in result.flags { lines.append("- " + escape(flag)) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func csv(_ tally: Tally) -> String {
        var lines = ["rank,candidate,competency,weight,mean,weighted,spread"]
        for result in tally.candidates {
            for row in result.competencies {
                lines.append([String(result.rank), result.candidate, row.competency.name, Tally.number(row.competency.weight),
                              row.mean.map(Tally.number) ?? "", row.mean.map { Tally.number($0 * row.competency.weight) } ?? "",
                              row.spread.map(Tally.number) ?? ""].map(CSV.quote).joined(separator: ","))
            }
            lines.append([String(result.rank), result.candidate, "TOTAL", "", "", Tally.number(result.weightedTotal), ""].map(CSV.quote).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
