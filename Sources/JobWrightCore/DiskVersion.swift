import Foundation

/// What a file held when jobwright last read or wrote it: enough to tell, before a save, whether
/// someone else (another program, a `git pull`, a colleague on a shared drive) changed or removed
/// it since. Content, not time: a file touched but not changed is not a conflict.
public struct DiskVersion: Equatable, Sendable {
    public var exists: Bool
    public var size: Int
    /// FNV-1a over the bytes: a fingerprint, not a security measure.
    public var hash: UInt64

    public static let absent = DiskVersion(exists: false, size: 0, hash: 0)

    public init(exists: Bool, size: Int, hash: UInt64) {
        self.exists = exists
        self.size = size
        self.hash = hash
    }

    public init(contents: Data) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        contents.withUnsafeBytes { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        self.init(exists: true, size: contents.count, hash: hash)
    }

    /// The file as it is now; a file that cannot be read counts as absent.
    public static func current(at path: String) -> DiskVersion {
        guard let data = FileManager.default.contents(atPath: path) else { return .absent }
        return DiskVersion(contents: data)
    }
}
