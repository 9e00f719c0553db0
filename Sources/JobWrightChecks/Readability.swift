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
        let bytes = Array(text.utf8)
        // A carriage return joins "\r\n" into one character, which the general path does not split at.
        self = bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) ? Self(ascii: bytes) : Self(general: text)
    }

    init(words: Int, sentences: Int, syllables: Int) {
        self.words = words; self.sentences = max(sentences, words > 0 ? 1 : 0); self.syllables = syllables
    }

    /// The counts for ASCII text (most postings), on its bytes: the same as `init(general:)`.
    /// A word's syllables are counted as its letters go by, so no word is copied out.
    init(ascii bytes: [UInt8]) {
        var words = 0, syllables = 0, sentences = 0
        var sentenceHasWords = false
        var word = SyllableCounter()
        var lastMark: UInt8 = 0  // the token's last byte that is not a closing quote or bracket
        func endToken() {
            if word.letters > 0 {
                words += 1
                syllables += word.syllables
                sentenceHasWords = true
                word = SyllableCounter()
            }
            if (lastMark == 0x2E || lastMark == 0x21 || lastMark == 0x3F) && sentenceHasWords {  // . ! ?
                sentences += 1
                sentenceHasWords = false
            }
            lastMark = 0
        }
        for byte in bytes {
            switch byte {
            case 0x20, 0x09:
                endToken()
            case 0x0A:
                endToken()
                // A bullet or heading without a final full stop still ends where its line ends.
                if sentenceHasWords { sentences += 1; sentenceHasWords = false }
            default:
                if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { word.add(byte) }
                if byte != 0x22 && byte != 0x27 && byte != 0x29 && byte != 0x5D { lastMark = byte }  // " ' ) ]
            }
        }
        endToken()
        if sentenceHasWords { sentences += 1 }
        self.init(words: words, sentences: sentences, syllables: syllables)
    }

    /// The counts for any text, character by character.
    init(general text: String) {
        var words = 0, syllables = 0, sentences = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var sentenceHasWords = false
            for token in paragraph.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                let letters = token.filter(\.isLetter)
                if !letters.isEmpty {
                    words += 1
                    syllables += Self.syllables(in: String(letters))
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
        self.init(words: words, sentences: sentences, syllables: syllables)
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
        var word = SyllableCounter()
        for byte in letters { word.add(byte) }
        return word.syllables
    }

    /// `syllables(in:)` for a word whose ASCII letters are given one at a time: it keeps the
    /// groups of vowels and the last three letters, which is all the rules read.
    struct SyllableCounter {
        private(set) var letters = 0
        private var groups = 0
        private var previousWasVowel = false
        /// The last three letters, lower-cased, the last in the lowest byte.
        private var last: UInt32 = 0

        mutating func add(_ byte: UInt8) {
            let lower = byte | 0x20
            let isVowel = lower == 0x61 || lower == 0x65 || lower == 0x69 || lower == 0x6F || lower == 0x75 || lower == 0x79
            if isVowel && !previousWasVowel { groups += 1 }
            previousWasVowel = isVowel
            letters += 1
            last = (last << 8 | UInt32(lower)) & 0xFF_FFFF
        }

        private func endsWith(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard letters >= length else { return false }
            var wanted: UInt32 = 0
            for index in 0..<length { wanted = wanted << 8 | UInt32(suffix.utf8Start[index]) }
            return last & (length == 3 ? 0xFF_FFFF : length == 2 ? 0xFFFF : 0xFF) == wanted
        }

        var syllables: Int {
            var count = groups
            if endsWith("e") && !endsWith("le") && count > 1 { count -= 1 }
            if endsWith("es") || endsWith("ed"), count > 1, !endsWith("ted"), !endsWith("ded") { count -= 1 }
            return max(1, count)
        }
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
