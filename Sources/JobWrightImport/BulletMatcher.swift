import Foundation
import JobWrightCore

/// Finds the catalog bullets that say what a line of an old posting says. Each bullet is a
/// weighted bag of terms (its text, its keywords, its area's title); a line is compared with
/// every bullet by the cosine of their TF-IDF vectors, so that rare, telling words ("E-rate",
/// "CIPA") count for more than common ones ("technology"), and weighed by how like the line the
/// bullet's whole area is. No network, no model: the catalog and `Catalog/synonyms.yaml` are all
/// it knows.
public struct BulletMatcher: Sendable {
    public struct Match: Sendable, Equatable {
        public var id: String
        public var score: Double
    }

    struct Entry: Sendable {
        var id: String
        /// Its area's index in `areaIDs`.
        var area: Int
        var kind: Competency.Kind
        var norm: Double
        /// The terms its text and keywords say in full (not a word inside a phrase, not a
        /// low-weight word): what a line must share with it beyond shared topics.
        var telling: Set<String>
    }

    /// Below this similarity a line is kept as the district's own bullet.
    public var threshold: Double
    let tokenizer: MatchTokenizer
    let entries: [Entry]
    let areas: [String: String]
    /// Term → the bullets (indexes in `entries`) that use it, with its weight in each: a line is
    /// compared with only the bullets that share one of its terms.
    let postings: [String: [(entry: Int, weight: Double)]]
    /// Each area as one bag of terms (the sum of its bullets' normalized vectors), by term, and
    /// the norms of those bags.
    let areaIDs: [String]
    let areaPostings: [String: [(area: Int, weight: Double)]]
    let areaNorms: [Double]
    let inverseFrequency: [String: Double]
    let unseenInverseFrequency: Double
    /// Terms that say a line is about technology, and terms of topics other offices share.
    let technologyTerms: Set<String>
    let sharedTopicTerms: Set<String>
    /// Terms at most `distinctiveShare` of the bullets use, not low-weight ones.
    let distinctiveTerms: Set<String>

    /// How much a bullet's keywords and its area's title count, next to its text's words.
    static let keywordWeight = 1.0
    static let areaWeight = 0.3
    static let lowWeightFactor = 0.3
    /// A "Knowledge of ..." line against a duty bullet, or a duty line against a knowledge
    /// bullet, scores this share of its similarity.
    static let otherKindFactor = 0.85
    /// A word no bullet uses is mostly the posting's own turn of phrase ("landscape",
    /// "capable"): it counts like a word shared by a dozen or so bullets, not like the rarest
    /// one, so that it thins a line's match a little rather than sinking it.
    static let unseenWeight = 3.0
    /// A line that shares no distinctive term with a bullet (one that at most a twentieth of
    /// the bullets use) scores this share of its similarity: common words alone ("build",
    /// "plan", "standards") make a weak match.
    static let distinctiveShare = 0.05
    static let commonOnlyFactor = 0.6
    /// The area is matched too, with all its bullets' terms as one bag: a bullet scores
    /// 1 - areaShare + areaShare × (its area's similarity to the line ÷ the best area's) of its
    /// own similarity, so a bullet that shares a word or two with a line about another area
    /// falls behind the bullets of the area the whole line is about.
    static let areaShare = 0.5
    public static let defaultThreshold = 0.25

    public init(catalog: Catalog, vocabulary: MatchVocabulary, threshold: Double = BulletMatcher.defaultThreshold) {
        self.threshold = threshold
        let tokenizer = MatchTokenizer(vocabulary: vocabulary)
        self.tokenizer = tokenizer
        let shared = Set((vocabulary.sharedTopics ?? []).flatMap { tokenizer.terms($0).map(\.name) })
        sharedTopicTerms = shared
        let groups = Set(vocabulary.synonyms.compactMap { $0.first.map(MatchTokenizer.groupTerm) })
        technologyTerms = Set((vocabulary.technologyWords ?? []).flatMap { tokenizer.terms($0).map(\.name) })
            .union(groups.subtracting(shared))
        // Each area's title as terms, once per area rather than once per bullet.
        let areaTitleTerms = Dictionary(catalog.areas.map { ($0.id, tokenizer.terms($0.title)) }, uniquingKeysWith: { first, _ in first })
        var counts: [(Competency, [String: Double], Set<String>)] = []
        var documentFrequency: [String: Int] = [:]
        for bullet in catalog.competencies {
            var weights: [String: Double] = [:]
            var telling: Set<String> = []
            func add(_ terms: [MatchTokenizer.Term], _ weight: Double, telling tells: Bool) {
                for term in terms {
                    weights[term.name, default: 0] += term.weight * weight
                    if tells && term.weight == 1 && !tokenizer.lowStems.contains(term.name) { telling.insert(term.name) }
                }
            }
            add(tokenizer.terms(bullet.text), 1, telling: true)
            for keyword in bullet.keywords ?? [] { add(tokenizer.terms(keyword), Self.keywordWeight, telling: true) }
            add(areaTitleTerms[bullet.area] ?? [], Self.areaWeight, telling: false)
            for term in weights.keys {
                documentFrequency[term, default: 0] += 1
                if tokenizer.lowStems.contains(term) { weights[term]! *= Self.lowWeightFactor }
            }
            counts.append((bullet, weights, telling))
        }
        let total = Double(max(1, counts.count))
        distinctiveTerms = Set(documentFrequency.filter { Double($0.value) <= total * Self.distinctiveShare && !tokenizer.lowStems.contains($0.key) }.keys)
        inverseFrequency = documentFrequency.mapValues { log((total + 1) / (Double($0) + 1)) + 1 }
        unseenInverseFrequency = Self.unseenWeight
        let inverse = inverseFrequency
        areas = Dictionary(catalog.competencies.map { ($0.id, $0.area) }, uniquingKeysWith: { first, _ in first })
        var areaIDs: [String] = []
        var areaIndex: [String: Int] = [:]
        var postings: [String: [(entry: Int, weight: Double)]] = [:]
        var areaVectors: [[String: Double]] = []
        var entries: [Entry] = []
        for (bullet, weights, telling) in counts {
            let area = areaIndex[bullet.area] ?? {
                areaIndex[bullet.area] = areaIDs.count
                areaIDs.append(bullet.area)
                areaVectors.append([:])
                return areaIDs.count - 1
            }()
            let weighted = weights.reduce(into: [String: Double]()) { result, pair in
                result[pair.key] = pair.value * (inverse[pair.key] ?? 1)
            }
            let norm = sqrt(weighted.values.reduce(0) { $0 + $1 * $1 })
            if norm > 0 {
                for (term, weight) in weighted {
                    postings[term, default: []].append((entries.count, weight))
                    areaVectors[area][term, default: 0] += weight / norm
                }
            }
            entries.append(Entry(id: bullet.id, area: area, kind: bullet.kind, norm: norm, telling: telling))
        }
        self.entries = entries
        self.postings = postings
        self.areaIDs = areaIDs
        var areaPostings: [String: [(area: Int, weight: Double)]] = [:]
        for (area, vector) in areaVectors.enumerated() {
            for (term, weight) in vector { areaPostings[term, default: []].append((area, weight)) }
        }
        self.areaPostings = areaPostings
        areaNorms = areaVectors.map { vector in sqrt(vector.values.reduce(0) { $0 + $1 * $1 }) }
    }

