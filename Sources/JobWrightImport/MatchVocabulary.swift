import Foundation
import JobWrightAssets
import JobWrightCore

/// What matching knows about the words of postings: groups of terms that mean the same thing
/// ("E-rate" / "Universal Service"), words and phrases that carry no meaning for matching
/// ("ensure", "district", "carry out"), and which words and topics are technology's own. Kept as catalog data in `Catalog/synonyms.yaml`, which a district's catalog
/// folder may replace.
public struct MatchVocabulary: Codable, Sendable, Equatable {
    /// Each group's first term names it; every term of a group matches every other.
    public var synonyms: [[String]]
    public var stopWords: [String]
    /// Words that mean something only inside a longer phrase ("technical support"): they count
    /// `lowWeightFactor` of a word on their own.
    public var lowWeight: [String]?
    /// Words that say a line is about technology ("software", "network"); every synonym group
    /// not among `sharedTopics` says so too.
    public var technologyWords: [String]?
    /// Topics the district's other leaders own as well (a budget, grants, curriculum, English
    /// learners): a line with no technology in it that meets a bullet on these alone is about
    /// the other office's work, and stays the district's own.
    public var sharedTopics: [String]?

    public init(synonyms: [[String]], stopWords: [String], lowWeight: [String]? = nil,
                technologyWords: [String]? = nil, sharedTopics: [String]? = nil) {
        self.synonyms = synonyms; self.stopWords = stopWords; self.lowWeight = lowWeight
        self.technologyWords = technologyWords; self.sharedTopics = sharedTopics
    }

    public static let fileName = "synonyms.yaml"

    /// The vocabulary in a district's catalog folder, else the built-in one (compiled in:
    /// `Generated/BuiltInMatchVocabulary.swift`).
    public static func load(overrides directory: String? = nil) throws(JobWrightError) -> MatchVocabulary {
        if let directory {
            let path = (directory as NSString).appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: path) {
                let text: String
                do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                    throw JobWrightError(.missingInput, "cannot read \(path): \(error.localizedDescription)")
                }
                return try YAMLDocument(path: path, text: text).decode(MatchVocabulary.self)
            }
        }
        return builtIn
    }

    /// The built-in vocabulary read from `Catalog/synonyms.yaml`: what `builtIn` is generated from.
    public static func loadYAML() throws(JobWrightError) -> MatchVocabulary {
        let path = "Catalog/" + fileName
        return try YAMLDocument(path: path, text: EmbeddedAssets.text(path) ?? "synonyms: []\nstopWords: []\n").decode(MatchVocabulary.self)
    }
}
