import Foundation
import JobWrightCore

/// Reading inputs and writing outputs: `-` is stdin/stdout, files are written atomically
/// (a temporary file in the same folder, flushed to disk, then renamed over the target).
enum Files {
    static func readText(_ path: String) throws(JobWrightError) -> (name: String, text: String) {
        let data = try readData(path)
        let name = path == "-" ? "<stdin>" : path
        guard let text = String(data: data, encoding: .utf8) else {
            throw JobWrightError(.badData, path == "-" ? "standard input is not UTF-8 text" : "the file is not UTF-8 text",
                                 at: SourceLocation(file: name))
        }
        return (name, text)
    }

    /// A file's bytes, or standard input's for `-`. With `limit`, a bigger input is refused with
    /// `tooBig(size)` before it is read whole (a file by its size, standard input once it passes).
    static func readData(_ path: String, limit: Int? = nil, tooBig: (Int) -> String = { _ in "" }) throws(JobWrightError) -> Data {
        if path == "-" {
            var data = Data()
            while true {
                let chunk = FileHandle.standardInput.readData(ofLength: 1 << 16)
                if chunk.isEmpty { break }
                data += chunk
                if let limit, data.count > limit { throw JobWrightError(.badData, tooBig(data.count)) }
            }
            return data
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw JobWrightError(.missingInput, "no such file", at: SourceLocation(file: path))
        }
        if let limit, !isDirectory.boolValue,
           let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue, size > limit {
            throw JobWrightError(.badData, tooBig(size), at: SourceLocation(file: path))
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw JobWrightError(.missingInput, isDirectory.boolValue ? "this is a folder, not a file" : "the file cannot be read",
                                 at: SourceLocation(file: path))
        }
        return data
    }

    /// Writes to stdout when `path` is nil or `-`, else atomically to the file.
    static func write(_ text: String, to path: String?) throws(JobWrightError) {
        try write(Array(text.utf8), to: path)
    }

    /// Bytes (a rendered document, a Word file) to stdout when `path` is nil or `-`, else
    /// atomically to the file.
    static func write(_ bytes: some ContiguousBytes, to path: String?) throws(JobWrightError) {
        guard let path, path != "-" else { return try Console.writeOutput(bytes) }
        try AtomicFile.write(bytes, to: path)
    }

    /// Standard output is a terminal: where binary output would be garbage.
    static func isTerminal(_ path: String?) -> Bool {
        (path == nil || path == "-") && isatty(STDOUT_FILENO) == 1
    }
}
