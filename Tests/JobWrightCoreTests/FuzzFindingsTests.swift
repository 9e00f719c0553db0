import JobWrightCore
import Testing

/// Inputs the libFuzzer targets in Fuzz/ found (issue 11), each minimized by hand to what
/// triggered it; the fuzz target that found it is named in each test.
@Suite("Fuzz findings: loading drafts and score sheets")
struct FuzzFindingsTests {
    /// FuzzDraftLoad: a draft saved with Windows line endings (CRLF) and a key given twice
    /// trapped ("Range requires lowerBound <= upperBound"): the search for the key's second use
    /// split the text at "\n", and "\r\n" is one Character, so the file was one line.
    @Test(arguments: ["\r\n", "\r"])
    func aDuplicatedKeyInACRLFDraftIsAMessageNotATrap(_ lineEnd: String) {
        let text = ["jobwright: 1", "position:", "  title: A", "  title: B", ""].joined(separator: lineEnd)
        do {
            _ = try Draft.load(path: "d.yaml", text: text)
            Issue.record("accepted a duplicated key")
        } catch {
            #expect(error.description == "d.yaml:4:3: error: title: the key 'title' appears twice in the same mapping; keep one")
        }
    }

    /// FuzzDraftLoad: a raw control character outside any value (here in a comment) is refused by
    /// the YAML reader, and the message quoted the whole line, escape and all, onto the terminal,
    /// over three lines and with no line:column. It names the character and its place now.
    @Test func aRawEscapeInACommentIsNamedNotEchoed() {
        let text = "jobwright: 1\n# retitled \u{1B}]0;pwned\u{07}\nposition:\n  title: A\n"
        do {
            _ = try Draft.load(path: "d.yaml", text: text)
            Issue.record("accepted a raw escape")
        } catch {
            #expect(error.description == "d.yaml:2:12: error: the file holds the control character U+001B, which would reach a screen or printer as a command; remove it")
        }
    }

    /// FuzzDraftLoad: a syntax error at the end of a file without a final line break was put on
    /// a line past the last (libyaml adds a line break of its own there).
    @Test func aSyntaxErrorAtTheEndIsOnTheLastLine() {
        let text = "jobwright: 1\nposition:\n  title: A\n  locae"
        do {
            _ = try Draft.load(path: "d.yaml", text: text)
            Issue.record("accepted a key without a value")
        } catch {
            #expect(error.location?.line == 4, "\(error)")
            #expect((1...8).contains(error.location?.column ?? 0), "\(error)")
        }
    }

    /// FuzzTallyCSV: a control character in a score sheet whose lines end in a lone CR was
    /// reported on line 1, where the CSV reader (and every row message) counts line 2.
    @Test func aControlCharacterAfterALoneCRIsOnItsOwnLine() {
        let csv = "candidate,interviewer,competency,score\rA\u{1B},J. Doe,1,3\r"
        do {
            _ = try Tally(csv: csv, file: "scores.csv", competencies: nil, scale: 1...4)
            Issue.record("accepted an escape")
        } catch {
            #expect(error.description.hasPrefix("scores.csv:2:2: error: the file holds the control character U+001B"), "\(error)")
        }
    }

    /// FuzzTallyCSV: a quoted name may hold a line break; a carriage return in it reached the
    /// tally report (where it can overwrite what the line said), and "\r\n" in a field went out
    /// unquoted in CSV (`CSV.quote` compared Characters, and "\r\n" is neither "\r" nor "\n").
    @Test func aNameThatSpansLinesIsARowProblem() throws {
        let csv = "candidate,interviewer,competency,score\r\n\"said \"\"yes\"\"\r\nthen, no\",Doe,Data,2\r\nChen,Doe,Data,3\r\n"
        let tally = try Tally(csv: csv, file: "scores.csv", competencies: nil, scale: 1...4)
        #expect(tally.problems.map(\.description) == ["scores.csv:2: error: a candidate, interviewer, competency or score spans lines; put each on one line"])
        #expect(tally.candidates.map(\.candidate) == ["Chen"])
    }

    @Test func csvQuotesAFieldWithCRLF() throws {
        #expect(CSV.quote("a\r\nb") == "\"a\r\nb\"")
        let records = try CSV.parse(["x", CSV.quote("a\r\nb"), "y"].joined(separator: ",") + "\n")
        #expect(records.map(\.fields) == [["x", "a\r\nb", "y"]])
    }

    /// FuzzRender: a rubric with two rows of one name (a row copied in the file) gave a score sheet
    /// that did not tally against its own rubric: "a second score from J. Doe ... (the first is
    /// on line 7)", and the second row's scores were dropped. So would two unnamed rows of one area,
    /// a name that spans lines or ends in spaces, and a row named "1" (row 1's number). The sheet
    /// now writes distinct one-line names, and a name wins over another row's number or area id.
    @Test func aRubricsOwnScoreSheetTalliesWhateverItsRowsAreCalled() throws {
        let catalog = try loadDefaultCatalog()
        var draft = Draft()
        func row(_ name: String?, _ area: String, _ question: String) -> RubricRow {
            var row = RubricRow(); row.name = name; row.area = area; row.question = question; return row
        }
        draft.rubric.rows = [
            row("Data", "data", "data.q-data-changed-practice"),
            row("Data", "technical", "technical.q-ransomware-morning"),
            row("1", "technical", "technical.q-ransomware-morning"),
            row(nil, "technical", "technical.q-ransomware-morning"),
            row(nil, "technical", "technical.q-ransomware-morning"),
            row("  Two\n  lines  ", "data", "data.q-data-changed-practice"),
        ]
        let names = draft.tallyCompetencies(in: catalog).map(\.name)
        #expect(names[0] == "Data (row 1)" && names[1] == "Data (row 2)" && names[2] == "1" && names[5] == "Two lines")
        #expect(Set(names.map { $0.lowercased() }).count == names.count, "\(names)")
        let sheet = draft.scoresheet(in: catalog, candidates: ["A. Rivera"], interviewers: ["J. Doe"])
        var lines = sheet.split(separator: "\n").map(String.init)
        for index in 1..<lines.count { lines[index] = String(lines[index].dropLast(2)) + ",\(index % 4 + 1)," }
        let tally = try Tally(csv: lines.joined(separator: "\n"), file: "scores.csv",
                              competencies: draft.tallyCompetencies(in: catalog), scale: 1...4)
        #expect(tally.problems.isEmpty, "\(tally.problems)")
        #expect(tally.candidates.first?.competencies.map(\.mean) == (1...6).map { Double($0 % 4 + 1) })
    }
}
