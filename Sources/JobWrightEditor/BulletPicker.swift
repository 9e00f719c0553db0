import JobWrightCore

/// The Review screen's search of the whole catalog, for an imported line whose right bullet is
/// not among its top matches: the officer types words and picks any bullet that holds them all.
public struct BulletPicker: Equatable, Sendable {
    /// The review line the chosen bullet is for (its index in the review).
    public let line: Int
    /// The line's top matches, listed first while they hold the words typed.
    public let preferred: [String]
    public var filter = TextField()
    /// The places in the catalog's bullets that hold every word typed, top matches first.
    public private(set) var found: [Int] = []
    public var selected = 0

    public init(line: Int, preferred: [String], catalog: Catalog) {
        self.line = line
        self.preferred = preferred
        refresh(catalog)
    }

    /// The words typed, each searched in what the words before it found (id, text and keywords,
    /// ignoring case), so "retire equip" finds the bullets that hold both.
    public mutating func refresh(_ catalog: Catalog) {
        var places: [Int]? = nil
        for word in filter.text.split(whereSeparator: \.isWhitespace) {
            places = catalog.searchPositions(String(word), among: places)
        }
        let all = places ?? Array(catalog.competencies.indices)
        let first = preferred.compactMap { id in all.first { catalog.competencies[$0].id == id } }
        found = first + all.filter { !first.contains($0) }
        selected = min(selected, max(0, found.count - 1))
    }
}