    /// The bullets most like `text`, best first, at most `limit` of them, none with a score of 0.
    public func rank(_ text: String, limit: Int = 3) -> [Match] {
        let terms = tokenizer.terms(text)
        var query: [String: Double] = [:]
        for term in terms { query[term.name, default: 0] += term.weight * (tokenizer.lowStems.contains(term.name) ? Self.lowWeightFactor : 1) }
        for (term, count) in query { query[term] = count * (inverseFrequency[term] ?? unseenInverseFrequency) }
        let queryNorm = sqrt(query.values.reduce(0) { $0 + $1 * $1 })
        let queryTotal = query.values.reduce(0, +)
        guard queryNorm > 0 else { return [] }
        let lineKind: Competency.Kind = DutyLine.isKnowledge(text) ? .knowledge : .duty
        // A line that names no technology must meet a bullet on one of its own telling terms
        // besides the topics other offices share ("Build the budget for program development"
        // is not the technology budget).
        let namesTechnology = terms.contains { technologyTerms.contains($0.name) }
        let ownTopics = namesTechnology ? [] : Set(terms.filter {
            $0.weight == 1 && !tokenizer.lowStems.contains($0.name) && !sharedTopicTerms.contains($0.name)
        }.map(\.name))
        // Every bullet's dot product with the line, the share of the line's weight it covers and
        // whether it shares a distinctive term, gathered term by term from the postings.
        var dots = [Double](repeating: 0, count: entries.count)
        var covered = [Double](repeating: 0, count: entries.count)
        var distinctive = [Bool](repeating: false, count: entries.count)
        var areaDots = [Double](repeating: 0, count: areaIDs.count)
        for (term, weight) in query {
            if let list = postings[term] {
                let isDistinctive = distinctiveTerms.contains(term)
                for (entry, other) in list {
                    dots[entry] += weight * other; covered[entry] += weight
                    if isDistinctive { distinctive[entry] = true }
                }
            }
            for (area, other) in areaPostings[term] ?? [] { areaDots[area] += weight * other }
        }
        let areaCosines = areaDots.indices.map { areaDots[$0] / (queryNorm * max(areaNorms[$0], 1e-9)) }
        let bestArea = max(areaCosines.max() ?? 0, 1e-9)
        var matches: [Match] = []
        for (index, entry) in entries.enumerated() where dots[index] > 0 {
            if !namesTechnology && !ownTopics.contains(where: entry.telling.contains) { continue }
            // The cosine rewards a bullet about the same things; the share of the line's weight
            // the bullet covers keeps a long line from matching on one word.
            let cosine = dots[index] / (queryNorm * entry.norm)
            let coverage = covered[index] / queryTotal
            let kindFactor = entry.kind == lineKind ? 1 : Self.otherKindFactor
            let commonFactor = distinctive[index] ? 1 : Self.commonOnlyFactor
            let areaFactor = 1 - Self.areaShare + Self.areaShare * areaCosines[entry.area] / bestArea
            matches.append(Match(id: entry.id, score: (cosine * coverage).squareRoot() * kindFactor * commonFactor * areaFactor))
        }
        matches.sort { $0.score > $1.score || $0.score == $1.score && $0.id < $1.id }
        return Array(matches.prefix(limit))
    }

    /// The area of a bullet id.
    func area(of id: String) -> String? { areas[id] }
}
