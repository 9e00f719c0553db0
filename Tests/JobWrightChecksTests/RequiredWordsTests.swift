import Foundation
@testable import JobWrightChecks
import JobWrightCore
import JobWrightRender
import Testing

/// The literal words that let a pattern skip texts it cannot match must never skip a text it
/// does match: checked for every wording and interview pattern over every text we have.
@Suite("Required words of a pattern")
struct RequiredWordsTests {
    @Test func everyRequiredWordOfEachAlternativeIsRead() {
        func words(_ source: String) -> [[[String]]]? { LiteralFilter.of(source)?.words }
        #expect(words(#"\bhow old (are|were) you\b|\bhow old (will|would) you be\b"#)
                == [[["\0how old "], [" you"], ["are", "were"]], [["\0how old "], [" you be"], ["will", "would"]]])
        #expect(words(#"\bdigital natives?\b"#) == [[["\0digital native"]]])
        #expect(words(#"(?-i)\bYoung\b(?! (children|students))"#) == [[["\0young"]]])
        #expect(words(#"\b(?:(is|was) she|are you) pregnant\b"#) == [[[" pregnant"], [" she", "\0are you"]]])
        #expect(words(#"\byour (date|year) of birth\b"#) == [[[" of birth"], ["\0your "], ["date", "year"]]])
        #expect(words(#"\b(no more than|at most) \d+ years.? (of )?experience\b"#) == [[["experience"], ["\0no more than", "\0at most"], [" years"]]])
        #expect(words(#"\bhigh[\- ]energy\b"#) == [[["energy"], ["\0high"]]])
        #expect(words(#"you(.re| are) (too|quite) (old|young)"#) == [[["you"], ["too", "quite"], ["old", "young"], ["re", " are"]]])
        // A word right after \b (written \0 here) must begin a word of the text; not after an
        // optional group, a class or any other character.
        #expect(words(#"\b(he|she) (will|is)\b"#) == [[["\0he", "\0she"], ["will", "is"]]])
        #expect(words(#"\b(a )?he said"#) == [[["he said"]]])
        #expect(words(#"\b(?-i)(?=x)xyz"#) == [[["\0xyz"]]])
        #expect(words(#"\b\-ab"#) == [[["-ab"]]])
        // Optional parts require nothing; an alternative that requires nothing leaves the pattern unfiltered.
        #expect(words(#"\b(are|were)? you\b"#) == [[[" you"]]])
        #expect(words(#"\b(are|were)?y\b"#) == nil)
        #expect(words(#"(?<!not )\bmarried\b"#) == [[["\0married"]]])
        #expect(words(#"\bage\b|[0-9]+ years old"#) == [[["\0age"]], [[" years old"]]])
        #expect(words(#"\bn\b"#) == nil)
        #expect(words(#"\bwo?\b"#) == nil)
        #expect(words(#"\bcafé\b"#) == [[["\0caf"]]])
        // What is not read: back-references, Unicode properties, free spacing, named groups.
        #expect(words(#"(\w+) \1"#) == nil)
        #expect(words(#"\p{L}+ years"#) == nil)
        #expect(words(#"(?x) how old"#) == nil)
        #expect(words(#"(?<n>old)"#) == nil)
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
        texts += ["HOW OLD ARE YOU?", "We want digital natives.", "Are you a recent college graduate?", "how ſoon can you start", "Young and energetic",
                  "What is your date of birth?", "Are you married?", "no more than 5 years of experience", "WHEN DID YOU GRADUATE?", "Are you plannin\u{FB01}to retire"]
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
                // The flat tables answer as the nested lists do, word by word.
                if let filter = pattern.filter { #expect(filter.admits(folded) == filter.admitsWordByWord(folded), "\(source) on '\(text.prefix(80))'") }
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
        // Whole texts: the byte path gives the counts the character path gives.
        let texts = catalog.competencies.map(\.text) + catalog.questions.flatMap { [$0.text] + $0.probes }
            + [DraftTemplates.example, "\"Quoted.\" (Aside!) Then [more?]\n\n  two  spaces\tand a tab.\n-- 42 --\n"]
        for text in texts {
            #expect(Readability(ascii: Array(text.utf8)) == Readability(general: text), "\(text.prefix(60))")
        }
    }
}

