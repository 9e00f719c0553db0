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
    /// The same for each pair of bytes in a row (`first << 8 | second`), so that the second
    /// letter, and any longer filter, starts from the few bullets that hold all its pairs rather
    /// than a search of every bullet the first letter left. Kept with `positionsByByte`.
    private var positionsByPair: [[Int32]]?
    /// And for each of 4,096 buckets of three bytes in a row (a hash of the three), so that a
    /// filter of three letters or more starts from the bullets that may hold its threes: pairs
    /// alone ruled out none of a catalog whose every id holds "generated" for "dat".
    private var positionsByTriple: [[Int32]]?
    static let tripleBuckets = 4_096
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
        if competencies.count >= Self.byteIndexThreshold { (positionsByByte, positionsByPair, positionsByTriple) = Self.indexes(text) }
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
        if let positionsByByte, let positionsByPair, let positionsByTriple, earlier.map(Self.isAscending) ?? true {
            return indexedPositions(needle, among: earlier, byByte: positionsByByte, byPair: positionsByPair, byTriple: positionsByTriple)
        }
        if let earlier { return places(earlier, holding: needle) }
        let starts = starts
        return text.withUnsafeBufferPointer { text -> [Int] in
            needle.withUnsafeBufferPointer { pin -> [Int] in
                guard let base = text.baseAddress, let head = pin.baseAddress else { return [] }
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

    /// `positions` from the indexes: the bullets that hold every pair of the needle's bytes (its
    /// byte, for one byte) and may hold each of its threes, among `earlier` (in catalog order)
    /// when given; a needle of three bytes or more is then searched for in each of them, since
    /// holding its pairs and threes is not holding it.
    private func indexedPositions(_ needle: [UInt8], among earlier: [Int]?, byByte: [[Int]], byPair: [[Int32]], byTriple: [[Int32]]) -> [Int] {
        var candidates: [Int]
        if needle.count == 1 {
            candidates = byByte[Int(needle[0])]
        } else {
            // The rarest lists first: each step can only shrink the candidates. Three lists
            // narrow enough; the search below settles the rest.
            let pairs = Set((0..<needle.count - 1).map { Int(needle[$0]) << 8 | Int(needle[$0 + 1]) }).map { byPair[$0] }
            let triples = Set((0..<max(0, needle.count - 2)).map { Self.tripleBucket(needle[$0], needle[$0 + 1], needle[$0 + 2]) }).map { byTriple[$0] }
            let lists = (pairs + triples).sorted { $0.count < $1.count }
            candidates = lists[0].map(Int.init)
            for list in lists.dropFirst().prefix(2) where !candidates.isEmpty { candidates = Self.common(candidates, list) }
        }
        if let earlier { candidates = Self.common(candidates, earlier) }
        guard needle.count > 2, !candidates.isEmpty else { return candidates }
        return places(candidates, holding: needle)
    }

    /// The places, in their order, of the bullets whose search text holds `needle`: one search
    /// in each bullet's text. A place that names no bullet holds nothing.
    private func places(_ places: [Int], holding needle: [UInt8]) -> [Int] {
        let starts = starts
        return text.withUnsafeBufferPointer { text -> [Int] in
            needle.withUnsafeBufferPointer { pin -> [Int] in
                guard let base = text.baseAddress, let head = pin.baseAddress else { return [] }
                return places.filter { place in
                    guard place >= 0, place < starts.count - 1 else { return false }
                    return ByteSearch.first(head, count: pin.count, in: base + starts[place], count: starts[place + 1] - 1 - starts[place]) != nil
                }
            }
        }
    }

    /// The places in both of two lists in catalog order, in one pass over each.
    private static func common<Other: RandomAccessCollection>(_ places: [Int], _ other: Other) -> [Int] where Other.Element: BinaryInteger, Other.Index == Int {
        var found: [Int] = []
        found.reserveCapacity(min(places.count, other.count))
        var index = 0, otherIndex = other.startIndex
        while index < places.count && otherIndex < other.endIndex {
            let place = places[index], otherPlace = Int(other[otherIndex])
            if place == otherPlace { found.append(place); index += 1; otherIndex += 1 }
            else if place < otherPlace { index += 1 }
            else { otherIndex += 1 }
        }
        return found
    }

    /// Whether places are in catalog order, each once, as the indexes' lists are: a list of
    /// places in any other order is searched bullet by bullet, which keeps its order.
    private static func isAscending(_ places: [Int]) -> Bool {
        zip(places, places.dropFirst()).allSatisfy { $0 < $1 }
    }

    /// The bucket of three bytes in a row: a multiplicative hash of the three, to 12 bits.
    static func tripleBucket(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        let key = UInt32(first) << 16 | UInt32(second) << 8 | UInt32(third)
        return Int((key &* 2_654_435_761) >> 20) & (tripleBuckets - 1)
    }

    /// One pass over the joined search text: each byte's bullets, each pair of bytes' bullets,
    /// and each bucket of three bytes' bullets, each once, in catalog order.
    private static func indexes(_ text: [UInt8]) -> ([[Int]], [[Int32]], [[Int32]]) {
        var byByte = [[Int]](repeating: [], count: 256)
        var lastPlace = [Int](repeating: -1, count: 256)
        var byPair = [[Int32]](repeating: [], count: 65_536)
        var lastPairPlace = [Int32](repeating: -1, count: 65_536)
        var byTriple = [[Int32]](repeating: [], count: tripleBuckets)
        var lastTriplePlace = [Int32](repeating: -1, count: tripleBuckets)
        var place = 0
        // The two bytes before, in the same bullet's text.
        var previous: UInt8?, beforePrevious: UInt8?
        for byte in text {
            if byte == 0 { place += 1; previous = nil; beforePrevious = nil; continue }  // the end of a bullet's text
            if lastPlace[Int(byte)] != place {
                lastPlace[Int(byte)] = place
                byByte[Int(byte)].append(place)
            }
            if let previous {
                let pair = Int(previous) << 8 | Int(byte)
                if lastPairPlace[pair] != Int32(place) {
                    lastPairPlace[pair] = Int32(place)
                    byPair[pair].append(Int32(place))
                }
                if let beforePrevious {
                    let bucket = tripleBucket(beforePrevious, previous, byte)
                    if lastTriplePlace[bucket] != Int32(place) {
                        lastTriplePlace[bucket] = Int32(place)
                        byTriple[bucket].append(Int32(place))
                    }
                }
            }
            beforePrevious = previous
            previous = byte
        }
        return (byByte, byPair, byTriple)
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
