/// A light English stemmer for matching duty lines: it strips the endings that vary between two
/// wordings of the same duty ("manages", "managing", "management" → "manag"), nothing more. Both
/// sides of a comparison go through it, so it needs to be consistent, not linguistically right.
enum Stemmer {
    /// Longest first; an ending is stripped only when at least 3 letters remain.
    static let endings = [
        "izations", "ization", "isations", "isation", "ational", "fulness", "iveness", "ments", "ment",
        "ations", "ation", "ities", "ity", "ings", "ing", "ness", "ives", "ive", "ions", "ion", "izes", "ized", "ize",
        "ises", "ised", "ise", "ably", "ibly", "ers", "er", "ies", "ied", "ed", "es", "ly", "al", "s",
    ]

    static func stem(_ word: String) -> String {
        guard word.count > 4, word.allSatisfy({ $0.isLetter }) else { return word }
        var stem = word
        for ending in endings where stem.hasSuffix(ending) && stem.count - ending.count >= 3 {
            stem.removeLast(ending.count)
            if ending == "ies" || ending == "ied" || ending == "ities" || ending == "ity" { stem += "i" }
            break
        }
        // "planning" → "plann" → "plan": a doubled final consonant left by -ing or -ed.
        if stem.count > 3, let last = stem.last, stem.dropLast().last == last, !"lsaeiou".contains(last) {
            stem.removeLast()
        }
        if stem.hasSuffix("e") && stem.count > 4 { stem.removeLast() }
        return stem
    }
}
