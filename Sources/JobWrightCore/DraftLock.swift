import Foundation

/// Tells two jobwright editors that they have the same draft open: a small file beside the draft
/// (`.draft.yaml.jobwright-lock`) naming the process, machine and user that holds it. A lock
/// whose process no longer runs on this machine is stale and taken over; a lock from another
/// machine cannot be tested, so the user is shown its holder and decides.
public struct DraftLock: Equatable, Sendable {
    public struct Holder: Equatable, Sendable {
        public var pid: Int32
        public var host: String
        public var user: String
        /// When the holder opened the draft, ISO 8601.
        public var since: String

        public init(pid: Int32, host: String, user: String, since: String) {
            self.pid = pid
            self.host = host
            self.user = user
            self.since = since
        }

        static var current: Holder {
            Holder(pid: getpid(), host: ThisMachine.hostName,
                   user: ThisMachine.userName,
                   since: ISO8601DateFormatter().string(from: Date()))
        }

        var text: String { "pid: \(pid)\nhost: \(host)\nuser: \(user)\nsince: \(since)\n" }

        init?(text: String) {
            var fields: [String: String] = [:]
            for line in text.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            guard let pid = fields["pid"].flatMap(Int32.init), let host = fields["host"] else { return nil }
            self.init(pid: pid, host: host, user: fields["user"] ?? "?", since: fields["since"] ?? "?")
        }

        /// "process 4242 of dana on hr-laptop, since 2026-12-01 10:42 UTC"
        public var description: String {
            let when = since.count == 20 && since.hasSuffix("Z")
                ? since.prefix(16).replacingOccurrences(of: "T", with: " ") + " UTC" : since
            return "process \(pid) of \(user) on \(host), since \(when)"
        }

        var isThisProcess: Bool { pid == getpid() && host == ThisMachine.hostName }

        /// Whether the holder is known to be gone: a process of this machine that no longer runs.
        var isStale: Bool { host == ThisMachine.hostName && !ThisMachine.isRunning(pid) }
    }

    public enum Outcome: Equatable, Sendable {
        /// This editor now holds the lock.
        case acquired(DraftLock)
        /// The lock of a process that is gone was replaced by this editor's.
        case tookOverStale(DraftLock, was: Holder)
        /// Another editor has the draft open.
        case heldByOther(Holder)
        /// No lock could be made (a read-only folder, say); editing goes on without one.
        case unavailable(reason: String)
    }

    /// The lock file's path.
    public let path: String
    public let holder: Holder

    public static func lockPath(for draftPath: String) -> String {
        let url = URL(fileURLWithPath: draftPath)
        let directory = url.deletingLastPathComponent().path
        return directory + "/." + url.lastPathComponent + ".jobwright-lock"
    }

    /// Takes the lock for a draft, or says who holds it.
    public static func acquire(for draftPath: String) -> Outcome {
        let path = lockPath(for: draftPath)
        if let lock = create(path) { return .acquired(lock) }
        guard errno == EEXIST else { return .unavailable(reason: String(cString: strerror(errno))) }
        let existing = FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }.flatMap(Holder.init(text:))
        guard let existing else {
            // Unreadable or half-written: the writer died while writing it.
            return takeOver(for: draftPath).map { .acquired($0) } ?? .unavailable(reason: "the lock file \(path) cannot be replaced")
        }
        if existing.isThisProcess { return .acquired(DraftLock(path: path, holder: existing)) }
        guard existing.isStale else { return .heldByOther(existing) }
        return takeOver(for: draftPath).map { .tookOverStale($0, was: existing) } ?? .heldByOther(existing)
    }

    /// Replaces whatever lock there is with this editor's ("edit anyway").
    public static func takeOver(for draftPath: String) -> DraftLock? {
        let path = lockPath(for: draftPath)
        let holder = Holder.current
        do { try AtomicFile.write(Data(holder.text.utf8), to: path) } catch { return nil }
        return DraftLock(path: path, holder: holder)
    }

    /// Whether the lock beside `draftPath` is this process's.
    public static func isOurs(for draftPath: String) -> Bool {
        let text = FileManager.default.contents(atPath: lockPath(for: draftPath)).flatMap { String(data: $0, encoding: .utf8) }
        return text.flatMap(Holder.init(text:))?.isThisProcess == true
    }

    /// Removes a draft's lock if this process holds it (another editor may have taken it over).
    public static func releaseIfOurs(for draftPath: String) {
        let path = lockPath(for: draftPath)
        let text = FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
        guard let holder = text.flatMap(Holder.init(text:)), holder.isThisProcess else { return }
        unlink(path)
    }

    private static func create(_ path: String) -> DraftLock? {
        let holder = Holder.current
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { return nil }
        let bytes = Array(holder.text.utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress!, $0.count) }
        close(descriptor)
        guard written == bytes.count else { unlink(path); errno = EIO; return nil }
        return DraftLock(path: path, holder: holder)
    }
}
