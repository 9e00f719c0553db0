import Foundation

/// The machine and process this jobwright runs as, for lock files and temporary names.
public enum ThisMachine {
    /// The host name from gethostname(2): no name lookup, so it never waits on a network.
    public static let hostName: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()

    /// The user's login name (from the password database, so it is right without $USER).
    public static let userName: String = {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? String(getuid())
    }()

    /// Whether a process of this machine is still running (a process of another user counts).
    public static func isRunning(_ pid: pid_t) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
