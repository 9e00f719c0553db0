import JobWrightCore
import Testing

/// Input a district did not mean to write, or that someone wrote to harm a reader (issue 11).
@Suite("Hostile input is refused where it stands")
struct HostileInputTests {
    @Test(arguments: ["\\e[2J", "\\a", "\\x07", "\\x1b]0;pwned\\x07", "\\u0085", "\\x7f", "\\r"])
    func aControlCharacterInADraftIsRefusedNamingItsPlace(_ escape: String) {
        let text = "jobwright: 1\nposition:\n  title: \"Director \(escape) of Technology\"\n"
        do {
            _ = try Draft.load(path: "draft.yaml", text: text)
            Issue.record("accepted \(escape)")
        } catch {
            #expect(error.description.hasPrefix("draft.yaml:3:10: error: position.title: the text holds the control character U+"), "\(error.description)")
        }
    }

    @Test func tabsAndLineBreaksAreText() throws {
        let loaded = try Draft.load(path: "d.yaml", text: "jobwright: 1\nsummary: \"One\\tcolumn\\nand a line\"\n")
        #expect(loaded.draft.summary == "One\tcolumn\nand a line")
    }

    @Test func aDuplicatedKeyIsOneLineWithItsPlace() {
        do {
            _ = try Draft.load(path: "d.yaml", text: "jobwright: 1\nposition:\n  title: A\n  district: B\n  title: C\n")
            Issue.record("accepted a duplicated key")
        } catch {
            #expect(error.description == "d.yaml:5:3: error: title: the key 'title' appears twice in the same mapping; keep one")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func hugeAndDeepFilesAreRefusedBeforeTheyHurt() {
        let huge = "jobwright: 1\nsummary: \"" + String(repeating: "a", count: YAMLDocument.sizeLimit) + "\"\n"
        #expect(throws: JobWrightError.self) { try Draft.load(path: "big.yaml", text: huge) }
        let deep = "jobwright: 1\nsummary: " + String(repeating: "[", count: 80) + String(repeating: "]", count: 80) + "\n"
        do {
            _ = try Draft.load(path: "deep.yaml", text: deep)
            Issue.record("accepted nesting 80 deep")
        } catch {
            #expect(error.description.contains("nests deeper than 64"))
        }
    }

    @Test func aProfileIsHeldToTheSameRule() {
        #expect(throws: JobWrightError.self) { try DistrictProfile.load(path: "district.yaml", text: "jobwright-district: 1\ndistrict: \"Town\\e[31m\"\n") }
    }
}

@Suite("A score sheet with control characters")
struct TallyControlCharacterTests {
    @Test func aScoreSheetWithAnEscapeIsRefusedWithItsPlace() {
        let csv = "candidate,interviewer,competency,score\nA. Rivera\u{1B}[2J,J. Doe,1,3\n"
        do {
            _ = try Tally(csv: csv, file: "scores.csv", competencies: nil, scale: 1...4)
            Issue.record("accepted an escape in a name")
        } catch {
            #expect(error.description.hasPrefix("scores.csv:2:10: error: the file holds the control character U+001B"), "\(error.description)")
        }
    }
}
