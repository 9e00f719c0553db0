import Foundation
import JobWrightCore

extension BulletMatcher {
    /// Everything the matcher works out from a catalog and a vocabulary before it reads a line,
    /// as plain arrays in a fixed order. A district's catalog folder has it worked out at run
    /// time; the built-in catalog's is compiled in (`Generated/BuiltInMatchIndex.swift`, which
    /// BuiltInCodeTests regenerates and holds equal to this initializer's result), since working
    /// it out took a sixth of an import.
    struct Index: Sendable, Equatable {
        /// The tokenizer's single stop words, low-weight stems and phrases (stemmed) with the term
        /// each becomes ("" for a stop phrase).
        var stopWords: [String]
        var lowStems: [String]
        var phrases: [[String]]
        var phraseTerms: [String]
        var technologyTerms: [String]
        var sharedTopicTerms: [String]
        /// Every term some bullet uses, sorted: a term's id is its place here.
        var terms: [String]
        var inverseFrequency: [Double]
        var distinctive: [Bool]
        /// The bullets that use term `t`, with its weight in each, are
        /// `postingEntries[postingStarts[t]..<postingStarts[t + 1]]` (and `postingWeights`);
        /// the areas likewise.
        var postingStarts: [Int]
        var postingEntries: [Int]
        var postingWeights: [Double]
        var areaPostingStarts: [Int]
        var areaPostingAreas: [Int]
        var areaPostingWeights: [Double]
        /// The bullets, in catalog order: id, area (its place in `areaIDs`), kind, norm, and
        /// telling terms (`telling[tellingStarts[b]..<tellingStarts[b + 1]]`, term ids, sorted).
        var ids: [String]
        var entryAreas: [Int]
        var kinds: [Competency.Kind]
        var norms: [Double]
        var tellingStarts: [Int]
        var telling: [Int]
        var areaIDs: [String]
        var areaNorms: [Double]
        /// Stems of the first words of the catalog's duty bullets (`PostingImporter.catalogVerbs`).
        var verbs: [String]
    }
}

extension BulletMatcher.Index {
    /// The built-in index for the built-in catalog and vocabulary (compared cheaply: the
    /// arrays are the compiled-in ones), else the index worked out for these.
    static func of(catalog: Catalog, vocabulary: MatchVocabulary) -> Self {
        if vocabulary == .builtIn && catalog.areas == Catalog.builtIn.areas && catalog.competencies == Catalog.builtIn.competencies {
            return builtIn
        }
        return Self(catalog: catalog, vocabulary: vocabulary)
    }

    init(catalog: Catalog, vocabulary: MatchVocabulary) {
        let tokenizer = MatchTokenizer(vocabulary: vocabulary)
        (stopWords, lowStems, phrases, phraseTerms) = tokenizer.sortedData
        let shared = Set((vocabulary.sharedTopics ?? []).flatMap { tokenizer.terms($0).map(\.name) })
        sharedTopicTerms = shared.sorted()
        let groups = Set(vocabulary.synonyms.compactMap { $0.first.map(MatchTokenizer.groupTerm) })
        technologyTerms = Set((vocabulary.technologyWords ?? []).flatMap { tokenizer.terms($0).map(\.name) })
            .union(groups.subtracting(shared)).sorted()
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
            for keyword in bullet.keywords ?? [] { add(tokenizer.terms(keyword), BulletMatcher.keywordWeight, telling: true) }
            add(areaTitleTerms[bullet.area] ?? [], BulletMatcher.areaWeight, telling: false)
            for term in weights.keys {
                documentFrequency[term, default: 0] += 1
                if tokenizer.lowStems.contains(term) { weights[term]! *= BulletMatcher.lowWeightFactor }
            }
            counts.append((bullet, weights, telling))
        }
        let total = Double(max(1, counts.count))
        let terms = documentFrequency.keys.sorted()
        let termIDs = Dictionary(uniqueKeysWithValues: terms.enumerated().map { ($1, $0) })
        self.terms = terms
        distinctive = terms.map { Double(documentFrequency[$0]!) <= total * BulletMatcher.distinctiveShare && !tokenizer.lowStems.contains($0) }
        let inverse = terms.map { log((total + 1) / (Double(documentFrequency[$0]!) + 1)) + 1 }
        inverseFrequency = inverse
        var areaIDs: [String] = []
        var areaIndex: [String: Int] = [:]
        var postings = [[(entry: Int, weight: Double)]](repeating: [], count: terms.count)
        var areaVectors: [[Int: Double]] = []
        ids = []; entryAreas = []; kinds = []; norms = []; tellingStarts = [0]; telling = []
        for (bullet, weights, tellingTerms) in counts {
            let area = areaIndex[bullet.area] ?? {
                areaIndex[bullet.area] = areaIDs.count
                areaIDs.append(bullet.area)
                areaVectors.append([:])
                return areaIDs.count - 1
            }()
            // In term order, so that the norm is the same sum on every run.
            let weighted = weights.keys.sorted().map { (id: termIDs[$0]!, weight: weights[$0]! * inverse[termIDs[$0]!]) }
            let norm = sqrt(weighted.reduce(0) { $0 + $1.weight * $1.weight })
            if norm > 0 {
                for (term, weight) in weighted {
                    postings[term].append((ids.count, weight))
                    areaVectors[area][term, default: 0] += weight / norm
                }
            }
            ids.append(bullet.id); entryAreas.append(area); kinds.append(bullet.kind); norms.append(norm)
            telling += tellingTerms.map { termIDs[$0]! }.sorted()
            tellingStarts.append(telling.count)
        }
        self.areaIDs = areaIDs
        postingStarts = [0]; postingEntries = []; postingWeights = []
        for list in postings {
            postingEntries += list.map(\.entry); postingWeights += list.map(\.weight)
            postingStarts.append(postingEntries.count)
        }
        areaPostingStarts = [0]; areaPostingAreas = []; areaPostingWeights = []
        for term in terms.indices {
            for (area, vector) in areaVectors.enumerated() {
                if let weight = vector[term] { areaPostingAreas.append(area); areaPostingWeights.append(weight) }
            }
            areaPostingStarts.append(areaPostingAreas.count)
        }
        areaNorms = areaVectors.map { vector in sqrt(vector.keys.sorted().reduce(0) { $0 + vector[$1]! * vector[$1]! }) }
        verbs = Set(catalog.competencies.filter { $0.kind == .duty }.compactMap { MatchTokenizer.words($0.text).first.map(Stemmer.stem) }).sorted()
    }
}
