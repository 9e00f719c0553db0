/// Turns a line into the terms matching compares: lower case, split at anything not a letter or
/// digit, stemmed, every synonym phrase replaced by its group's name, stop words (and stop
/// phrases such as "carry out") and single letters left out.
struct MatchTokenizer: Sendable {
    /// One term of a line, with how much it counts: 1, or `phraseWordWeight` for a word of a
    /// synonym phrase, kept beside the phrase's group term.
    struct Term: Sendable, Equatable {
        var name: String
        var weight: Double
    }

    /// A word of a multi-word synonym phrase also counts on its own, this much: "technology
    /// planning committee" is the group term, and a little of "committee" and "plan" too, so it
    /// still meets a bullet that says "a committee" in its own words.
    static let phraseWordWeight = 0.3

    /// Single stop words, compared as written (lower case), not by stem: "assistive" is not
    /// "assist", nor "servers" "serving".
    private let stopWords: Set<String>
    /// Stems that count little on their own (`MatchVocabulary.lowWeight`).
    let lowStems: Set<String>
    /// Stemmed phrase → the group's term ("≈" + its first term, so it never meets a plain word);
    /// a stop phrase maps to "".
    private let phrases: [[String]: String]
    /// The first stems of the phrases, each with the lengths of the phrases it starts, longest
    /// first: only at these does a phrase need looking up, and only at those lengths.
    private let phraseStarts: [String: [Int]]

    init(vocabulary: MatchVocabulary) {
        let stopWords = vocabulary.stopWords.map { Self.words($0).map(Stemmer.stem) }
        var phrases: [[String]: String] = [:]
        for stems in stopWords where stems.count > 1 { phrases[stems] = "" }
        for group in vocabulary.synonyms {
            guard let name = group.first else { continue }
            let term = Self.groupTerm(name)
            for variant in group {
                let stems = Self.words(variant).map(Stemmer.stem)
                if !stems.isEmpty && phrases[stems] == nil { phrases[stems] = term }
            }
        }
        self.init(stopWords: Set(vocabulary.stopWords.map(Self.words).filter { $0.count == 1 }.flatMap { $0 }),
                  lowStems: Set((vocabulary.lowWeight ?? []).flatMap { Self.words($0).map(Stemmer.stem) }),
                  phrases: phrases)
    }

    /// A tokenizer from what `init(vocabulary:)` works out (`BulletMatcher.Index` keeps it).
    init(stopWords: Set<String>, lowStems: Set<String>, phrases: [[String]: String]) {
        self.stopWords = stopWords
        self.lowStems = lowStems
        self.phrases = phrases
        var starts: [String: Set<Int>] = [:]
        for key in phrases.keys { if let first = key.first { starts[first, default: []].insert(key.count) } }
        phraseStarts = starts.mapValues { $0.sorted(by: >) }
    }

    /// Its stop words, low-weight stems and phrases, each in a fixed order.
    var sortedData: (stopWords: [String], lowStems: [String], phrases: [[String]], phraseTerms: [String]) {
        let phrases = self.phrases.keys.sorted { $0.lexicographicallyPrecedes($1) }
        return (stopWords.sorted(), lowStems.sorted(), phrases, phrases.map { self.phrases[$0]! })
    }

    /// The term a synonym group's phrases become.
    static func groupTerm(_ name: String) -> String { "≈" + words(name).joined(separator: "-") }

    func terms(_ text: String) -> [Term] {
        let words = Self.words(text)
        let stems = words.map(Stemmer.stem)
        var terms: [Term] = []
        func addWord(_ at: Int, weight: Double) {
            let stem = stems[at]
            if stem.count >= 2 && !stopWords.contains(words[at]) && !stem.allSatisfy(\.isNumber) { terms.append(Term(name: stem, weight: weight)) }
        }
        var index = 0
        while index < stems.count {
            var matched = false
            for length in phraseStarts[stems[index]] ?? [] where length <= stems.count - index {
                if let term = phrases[Array(stems[index..<(index + length)])] {
                    if !term.isEmpty {
                        terms.append(Term(name: term, weight: 1))
                        if length > 1 { for at in index..<(index + length) { addWord(at, weight: Self.phraseWordWeight) } }
                    }
                    index += length
                    matched = true
                    break
                }
            }
            if matched { continue }
            addWord(index, weight: 1)
            index += 1
        }
        return terms
    }

    /// Lower-case words: runs of letters and digits ("e-rate" is two words, "1:1" two digits);
    /// with `limit`, the first that many of them.
    /// ASCII is handled byte by byte (Character properties are slow); other scalars by their
    /// Unicode properties.
    static func words(_ text: String) -> [String] { words(text, atMost: .max) }

    static func words(_ text: String, atMost limit: Int) -> [String] {
        var words: [String] = []
        // The word so far as UTF-8 bytes (appending scalars to a String one by one was a tenth
        // of an import).
        var current: [UInt8] = []
        current.reserveCapacity(32)
        func finish() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
        }
        for scalar in text.unicodeScalars {
            if words.count == limit { return words }
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x41...0x5A: current.append(UInt8(value + 0x20))
                case 0x61...0x7A, 0x30...0x39: current.append(UInt8(value))
                default: finish()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                finish()
            }
        }
        finish()
        return words
    }
}