@Suite("Gender-coded words on bytes")
struct CodedWordsBytesTests {
    /// The byte path finds the words the character path found: lower-cased, split at hyphens
    /// unless a stem has one, never an exception.
    @Test func theBytePathFindsWhatTheCharacterPathFound() throws {
        let rules = try RuleData.load()
        let catalog = try CatalogSource.load()
        let wording = try WordingChecks(rules: rules.wording, glossary: catalog.glossary)
        let gc = rules.wording.genderCoded
        let stems = (gc.masculine.map { ($0.lowercased(), false) } + gc.feminine.map { ($0.lowercased(), true) })
        let hyphenated = stems.map(\.0).filter { $0.contains("-") }
        let exceptions = Set((gc.exceptions ?? []).map { $0.lowercased() })
        func reference(_ text: String) -> [String] {
            var found: [String] = []
            for (token, start) in WordingChecks.words(in: text) {
                let lowered = token.lowercased()
                let parts = hyphenated.contains(where: { lowered.hasPrefix($0) }) ? [lowered] : lowered.split(separator: "-").map(String.init)
                for part in parts where !exceptions.contains(part) {
                    if let stem = gc.masculine.map({ $0.lowercased() }).first(where: { part.hasPrefix($0) }) ?? gc.feminine.map({ $0.lowercased() }).first(where: { part.hasPrefix($0) }) {
                        found.append("\(part)/\(stem)@\(text.distance(from: text.startIndex, to: start))")
                    }
                }
            }
            return found
        }
        let texts = catalog.competencies.map(\.text) + [DraftTemplates.example,
            "A self-reliant, Self-Confident leader; well-known co-operative team-player. Übermotiviert, Décisif-Ambitious!",
            "-lead --Leaders- Self--Reliant ambitious-confident-x, COMPETITIVE.collaborative:supportive", ""]
        var compared = 0
        for text in texts {
            let segment = TextSegment(text: text, file: "t")
            let mine = wording.codedWords(in: [segment]).map { "\($0.word)/\($0.stem)@\(text.distance(from: text.startIndex, to: $0.start))" }
            #expect(mine == reference(text), "\(text.prefix(60))")
            compared += mine.count
        }
        #expect(compared > 20)
    }
}

@Suite("Folded text")
struct FoldedTextTests {
    /// The ASCII path lower-cases byte by byte exactly as `lowercased()` does; other texts also
    /// spell out ligatures and the long s.
    @Test func foldingMatchesLowercasingWithLigaturesSpelledOut() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["A", "z", "Z", "@", "[", "`", "{", " ", "How Old", "\n", "É", "ß", "ſ", "\u{FB01}", "İ", "Σ", "7", "_"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...9, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var expected = ""
            for scalar in text.lowercased().unicodeScalars {
                if let folding = FoldedText.foldings[scalar] { expected += folding } else { expected.unicodeScalars.append(scalar) }
            }
            #expect(FoldedText(text).bytes == Array(expected.utf8), "\(text.debugDescription)")
        }
    }

    /// A word is found where its bytes are, whether the text took the ASCII path or not.
    @Test func wordsAreFoundInBothPaths() {
        #expect(FoldedText("Are you MARRIED?").contains(Array("married".utf8)))
        #expect(FoldedText("Ré: are you married?").contains(Array("married".utf8)))
        #expect(!FoldedText("Are you available?").contains(Array("married".utf8)))
        #expect(FoldedText("ab").contains(Array("ab".utf8)))
    }
}

@Suite("Words at a word's start")
struct WordStartTests {
    /// A word the pattern has after `\b` is found only where a word of the text begins, or after
    /// a byte that may belong to a character that is not a word's (anything beyond ASCII).
    @Test func aWordAfterABoundaryIsFoundOnlyAtAWordsStart() {
        let he: [UInt8] = [LiteralFilter.wordStart] + Array("he ".utf8)
        #expect(!FoldedText("the staff").contains(he))
        #expect(!FoldedText("She_he will").contains([LiteralFilter.wordStart] + Array("he".utf8)))
        #expect(FoldedText("He will").contains(he))
        #expect(FoldedText("the one (he will)").contains(he))
        #expect(FoldedText("so—he will").contains(he))
        #expect(FoldedText("the man, then he left").contains(he))
        #expect(!FoldedText("12he ").contains(he))
    }

    /// Every wording pattern with `\b` before a word, over sentences where the word sits inside
    /// other words: the filter rules them out, and never a sentence the pattern matches.
    @Test func theBoundaryRulesOutWordsInsideWords() throws {
        let pattern = try Pattern(#"\b(he|she) (will|shall|must|is)\b"#)
        for text in ["The team will grow", "Others must see it", "He will lead", "Then she is"] {
            let matches = !pattern.matches(in: text).isEmpty
            #expect(pattern.mayMatch(FoldedText(text)) == matches, "\(text)")
        }
    }
}
