/// A template context: names to values, kept in the order they were first set.
///
/// A context's objects are small (a bullet has three names, a posting's top level about thirty),
/// and a render builds hundreds of them. A list searched by name costs less than a hash table
/// here: a dictionary hashed every name it stored and every name a template looked up, which was
/// a quarter of a posting's render. A name is compared by its length first, so most names are
/// passed over without comparing their bytes.
public struct MustacheObject: Sendable {
    /// Names and their values. Unlabelled, as a dictionary literal gives them, so that a literal
    /// becomes the list itself.
    private var entries: [(String, MustacheValue)] = []

    public init() {}

    /// The value named `name`; setting nil removes the name.
    public subscript(name: String) -> MustacheValue? {
        get {
            guard let index = index(of: name) else { return nil }
            return entries[index].1
        }
        set {
            switch (index(of: name), newValue) {
            case (let index?, let value?): entries[index].1 = value
            case (let index?, nil): entries.remove(at: index)
            case (nil, let value?): entries.append((name, value))
            case (nil, nil): break
            }
        }
    }

    /// Sets or removes a text: `context[text: "district"] = position.district` leaves the name
    /// out when there is no text, as a template's `{{#district}}` expects.
    public subscript(text name: String) -> String? {
        get { if case .text(let text)? = self[name] { text } else { nil } }
        set { self[name] = newValue.map(MustacheValue.text) }
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }

    /// `other`'s values set over this object's.
    public mutating func merge(_ other: MustacheObject) {
        for (name, value) in other.entries { self[name] = value }
    }

    /// This object with `other`'s values set over its own.
    public func merging(_ other: MustacheObject) -> MustacheObject {
        var merged = self
        merged.merge(other)
        return merged
    }

    private func index(of name: String) -> Int? {
        let length = name.utf8.count
        return entries.firstIndex { $0.0.utf8.count == length && $0.0 == name }
    }
}

extension MustacheObject: Sequence {
    public func makeIterator() -> some IteratorProtocol<(key: String, value: MustacheValue)> {
        entries.lazy.map { (key: $0.0, value: $0.1) }.makeIterator()
    }
}

extension MustacheObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, MustacheValue)...) { self.init(elements) }

    /// The names and values; a name given again replaces the value it had. Names given once
    /// each (every literal in jobwright) are kept as the list they came in.
    public init(_ elements: [(String, MustacheValue)]) {
        guard Self.namesDiffer(elements) else {
            entries.reserveCapacity(elements.count)
            for (name, value) in elements { self[name] = value }
            return
        }
        entries = elements
    }

    private static func namesDiffer(_ elements: [(String, MustacheValue)]) -> Bool {
        for later in elements.indices.dropFirst() {
            let name = elements[later].0, length = name.utf8.count
            for earlier in 0..<later where elements[earlier].0.utf8.count == length && elements[earlier].0 == name { return false }
        }
        return true
    }
}

extension MustacheObject: Equatable {
    /// The same names with the same values, in any order (as dictionaries compare).
    public static func == (lhs: MustacheObject, rhs: MustacheObject) -> Bool {
        lhs.count == rhs.count && lhs.entries.allSatisfy { rhs[$0.0] == $0.1 }
    }
}
