/// What an answer looks like at each level of a scale, by level id. Written back in a stable
/// order (the usual four levels lowest first, any others alphabetically) so saving is deterministic.
public struct Anchors: Codable, Sendable, Equatable, ExpressibleByDictionaryLiteral {
    public var byLevel: [String: String]

    public init(_ byLevel: [String: String]) { self.byLevel = byLevel }
    public init(dictionaryLiteral elements: (String, String)...) {
        byLevel = Dictionary(elements, uniquingKeysWith: { $1 })
    }

    public subscript(levelID: String) -> String? {
        get { byLevel[levelID] }
        set { byLevel[levelID] = newValue }
    }

    public var isEmpty: Bool { byLevel.isEmpty }

    static let usualOrder = ["unsatisfactory", "needs-improvement", "proficient", "exemplary"]

    public var orderedLevelIDs: [String] {
        byLevel.keys.sorted { a, b in
            let ra = Self.usualOrder.firstIndex(of: a) ?? Int.max, rb = Self.usualOrder.firstIndex(of: b) ?? Int.max
            return ra != rb ? ra < rb : a < b
        }
    }

    public init(from decoder: any Decoder) throws {
        byLevel = try decoder.singleValueContainer().decode([String: String].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: LevelKey.self)
        for id in orderedLevelIDs { try container.encode(byLevel[id]!, forKey: LevelKey(stringValue: id)) }
    }

    struct LevelKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
