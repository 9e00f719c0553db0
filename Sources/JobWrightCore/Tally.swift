/// The committee's scores added up: weighted totals, means per competency, each interviewer's
/// total, a ranking, and flags for missing scores, scores off the scale and disagreements.
public struct Tally: Sendable {
    public struct Competency: Sendable, Equatable {
        public var name: String
        public var weight: Double
        /// Other names that refer to it in a score sheet (row number, area id).
        public var aliases: [String]
        public init(name: String, weight: Double, aliases: [String] = []) { self.name = name; self.weight = weight; self.aliases = aliases }
    }

    public struct Score: Sendable, Equatable {
        public var line: Int
        public var candidate: String
        public var interviewer: String
        public var competency: String
        public var value: Double?
        public var note: String
    }

    public struct CompetencyResult: Sendable, Equatable {
        public var competency: Competency
        /// Interviewer → score, for the scores on the scale.
        public var scores: [String: Double]
        public var mean: Double?
        public var spread: Double?

        /// The interviewers are `calibrationSpread` or more points apart.
        public var needsCalibration: Bool { spread.map { $0 >= Tally.calibrationSpread } ?? false }
    }

    /// How far apart two interviewers' scores on one competency may be before the tally flags it.
    public static let calibrationSpread = 2.0

    public struct CandidateResult: Sendable, Equatable {
        public var candidate: String
        public var rank: Int
        public var weightedTotal: Double
        public var maximum: Double
        public var competencies: [CompetencyResult]
        public var interviewerTotals: [(interviewer: String, total: Double)]
        public var flags: [String]

        public static func == (a: CandidateResult, b: CandidateResult) -> Bool {
            a.candidate == b.candidate && a.rank == b.rank && a.weightedTotal == b.weightedTotal && a.flags == b.flags
                && a.competencies == b.competencies && a.interviewerTotals.map(\.interviewer) == b.interviewerTotals.map(\.interviewer)
                && a.interviewerTotals.map(\.total) == b.interviewerTotals.map(\.total)
        }
    }

    public var scaleRange: ClosedRange<Double>
    /// Where the weights came from, for the report's heading.
    public var source = "equal weights"
    public var competencies: [Competency]
    public var candidates: [CandidateResult]
    /// Rows that could not be used, with their line numbers.
    public var problems: [JobWrightError]

    /// Reads a score sheet. With `competencies` (from the draft's rubric) only those are accepted
    /// and their weights apply; without, the sheet's competencies count with equal weights.
    public init(csv: String, file: String, competencies known: [Competency]?, scale: ClosedRange<Double>) throws(JobWrightError) {
        scaleRange = scale
        var problems: [JobWrightError] = []
        func problem(_ line: Int, _ message: String) {
            problems.append(JobWrightError(.badData, message, at: SourceLocation(file: file, line: line)))
        }
        let records: [CSV.Record]
        do { records = try CSV.parse(csv) } catch {
            var located = error
            located.location = SourceLocation(file: file, line: error.location?.line, column: error.location?.column)
            throw located
        }
        guard let header = records.first else { throw JobWrightError(.badData, "the score sheet is empty", at: SourceLocation(file: file, line: 1)) }
        let names = header.fields.map { $0.trimmingSpaces.lowercased() }
        var column: [String: Int] = [:]
        for required in ["candidate", "interviewer", "competency", "score"] {
            guard let index = names.firstIndex(of: required) else {
                throw JobWrightError(.badData, "the header has no '\(required)' column (expected: candidate, interviewer, competency, score, note)",
                                     at: SourceLocation(file: file, line: header.line))
            }
            column[required] = index
        }
        column["note"] = names.firstIndex(of: "note")

        var competencies = known ?? []
        var scores: [Score] = []
        var seen: [String: Int] = [:]
        for record in records.dropFirst() {
            func field(_ name: String) -> String? {
                guard let index = column[name] else { return nil }
                return index < record.fields.count ? record.fields[index].trimmingSpaces : nil
            }
            guard let candidate = field("candidate"), let interviewer = field("interviewer"), let competencyName = field("competency"),
                  let scoreText = field("score") else {
                problem(record.line, "the row has \(record.fields.count) fields; the header has \(header.fields.count)")
                continue
            }
            if candidate.isEmpty || interviewer.isEmpty || competencyName.isEmpty {
                problem(record.line, "candidate, interviewer and competency must all be filled in")
                continue
            }
            // A quoted field may hold a line break; in a name it would break (or, as a carriage
            // return, overwrite) the report's lines.
            if [candidate, interviewer, competencyName, scoreText].contains(where: { $0.unicodeScalars.contains { $0 == "\n" || $0 == "\r" } }) {
                problem(record.line, "a candidate, interviewer, competency or score spans lines; put each on one line")
                continue
            }
            // A name wins over another row's number or area id ("2", "data").
            let lowered = competencyName.lowercased()
            var competency = competencies.first { $0.name.lowercased() == lowered } ?? competencies.first { $0.aliases.contains(lowered) }
            if competency == nil {
                if known != nil {
                    problem(record.line, "the rubric has no competency '\(competencyName)'"
                        + (Suggestions.closest(to: competencyName, in: competencies.map(\.name)).first.map { " (did you mean '\($0)'?)" } ?? ""))
                    continue
                }
                competency = Competency(name: competencyName, weight: 1)
                competencies.append(competency!)
            }
            var value: Double?
            if !scoreText.isEmpty {
                guard let number = Double(scoreText), number.isFinite else {
                    problem(record.line, "the score '\(scoreText)' is not a number")
                    continue
                }
                value = number
            }
            let key = [candidate, interviewer, competency!.name].joined(separator: "\u{1F}")
            if let first = seen[key] {
                problem(record.line, "a second score from \(interviewer) for \(candidate) on \(competency!.name) (the first is on line \(first))")
                continue
            }
            seen[key] = record.line
            scores.append(Score(line: record.line, candidate: candidate, interviewer: interviewer, competency: competency!.name,
                                value: value, note: field("note") ?? ""))
        }
        self.competencies = competencies
        self.problems = problems
        self.candidates = Self.results(scores: scores, competencies: competencies, scale: scale)
    }

