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

    /// Below this similarity a line is kept as the district's own bullet.
    public var threshold: Double
    let tokenizer: MatchTokenizer
    /// The bullets, their terms and weights (see `Index`); a line is compared with only the
    /// bullets that share one of its terms (the postings of those terms).
    let index: Index
    /// Term → its id (its place in `index.terms`).
    let termIDs: [String: Int]
    /// Bullet id → its area.
    let areas: [String: String]
    let unseenInverseFrequency: Double
    /// Each bullet's norm, softened towards the mean (`lengthNormalization`).
    let lengthNorms: [Double]
    /// Terms that say a line is about technology, and terms of topics other offices share.
    let technologyTerms: Set<String>
    let sharedTopicTerms: Set<String>

    /// How much a bullet's keywords and its area's title count, next to its text's words. The
    /// keywords count double: they name what the bullet is about, where its text also carries
    /// words of its own phrasing ("so systems work together", "with little friction").
    static let keywordWeight = 2.0
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
    /// A bullet's dot product with a line is divided by norm^0.7 × (mean norm)^0.3 rather than by
    /// its own norm (BM25's length normalization with b = 0.7), so a bullet with a long text and
    /// many keywords loses less for its length. The threshold went from 0.25 to 0.27 with it,
    /// as long bullets' scores rose.
    static let lengthNormalization = 0.7
    public static let defaultThreshold = 0.27

    public init(catalog: Catalog, vocabulary: MatchVocabulary, threshold: Double = BulletMatcher.defaultThreshold) {
        self.init(index: Index.of(catalog: catalog, vocabulary: vocabulary), threshold: threshold)
    }

    init(index: Index, threshold: Double = BulletMatcher.defaultThreshold) {
        self.threshold = threshold
        self.index = index
        tokenizer = MatchTokenizer(stopWords: Set(index.stopWords), lowStems: Set(index.lowStems),
                                   phrases: Dictionary(zip(index.phrases, index.phraseTerms), uniquingKeysWith: { first, _ in first }))
        termIDs = Dictionary(zip(index.terms, index.terms.indices), uniquingKeysWith: { first, _ in first })
        areas = Dictionary(zip(index.ids, index.entryAreas.map { index.areaIDs[$0] }), uniquingKeysWith: { first, _ in first })
        unseenInverseFrequency = Self.unseenWeight
        let meanNorm = index.norms.reduce(0, +) / Double(max(1, index.norms.count))
        lengthNorms = index.norms.map { pow($0, Self.lengthNormalization) * pow(meanNorm, 1 - Self.lengthNormalization) }
        technologyTerms = Set(index.technologyTerms)
        sharedTopicTerms = Set(index.sharedTopicTerms)
    }

    /// The bullets most like `text`, best first, at most `limit` of them, none with a score of 0.
    public func rank(_ text: String, limit: Int = 3) -> [Match] {
        let terms = tokenizer.terms(text)
        var query: [String: Double] = [:]
        for term in terms { query[term.name, default: 0] += term.weight * (tokenizer.lowStems.contains(term.name) ? Self.lowWeightFactor : 1) }
        // Each term's id (nil for a term no bullet uses) and weight, in the dictionary's order.
        let weighted = query.map { term, count in
            let id = termIDs[term]
            return (id: id, weight: count * (id.map { index.inverseFrequency[$0] } ?? unseenInverseFrequency))
        }
        let queryNorm = sqrt(weighted.reduce(0) { $0 + $1.weight * $1.weight })
        let queryTotal = weighted.reduce(0) { $0 + $1.weight }
        guard queryNorm > 0 else { return [] }
        let lineKind: Competency.Kind = DutyLine.isKnowledge(text) ? .knowledge : .duty
        // A line that names no technology must meet a bullet on one of its own telling terms
        // besides the topics other offices share ("Build the budget for program development"
        // is not the technology budget).
        let namesTechnology = terms.contains { technologyTerms.contains($0.name) }
        let ownTopics = namesTechnology ? [] : Set(terms.compactMap {
            $0.weight == 1 && !tokenizer.lowStems.contains($0.name) && !sharedTopicTerms.contains($0.name) ? termIDs[$0.name] : nil
        })
        // Every bullet's dot product with the line, the share of the line's weight it covers and
        // whether it shares a distinctive term, gathered term by term from the postings.
        let count = index.ids.count
        var dots = [Double](repeating: 0, count: count)
        var covered = [Double](repeating: 0, count: count)
        var distinctive = [Bool](repeating: false, count: count)
        var areaDots = [Double](repeating: 0, count: index.areaIDs.count)
        for case let (term?, weight) in weighted {
            let isDistinctive = index.distinctive[term]
            for posting in index.postingStarts[term]..<index.postingStarts[term + 1] {
                let entry = index.postingEntries[posting]
                dots[entry] += weight * index.postingWeights[posting]; covered[entry] += weight
                if isDistinctive { distinctive[entry] = true }
            }
            for posting in index.areaPostingStarts[term]..<index.areaPostingStarts[term + 1] {
                areaDots[index.areaPostingAreas[posting]] += weight * index.areaPostingWeights[posting]
            }
        }
        let areaCosines = areaDots.indices.map { areaDots[$0] / (queryNorm * max(index.areaNorms[$0], 1e-9)) }
        let bestArea = max(areaCosines.max() ?? 0, 1e-9)
        var matches: [Match] = []
        for entry in 0..<count where dots[entry] > 0 {
            if !namesTechnology && !index.telling[index.tellingStarts[entry]..<index.tellingStarts[entry + 1]].contains(where: ownTopics.contains) { continue }
            // The cosine rewards a bullet about the same things; the share of the line's weight
            // the bullet covers keeps a long line from matching on one word.
            let cosine = dots[entry] / (queryNorm * lengthNorms[entry])
            let coverage = covered[entry] / queryTotal
            let kindFactor = index.kinds[entry] == lineKind ? 1 : Self.otherKindFactor
            let commonFactor = distinctive[entry] ? 1 : Self.commonOnlyFactor
            let areaFactor = 1 - Self.areaShare + Self.areaShare * areaCosines[index.entryAreas[entry]] / bestArea
            matches.append(Match(id: index.ids[entry], score: (cosine * coverage).squareRoot() * kindFactor * commonFactor * areaFactor))
        }
        return Self.best(matches, limit: limit)
    }

    /// The first `limit` of `matches` as sorted best first (by score, then id), in that order,
    /// picked without sorting them all.
    static func best(_ matches: [Match], limit: Int) -> [Match] {
        func ranksBefore(_ a: Match, _ b: Match) -> Bool { a.score > b.score || a.score == b.score && a.id < b.id }
        var best: [Match] = []
        for match in matches {
            // After any it ties with, as a stable sort leaves it.
            let position = best.firstIndex { ranksBefore(match, $0) } ?? best.count
            guard position < limit else { continue }
            best.insert(match, at: position)
            if best.count > limit { best.removeLast() }
        }
        return best
    }

    /// The area of a bullet id.
    func area(of id: String) -> String? { areas[id] }
}
