import JobWrightCore
import Testing

/// The eight-bytes-at-a-time tests answer what a test of each byte answers, for every byte value
/// at every place in the word, next to every other.
@Suite("Byte words")
struct ByteWordsTests {
    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { ByteWords.load($0.baseAddress!) }
    }

    static func matchMask(_ bytes: [UInt8], _ byte: UInt8) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 | ($1.element == byte ? UInt64(0x80) << (8 * UInt64($1.offset)) : 0) }
    }

    @Test func everyByteAtEveryPlace() {
        for value in 0...255 {
            for place in 0..<8 {
                for filler: UInt8 in [0x00, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0xFF] {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[place] = UInt8(value)
                    let word = Self.word(bytes)
                    #expect(ByteWords.isPrintableASCII(word) == bytes.allSatisfy { (0x20...0x7E).contains($0) }, "\(bytes)")
                    for range: ClosedRange<UInt8> in [0x41...0x5A, 0x00...0x7F, 0x30...0x30, 0x00...0x00, 0x7F...0x7F, 0x20...0x7E] {
                        let expected = bytes.enumerated().reduce(UInt64(0)) { $0 | (range.contains($1.element) ? UInt64(0x80) << (8 * UInt64($1.offset)) : 0) }
                        #expect(ByteWords.inRange(word, range) == expected, "\(bytes) \(range)")
                    }
                    for wanted: UInt8 in [0x00, 0x0A, 0x20, 0x7F, 0x80, 0xC2, 0xFF, UInt8(value)] {
                        #expect(ByteWords.matches(word, wanted) == Self.matchMask(bytes, wanted), "\(bytes) \(wanted)")
                    }
                }
            }
        }
    }

    @Test func randomWords() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let word = Self.word(bytes)
            #expect(ByteWords.isPrintableASCII(word) == bytes.allSatisfy { (0x20...0x7E).contains($0) })
            let wanted = bytes[Int.random(in: 0..<8, using: &generator)]
            #expect(ByteWords.matches(word, wanted) == Self.matchMask(bytes, wanted))
        }
    }

    /// `ByteSearch.firstIndex` finds what the array's own `firstIndex(of:)` finds from any start,
    /// in an empty array and past the end too.
    @Test func firstIndexOfAByte() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt8.random(in: 0x0A...0x0E, using: &generator) }
            let start = Int.random(in: 0...45, using: &generator)
            let byte = UInt8.random(in: 0x0A...0x0E, using: &generator)
            let expected = start < bytes.count ? bytes[start...].firstIndex(of: byte) : nil
            #expect(ByteSearch.firstIndex(of: byte, in: bytes, from: start) == expected)
        }
    }

    /// Lowering and the ASCII test, eight bytes at a time, give what a byte-by-byte pass gives, for
    /// every length up to 40 and bytes from all over the range (capitals and their neighbours,
    /// `@`, `[`, and bytes with the high bit set).
    @Test func loweringAndTheASCIITestOnBuffers() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x00, 0x20, 0x40, 0x41, 0x4D, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7F, 0x80, 0xC1, 0xC3, 0xDA, 0xFF]
        for _ in 0..<4_000 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Bool.random(using: &generator) ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...0x7F, using: &generator)
            }
            bytes.withUnsafeBufferPointer { buffer in
                #expect(ByteSearch.lowered(buffer) == bytes.map(ByteSearch.lowered), "\(bytes)")
                #expect(ByteSearch.isASCII(buffer) == bytes.allSatisfy { $0 < 0x80 }, "\(bytes)")
            }
        }
    }

    /// The UTF-8 check says what the standard library's says: every two-byte sequence, every
    /// three- and four-byte one around the edges of the ranges Unicode allows (overlong forms,
    /// surrogates, past U+10FFFF, cut short), each behind 0 to 9 ASCII bytes so the eight-byte
    /// steps meet it anywhere; and random mixes of ASCII, whole characters and stray bytes.
    @Test func theUTF8CheckAgreesWithTheStandardLibrary() {
        func agree(_ bytes: [UInt8]) {
            #expect(UTF8Check.isValid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
        for first in 0...0xFF { for second in 0...0xFF { agree([UInt8(first), UInt8(second)]) } }
        let edges: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        for lead in 0xE0...0xF5 {
            for second in edges {
                for third in edges {
                    for fourth in edges + [nil] as [UInt8?] {
                        let sequence = [UInt8(lead), second, third] + (fourth.map { [$0] } ?? [])
                        for padding in 0...9 { agree(Array(repeating: 0x61, count: padding) + sequence) }
                        agree(sequence + [0x61])
                    }
                }
            }
        }
        var generator = SystemRandomNumberGenerator()
        let characters = ["e", "é", "—", "€", "😀", "\u{10FFFF}", "\u{FFFD}"].map { Array($0.utf8) }
        let stray: [UInt8] = [0x80, 0xBF, 0xC0, 0xC2, 0xE0, 0xED, 0xF0, 0xF4, 0xF8, 0xFF]
        for _ in 0..<4_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                switch Int.random(in: 0...9, using: &generator) {
                case 0: bytes.append(stray.randomElement(using: &generator)!)
                case 1...4: bytes += characters.randomElement(using: &generator)!
                default: bytes += (0..<Int.random(in: 1...17, using: &generator)).map { _ in UInt8.random(in: 0x20...0x7E, using: &generator) }
                }
            }
            agree(bytes)
        }
    }
}
