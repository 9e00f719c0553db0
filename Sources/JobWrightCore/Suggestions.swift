/// Finds the candidates closest to a misspelt word, for "did you mean" hints.
public enum Suggestions {
    /// Up to `limit` candidates whose edit distance to `word` is small relative to its length,
    /// closest first; candidates that contain the word (or are contained in it) also count.
    public static func closest(to word: String, in candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let needle = Array(word.lowercased())
        guard !needle.isEmpty else { return [] }
        let threshold = max(2, needle.count / 3)
        var scored: [(distance: Int, candidate: String)] = []
        for candidate in candidates {
            let lowered = candidate.lowercased()
            var distance = editDistance(needle, Array(lowered))
            let tail = lowered.split(separator: ".").last.map(String.init) ?? lowered
            if lowered.contains(word.lowercased()) || word.lowercased().contains(tail) {
                distance = min(distance, threshold)
            }
            if distance <= threshold { scored.append((distance, candidate)) }
        }
        return scored.sorted { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
            .prefix(limit).map(\.candidate)
    }

    /// Levenshtein distance between two character arrays.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
