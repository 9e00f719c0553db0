/// One of the ten areas of the Massachusetts committee's profile of the district
/// administrator of technology, e.g. "Data analysis".
public struct Area: Codable, Sendable, Equatable {
    public var id: String
    public var number: Int
    public var title: String
    public var summary: String?
    /// The standards this area maps to (the profile crosswalk).
    public var crosswalk: [String]
    /// The duty heading as an applicant reads it ("Technology infrastructure and operations");
    /// `title` keeps the profile's own name for the alignment report. Defaults to the title.
    public var heading: String?

    public init(id: String, number: Int, title: String, summary: String? = nil, crosswalk: [String], heading: String? = nil) {
        self.id = id; self.number = number; self.title = title; self.summary = summary; self.crosswalk = crosswalk
        self.heading = heading
    }

    /// The heading a posting prints over the area's duties.
    public var postingHeading: String { heading ?? title }
}

/// An acronym or short form and what it stands for. A document spells it out at its first use
/// ("Schools and Libraries Universal Service program (E-Rate)") and uses the short form after.
public struct GlossaryEntry: Codable, Sendable, Equatable {
    /// The short form as bullets and drafts write it, e.g. `E-Rate`.
    public var term: String
    /// What it stands for, e.g. `Schools and Libraries Universal Service program`.
    public var expansion: String

    public init(term: String, expansion: String) { self.term = term; self.expansion = expansion }
}

/// A competency bullet of the library (or a district's custom bullet): a duty or a piece of
/// knowledge, with the standards it serves.
public struct Competency: Codable, Sendable, Equatable {
    public var id: String
    public var area: String
    public var kind: Kind
    public var text: String
    /// Standard ids, e.g. `cosn:data-management`, `iste:3.2.c`.
    public var aligns: [String]
    /// Extra search words (acronyms, synonyms).
    public var keywords: [String]?
    /// Part of the catalog's recommended core: the bullets a new posting starts with.
    public var core: Bool?

    public enum Kind: String, Codable, Sendable, CaseIterable {
        case duty, knowledge
    }

    public init(id: String, area: String, kind: Kind, text: String, aligns: [String], keywords: [String]? = nil, core: Bool? = nil) {
        self.id = id; self.area = area; self.kind = kind; self.text = text; self.aligns = aligns; self.keywords = keywords
        self.core = core
    }
}

/// A rating scale for interview answers, lowest level first.
public struct Scale: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var source: String?
    public var levels: [Level]

    public struct Level: Codable, Sendable, Equatable {
        public var id: String
        public var value: Int
        public var name: String
        public var description: String?
        public init(id: String, value: Int, name: String, description: String? = nil) {
            self.id = id; self.value = value; self.name = name; self.description = description
        }
    }

    public init(id: String, name: String, source: String? = nil, levels: [Level]) {
        self.id = id; self.name = name; self.source = source; self.levels = levels
    }

    public var lowest: Int { levels.map(\.value).min() ?? 1 }
    public var highest: Int { levels.map(\.value).max() ?? 4 }
}

/// One choice of the overall hiring recommendation (four points, no neutral option).
public struct Recommendation: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public init(id: String, name: String) { self.id = id; self.name = name }
}

/// A structured-interview question with its probes and a behavioural anchor per scale level.
public struct Question: Codable, Sendable, Equatable {
    public var id: String
    public var area: String
    public var type: QuestionType
    public var text: String
    public var probes: [String]
    /// Competency ids the question assesses.
    public var assesses: [String]
    /// Level id of the scale → what an answer at that level looks like.
    public var anchors: Anchors
    /// Part of the recommended core: a new posting's rubric has a row with this question.
    public var core: Bool?

    public init(id: String, area: String, type: QuestionType, text: String, probes: [String],
                assesses: [String], anchors: Anchors, core: Bool? = nil) {
        self.id = id; self.area = area; self.type = type; self.text = text; self.probes = probes
        self.assesses = assesses; self.anchors = anchors; self.core = core
    }
}

/// Behavioural questions ask about past behaviour; situational ones about a hypothetical case.
public enum QuestionType: String, Codable, Sendable, CaseIterable {
    case behavioural, situational

    /// How a US district writes it ("behavioral"); the data keeps the catalog's spelling.
    public var displayName: String { self == .behavioural ? "behavioral" : "situational" }
}

/// A position in a district's organisation, used for reporting lines.
public struct Role: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var level: Level
    public var usualDirectReports: [String]?

    public enum Level: String, Codable, Sendable, CaseIterable {
        case centralOffice = "central-office", building
    }

    public init(id: String, title: String, level: Level, usualDirectReports: [String]? = nil) {
        self.id = id; self.title = title; self.level = level; self.usualDirectReports = usualDirectReports
    }
}

/// A legal notice a posting carries. Its text is a Mustache template filled from the draft's
/// contact fields.
public struct Notice: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var required: Bool
    public var effective: String?
    public var basis: [String]
    public var text: String

    public init(id: String, title: String, required: Bool, effective: String? = nil, basis: [String], text: String) {
        self.id = id; self.title = title; self.required = required; self.effective = effective
        self.basis = basis; self.text = text
    }

    /// The notice ids the renderer places by policy.
    public enum Known {
        public static let nondiscrimination = "nondiscrimination"
        public static let backgroundCheck = "background-check"
        public static let payRange = "pay-range"
        public static let flsaExempt = "flsa-exempt"
        public static let flsaNonExempt = "flsa-non-exempt"
        public static let all = [nondiscrimination, backgroundCheck, payRange, flsaExempt, flsaNonExempt]
    }
}
