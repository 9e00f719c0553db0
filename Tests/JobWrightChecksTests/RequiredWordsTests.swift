import Foundation
@testable import JobWrightChecks
import JobWrightCore
import JobWrightRender
import Testing

/// The byte search that lets a pattern skip texts it cannot match must never skip a text it
/// does match: checked for every wording and interview pattern over every text we have.
@Suite("Required words of a pattern")
struct RequiredWordsTests {
    @Test func wordsAreReadFromTheStartOfEachAlternative() {
        #expect(RequiredWords.of(#"\bhow old (are|were) you\b|\bhow old (will|would) you be\b"#)?.map { String(decoding: $0, as: UTF8.self) }
                == ["how old ", "how old "])
        #expect(RequiredWords.of(#"\bdigital natives?\b"#)?.map { String(decoding: $0, as: UTF8.self) } == ["digital native"])
        #expect(RequiredWords.of(#"(?-i)\bYoung\b(?! (children|students))"#)?.map { String(decoding: $0, as: UTF8.self) } == ["young"])
        // Anything not plainly a word at the start of every alternative: no words, the pattern always runs.
        #expect(RequiredWords.of(#"\b(are|were) you married\b"#)?.map { String(decoding: $0, as: UTF8.self) } == ["are", "were"])
        #expect(RequiredWords.of(#"\b(?:(is|was) she|are you) pregnant\b"#)?.map { String(decoding: $0, as: UTF8.self) } == ["is", "was", "are you"])
        #expect(RequiredWords.of(#"\b(are|were)? you\b"#) == nil)
        #expect(RequiredWords.of(#"(?<!not )\bmarried\b"#) == nil)
        #expect(RequiredWords.of(#"\bage\b|[0-9]+ years old"#) == nil)
        #expect(RequiredWords.of(#"\bn\b"#) == nil)
        #expect(RequiredWords.of(#"\bwo?\b"#) == nil)
        #expect(RequiredWords.of(#"\bcafé\b"#)?.map { String(decoding: $0, as: UTF8.self) } == ["caf"])
    }

    @Test func aPatternThatMatchesATextIsNeverRuledOutByItsWords() throws {
        let rules = try RuleData.load()
        let sources = rules.wording.phrases.flatMap { $0.items.map(\.pattern) }
            + rules.interview.neverAskRules.flatMap { $0.patterns + ($0.allow ?? []) }
        let catalog = try CatalogSource.load()
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? []
        var texts = catalog.competencies.map(\.text) + catalog.questions.flatMap { [$0.text] + $0.probes }
            + files.compactMap { try? String(contentsOf: fixtures.appendingPathComponent($0), encoding: .utf8) }
            + [DraftTemplates.example]
        // Texts written to match: each interview rule's own wording, in capitals and with a long s.
        texts += rules.interview.neverAskRules.flatMap { [$0.message, $0.topic] }
        texts += ["HOW OLD ARE YOU?", "We want digital natives.", "Are you a recent college graduate?", "how ſoon can you start", "Young and energetic"]
        var ruledOut = 0, matched = 0
        for source in sources {
            let pattern = try Pattern(source)
            for text in texts {
                let folded = FoldedText(text)
                let matches = !pattern.matches(in: text).isEmpty
                if matches {
                    matched += 1
                    #expect(pattern.mayMatch(folded), "\(source) matches '\(text.prefix(80))' but its words rule it out")
                }
                if !pattern.mayMatch(folded) { ruledOut += 1 }
            }
        }
        #expect(matched > 10, "the texts exercise the patterns")
        #expect(ruledOut > sources.count * texts.count / 2, "the words rule most texts out")
    }
}

@Suite("Readability on bytes")
struct ReadabilityBytesTests {
    /// The ASCII path counts exactly what the general one does, word by word.
    @Test func asciiWordsCountAsTheGeneralPathCountsThem() throws {
        let catalog = try CatalogSource.load()
        let words = (catalog.competencies.map(\.text) + catalog.questions.map(\.text) + [DraftTemplates.example])
            .flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) }
        var compared = 0
        for token in words where token.utf8.allSatisfy({ $0 < 0x80 }) {
            let letters = token.filter(\.isLetter)
            guard !letters.isEmpty else { continue }
            let bytes = Array(String(letters).utf8)
            #expect(Readability.syllables(ascii: bytes) == Readability.syllables(in: String(letters)), "\(token)")
            compared += 1
        }
        #expect(compared > 1_000)
        #expect(Readability(text: "Lead the team. Plan the budget!\nA line without a stop").sentences == 3)
    }
}
