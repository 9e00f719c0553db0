import FuzzSupport
import JobWrightCore
import JobWrightRender

/// The score sheet (`CSV.parse`, `Tally`, `TallyReport`), as `jobwright tally` reads it: with
/// equal weights on 1-4 and with the example draft's rubric, weights and scale. A refusal must be
/// one escape-free message at a line that exists; rows that cannot be used must be reported with
/// their lines; ranks must run from 1 in order of the totals; no total may pass its maximum; the
/// reports must be free of control characters, and the CSV report must read back as CSV. CSV
/// records written with `CSV.quote` must read back as the same fields.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTallyCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let environment = fuzz
    guard let text = utf8Text(bytes(data, size)) else { return 0 }
    let catalog = environment.renderer.catalog
    let draft = environment.example
    let rubricScale = draft.rubricScale(in: catalog).map { Double($0.lowest)...Double($0.highest) } ?? 1...4
    let lineCount = lineBounds(of: text, breaks: csvLineBreaks).lines

    let records: [CSV.Record]
    do {
        records = try CSV.parse(text)
    } catch {
        requireSensibleError(error, file: "", text: text, breaks: csvLineBreaks)
        records = []
    }
    for record in records where !(1...lineCount).contains(record.line) { fail("a record starts on line \(record.line) of \(lineCount)") }
    let written = records.map { $0.fields.map(CSV.quote).joined(separator: ",") }.joined(separator: "\r\n")
    do {
        let reread = try CSV.parse(written)
        if reread.map(\.fields) != records.map(\.fields) {
            fail("records written with CSV.quote read back differently: \(records.map(\.fields)) -> \(reread.map(\.fields))")
        }
    } catch {
        fail("records written with CSV.quote are refused: \(error)")
    }

    for (competencies, scale) in [(nil, 1.0...4.0), (draft.tallyCompetencies(in: catalog), rubricScale)] {
        let tally: Tally
        do {
            tally = try Tally(csv: text, file: "scores.csv", competencies: competencies, scale: scale)
        } catch {
            requireSensibleError(error, file: "scores.csv", text: text, breaks: csvLineBreaks)
            continue
        }
        for problem in tally.problems { requireSensibleError(problem, file: "scores.csv", text: text, breaks: csvLineBreaks) }
        var previous: Tally.CandidateResult?
        for (index, candidate) in tally.candidates.enumerated() {
            if !(1...(index + 1)).contains(candidate.rank) { fail("candidate \(index + 1) is ranked \(candidate.rank)") }
            if let previous, previous.weightedTotal < candidate.weightedTotal || previous.rank > candidate.rank {
                fail("the ranking is out of order: \(previous.candidate) \(previous.weightedTotal) before \(candidate.candidate) \(candidate.weightedTotal)")
            }
            let weights = tally.competencies.map(\.weight)
            if weights.allSatisfy({ $0 >= 0 }), candidate.weightedTotal > candidate.maximum * (1 + 1e-9) + 1e-9 {
                fail("\(candidate.candidate)'s total \(candidate.weightedTotal) passes the maximum \(candidate.maximum)")
            }
            if candidate.competencies.count != tally.competencies.count { fail("\(candidate.candidate) has \(candidate.competencies.count) competencies of \(tally.competencies.count)") }
            for row in candidate.competencies {
                if let mean = row.mean, !scale.contains(mean) { fail("a mean \(mean) is off the scale \(scale)") }
            }
            previous = candidate
        }
        let reports = [TallyReport.text(tally, source: "fuzz"), TallyReport.markdown(tally, source: "fuzz"), TallyReport.csv(tally)]
        for report in reports { requireNoControlCharacters(report, "the tally report") }
        do {
            _ = try CSV.parse(reports[2])
        } catch {
            fail("the tally's CSV report is not CSV: \(error)")
        }
    }
    return 0
}

@_cdecl("FuzzTallyCSV_main")
public func fuzzTallyCSVMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzTallyCSV)
}
