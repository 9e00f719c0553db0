import Foundation

/// Writes a file so that readers see either the old content or the new, never half of it:
/// a temporary file beside the target, fsync, then rename(2) over the target.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws(JobWrightError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary = directory + "/." + url.lastPathComponent + ".jobwright-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let mode: mode_t = (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?
            .map { mode_t($0.uint16Value) } ?? 0o644
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else {
            throw JobWrightError(.cannotWrite, "cannot write here: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
        }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue }; failure = errno; return }
                offset += written
            }
        }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw JobWrightError(.cannotWrite, "cannot write: \(String(cString: strerror(failure)))", at: SourceLocation(file: path))
        }
        // Make the rename itself durable.
        let directoryDescriptor = open(directory.isEmpty ? "." : directory, O_RDONLY)
        if directoryDescriptor >= 0 { fsync(directoryDescriptor); close(directoryDescriptor) }
    }
}
