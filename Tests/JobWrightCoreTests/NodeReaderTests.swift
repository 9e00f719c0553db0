import Foundation
@testable import JobWrightCore
import Testing
import Yams

/// A draft is read field by field (`Draft.init(reading:)`) instead of through Codable; it must
/// read every file as the Codable path (`NodeDecoder`, then `KeyShape` for unknown keys) does:
/// the same draft, or the same error at the same place with the same suggestions.
@Suite("Draft reader against the Codable decoder")
struct NodeReaderTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates")

    enum Outcome: Equatable {
        case draft(Draft)
        case failure(JobWrightError)
    }

    static func outcomes(_ text: String) -> (read: Outcome, decoded: Outcome) {
        func outcome(_ body: (YAMLDocument) throws(JobWrightError) -> Draft) -> Outcome {
            do {
                return .draft(try body(try YAMLDocument(path: "draft.yaml", text: text)))
            } catch {
                return .failure(error)
            }
        }
        return (outcome { (document) throws(JobWrightError) in try document.read(Draft.init(reading:)) },
                outcome { (document) throws(JobWrightError) in try document.decode(Draft.self) })
    }

    @Test func theExampleAndTheStarterReadAsTheyDecode() throws {
        for name in ["example.draft.yaml", "starter.draft.yaml"] {
            let text = try String(contentsOf: Self.templates.appendingPathComponent(name), encoding: .utf8)
            let (read, decoded) = Self.outcomes(text)
            #expect(read == decoded)
            guard case .draft(let draft) = read else { Issue.record("did not read: \(read)"); continue }
            #expect(draft.jobwright == 1)
        }
    }

    @Test func aDraftWithEveryFieldReadsAsItDecodes() throws {
        let example = try String(contentsOf: Self.templates.appendingPathComponent("example.draft.yaml"), encoding: .utf8)
        var draft = try Draft.load(path: "example", text: example).draft
        draft.customCompetencies = [Competency(id: "custom.x", area: "data", kind: .knowledge, text: "Knows R.", aligns: ["iste:3.2.c"],
                                               keywords: ["R"], core: true)]
        draft.rubric.rows[0].customQuestion = CustomQuestion(type: .situational, text: "What would you do?", probes: ["Why?"],
                                                             anchors: ["proficient": "Names a plan", "exemplary": "Names two"])
        draft.reporting.supervises = [SupervisedRole(role: "network-manager", count: 2)]
        draft.rubric.committee = [CommitteeMember(name: "A. Chair", role: "superintendent")]
        draft.notes = ["line 3: something"]
        draft.importReview = ImportReview(source: "old.docx", lines: [
            .init(line: 3, text: "Run the network.", bullet: "technical.network", choices: [.init(id: "technical.network", similarity: 71)], settled: true),
        ])
        draft.importReview?.lines[0].dropped = false
        let text = try draft.yaml()
        let (read, decoded) = Self.outcomes(text)
        #expect(read == decoded)
        #expect(read == .draft(draft))
    }

    @Test(arguments: FaultyDrafts.thoseYamsRead + [
        "compensation:\n  minimum: 1e13\n",
        "compensation:\n  period: fortnight\n",
        "position:\n  closingDate: 2027-02-30\n",
        "position:\n  startDate: 20270201\n",
        "position:\n  employmentType: seasonal\n",
        "physicalDemands: ~\n",
        "reporting:\n  supervises:\n    - count: 2\n",
        "reporting:\n  supervises:\n    - role: x\n      count: two\n",
        "reporting:\n  suprevises: []\n",
        "jobwright: 2\n",
        "titel: Director\nposition:\n  titel: x\n",
        "position:\n  title: x\n  locaton: {}\nsummary: s\nsumary: t\n",
        "rubric:\n  rows:\n    - name: A\n      wieght: 2\n    - name: B\n      customQuestion: {text: Q, anchor: {}}\n",
        "rubric:\n  rows:\n    - customQuestion: {type: behavioural}\n",
        "rubric:\n  rows:\n    - customQuestion: {text: Q, anchors: [a]}\n",
        "rubric:\n  rows:\n    - customQuestion: {text: Q, anchors: {proficient: 3, exemplary: {a: b}}}\n",
        "rubric:\n  committee:\n    - role: chair\n",
        "customCompetencies:\n  - id: custom.a\n    area: data\n    kind: duty\n    text: T\n",
        "customCompetencies:\n  - id: custom.a\n    area: data\n    kind: chore\n    text: T\n    aligns: []\n",
        "customCompetencies:\n  - {id: custom.a, area: data, kind: duty, text: T, aligns: [], color: red}\n",
        "importReview:\n  lines: []\n",
        "importReview:\n  source: a\n  lines:\n    - {line: x, text: t, bullet: b}\n",
        "importReview:\n  source: a\n  lines:\n    - {line: 1, text: t, bullet: b, choices: [{id: c}]}\n",
        "notices:\n  include: lie-detector\n",
        "application:\n  contact:\n    mail: a@b.org\n",
    ])
    func aDraftWithAMistakeFailsAsItDidThroughCodable(text: String) {
        let (read, decoded) = Self.outcomes(text)
        #expect(read == decoded)
    }

    /// Whole numbers read by the shortcut for plain digits, and texts with a point turned away
    /// without asking Yams, are what Yams reads.
    @Test func wholeNumbersReadAsYamsReadsThem() {
        let texts = ["0", "7", "12", "012", "0x1F", "0o17", "0b101", "1_000", "-3", "+4", "190:20:30", "123456789012345678",
                     "1234567890123456789", "99999999999999999999", "12a", "", "1.5", "٣", "１２",
                     "1.0", "0.5", ".5", "1_000.0", "1:30.5", "0x1.8", "-2.", "1e3", "1.0e3", "+.inf", ".nan", "1..2", "190:20:30.0"]
        for text in texts {
            for style in [Node.Scalar.Style.any, .plain, .singleQuoted, .doubleQuoted] {
                let scalar = Node.Scalar(text, Tag(.int), style)
                #expect(NodeReader.int(scalar) == Int.construct(from: scalar), "\(text) \(style)")
            }
        }
    }

    /// Decimals read by the shortcut for digits and points are what Yams reads, and so is every
    /// text the shortcut leaves to Yams (NaN compared as NaN).
    @Test func decimalsReadAsYamsReadsThem() {
        let texts = ["0", "7", "1.0", "0.5", ".5", "5.", "-2.", "+4.25", "-", "+", ".", "..", "1..2", "1.2.3", "012.50", "1_000.0",
                     "1:30.5", "190:20:30.0", "1e3", "1.0e3", "1E-2", "+.inf", "-.inf", ".Inf", ".nan", ".NaN", "0x1.8", "12a", "",
                     "٣.٥", "１.０", " 1.0", "1.0 ", "99999999999999999999.5", "-0.0", "00.000001"]
        for text in texts {
            for style in [Node.Scalar.Style.any, .plain, .singleQuoted, .doubleQuoted] {
                let scalar = Node.Scalar(text, Tag(.float), style)
                let ours = NodeReader.double(scalar), yams = Double.construct(from: scalar)
                #expect(ours == yams || (ours?.isNaN == true && yams?.isNaN == true), "\(text) \(style)")
            }
        }
    }
}

/// The writer leaves Yams's resolver out only for text it would read as text.
@Suite("Plain text without the resolver")
struct PlainTextTests {
    @Test func everyTextTakenAsPlainIsTextToYamsToo() throws {
        let example = try String(contentsOf: NodeReaderTests.templates.appendingPathComponent("example.draft.yaml"), encoding: .utf8)
        let words = example.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        let lines = example.split(separator: "\n").map(String.init)
        let tricky = ["yes", "Yes\n", "FALSE", "False\u{2028}", "null", "Null\r\n", "~", "", "\n", "\u{2028}", "on", "Off", "12", "-3",
                      "+1", ".5", ".inf", "=", "<<", "2027-01-04", "1_000", "0x1F", "Oversee", "Normal", "Yesterday", "Nothing"]
        var plain = 0
        for text in words + lines + tricky where NodeWriter.isPlainText(text) {
            plain += 1
            #expect(text.represented().style != .singleQuoted, "\(text)")
        }
        #expect(plain > 100)
        for text in ["yes", "12", "~", "", "2027-01-04", "=", "<<", ".5", "-3", "null", "Off"] {
            #expect(!NodeWriter.isPlainText(text))
        }
    }
}
