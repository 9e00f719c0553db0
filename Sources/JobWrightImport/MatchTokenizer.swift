/// Turns a line into the terms matching compares: lower case, split at anything not a letter or
/// digit, stemmed, every synonym phrase replaced by its group's name, stop words and single
/// letters left out.
struct MatchTokenizer: Sendable {
    private let stopStems: Set<String>
    /// Stems that count little on their own (`MatchVocabulary.lowWeight`).
    let lowStems: Set<String>
    /// Stemmed phrase → the group's term ("≈" + its first term, so it never meets a plain word).
    private let phrases: [[String]: String]
    private let longestPhrase: Int
    /// The first stems of the phrases: only at these does a phrase need looking up.
    private let phraseStarts: Set<String>

    init(vocabulary: MatchVocabulary) {
        stopStems = Set(vocabulary.stopWords.flatMap { Self.words($0).map(Stemmer.stem) })
        lowStems = Set((vocabulary.lowWeight ?? []).flatMap { Self.words($0).map(Stemmer.stem) })
        var phrases: [[String]: String] = [:]
        for group in vocabulary.synonyms {
            guard let name = group.first else { continue }
            let term = "≈" + Self.words(name).joined(separator: "-")
            for variant in group {
                let stems = Self.words(variant).map(Stemmer.stem)
                if !stems.isEmpty && phrases[stems] == nil { phrases[stems] = term }
            }
        }
        self.phrases = phrases
        phraseStarts = Set(phrases.keys.compactMap(\.first))
        longestPhrase = phrases.keys.map(\.count).max() ?? 1
    }

    func terms(_ text: String) -> [String] {
        let stems = Self.words(text).map(Stemmer.stem)
        var terms: [String] = []
        var index = 0
        while index < stems.count {
            var matched = false
            let longest = phraseStarts.contains(stems[index]) ? min(longestPhrase, stems.count - index) : 0
            for length in stride(from: longest, through: 1, by: -1) {
                if let term = phrases[Array(stems[index..<(index + length)])] {
                    terms.append(term)
                    index += length
                    matched = true
                    break
                }
            }
            if matched { continue }
            let stem = stems[index]
            if stem.count >= 2 && !stopStems.contains(stem) && !stem.allSatisfy(\.isNumber) { terms.append(stem) }
            index += 1
        }
        return terms
    }

    /// Lower-case words: runs of letters and digits ("e-rate" is two words, "1:1" two digits).
    /// ASCII is handled byte by byte (Character properties are slow); other scalars by their
    /// Unicode properties.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func finish() {
            if !current.isEmpty { words.append(String(current)); current.removeAll(keepingCapacity: true) }
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x41...0x5A: current.append(Unicode.Scalar(value + 0x20)!)
                case 0x61...0x7A, 0x30...0x39: current.append(scalar)
                default: finish()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                finish()
            }
        }
        finish()
        return words
    }
}
