import JobWrightCore
import Testing

@Suite("Committee tally")
struct TallyTests {
    let competencies = [Tally.Competency(name: "Data", weight: 2, aliases: ["1", "data"]),
                        Tally.Competency(name: "Security", weight: 1, aliases: ["2", "technical"])]

    func tally(_ csv: String, competencies: [Tally.Competency]? = nil) throws -> Tally {
        try Tally(csv: csv, file: "scores.csv", competencies: competencies ?? self.competencies, scale: 1...4)
    }

    @Test func weightedTotalsMeansInterviewerTotalsAndRankingMatchHandComputedValues() throws {
        let result = try tally("""
            candidate,interviewer,competency,score,note
            Rivera,Doe,Data,4,
            Rivera,Lee,Data,3,clear example
            Rivera,Doe,Security,2,
            Rivera,Lee,Security,3,
            Chen,Doe,Data,3,
            Chen,Lee,1,3,
            Chen,Doe,technical,4,
            Chen,Lee,Security,4,
            """)
        #expect(result.problems.isEmpty)
        // Rivera: Data mean 3.5 x 2 = 7, Security mean 2.5 x 1 = 2.5 -> 9.5. Chen: 3 x 2 + 4 = 10.
        #expect(result.candidates.map(\.candidate) == ["Chen", "Rivera"])
        #expect(result.candidates.map(\.weightedTotal) == [10, 9.5])
        #expect(result.candidates.map(\.rank) == [1, 2])
        #expect(result.candidates[0].maximum == 12)
        let rivera = result.candidates[1]
        #expect(rivera.competencies.map(\.mean) == [3.5, 2.5])
        // Doe: 4 x 2 + 2 = 10; Lee: 3 x 2 + 3 = 9.
        #expect(rivera.interviewerTotals.map(\.total) == [10, 9])
        #expect(rivera.flags.isEmpty)
    }

    @Test func flagsMissingScoresOffScaleScoresAndDisagreements() throws {
        let result = try tally("""
            candidate,interviewer,competency,score
            Rivera,Doe,Data,4
            Rivera,Lee,Data,2
            Rivera,Doe,Security,5
            Rivera,Lee,Security,
            """)
        let flags = result.candidates[0].flags
        #expect(flags.contains { $0.hasPrefix("line 4:") && $0.contains("outside the scale") })
        #expect(flags.contains("missing: Lee has no score for Security"))
        #expect(flags.contains("missing: Doe has no score for Security"))
        #expect(flags.contains { $0.hasPrefix("calibration needed on Data") && $0.contains("spread 2") })
        // Only the valid Data scores count: mean 3 x 2 = 6.
        #expect(result.candidates[0].weightedTotal == 6)
    }

    @Test func tiesShareARank() throws {
        let result = try tally("candidate,interviewer,competency,score\nA,X,Data,3\nB,X,Data,3\nC,X,Data,1\n")
        #expect(result.candidates.map(\.rank) == [1, 1, 3])
    }

    @Test func badRowsAreReportedWithTheirLineNumbersAndSkipped() throws {
        let result = try tally("""
            candidate,interviewer,competency,score
            Rivera,Doe,Data,four
            Rivera,Doe,Dta,3
            Rivera,,Data,3
            "Rivera, A.",Doe,Data,3
            "Rivera, A.",Doe,Data,2
            Rivera
            """)
        #expect(result.problems.map { $0.location?.line ?? 0 } == [2, 3, 4, 6, 7])
        #expect(result.problems[0].description == "scores.csv:2: error: the score 'four' is not a number")
        #expect(result.problems[1].message.contains("did you mean 'Data'?"))
        #expect(result.candidates.map(\.candidate) == ["Rivera, A."])
    }

    @Test func withoutADraftEveryCompetencyWeighsTheSame() throws {
        let result = try Tally(csv: "candidate,interviewer,competency,score\nA,X,Vision,4\nA,X,Budget,2\n", file: "s.csv",
                               competencies: nil, scale: 1...4)
        #expect(result.competencies.map(\.weight) == [1, 1])
        #expect(result.candidates[0].weightedTotal == 6)
    }

    @Test func headerMustNameTheColumns() {
        #expect(throws: JobWrightError.self) { try tally("name,who,what,points\nA,X,Data,3\n") }
        #expect(throws: JobWrightError.self) { try tally("candidate,interviewer,competency,score\n\"A,X,Data,3\n") }
    }

    @Test func csvReaderHandlesQuotesCommasLineBreaksAndCRLF() throws {
        let records = try CSV.parse("a,\"b, c\",\"d \"\"e\"\"\"\r\n\"multi\nline\",x,\r\n\nlast")
        #expect(records.map(\.fields) == [["a", "b, c", "d \"e\""], ["multi\nline", "x", ""], ["last"]])
        #expect(records.map(\.line) == [1, 2, 5])
        #expect(CSV.quote("a,b") == "\"a,b\"" && CSV.quote("plain") == "plain")
    }

    @Test func numbersPrintWithoutTrailingZeros() {
        #expect(Tally.number(3) == "3")
        #expect(Tally.number(3.5) == "3.5")
        #expect(Tally.number(3.25) == "3.25")
        #expect(Tally.number(2.05) == "2.05")
    }
}

@Suite("Tally regressions")
struct TallyRegressionTests {
    @Test func anInterviewerWhoSkippedACandidateIsFlagged() throws {
        let result = try Tally(csv: "candidate,interviewer,competency,score\nA,X,Data,3\nA,Y,Data,3\nB,X,Data,4\n", file: "s.csv",
                               competencies: [Tally.Competency(name: "Data", weight: 1)], scale: 1...4)
        let b = try #require(result.candidates.first { $0.candidate == "B" })
        #expect(b.flags.contains("missing: Y has no score for Data"))
    }

    @Test func nonFiniteScoresAreBadRows() throws {
        let result = try Tally(csv: "candidate,interviewer,competency,score\nA,X,Data,nan\nA,X,Vision,inf\n", file: "s.csv", competencies: nil, scale: 1...4)
        #expect(result.problems.count == 2)
    }
}
