import Foundation

/// A program the tests run when it is installed (tidy, chromium, ...). Under CI (the CI
/// environment variable set) its tests always run, so a missing program fails them there
/// instead of passing unnoticed; elsewhere they are left out when it is missing.
enum ExternalTool {
    /// The program's path on PATH, if it is installed.
    static func path(_ name: String) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func shouldRun(_ name: String) -> Bool {
        path(name) != nil || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// Runs the program to its end: exit status and everything it printed (standard output
    /// and standard error together).
    static func run(_ path: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
