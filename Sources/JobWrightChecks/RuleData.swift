import Foundation
import JobWrightAssets
import JobWrightCore

/// `Catalog/wording.yaml`: the word lists and phrases behind the wording rules.
public struct WordingRules: Codable, Sendable {
    public var genderCoded: GenderCodedWords
    public var phrases: [PhraseRule]

    public struct GenderCodedWords: Codable, Sendable {
        public var source: String
        public var note: String
        public var feminine: [String]
        public var masculine: [String]
        public var exceptions: [String]?
        /// Masculine-coded stems that name the job itself (lead, analysis, decision): counted in
        /// the balance, but a posting is warned only when the rest of its wording leans strongly.
        public var jobWords: [String]?
        /// A neutral alternative for a frequent coded word, by the word (or stem) as written.
        public var suggestions: [String: String]?
    }

    public struct PhraseRule: Codable, Sendable {
        public var id: String
        public var message: String
        public var explanation: String
        public var basis: String
        /// Draft fields where the wording is fine (ability wording in `physicalDemands`).
        public var allowedIn: [String]?
        public var items: [Item]

        public struct Item: Codable, Sendable {
            public var pattern: String
            public var suggestion: String?
        }
    }
}

/// `wording-local.yaml`: a district's additions to the wording lists; every key is optional.
struct WordingAdditions: Codable {
    var phrases: [WordingRules.PhraseRule]?
    var feminine: [String]?
    var masculine: [String]?
    var exceptions: [String]?
    var suggestions: [String: String]?
}

/// `Catalog/interview.yaml`: topics never to raise in an interview, with lawful alternatives.
public struct InterviewRules: Codable, Sendable {
    public var neverAskRules: [QuestionRule]

    public struct QuestionRule: Codable, Sendable {
        public var id: String
        public var topic: String
        public var message: String
        public var basis: String
        public var explanation: String
        public var patterns: [String]
        public var allow: [String]?
        public var lawful: String
        /// The line the committee's printed rubric gives this topic under "never ask"; the
        /// topic when there is none.
        public var printed: String?
    }

    /// The "never ask" lines for the committee's printed rubric, district additions included.
    public var printedNeverAsk: [String] { neverAskRules.map { $0.printed ?? $0.topic } }
}

/// The rule data, loaded from the embedded catalog, a district's folder replacing files of the
/// same name, and optional `wording-local.yaml` / `interview-local.yaml` files that add to the lists.
public struct RuleData: Sendable {
    public var wording: WordingRules
    public var interview: InterviewRules
    /// Every pattern is known to compile: the built-in rules, whose patterns a test compiles.
    /// A district's rules are compiled when the checker is made, so a mistake is reported then.
    public var verified = false

    public static let fileNames = ["wording.yaml", "interview.yaml"]

    public static let localFileNames = ["wording-local.yaml", "interview-local.yaml"]

    /// The rules: the built-in ones, compiled in, unless a district's folder has a rule file.
    public static func load(overrides directory: String? = nil) throws(JobWrightErrors) -> RuleData {
        guard let directory, (fileNames + localFileNames).contains(where: {
            FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent($0))
        }) else {
            var rules = builtIn
            rules.verified = true
            return rules
        }
        return try loadYAML(overrides: directory)
    }

    /// Reads the rules from YAML: the embedded files with a district's laid over them.
    public static func loadYAML(overrides directory: String? = nil) throws(JobWrightErrors) -> RuleData {
        var files: [String: (path: String, text: String)] = [:]
        for name in fileNames + ["wording-local.yaml", "interview-local.yaml"] {
            if let text = EmbeddedAssets.text("Catalog/" + name) { files[name] = ("Catalog/" + name, text) }
        }
        if let directory {
            for name in fileNames + ["wording-local.yaml", "interview-local.yaml"] {
                let path = (directory as NSString).appendingPathComponent(name)
                guard FileManager.default.fileExists(atPath: path) else { continue }
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw JobWrightErrors([JobWrightError(.missingInput, "the file cannot be read as UTF-8 text", at: SourceLocation(file: path))])
                }
                files[name] = (path, text)
            }
        }
        func decode<T: Codable>(_ type: T.Type, _ name: String) throws(JobWrightErrors) -> T? {
            guard let file = files[name] else { return nil }
            do {
                return try YAMLDocument(path: file.path, text: file.text).decode(type)
            } catch {
                throw JobWrightErrors([error])
            }
        }
        guard var wording = try decode(WordingRules.self, "wording.yaml"),
              var interview = try decode(InterviewRules.self, "interview.yaml") else {
            throw JobWrightErrors([JobWrightError(.missingInput, "the rule files wording.yaml and interview.yaml are missing")])
        }
        if let extra = try decode(WordingAdditions.self, "wording-local.yaml") {
            wording.phrases += extra.phrases ?? []
            wording.genderCoded.feminine += extra.feminine ?? []
            wording.genderCoded.masculine += extra.masculine ?? []
            wording.genderCoded.exceptions = (wording.genderCoded.exceptions ?? []) + (extra.exceptions ?? [])
            wording.genderCoded.suggestions = (wording.genderCoded.suggestions ?? [:]).merging(extra.suggestions ?? [:]) { $1 }
        }
        if let extra = try decode(InterviewRules.self, "interview-local.yaml") {
            interview.neverAskRules += extra.neverAskRules
        }
        return RuleData(wording: wording, interview: interview)
    }
}
