import Foundation
import JobWrightCore

/// Prints an error the way a compiler does, on stderr, and returns the exit code for it.
enum Failure {
    static func report(_ errors: [JobWrightError]) -> ExitStatus {
        for error in errors { printError(error.description) }
        return ExitStatus(errors.first?.kind.exitCode ?? 65)
    }

    static func printError(_ message: String) {
        Console.writeError("jobwright: " + message + "\n")
    }

    /// An error the user chose to go past (`--force`): the same line, labelled `warning`.
    static func warn(_ error: JobWrightError) {
        printError(error.described(as: "warning"))
    }

    /// Runs a body, turning jobwright's errors into messages and exit codes.
    static func guarding<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as JobWrightError {
            throw report([error])
        } catch let errors as JobWrightErrors {
            throw report(errors.errors)
        }
    }
}
