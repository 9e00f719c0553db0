import Synchronization

/// The catalog's bullets as one lower-cased text, for the editor's filter: every bullet's id,
/// text and keywords, one after another, each ended by a 0 byte. Made once, on the first search.
struct CatalogSearchIndex: Sendable {
    /// The joined search text; `starts[i]` is where bullet i's begins (one more entry: the end
    /// of the last).
    private var text: [UInt8] = []
    private var starts: [Int] = [0]
    /// For each byte, the places of the bullets whose search text holds it, so that a filter's
    /// first letter is a lookup rather than a search of every bullet. Kept only for a catalog
    /// of `byteIndexThreshold` bullets or more: below that a search takes microseconds, less
    /// than making the index would cost.
    private var positionsByByte: [[Int]]?
    static let byteIndexThreshold = 1_000

    init(_ competencies: [Competency]) {
        text.reserveCapacity(competencies.count * 320)
        starts.reserveCapacity(competencies.count + 1)
        for competency in competencies {
            // Id, text and keywords, lower-cased, each followed by a space but the last.
            Self.appendLowercased(competency.id, to: &text)
            text.append(0x20)
            Self.appendLowercased(competency.text, to: &text)
            for keyword in competency.keywords ?? [] {
                text.append(0x20)
                Self.appendLowercased(keyword, to: &text)
            }
            text.append(0)
            starts.append(text.count)
        }
        if competencies.count >= Self.byteIndexThreshold { positionsByByte = Self.positionsByByte(text) }
    }

    /// The places of the bullets whose search text contains `term`, ignoring case, in catalog
    /// order; with `earlier`, only those places are searched. One pass over the joined text for
    /// the whole catalog; one search per bullet for `earlier`.
    func positions(_ term: String, among earlier: [Int]?) -> [Int] {
        let needle = Array(term.lowercased().utf8)
        guard !needle.isEmpty else { return earlier ?? Array(0..<(starts.count - 1)) }
        // A 0 byte ends each bullet's text, so a term holding one matches nothing.
        guard !needle.contains(0) else { return [] }
        if needle.count == 1 && earlier == nil, let positionsByByte { return positionsByByte[Int(needle[0])] }
        let starts = starts
        return text.withUnsafeBufferPointer { text -> [Int] in
            needle.withUnsafeBufferPointer { pin -> [Int] in
                guard let base = text.baseAddress, let head = pin.baseAddress else { return [] }
                if let earlier {
                    return earlier.filter { place in
                        guard place >= 0, place < starts.count - 1 else { return false }
                        return ByteSearch.first(head, count: pin.count, in: base + starts[place], count: starts[place + 1] - 1 - starts[place]) != nil
                    }
                }
                var found: [Int] = []
                var place = 0
                var from = 0
                while from < text.count, let hit = ByteSearch.first(head, count: pin.count, in: base + from, count: text.count - from) {
                    let offset = from + hit
                    while starts[place + 1] <= offset { place += 1 }
                    found.append(place)
                    from = starts[place + 1]  // the next bullet's text
                    place += 1
                }
                return found
            }
        }
    }

    /// One pass over the joined search text: each byte's bullets, each once, in catalog order.
    private static func positionsByByte(_ text: [UInt8]) -> [[Int]] {
        var index = [[Int]](repeating: [], count: 256)
        var lastPlace = [Int](repeating: -1, count: 256)
        var place = 0
        for byte in text {
            if byte == 0 { place += 1; continue }  // the end of a bullet's text
            if lastPlace[Int(byte)] != place {
                lastPlace[Int(byte)] = place
                index[Int(byte)].append(place)
            }
        }
        return index
    }

    /// The text's bytes lower-cased: ASCII byte by byte, anything else as `lowercased()` does.
    private static func appendLowercased(_ text: String, to bytes: inout [UInt8]) {
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        let ascii = bytes.withUnsafeMutableBufferPointer { buffer -> Bool in
            for index in start..<buffer.count {
                let byte = buffer[index]
                if byte >= 0x80 { return false }
                if byte >= 0x41 && byte <= 0x5A { buffer[index] = byte | 0x20 }
            }
            return true
        }
        if !ascii {
            bytes.removeSubrange(start...)
            bytes.append(contentsOf: text.lowercased().utf8)
        }
    }

    /// The index of a catalog's bullets, made by the first search and then kept.
    final class Lazy: Sendable {
        private let made = Mutex<CatalogSearchIndex?>(nil)

        func index(of competencies: [Competency]) -> CatalogSearchIndex {
            made.withLock { made in
                if let made { return made }
                let index = CatalogSearchIndex(competencies)
                made = index
                return index
            }
        }
    }
}
