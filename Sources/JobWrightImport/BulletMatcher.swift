import Foundation
import JobWrightCore

/// Finds the catalog bullets that say what a line of an old posting says. Each bullet is a
/// weighted bag of terms (its text, its keywords, its area's title); a line is compared with
/// every bullet by the cosine of their TF-IDF vectors, so that rare, telling words ("E-rate",
/// "CIPA") count for more than common ones ("technology"). No network, no model: the catalog
/// and `Catalog/synonyms.yaml` are all it knows.
public struct BulletMatcher: Sendable {
    public struct Match: Sendable, Equatable {
        public var id: String
        public var score: Double
    }

    struct Entry: Sendable {
        var id: String
        var area: String
        var kind: Competency.Kind
        var weights: [String: Double]
        var norm: Double
    }

    /// Below this similarity a line is kept as the district's own bullet.
    public var threshold: Double
    let tokenizer: MatchTokenizer
    let entries: [Entry]
    let inverseFrequency: [String: Double]
    let unseenInverseFrequency: Double

    /// How much a bullet's keywords and its area's title count, next to its text's words.
    static let keywordWeight = 1.0
    static let areaWeight = 0.3
    static let lowWeightFactor = 0.3
    public static let defaultThreshold = 0.25

    public init(catalog: Catalog, vocabulary: MatchVocabulary, threshold: Double = BulletMatcher.defaultThreshold) {
        self.threshold = threshold
        let tokenizer = MatchTokenizer(vocabulary: vocabulary)
        self.tokenizer = tokenizer
        let areaTitles = Dictionary(catalog.areas.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        var counts: [(Competency, [String: Double])] = []
        var documentFrequency: [String: Int] = [:]
        for bullet in catalog.competencies {
            var weights: [String: Double] = [:]
            for term in tokenizer.terms(bullet.text) { weights[term, default: 0] += 1 }
            for keyword in bullet.keywords ?? [] {
                for term in tokenizer.terms(keyword) { weights[term, default: 0] += Self.keywordWeight }
            }
            for term in tokenizer.terms(areaTitles[bullet.area] ?? "") { weights[term, default: 0] += Self.areaWeight }
            for term in weights.keys {
                documentFrequency[term, default: 0] += 1
                if tokenizer.lowStems.contains(term) { weights[term]! *= Self.lowWeightFactor }
            }
            counts.append((bullet, weights))
        }
        let total = Double(max(1, counts.count))
        inverseFrequency = documentFrequency.mapValues { log((total + 1) / (Double($0) + 1)) + 1 }
        unseenInverseFrequency = log(total + 1) + 1
        let inverse = inverseFrequency
        entries = counts.map { bullet, weights in
            let weighted = weights.mapValues { $0 }.reduce(into: [String: Double]()) { result, pair in
                result[pair.key] = pair.value * (inverse[pair.key] ?? 1)
            }
            let norm = sqrt(weighted.values.reduce(0) { $0 + $1 * $1 })
            return Entry(id: bullet.id, area: bullet.area, kind: bullet.kind, weights: weighted, norm: norm)
        }
    }

    /// The bullets most like `text`, best first, at most `limit` of them, none with a score of 0.
    public func rank(_ text: String, limit: Int = 3) -> [Match] {
        var query: [String: Double] = [:]
        for term in tokenizer.terms(text) { query[term, default: 0] += tokenizer.lowStems.contains(term) ? Self.lowWeightFactor : 1 }
        for (term, count) in query { query[term] = count * (inverseFrequency[term] ?? unseenInverseFrequency) }
        let queryNorm = sqrt(query.values.reduce(0) { $0 + $1 * $1 })
        let queryTotal = query.values.reduce(0, +)
        guard queryNorm > 0 else { return [] }
        var matches: [Match] = []
        for entry in entries where entry.norm > 0 {
            var dot = 0.0
            var covered = 0.0
            for (term, weight) in query {
                if let other = entry.weights[term] { dot += weight * other; covered += weight }
            }
            guard dot > 0 else { continue }
            // The cosine rewards a bullet about the same things; the share of the line's weight
            // the bullet covers keeps a long line from matching on one word.
            let cosine = dot / (queryNorm * entry.norm)
            let coverage = covered / queryTotal
            matches.append(Match(id: entry.id, score: (cosine * coverage).squareRoot()))
        }
        matches.sort { $0.score > $1.score || $0.score == $1.score && $0.id < $1.id }
        return Array(matches.prefix(limit))
    }

    /// The area of a bullet id.
    func area(of id: String) -> String? { entries.first { $0.id == id }?.area }
}
