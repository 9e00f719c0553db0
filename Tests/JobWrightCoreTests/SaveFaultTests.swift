import Foundation
import JobWrightCore
import Synchronization
import Testing

/// The save path under faults: every system call it makes fails in turn, and a writer is
/// killed at random moments. The file on disk must always be the complete old or the complete
/// new version, and the message must say what happened.
@Suite("Saves under faults")
struct SaveFaultTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jw-faults-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".jobwright-") && $0.hasSuffix(".tmp") }
    }

    /// Real calls, except the one named, which fails with `code` (as the kernel reports it).
    static func failing(_ step: String, _ code: Int32, afterBytes: Int = 0) -> FileSystemCalls {
        var calls = FileSystemCalls.system
        let real = FileSystemCalls.system
        switch step {
        case "open":
            calls.open = { path, flags, mode in flags & O_CREAT != 0 ? { errno = code; return -1 }() : real.open(path, flags, mode) }
        case "open folder":
            calls.open = { path, flags, mode in flags & O_CREAT == 0 ? { errno = code; return -1 }() : real.open(path, flags, mode) }
        case "write":
            // Some bytes go out, then the disk is full: a half-written temporary file.
            let written = Mutex(0)
            calls.write = { descriptor, buffer, count in
                let done = written.withLock { $0 }
                guard done < afterBytes else { errno = code; return -1 }
                let result = real.write(descriptor, buffer, min(count, afterBytes - done))
                written.withLock { $0 += max(0, result) }
                return result
            }
        case "write nothing":
            calls.write = { _, _, _ in 0 }
        case "fsync":
            calls.fsync = { descriptor in
                // The file's own flush fails; the folder's flush (a directory descriptor) works.
                var info = stat()
                fstat(descriptor, &info)
                return (info.st_mode & S_IFMT) == S_IFDIR ? real.fsync(descriptor) : { errno = code; return -1 }()
            }
        case "fsync folder":
            calls.fsync = { descriptor in
                var info = stat()
                fstat(descriptor, &info)
                return (info.st_mode & S_IFMT) == S_IFDIR ? { errno = code; return -1 }() : real.fsync(descriptor)
            }
        case "close":
            calls.close = { descriptor in _ = real.close(descriptor); errno = code; return -1 }
        case "rename":
            calls.rename = { _, _ in errno = code; return -1 }
        default:
            Issue.record("unknown step \(step)")
        }
        return calls
    }

    @Test(arguments: [
        ("open", EROFS, "no new file can be made in this folder (Read-only file system)"),
        ("open", EACCES, "no new file can be made in this folder (Permission denied)"),
        ("write", ENOSPC, "cannot write (No space left on device); the file on disk is unchanged"),
        ("write nothing", 0, "cannot write (No space left on device); the file on disk is unchanged"),
        ("write", EIO, "cannot write (Input/output error); the file on disk is unchanged"),
        ("fsync", EIO, "cannot flush the new version to disk (Input/output error); the file on disk is unchanged"),
        ("close", EIO, "cannot finish writing (Input/output error); the file on disk is unchanged"),
        ("rename", EACCES, "cannot put the new version in place (Permission denied); the file on disk is unchanged"),
        ("rename", EXDEV, "cannot put the new version in place (Invalid cross-device link); the file on disk is unchanged"),
    ])
    func aFailingStepLeavesTheOldVersionWholeAndSaysWhy(step: String, code: Int32, message: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("draft.yaml").path
        let old = String(repeating: "old version\n", count: 2_000)
        try AtomicFile.write(Data(old.utf8), to: path)
        let new = Data(String(repeating: "new version\n", count: 4_000).utf8)
        #expect {
            try AtomicFile.write(new, to: path, calls: Self.failing(step, code, afterBytes: 10_000))
        } throws: { error in
            let text = (error as? JobWrightError)?.description ?? ""
            return text.hasPrefix("\(path): error:") && text.contains(message)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == old, "the old version is whole")
        #expect(try Self.leftovers(in: folder).isEmpty, "no temporary file is left")
    }

    @Test func aFolderThatCannotBeFlushedIsReportedThoughTheNewVersionIsInPlace() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("draft.yaml").path
        try AtomicFile.write(Data("old\n".utf8), to: path)
        #expect {
            try AtomicFile.write(Data("new\n".utf8), to: path, calls: Self.failing("fsync folder", EIO))
        } throws: { error in
            ((error as? JobWrightError)?.description ?? "").contains("the new version is in place, but the folder could not be flushed to disk")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        // A folder that cannot even be opened for flushing is not an error: the rename stands.
        try AtomicFile.write(Data("newer\n".utf8), to: path, calls: Self.failing("open folder", EACCES))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "newer\n")
    }

    @Test func aMissingFolderIsNamed() throws {
        #expect {
            try AtomicFile.write(Data("x".utf8), to: "/nonexistent-jw-folder/draft.yaml")
        } throws: { error in
            (error as? JobWrightError)?.description == "/nonexistent-jw-folder/draft.yaml: error: cannot write here: the folder /nonexistent-jw-folder does not exist"
        }
    }

    /// `--output /dev/null` (as root, where a rename over it would succeed) and a named pipe are
    /// written into, not replaced by a plain file.
    @Test func aDeviceOrAPipeIsWrittenIntoNotReplaced() throws {
        try AtomicFile.write(Data("discarded\n".utf8), to: "/dev/null")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFCHR)

        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reading end is open first (without blocking), so the write finds a reader.
        let readEnd = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(readEnd >= 0)
        defer { close(readEnd) }
        try AtomicFile.write(Data("through the pipe\n".utf8), to: fifo)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(readEnd, &buffer, buffer.count)
        let received = count > 0 ? String(decoding: buffer.prefix(count), as: UTF8.self) : ""
        #expect(received == "through the pipe\n")
        #expect(stat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func theFileKeepsItsPermissions() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("draft.yaml").path
        try AtomicFile.write(Data("old\n".utf8), to: path)
        chmod(path, 0o600)
        try AtomicFile.write(Data("new\n".utf8), to: path)
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test func temporaryFilesOfKilledWritersAreSweptButNotThoseOfLiveOnes() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("draft.yaml").path
        try AtomicFile.write(Data("first\n".utf8), to: path)
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let host = try Self.hostTag()
        let dead = ".draft.yaml.jobwright-\(host)-\(finished.processIdentifier)-1.tmp"
        let alive = ".draft.yaml.jobwright-\(host)-\(getppid())-2.tmp"
        let otherMachine = ".draft.yaml.jobwright-othermachine-\(finished.processIdentifier)-3.tmp"
        for name in [dead, alive, otherMachine] {
            try "half".write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        try AtomicFile.write(Data("second\n".utf8), to: path)
        #expect(try Set(Self.leftovers(in: folder)) == [alive, otherMachine])
    }

    /// The host part of temporary names, read back from a real write's temporary file.
    static func hostTag() throws -> String {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("x.yaml").path
        var tag = ""
        var calls = FileSystemCalls.system
        let seen = Mutex("")
        calls.rename = { from, to in seen.withLock { $0 = from }; return FileSystemCalls.system.rename(from, to) }
        try AtomicFile.write(Data("x".utf8), to: path, calls: calls)
        let name = URL(fileURLWithPath: seen.withLock { $0 }).lastPathComponent
        tag = String(name.dropFirst(".x.yaml.jobwright-".count).split(separator: "-").first ?? "")
        return tag
    }

    /// A child process saving a draft through the editor, round after round, is killed at a
    /// random moment 1,000 times. Each time, the draft on disk loads and is one complete version.
    @Test func aWriterKilledAtRandomNeverLeavesAHalfWrittenDraft() throws {
        let probePath = Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("jobwright-save-probe").path
        try #require(FileManager.default.isExecutableFile(atPath: probePath), "swift test builds jobwright-save-probe")
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("draft.yaml").path
        // A draft large enough (about 80 KB) that a kill often lands inside a write.
        var draft = try Draft.load(path: "example.draft.yaml", text: String(contentsOfFile: Self.example, encoding: .utf8)).draft
        draft.summary = (1...1_000).map { "Sentence \($0) of a long summary that makes every save take a while." }.joined(separator: " ")
        draft.position.title = "Initial title"
        let initial = try draft.yaml()
        try AtomicFile.write(Data(initial.utf8), to: path)

        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: probePath)
        probe.arguments = [path]
        let requests = Pipe(), answers = Pipe()
        probe.standardInput = requests
        probe.standardOutput = answers
        probe.standardError = FileHandle.nullDevice
        try probe.run()
        defer { try? requests.fileHandleForWriting.close(); probe.terminate(); probe.waitUntilExit() }
        var reader = LineReader(handle: answers.fileHandleForReading)
        try #require(reader.next() == "ready")

        var generator = SystemRandomNumberGenerator()
        var titles = Set<String>()
        var killedMidWrite = 0
        for attempt in 1...1_000 {
            let delay = Int.random(in: 0...40_000, using: &generator)
            requests.fileHandleForWriting.write(Data("\(delay) \(attempt)\n".utf8))
            let answer = reader.next()
            #expect(answer == "killed", "kill \(attempt): \(answer ?? "no answer")")
            if try !Self.leftovers(in: folder).isEmpty { killedMidWrite += 1 }
            // Byte for byte one complete version: the first, with only the title changed.
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let title = text.split(separator: "\n").first { $0.hasPrefix("  title: ") }.map { String($0.dropFirst(9)) } ?? ""
            let complete = initial.replacingOccurrences(of: "  title: Initial title\n", with: "  title: \(title)\n")
            #expect(text == complete, "kill \(attempt): the draft on disk is not a complete version (\(text.utf8.count) bytes)")
            if text != complete { return }
            // And it loads, now and then (loading takes longer than a kill).
            if attempt % 100 == 0 { #expect(try Draft.load(path: path, text: text).draft.position.title == title) }
            titles.insert(title)
        }
        // The children really saved (titles are "Version <kill × 1,000,000 + round>"), and some
        // kills landed inside a write (a temporary file was left behind).
        #expect(titles.count >= 2, "only \(titles.count) different versions were found on disk")
        #expect(killedMidWrite > 0, "no kill landed inside a write")
        if ProcessInfo.processInfo.environment["JOBWRIGHT_REPORT"] != nil { print("kill test: \(titles.count) versions seen, \(killedMidWrite) kills inside a write") }
        // The next save sweeps what the killed writers left.
        try AtomicFile.write(Data(try draft.yaml().utf8), to: path)
        #expect(try Self.leftovers(in: folder).isEmpty)
    }

    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates/example.draft.yaml").path
}

/// Lines from a pipe, one at a time.
struct LineReader {
    let handle: FileHandle
    var buffer = Data()

    init(handle: FileHandle) { self.handle = handle }

    mutating func next() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer.removeSubrange(buffer.startIndex...newline)
                return line
            }
            let chunk = handle.availableData
            if chunk.isEmpty { return nil }
            buffer.append(chunk)
        }
    }
}
