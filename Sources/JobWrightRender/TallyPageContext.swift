import JobWrightCore

/// The values the `tally.html` template reads: the ranking, each candidate's table and flags,
/// and the two pictures as ready SVG.
struct TallyPageContext {
    let tally: Tally
    let source: String

    func build() -> [String: Any] {
        let scale = tally.scaleRange
        return [
            "source": source,
            "scale": "\(Tally.number(scale.lowerBound))-\(Tally.number(scale.upperBound))",
            "noScores": tally.candidates.isEmpty,
            "ranking": tally.candidates.map { result -> [String: Any] in
                ["rank": String(result.rank), "candidate": result.candidate, "total": Tally.number(result.weightedTotal),
                 "maximum": Tally.number(result.maximum), "percent": String(TallyReport.percent(result)), "flagCount": String(result.flags.count)]
            },
            "totalsChart": TallyTotalsChart.markup(tally),
            "candidates": tally.candidates.map(candidate),
        ]
    }

    private func candidate(_ result: Tally.CandidateResult) -> [String: Any] {
        let interviewers = result.interviewerTotals.map(\.interviewer)
        return [
            "rank": String(result.rank), "candidate": result.candidate, "interviewers": interviewers,
            "rows": result.competencies.map { row -> [String: Any] in
                ["name": row.competency.name, "weight": Tally.number(row.competency.weight), "mean": row.mean.map(Tally.number) ?? "",
                 "scores": interviewers.map { row.scores[$0].map(Tally.number) ?? "" }, "calibrate": row.needsCalibration]
            },
            "interviewerTotals": result.interviewerTotals.map { Tally.number($0.total) },
            "flags": result.flags,
            "spreadChart": TallySpreadChart.markup(result, scale: tally.scaleRange),
        ]
    }
}
