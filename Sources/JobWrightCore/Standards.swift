/// A published body of standards that competency bullets align to: CoSN's CTO framework,
/// ISTE's Standards for Education Leaders, 603 CMR 35.04, the DLCS framework, the profile itself.
public struct Framework: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var publisher: String?
    public var version: String
    public var date: String?
    public var source: String
    public var note: String?
    public var standards: [Standard]

    public init(id: String, name: String, publisher: String? = nil, version: String, date: String? = nil,
                source: String, note: String? = nil, standards: [Standard]) {
        self.id = id; self.name = name; self.publisher = publisher; self.version = version
        self.date = date; self.source = source; self.note = note; self.standards = standards
    }
}

/// One standard, skill area or indicator of a framework, e.g. `iste:3.4.c` or `cosn:data-management`.
public struct Standard: Codable, Sendable, Equatable {
    public var id: String
    /// The code people print: `3.4.c`, `II-d`, `CAS.a`, `10`.
    public var code: String
    public var title: String
    public var kind: Kind
    public var parent: String?
    /// CETL exam weight in percent (CoSN only).
    public var weight: Double?
    public var summary: String?
    /// `false` where the source could not be confirmed; shown with a marker wherever rendered.
    public var verified: Bool?
    public var note: String?

    public enum Kind: String, Codable, Sendable, CaseIterable {
        case category, skillArea = "skill-area", standard, indicator, strand, concept
    }

    public var isVerified: Bool { verified ?? true }

    /// The framework id: the part of the id before the colon.
    public var frameworkID: String {
        guard let colon = id.utf8.firstIndex(of: UInt8(ascii: ":")) else { return id }
        return String(id[..<colon])
    }

    public init(id: String, code: String, title: String, kind: Kind, parent: String? = nil,
                weight: Double? = nil, summary: String? = nil, verified: Bool? = nil, note: String? = nil) {
        self.id = id; self.code = code; self.title = title; self.kind = kind; self.parent = parent
        self.weight = weight; self.summary = summary; self.verified = verified; self.note = note
    }
}
