import JobWrightCore

/// Finds one member of a zip archive held in memory: its compression method, sizes and where its
/// data starts. Every offset is checked against the bytes before it is used, so a damaged or
/// truncated archive is a thrown reason, never a trap or an endless read.
///
/// Written for `.docx` files (ZIP 2.0: stored or deflated members, no ZIP64, no encryption);
/// ZIPFoundation's readers, tried first, trapped on a directory pointing past the end (in memory)
/// and looped for ever on a truncated deflate stream (from a file), both found by FuzzImport.
struct ZipEntryLocator {
    struct Member: Equatable {
        enum Method: Equatable { case stored, deflated }
        var method: Method
        /// Where the member's data starts in the archive.
        var dataOffset: Int
        var compressedSize: Int
        var uncompressedSize: Int
        /// The CRC-32 the directory records for the uncompressed data.
        var checksum: UInt32
    }

    /// Why an archive cannot be read, in words for the message.
    struct Damage: Error, Equatable {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }

    private let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static let endRecordSignature: UInt32 = 0x0605_4B50
    static let directorySignature: UInt32 = 0x0201_4B50
    static let localHeaderSignature: UInt32 = 0x0403_4B50

    /// The member named `path`, or nil when the archive's directory has no such member.
    func member(named path: String) throws(Damage) -> Member? {
        let end = try endRecord()
        let entries = Int(try uint16(at: end + 10))
        let directorySize = Int(try uint32(at: end + 12))
        let directoryStart = Int(try uint32(at: end + 16))
        guard directoryStart <= end, directorySize <= end - directoryStart else {
            throw Damage("its directory lies outside the file")
        }
        let wanted = Array(path.utf8)
        var cursor = directoryStart
        for _ in 0..<entries {
            guard try uint32(at: cursor) == Self.directorySignature else {
                throw Damage("its directory is damaged")
            }
            let flags = try uint16(at: cursor + 8)
            let method = try uint16(at: cursor + 10)
            let checksum = try uint32(at: cursor + 16)
            let compressed = try uint32(at: cursor + 20)
            let uncompressed = try uint32(at: cursor + 24)
            let nameLength = Int(try uint16(at: cursor + 28))
            let extraLength = Int(try uint16(at: cursor + 30))
            let commentLength = Int(try uint16(at: cursor + 32))
            let localHeader = Int(try uint32(at: cursor + 42))
            let name = try slice(at: cursor + 46, count: nameLength)
            cursor += 46 + nameLength + extraLength + commentLength
            guard name.elementsEqual(wanted) else { continue }
            guard flags & 1 == 0 else { throw Damage("\(path) is encrypted") }
            guard compressed != .max, uncompressed != .max else {
                throw Damage("\(path) is stored in the ZIP64 form, which Word does not write")
            }
            return try member(method: method, localHeader: localHeader, compressedSize: Int(compressed),
                              uncompressedSize: Int(uncompressed), checksum: checksum, path: path)
        }
        return nil
    }

    private func member(method: UInt16, localHeader: Int, compressedSize: Int, uncompressedSize: Int,
                        checksum: UInt32, path: String) throws(Damage) -> Member {
        guard try uint32(at: localHeader) == Self.localHeaderSignature else {
            throw Damage("the directory's entry for \(path) points to no member")
        }
        let nameLength = Int(try uint16(at: localHeader + 26))
        let extraLength = Int(try uint16(at: localHeader + 28))
        let dataOffset = localHeader + 30 + nameLength + extraLength
        guard dataOffset <= bytes.count, compressedSize <= bytes.count - dataOffset else {
            throw Damage("\(path) is cut short: the file ends before its data does")
        }
        let found: Member.Method
        switch method {
        case 0:
            guard compressedSize == uncompressedSize else { throw Damage("\(path) has two different sizes") }
            found = .stored
        case 8:
            found = .deflated
        default:
            throw Damage("\(path) is compressed by method \(method), which Word does not use")
        }
        return Member(method: found, dataOffset: dataOffset, compressedSize: compressedSize,
                      uncompressedSize: uncompressedSize, checksum: checksum)
    }

    /// The offset of the end-of-central-directory record: the last signature in the final
    /// 65,557 bytes (22 bytes of record and at most 65,535 of comment).
    private func endRecord() throws(Damage) -> Int {
        guard bytes.count >= 22 else { throw Damage("it has no zip directory") }
        // The record's signature, "PK\u{5}\u{6}", starting at most 22 bytes before the end.
        let found = ByteSearch.last([0x50, 0x4B, 0x05, 0x06], in: bytes[max(0, bytes.count - 65_557)..<(bytes.count - 18)])
        guard let found else { throw Damage("it has no zip directory") }
        return found
    }

    private func slice(at offset: Int, count: Int) throws(Damage) -> ArraySlice<UInt8> {
        guard offset >= 0, count >= 0, offset <= bytes.count, count <= bytes.count - offset else {
            throw Damage("its directory is cut short")
        }
        return bytes[offset..<(offset + count)]
    }

    private func uint16(at offset: Int) throws(Damage) -> UInt16 {
        let two = try slice(at: offset, count: 2)
        return UInt16(two[offset]) | UInt16(two[offset + 1]) << 8
    }

    private func uint32(at offset: Int) throws(Damage) -> UInt32 {
        let four = try slice(at: offset, count: 4)
        return (0..<4).reduce(UInt32(0)) { $0 | UInt32(four[offset + $1]) << (8 * $1) }
    }
}
