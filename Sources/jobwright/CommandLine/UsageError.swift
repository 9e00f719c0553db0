import JobWrightCore

/// A command line the program cannot act on: an unknown option, a missing argument, a value out
/// of range. Printed with the command's usage line, and the program exits with status 64
/// (EX_USAGE), before anything is read or written.
struct UsageError: Error {
    let message: String
    let command: CommandSpec

    init(_ message: String, command: CommandSpec) {
        self.message = message
        self.command = command
    }

    /// What standard error shows: the message, the usage line and where to read more. A
    /// control character the user typed is shown as its picture, never sent to the terminal.
    var report: String {
        """
        jobwright: error: \(ControlPictures.visible(message, keeping: []))
        Usage: \(HelpText.usage(of: command))
          See '\(command.invocation) --help' for more information.

        """
    }
}

/// Ends the program with a status, having printed what it had to (a command's result, or its
/// errors through `Failure`).
struct ExitStatus: Error {
    let code: Int32
    init(_ code: Int32) { self.code = code }
}
