import Foundation

/// Finding a byte string in a byte string, forwards or backwards.
public enum ByteSearch {
    /// The first offset where `needle` starts in `haystack`: the C library's `memchr` finds each
    /// place the first byte occurs (many bytes at a time), `memcmp` checks the rest.
    public static func first(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard let base = hay.baseAddress, let head = pin.baseAddress,
                      let offset = first(head, count: pin.count, in: base, count: hay.count) else { return nil }
                return haystack.startIndex + offset
            }
        }
    }

    /// Where `needle` (`needleCount` bytes, at least one) first starts in `haystack`, as an
    /// offset from it: memchr for the first byte, memcmp for the rest.
    public static func first(_ needle: UnsafePointer<UInt8>, count needleCount: Int,
                             in haystack: UnsafePointer<UInt8>, count: Int) -> Int? {
        guard needleCount > 0, count >= needleCount else { return nil }
        var start = haystack
        let end = haystack + (count - needleCount + 1)  // the last place a match can start, plus one
        while start < end, let hit = memchr(start, Int32(needle[0]), end - start) {
            let place = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
            // The second byte is compared in place: most first-byte hits fail on it.
            if needleCount == 1 || (place[1] == needle[1] && memcmp(place + 2, needle + 2, needleCount - 2) == 0) {
                return place - haystack
            }
            start = place + 1
        }
        return nil
    }

    /// The last offset where `needle` starts in `haystack`, trying only the places where the
    /// needle's byte at `anchor` is found: `memchr` finds them all (many bytes at a time), and
    /// they are tried from the last.
    /// With `ignoringCase`, ASCII letters of the haystack match in any case: the needle is given
    /// in small letters, and its byte at `anchor` must not be a letter.
    public static func last(_ needle: [UInt8], in haystack: ArraySlice<UInt8>, anchor: Int = 0, ignoringCase: Bool = false) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, needle.indices.contains(anchor) else { return nil }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                guard let base = hay.baseAddress, let head = pin.baseAddress else { return nil }
                // The anchor byte of a match lies in anchor ..< limit.
                let limit = hay.count - pin.count + anchor + 1
                var places: [Int] = []
                var from = base + anchor
                while from < base + limit, let hit = memchr(from, Int32(pin[anchor]), base + limit - from) {
                    let place = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                    places.append(place - base - anchor)
                    from = place + 1
                }
                for start in places.reversed() {
                    let matches = ignoringCase ? (0..<pin.count).allSatisfy { lowered(base[start + $0]) == pin[$0] }
                        : memcmp(base + start, head, pin.count) == 0
                    if matches { return haystack.startIndex + start }
                }
                return nil
            }
        }
    }

    /// The first offset where `needle` starts, ignoring the case of ASCII letters in the haystack
    /// (the needle is given in lower case).
    public static func firstIgnoringCase(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if (0..<needle.count).allSatisfy({ lowered(haystack[index + $0]) == needle[$0] }) { return index }
            index += 1
        }
        return nil
    }

    /// The first index of `byte` in `buffer` at or after `start`, by `memchr`: many bytes at a
    /// time, where a loop over the bytes takes one. Inlinable: the render module's line loops
    /// call it once a line.
    @inlinable
    public static func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard start < buffer.count, let base = buffer.baseAddress,
              let hit = memchr(base + start, Int32(byte), buffer.count - start) else { return nil }
        return UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
    }

    /// `firstIndex(of:in:from:)` on an array's bytes (the array's own indices).
    public static func firstIndex(of byte: UInt8, in bytes: [UInt8], from start: Int = 0) -> Int? {
        bytes.withUnsafeBufferPointer { firstIndex(of: byte, in: $0, from: start) }
    }

    /// The ASCII bytes that `Character.isWhitespace` and `trimmingSpaces` take for blank: tab
    /// through carriage return, and space.
    public static func isASCIIBlank(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// An ASCII capital as its small letter; any other byte as it is.
    public static func lowered(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte + 0x20 : byte }

    /// `bytes.map(lowered)`, eight bytes at a time: a capital's flag (0x80) shifted to 0x20 is
    /// what lowers it.
    public static func lowered(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        guard let source = bytes.baseAddress else { return [] }
        return [UInt8](unsafeUninitializedCapacity: bytes.count) { output, count in
            guard let target = output.baseAddress else { return }
            var index = 0
            while bytes.count - index >= 8 {
                let word = ByteWords.load(source + index)
                let lowered = word | ByteWords.inRange(word, 0x41...0x5A) >> 2
                UnsafeMutableRawPointer(target + index).storeBytes(of: lowered.littleEndian, as: UInt64.self)
                index += 8
            }
            while index < bytes.count {
                target[index] = lowered(source[index])
                index += 1
            }
            count = bytes.count
        }
    }

    /// Whether every byte is below 0x80, eight at a time.
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        var high: UInt64 = 0
        while bytes.count - index >= 8 {
            high |= ByteWords.load(base + index)
            index += 8
        }
        while index < bytes.count {
            high |= UInt64(base[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }
}
