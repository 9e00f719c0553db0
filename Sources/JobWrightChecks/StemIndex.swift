/// Word stems (lower-cased bytes) indexed by their first byte, for "the first stem, in list
/// order, that this word starts with": a word is compared only with the stems of its letter.
struct StemIndex {
    private var stems: [(stem: String, bytes: [UInt8])] = []
    /// For each first byte, the positions of its stems in list order.
    private var byFirstByte: [[Int]] = Array(repeating: [], count: 256)

    init(_ list: [String]) {
        for stem in list.map({ $0.lowercased() }) where !stem.isEmpty {
            let bytes = Array(stem.utf8)
            byFirstByte[Int(bytes[0])].append(stems.count)
            stems.append((stem, bytes))
        }
    }

    /// The first stem that `word` (lower-cased bytes) starts with.
    func first<Bytes: RandomAccessCollection<UInt8>>(prefixing word: Bytes) -> String? where Bytes.Index == Int {
        guard let head = word.first else { return nil }
        let base = word.startIndex
        for position in byFirstByte[Int(head)] {
            let stem = stems[position].bytes
            if stem.count <= word.count && stem.indices.allSatisfy({ word[base + $0] == stem[$0] }) {
                return stems[position].stem
            }
        }
        return nil
    }
}
