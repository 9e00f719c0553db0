import Foundation

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
            Console.write(HelpText.help(for: spec))
            return
        }
        try Self(arguments).run()
    }
}

/// Text to the standard streams, unbuffered: help and version on standard output, usage errors
/// on standard error.
enum Console {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
