import JobWrightCore
import JobWrightMustache

/// The values the `tally.html` template reads: the ranking, each candidate's table and flags,
/// and the two pictures as ready SVG.
struct TallyPageContext {
    let tally: Tally
    let source: String

    func build() -> MustacheObject {
        let scale = tally.scaleRange
        return [
            "source": .text(source),
            "scale": .text("\(Tally.number(scale.lowerBound))-\(Tally.number(scale.upperBound))"),
            "noScores": .flag(tally.candidates.isEmpty),
            "ranking": .list(tally.candidates.map { result -> MustacheValue in
                ["rank": .text(String(result.rank)), "candidate": .text(result.candidate), "total": .text(Tally.number(result.weightedTotal)),
                 "maximum": .text(Tally.number(result.maximum)), "percent": .text(String(TallyReport.percent(result))),
                 "flagCount": .text(String(result.flags.count))]
            }),
            "totalsChart": .text(TallyTotalsChart.markup(tally)),
            "candidates": .list(tally.candidates.map(candidate)),
        ]
    }

    private func candidate(_ result: Tally.CandidateResult) -> MustacheValue {
        let interviewers = result.interviewerTotals.map(\.interviewer)
        return [
            "rank": .text(String(result.rank)), "candidate": .text(result.candidate), "interviewers": .texts(interviewers),
            "rows": .list(result.competencies.map { row -> MustacheValue in
                ["name": .text(row.competency.name), "weight": .text(Tally.number(row.competency.weight)),
                 "mean": .text(row.mean.map(Tally.number) ?? ""),
                 "scores": .texts(interviewers.map { row.scores[$0].map(Tally.number) ?? "" }), "calibrate": .flag(row.needsCalibration)]
            }),
            "interviewerTotals": .texts(result.interviewerTotals.map { Tally.number($0.total) }),
            "flags": .texts(result.flags),
            "spreadChart": .text(TallySpreadChart.markup(result, scale: tally.scaleRange)),
        ]
    }
}
