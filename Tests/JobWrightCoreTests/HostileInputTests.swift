import JobWrightAssets
@testable import JobWrightCore
import Yams
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

@Suite("Nesting told from the text")
struct NestingBoundTests {
    /// Random documents of block mappings, block sequences (also right under a key, at the
    /// key's indentation) and flow collections: whenever the text alone says the tree is no
    /// deeper than a limit, it is not. The example draft says so, so its walk is skipped.
    @Test func theBoundFromTheTextNeverUndercounts() throws {
        var generator = SystemRandomNumberGenerator()
        func block(_ depth: Int, indent: Int) -> (text: String, depth: Int) {
            let pad = String(repeating: " ", count: indent)
            guard depth > 0 else { return (pad + "x\n", 0) }
            switch Int.random(in: 0..<4, using: &generator) {
            case 0:  // a mapping, its value indented
                let inner = block(depth - 1, indent: indent + Int.random(in: 1...3, using: &generator))
                return (pad + "k:\n" + inner.text, inner.depth + 1)
            case 1:  // a sequence right under a key, at the key's indentation
                let inner = block(depth - 2 < 0 ? 0 : depth - 2, indent: indent + 2)
                return (pad + "k:\n" + pad + "-\n" + inner.text, inner.depth + 2)
            case 2:  // a compact sequence item holding a mapping
                let inner = block(depth - 1, indent: indent + 4)
                return (pad + "- k:\n" + inner.text, inner.depth + 2)
            default:  // flow collections
                let open = Int.random(in: 1...depth, using: &generator)
                return (pad + "k: " + String(repeating: "[", count: open) + "x" + String(repeating: "]", count: open) + "\n", open + 1)
            }
        }
        func treeDepth(_ node: Node) -> Int {
            switch node {
            case .mapping(let mapping): 1 + (mapping.map { max(treeDepth($0.key), treeDepth($0.value)) }.max() ?? 0)
            case .sequence(let sequence): 1 + (sequence.map(treeDepth).max() ?? 0)
            default: 0
            }
        }
        var told = 0
        for _ in 0..<400 {
            let text = block(Int.random(in: 1...12, using: &generator), indent: 0).text
            guard let root = try Yams.compose(yaml: text) else { continue }
            let depth = treeDepth(root)
            for limit in [4, 8, 16, 32, 64] where YAMLDocument.nestsAtMost(limit, text) {
                told += 1
                #expect(depth <= limit, "\(text)")
            }
        }
        #expect(told > 100, "the bound is exercised")
        #expect(YAMLDocument.nestsAtMost(YAMLDocument.depthLimit, EmbeddedAssets.text("Templates/example.draft.yaml") ?? ""))
        #expect(!YAMLDocument.nestsAtMost(YAMLDocument.depthLimit, "a: *x\n"))
    }
}
