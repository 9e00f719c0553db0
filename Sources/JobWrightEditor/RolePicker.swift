import JobWrightCore

/// Picks a role for a reporting line (Reporting screen). Letters typed search the roles'
/// titles, as the bullet search does; Ctrl-T types a title the catalog does not list.
public struct RolePicker: Equatable, Sendable {
    public enum Target: Equatable, Sendable { case reportsTo, alsoReportsTo, dottedLine, supervises, worksWith }
    public var target: Target
    /// Every role offered (ids), in the order shown.
    public let roles: [String]
    /// The words typed to search the roles.
    public var filter = TextField()
    /// The roles whose title or id holds every word typed (all of them when nothing is typed).
    public private(set) var found: [String]
    public var selected = 0
    /// A title the catalog does not list, being typed (Ctrl-T).
    public var typed = TextField()
    public var typing = false

    public init(target: Target, roles: [String]) {
        self.target = target
        self.roles = roles
        found = roles
    }

    /// Finds the roles that hold every word typed, ignoring case: "net admin" finds Network
    /// Administrator.
    public mutating func refresh(_ catalog: Catalog) {
        let words = filter.text.lowercased().split(whereSeparator: \.isWhitespace)
        found = roles.filter { id in
            let haystack = ((catalog.role(id)?.title ?? "") + " " + id).lowercased()
            return words.allSatisfy { haystack.contains($0) }
        }
        selected = min(selected, max(0, found.count - 1))
    }

    /// The highlighted role, if any role is found.
    public var highlighted: String? { found.indices.contains(selected) ? found[selected] : nil }
}
