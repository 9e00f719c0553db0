import Foundation
import JobWrightCore

/// One of jobwright's commands: its spec, how it takes its values from a parsed command line
/// (checking them, so that `run` never starts on a command line it cannot act on), and its work.
protocol Command {
    static var spec: CommandSpec { get }
    init(_ arguments: ParsedArguments) throws(UsageError)
    func run() throws
}

extension Command {
    /// A usage error of this command, for the checks its initializer makes.
    static func usageError(_ message: String) -> UsageError {
        UsageError(message, command: spec)
    }

    /// Reads `words` (the command line after the command's name) and runs the command, or
    /// prints its help when asked for.
    static func main(_ words: [String]) throws {
        let arguments = try ParsedArguments(words, spec: spec)
        if arguments.wantsHelp {
            try Console.write(HelpText.help(for: spec))
            return
        }
        try Self(arguments).run()
    }
}

/// Text to the standard streams, unbuffered: help, version and documents on standard output,
/// messages on standard error. Written with write(2): a full disk or a closed pipe on standard
/// output is an error message and exit 73, never a crash.
enum Console {
    static func write(_ text: String) throws(JobWrightError) {
        try writeOutput(Array(text.utf8))
    }

    static func writeOutput(_ bytes: some ContiguousBytes) throws(JobWrightError) {
        let failed = AtomicFile.writeAll(bytes, to: STDOUT_FILENO)
        guard failed == 0 else {
            throw JobWrightError(.cannotWrite, "cannot write to standard output (\(String(cString: strerror(failed))))")
        }
    }

    /// A message that cannot be written (standard error closed or full) is dropped: there is
    /// nowhere left to say so.
    static func writeError(_ text: String) {
        _ = AtomicFile.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }
}
