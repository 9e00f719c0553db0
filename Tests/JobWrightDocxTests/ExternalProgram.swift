import Foundation

/// Programs the reader tests run. Where the environment variable CI is set a missing program is
/// a failure (the test runs and says what to install); elsewhere the test is left out.
struct ExternalProgram: Sendable {
    let name: String
    /// The Debian package that provides it, for the failure message.
    let package: String

    static let libreoffice = ExternalProgram(name: "libreoffice", package: "libreoffice-writer")
    static let pdfinfo = ExternalProgram(name: "pdfinfo", package: "poppler-utils")
    static let pdftotext = ExternalProgram(name: "pdftotext", package: "poppler-utils")
    static let pandoc = ExternalProgram(name: "pandoc", package: "pandoc")
    static let fcMatch = ExternalProgram(name: "fc-match", package: "fontconfig")

    var path: String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Run the tests that need these: when they are all installed, and always under CI.
    static func shouldRun(_ programs: ExternalProgram...) -> Bool {
        ProcessInfo.processInfo.environment["CI"] != nil || programs.allSatisfy { $0.path != nil }
    }

    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs the program to its end; a missing program throws a message naming its package.
    func run(_ arguments: [String]) throws -> Result {
        guard let path else { throw Missing(message: "\(name) is not installed: install the Debian package \(package)") }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("jw-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("out"), err = scratch.appendingPathComponent("err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: try Data(contentsOf: out),
                      stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    struct Missing: Error, CustomStringConvertible { var message: String; var description: String { message } }
}
