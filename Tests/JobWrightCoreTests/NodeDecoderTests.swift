import Foundation
@testable import JobWrightCore
import Testing
import Yams

/// jobwright's node decoder must read every file as Yams's YAMLDecoder read it: the same values,
/// and for a mistake the same kind of error at the same field.
@Suite("Node decoder against Yams's decoder")
struct NodeDecoderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The result of a decoder: the value, or the error's kind, field path and type.
    enum Outcome<T: Equatable>: Equatable {
        case value(T)
        case failure(String)
    }

    static func outcome<T: Codable & Equatable>(_ type: T.Type, _ text: String, yams: Bool) -> Outcome<T> {
        do {
            let node = try Yams.compose(yaml: text, yams ? Resolver.basic.appending(.null) : YAMLDocument.resolver)!
            return .value(yams ? try YAMLDecoder().decode(T.self, from: node) : try NodeDecoder.decode(T.self, from: node))
        } catch let error as DecodingError {
            func path(_ keys: [CodingKey]) -> String { keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".") }
            switch error {
            case .typeMismatch(let type, let context): return .failure("type \(type) at \(path(context.codingPath))")
            case .valueNotFound(let type, let context): return .failure("value \(type) at \(path(context.codingPath))")
            case .keyNotFound(let key, let context): return .failure("key \(key.stringValue) at \(path(context.codingPath))")
            case .dataCorrupted(let context): return .failure("data \(context.debugDescription) at \(path(context.codingPath))")
            @unknown default: return .failure("\(error)")
            }
        } catch {
            return .failure("\(error)")
        }
    }

    @Test func theExampleDraftAndTheProfileDecodeAsYamsDecodesThem() throws {
        let example = try String(contentsOf: Self.root.appendingPathComponent("Templates/example.draft.yaml"), encoding: .utf8)
        let mine = Self.outcome(Draft.self, example, yams: false)
        #expect(mine == Self.outcome(Draft.self, example, yams: true))
        guard case .value(let draft) = mine else { Issue.record("the example did not decode: \(mine)"); return }
        #expect(draft.competencies.count > 40)
        let profile = try String(contentsOf: Self.root.appendingPathComponent("Templates/district.starter.yaml"), encoding: .utf8)
        #expect(Self.outcome(DistrictProfile.self, profile, yams: false) == Self.outcome(DistrictProfile.self, profile, yams: true))
    }

    @Test(arguments: FaultyDrafts.thoseYamsRead)
    func aDraftWithAMistakeFailsAsYamsFailedAtTheSameField(text: String) {
        #expect(Self.outcome(Draft.self, text, yams: false) == Self.outcome(Draft.self, text, yams: true))
    }
}

/// jobwright's node encoder must write every draft byte for byte as Yams's YAMLEncoder wrote it:
/// a saved draft must not change because the encoder did.
@Suite("Node encoder against Yams's encoder")
struct NodeEncoderTests {
    static func drafts() throws -> [Draft] {
        let example = try String(contentsOf: NodeDecoderTests.root.appendingPathComponent("Templates/example.draft.yaml"), encoding: .utf8)
        var base = try Draft.load(path: "example.yaml", text: example).draft
        var variants = [base, Draft()]
        // Text YAML would read as something else, line breaks, Unicode, numbers, empty lists.
        base.summary = "yes"
        base.dayInTheLife = "First line\nsecond line:  with a colon\n\n  indented # not a comment"
        base.position.title = "Directeur·rice de la technologie — “CTO” ✓"
        base.position.department = "null"
        base.position.postingId = "0x1F"
        base.physicalDemands = ["", "~", "- dash", "key: value", "'quoted'", "\"double\"", "tab\there", "trailing space "]
        base.workingConditions = []
        base.compensation.minimum = Amount(118_000.5)
        base.compensation.maximum = Amount(1e12)
        base.notes = ["a note", "true", "12:30", "Yes", "NO", "On", "off\n", "Null", "Oversee the network", "False\u{2028}",
                      "12", "+1", "-", "- item", ".5", ".inf", ".NaN", "=", "<<", "< less", "2027-01-04", "2027-1-4 10:00:00",
                      "0b101", "0o17", "1_000", "190:20:30", "\u{2028}", "\n", " leading space", "é accent", "no", "nothing"]
        base.rubric.rows[0].customQuestion = CustomQuestion(type: .behavioural, text: "yes", probes: ["12", "Why?"],
                                                            anchors: ["proficient": "on", "no": "~", "exemplary": "Names two"])
        base.customCompetencies = [Competency(id: "custom.x", area: "data", kind: .duty, text: "true", aligns: [], keywords: ["null"], core: false)]
        base.importReview = ImportReview(source: "old.docx", lines: [
            .init(line: 3, text: "Run the network.", bullet: "0x1F", choices: [.init(id: "a", similarity: 71)], settled: true),
        ])
        variants.append(base)
        return variants
    }

    @Test func everyDraftIsWrittenAsYamsWroteIt() throws {
        for draft in try Self.drafts() {
            let mine = try draft.yaml()
            let yams = try StableYAML.encodedByYams(draft)
            #expect(mine == yams)
            // And it reads back to the same draft.
            #expect(try Draft.load(path: "saved.yaml", text: mine).draft == draft)
        }
    }

    @Test func theDistrictProfileIsWrittenAsYamsWroteIt() throws {
        let text = try String(contentsOf: NodeDecoderTests.root.appendingPathComponent("Templates/district.starter.yaml"), encoding: .utf8)
        let profile = try DistrictProfile.load(path: "district.yaml", text: text)
        #expect(try StableYAML.encode(profile, what: "the profile") == StableYAML.encodedByYams(profile))
    }
}
