import Foundation

/// Writes a file so that readers see either the old content or the new, never half of it:
/// a temporary file beside the target, fsync, then rename(2) over the target, then fsync of the
/// folder so the rename itself survives a power cut.
public enum AtomicFile {
    public static func write(_ data: some ContiguousBytes, to path: String, calls: FileSystemCalls = .system) throws(JobWrightError) {
        // A device, pipe or socket (`--output /dev/null`, `/dev/stdout`, a FIFO) is written into,
        // never replaced: renaming over /dev/null would leave a plain file in its place.
        var status = stat()
        if stat(path, &status) == 0 && (status.st_mode & S_IFMT) != S_IFREG && (status.st_mode & S_IFMT) != S_IFDIR {
            try writeInto(data, path: path, calls: calls)
            return
        }
        // A symbolic link (a draft kept in a synced or shared folder and linked from here) is
        // written through: the file it leads to gets the new version, and the link stays a link.
        // Messages still name the path the user gave.
        let target = linkTarget(path) ?? path
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent().path
        let prefix = "." + url.lastPathComponent + ".jobwright-" + hostTag + "-"
        removeStaleTemporaries(in: directory, prefix: prefix)
        let temporary = directory + "/" + prefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let mode: mode_t = (try? FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber)?
            .map { mode_t($0.uint16Value) } ?? 0o644
        let descriptor = calls.open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else {
            let code = errno
            throw code == ENOENT ? JobWrightError(.cannotWrite, "cannot write here: the folder \(directory) does not exist", at: SourceLocation(file: path))
                : failure("cannot write here: no new file can be made in this folder", code, path)
        }
        var step = "cannot write"
        var failed = writeAll(data, to: descriptor, calls: calls)
        if failed == 0 && calls.fsync(descriptor) != 0 { failed = errno; step = "cannot flush the new version to disk" }
        if calls.close(descriptor) != 0 && failed == 0 { failed = errno; step = "cannot finish writing" }
        if failed == 0 && calls.rename(temporary, target) != 0 { failed = errno; step = "cannot put the new version in place" }
        if failed != 0 {
            unlink(temporary)
            throw failure(step, failed, path, then: "; the file on disk is unchanged")
        }
        let directoryDescriptor = calls.open(directory.isEmpty ? "." : directory, O_RDONLY, 0)
        guard directoryDescriptor >= 0 else { return }  // a folder that cannot be opened cannot be synced either; the rename stands
        let syncFailed = calls.fsync(directoryDescriptor) != 0 ? errno : 0
        _ = calls.close(directoryDescriptor)
        if syncFailed != 0 && syncFailed != EINVAL {
            throw failure("the new version is in place, but the folder could not be flushed to disk", syncFailed, path,
                          then: ", so it may not survive a power cut; save again")
        }
    }

    /// The file a symbolic link finally leads to, when `path` is one and that file exists; nil
    /// for anything else (a plain file, a missing file, a link that leads nowhere).
    static func linkTarget(_ path: String) -> String? {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK,
              let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Writes into an existing device, pipe or socket, in place.
    static func writeInto(_ data: some ContiguousBytes, path: String, calls: FileSystemCalls) throws(JobWrightError) {
        let descriptor = calls.open(path, O_WRONLY, 0)
        guard descriptor >= 0 else { throw failure("cannot write", errno, path) }
        var failed = writeAll(data, to: descriptor, calls: calls)
        if calls.close(descriptor) != 0 && failed == 0 { failed = errno }
        if failed != 0 { throw failure("cannot write", failed, path) }
    }

    /// Writes every byte to an open descriptor (standard output too), going on after an
    /// interruption; the error number, or 0.
    public static func writeAll(_ data: some ContiguousBytes, to descriptor: Int32, calls: FileSystemCalls = .system) -> Int32 {
        var failed: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = calls.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue }; failed = errno; return }
                // A write that stores nothing and reports no error would loop for ever: treat it as a full disk.
                if written == 0 { failed = ENOSPC; return }
                offset += written
            }
        }
        return failed
    }

    /// "cannot write (No space left on device); the file on disk is unchanged": the system's
    /// reason right after the step, so that a status line cut short still shows it.
    private static func failure(_ what: String, _ code: Int32, _ path: String, then: String = "") -> JobWrightError {
        JobWrightError(.cannotWrite, "\(what) (\(String(cString: strerror(code))))" + then, at: SourceLocation(file: path))
    }

    /// This machine's name as temporary names carry it, so that a folder shared between machines
    /// never has one machine remove another's file in progress.
    static let hostTag: String = {
        let name = ThisMachine.hostName.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : "_" }
        return String(name.prefix(40))
    }()

    /// Temporary files left by a writer on this machine that was killed
    /// (`.draft.yaml.jobwright-HOST-PID-N.tmp` whose process is gone) are removed, so a crash
    /// never leaves clutter for good.
    static func removeStaleTemporaries(in directory: String, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let rest = name.dropFirst(prefix.count)
            guard let pid = rest.split(separator: "-").first.flatMap({ pid_t($0) }), pid != getpid() else { continue }
            if !ThisMachine.isRunning(pid) { unlink(directory + "/" + name) }
        }
    }
}

/// The system calls a save makes, one closure each, so that tests can make any step fail
/// (a full disk, a read-only folder, a failing flush) and see what the user is told.
/// A failing call returns -1 and sets `errno`, as the real one does.
public struct FileSystemCalls: Sendable {
    public var open: @Sendable (String, Int32, mode_t) -> Int32
    public var write: @Sendable (Int32, UnsafeRawPointer, Int) -> Int
    public var fsync: @Sendable (Int32) -> Int32
    public var close: @Sendable (Int32) -> Int32
    public var rename: @Sendable (String, String) -> Int32

    public init(open: @escaping @Sendable (String, Int32, mode_t) -> Int32,
                write: @escaping @Sendable (Int32, UnsafeRawPointer, Int) -> Int,
                fsync: @escaping @Sendable (Int32) -> Int32,
                close: @escaping @Sendable (Int32) -> Int32,
                rename: @escaping @Sendable (String, String) -> Int32) {
        self.open = open
        self.write = write
        self.fsync = fsync
        self.close = close
        self.rename = rename
    }

    public static let system = FileSystemCalls(
        open: { Foundation.open($0, $1, $2) },
        write: { Foundation.write($0, $1, $2) },
        fsync: { Foundation.fsync($0) },
        close: { Foundation.close($0) },
        rename: { Foundation.rename($0, $1) }
    )
}
