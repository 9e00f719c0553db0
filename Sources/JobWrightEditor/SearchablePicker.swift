import JobWrightCore

/// A list with a search typed above it: letters go into the search, the arrows move the
/// highlight. The role pickers and the Review screen's search of the catalog are both one.
protocol SearchablePicker {
    var filter: TextField { get set }
    var selected: Int { get set }
    /// How many entries the search finds.
    var foundCount: Int { get }
    /// Searches again for what `filter` holds.
    mutating func refresh(_ catalog: Catalog)
}

extension SearchablePicker {
    /// Up, Down, PgUp and PgDn move the highlight (Home and End stay with the search's cursor);
    /// false for any other key.
    mutating func move(_ key: Key) -> Bool {
        let last = max(0, foundCount - 1)
        switch key {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(last, selected + 1)
        case .pageUp: selected = max(0, selected - 10)
        case .pageDown: selected = min(last, selected + 10)
        default: return false
        }
        return true
    }

    /// Types the key into the search and searches again when it changed; false when the
    /// search does not take the key.
    mutating func search(_ key: Key, in catalog: Catalog) -> Bool {
        let before = filter.text
        guard filter.handle(key) else { return false }
        if filter.text != before {
            selected = 0
            refresh(catalog)
        }
        return true
    }

    /// Pasted text goes into the search.
    mutating func searchPasted(_ text: String, in catalog: Catalog) {
        filter.insert(text)
        selected = 0
        refresh(catalog)
    }
}

extension RolePicker: SearchablePicker {
    var foundCount: Int { found.count }
}

extension BulletPicker: SearchablePicker {
    var foundCount: Int { found.count }
}
