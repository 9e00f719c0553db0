/// Eight bytes at a time: tests that the text loops run on a whole 64-bit word before they fall
/// back to one byte at a time. Each answers exactly, for every byte of the word. Inlinable, so
/// that the loops in other modules compile them in rather than call them for every word.
public enum ByteWords {
    @usableFromInline static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @usableFromInline static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// The eight bytes at `pointer`, in memory order from the lowest bits (any alignment).
    @inlinable @inline(__always)
    public static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// The high bit of each byte of `word` that equals `byte`, and no other bit.
    @inlinable @inline(__always)
    public static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let differences = word ^ (ones &* UInt64(byte))
        // A byte is 0 exactly when adding 0x7F to its low seven bits leaves the high bit clear
        // and its own high bit is clear; no carry crosses into the next byte.
        return ~(((differences & ~highBits) &+ ~highBits) | differences) & highBits
    }

    /// The high bit of each byte of `word` that lies in `range`, and no other bit. The range must
    /// lie in ASCII (below 0x80).
    @inlinable @inline(__always)
    public static func inRange(_ word: UInt64, _ range: ClosedRange<UInt8>) -> UInt64 {
        // Adding 0x80 - low to the low seven bits sets the high bit exactly when the byte is at
        // least low; adding 0x7F - high, exactly when it is above high. No carry crosses bytes.
        let low7 = word & ~highBits
        let atLeastLow = (low7 &+ ones &* UInt64(0x80 - range.lowerBound)) & highBits
        let aboveHigh = (low7 &+ ones &* UInt64(0x7F - range.upperBound)) & highBits
        return atLeastLow & ~aboveHigh & ~word & highBits
    }

    /// Whether every byte of `word` is printable ASCII, 0x20 (space) through 0x7E (`~`).
    @inlinable @inline(__always)
    public static func isPrintableASCII(_ word: UInt64) -> Bool {
        // Below 0x20: adding 0x60 to the low seven bits leaves the high bit clear. 0x7F: adding 1 sets
        // it only for 0x7F (the low seven bits all set); a byte with its own high bit set is out.
        let low7 = word & ~highBits
        let atLeastSpace = (low7 &+ ones &* 0x60) & highBits
        let isDelete = (low7 &+ ones) & highBits
        return word & highBits == 0 && atLeastSpace == highBits && isDelete == 0
    }
}