    static func results(scores: [Score], competencies: [Competency], scale: ClosedRange<Double>) -> [CandidateResult] {
        var candidateOrder: [String] = []
        for score in scores where !candidateOrder.contains(score.candidate) { candidateOrder.append(score.candidate) }
        // Every interviewer on the sheet is expected to score every candidate.
        var interviewers: [String] = []
        for score in scores where !interviewers.contains(score.interviewer) { interviewers.append(score.interviewer) }
        var results: [CandidateResult] = candidateOrder.map { candidate in
            let own = scores.filter { $0.candidate == candidate }
            var flags: [String] = []
            for score in own {
                if let value = score.value, !scale.contains(value) {
                    flags.append("line \(score.line): \(score.interviewer)'s score \(Self.number(value)) on \(score.competency) is outside the scale \(Self.number(scale.lowerBound))-\(Self.number(scale.upperBound)) and is left out")
                }
            }
            let valid = own.filter { $0.value.map(scale.contains) ?? false }
            var rows: [CompetencyResult] = []
            for competency in competencies {
                var byInterviewer: [String: Double] = [:]
                for score in valid where score.competency == competency.name { byInterviewer[score.interviewer] = score.value! }
                for interviewer in interviewers where byInterviewer[interviewer] == nil {
                    flags.append("missing: \(interviewer) has no score for \(competency.name)")
                }
                let values = Array(byInterviewer.values)
                let mean = values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
                let spread = values.isEmpty ? nil : values.max()! - values.min()!
                let row = CompetencyResult(competency: competency, scores: byInterviewer, mean: mean, spread: spread)
                if let spread, row.needsCalibration {
                    let detail = interviewers.compactMap { name in byInterviewer[name].map { "\(name) \(Self.number($0))" } }.joined(separator: ", ")
                    flags.append("calibration needed on \(competency.name): \(detail) (spread \(Self.number(spread)))")
                }
                rows.append(row)
            }
            let total = rows.reduce(0) { sum, row in sum + (row.mean.map { $0 * row.competency.weight } ?? 0) }
            let maximum = competencies.reduce(0) { $0 + $1.weight * scale.upperBound }
            let interviewerTotals = interviewers.map { name in
                (name, valid.filter { $0.interviewer == name }.reduce(0) { sum, score in
                    sum + score.value! * (competencies.first { $0.name == score.competency }?.weight ?? 1)
                })
            }
            return CandidateResult(candidate: candidate, rank: 0, weightedTotal: total, maximum: maximum, competencies: rows,
                                   interviewerTotals: interviewerTotals, flags: flags)
        }
        results.sort { ($0.weightedTotal, $1.candidate) > ($1.weightedTotal, $0.candidate) }
        for index in results.indices {
            results[index].rank = index > 0 && results[index].weightedTotal == results[index - 1].weightedTotal
                ? results[index - 1].rank : index + 1
        }
        return results
    }

    /// 3, 3.5, 3.25: no trailing zeros, at most two decimals.
    public static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(value) }
        let hundredths = Int((value * 100).rounded())
        if hundredths % 100 == 0 { return String(hundredths / 100) }
        if hundredths % 10 == 0 { return "\(hundredths / 100).\(abs(hundredths % 100) / 10)" }
        let fraction = abs(hundredths % 100)
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

extension Draft {
    /// The rubric's competencies for a tally: name, weight, and the row number and area id as aliases.
    /// Names are as the score sheet writes them (see `scoresheetNames`).
    public func tallyCompetencies(in catalog: Catalog) -> [Tally.Competency] {
        let rows = resolvedRubricRows(in: catalog)
        let names = Self.scoresheetNames(rows.map(\.name))
        return rows.enumerated().map { index, row in
            Tally.Competency(name: names[index], weight: row.weight, aliases: [String(index + 1)] + (row.area.map { [$0.id] } ?? []))
        }
    }

    /// Rubric row names as a score sheet writes them, so that the sheet tallies against its own
    /// rubric: on one line (a sheet's name may not span lines) and trimmed, and distinct, since two rows with
    /// one name (or two unnamed rows of one area) would share their scores: a name that repeats
    /// gets its row number, "Data (row 3)".
    static func scoresheetNames(_ rowNames: [String]) -> [String] {
        var names = rowNames.map { $0.collapsingWhitespace.trimmingSpaces }  // as the tally reads a field
        while true {
            var counts: [String: Int] = [:]
            for name in names { counts[name.lowercased(), default: 0] += 1 }
            guard counts.values.contains(where: { $0 > 1 }) else { return names }
            names = names.enumerated().map { index, name in counts[name.lowercased()]! > 1 ? "\(name) (row \(index + 1))" : name }
        }
    }

    /// The empty score sheet for the committee: one row per candidate × interviewer × competency.
    public func scoresheet(in catalog: Catalog, candidates: [String], interviewers: [String]) -> String {
        var lines = ["candidate,interviewer,competency,score,note"]
        let names = tallyCompetencies(in: catalog).map(\.name)
        for candidate in candidates.isEmpty ? [""] : candidates {
            for interviewer in interviewers.isEmpty ? [""] : interviewers {
                for name in names { lines.append([candidate, interviewer, name, "", ""].map(CSV.quote).joined(separator: ",")) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
