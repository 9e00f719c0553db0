/// Flesch Reading Ease and Flesch-Kincaid grade level:
/// FRE = 206.835 − 1.015 × words/sentences − 84.6 × syllables/words;
/// FKGL = 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
/// Syllables are counted by vowel groups (a silent final e dropped), so scores can differ a
/// little from other tools, as they do between any two tools.
public struct Readability: Sendable, Equatable {
    public var words: Int
    public var sentences: Int
    public var syllables: Int

    public init(text: String) {
        var words = 0, syllables = 0, sentences = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var sentenceHasWords = false
            for token in paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                // Most words are ASCII: counted on their bytes, with the same result as below.
                let ascii = token.utf8.allSatisfy { $0 < 0x80 }
                let letters: [UInt8] = ascii ? token.utf8.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } : []
                let count = ascii ? (letters.isEmpty ? nil : Self.syllables(ascii: letters))
                    : { let letters = token.filter(\.isLetter); return letters.isEmpty ? nil : Self.syllables(in: String(letters)) }()
                if let count {
                    words += 1
                    syllables += count
                    sentenceHasWords = true
                }
                if let last = token.last(where: { !"\"')]".contains($0) }), ".!?".contains(last), sentenceHasWords {
                    sentences += 1
                    sentenceHasWords = false
                }
            }
            // A bullet or heading without a final full stop still ends where its line ends.
            if sentenceHasWords { sentences += 1 }
        }
        self.words = words; self.sentences = max(sentences, words > 0 ? 1 : 0); self.syllables = syllables
    }

    public var readingEase: Double {
        guard words > 0 else { return 0 }
        return 206.835 - 1.015 * Double(words) / Double(sentences) - 84.6 * Double(syllables) / Double(words)
    }

    public var gradeLevel: Double {
        guard words > 0 else { return 0 }
        return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    /// `syllables(in:)` for a word of ASCII letters, on its bytes.
    static func syllables(ascii letters: [UInt8]) -> Int {
        var count = 0
        var previousWasVowel = false
        for byte in letters {
            let lower = byte | 0x20
            let isVowel = lower == 0x61 || lower == 0x65 || lower == 0x69 || lower == 0x6F || lower == 0x75 || lower == 0x79
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        func endsWith(_ suffix: String) -> Bool {
            let tail = Array(suffix.utf8)
            return letters.count >= tail.count && zip(letters.suffix(tail.count), tail).allSatisfy { ($0 | 0x20) == $1 }
        }
        if endsWith("e") && !endsWith("le") && count > 1 { count -= 1 }
        if endsWith("es") || endsWith("ed"), count > 1, !endsWith("ted"), !endsWith("ded") { count -= 1 }
        return max(1, count)
    }

    static func syllables(in word: String) -> Int {
        let lowered = word.lowercased()
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var count = 0
        var previousWasVowel = false
        for character in lowered {
            let isVowel = vowels.contains(character)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        if lowered.hasSuffix("e") && !lowered.hasSuffix("le") && count > 1 { count -= 1 }
        if lowered.hasSuffix("es") || lowered.hasSuffix("ed"), count > 1, !lowered.hasSuffix("ted"), !lowered.hasSuffix("ded") { count -= 1 }
        return max(1, count)
    }
}
