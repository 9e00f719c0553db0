import Foundation
import JobWrightCore

/// Reading inputs and writing outputs: `-` is stdin/stdout, files are written atomically
/// (a temporary file in the same folder, flushed to disk, then renamed over the target).
enum Files {
    static func readText(_ path: String) throws(JobWrightError) -> (name: String, text: String) {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard let text = String(data: data, encoding: .utf8) else {
                throw JobWrightError(.badData, "standard input is not UTF-8 text", at: SourceLocation(file: "<stdin>"))
            }
            return ("<stdin>", text)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw JobWrightError(.missingInput, "no such file", at: SourceLocation(file: path))
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw JobWrightError(.missingInput, isDirectory.boolValue ? "this is a folder, not a file" : "the file cannot be read",
                                 at: SourceLocation(file: path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw JobWrightError(.badData, "the file is not UTF-8 text", at: SourceLocation(file: path))
        }
        return (path, text)
    }

    /// Writes to stdout when `path` is nil or `-`, else atomically to the file.
    static func write(_ text: String, to path: String?) throws(JobWrightError) {
        try write(Data(text.utf8), to: path)
    }

    /// Bytes (a Word file) to stdout when `path` is nil or `-`, else atomically to the file.
    static func write(_ data: Data, to path: String?) throws(JobWrightError) {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(data)
            return
        }
        try AtomicFile.write(data, to: path)
    }

    /// Standard output is a terminal: where binary output would be garbage.
    static func isTerminal(_ path: String?) -> Bool {
        (path == nil || path == "-") && isatty(STDOUT_FILENO) == 1
    }
}
