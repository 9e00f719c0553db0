/// A light English stemmer for matching duty lines: it strips the endings that vary between two
/// wordings of the same duty ("manages", "managing", "management" → "manag"), nothing more. Both
/// sides of a comparison go through it, so it needs to be consistent, not linguistically right.
enum Stemmer {
    /// Longest first; an ending is stripped only when at least 3 letters remain.
    static let endings = [
        "izations", "ization", "isations", "isation", "ational", "fulness", "iveness", "ments", "ment",
        "ations", "ation", "ities", "ity", "ings", "ing", "ness", "ives", "ive", "ions", "ion", "izes", "ized", "ize",
        "ises", "ised", "ise", "ably", "ibly", "ers", "er", "ies", "ied", "ed", "es", "ly", "al", "s",
    ].map { Array($0.utf8) }

    /// Endings after which the stem gets an "i" back ("policies" → "polici", like "policy" → "polici").
    static let keepsI: Set<[UInt8]> = Set(["ies", "ied", "ities", "ity"].map { Array($0.utf8) })

    /// Inflections: after one of these a second ending is stripped too, so that "ordering" and
    /// "order" ("order" → "ord", "ordering" → "order" → "ord") meet, as do "offering" and "offer".
    static let inflections: Set<[UInt8]> = Set(["ings", "ing", "ed", "es", "s", "ers", "er", "ly"].map { Array($0.utf8) })

    /// `word` is lower case (MatchTokenizer.words); a word with a digit, or not ASCII, is kept whole.
    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.count > 4, bytes.allSatisfy({ (0x61...0x7A).contains($0) }) else { return word }
        if let ending = strip(&bytes), inflections.contains(ending) { strip(&bytes) }
        // "planning" → "plann" → "plan": a doubled final consonant left by -ing or -ed.
        if bytes.count > 3, bytes[bytes.count - 1] == bytes[bytes.count - 2], !Array("lsaeiou".utf8).contains(bytes[bytes.count - 1]) {
            bytes.removeLast()
        }
        if bytes.count > 4, bytes.last == 0x65 { bytes.removeLast() }
        // "analysis" ("analysi"), "analyst" and "analyse" ("analys") → "analyz", as "analyze".
        if bytes.count > 5, bytes.suffix(3).elementsEqual("ysi".utf8) || bytes.suffix(3).elementsEqual("yst".utf8) {
            bytes.removeLast(2); bytes.append(0x7A)
        } else if bytes.count > 4, bytes.suffix(2).elementsEqual("ys".utf8) {
            bytes[bytes.count - 1] = 0x7A
        }
        // "policy" → "polici", as "policies" → "polici": a final "y" after a consonant.
        if bytes.count > 3, bytes.last == 0x79, !Array("aeiou".utf8).contains(bytes[bytes.count - 2]) {
            bytes[bytes.count - 1] = 0x69
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Strips the first of `endings` that `bytes` ends with, leaving at least 3 letters; returns it.
    @discardableResult
    private static func strip(_ bytes: inout [UInt8]) -> [UInt8]? {
        for ending in endings where bytes.count - ending.count >= 3 && bytes.suffix(ending.count).elementsEqual(ending) {
            bytes.removeLast(ending.count)
            if keepsI.contains(ending) { bytes.append(0x69) }
            return ending
        }
        return nil
    }
}
