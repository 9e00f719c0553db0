import Foundation
import Testing

/// The command line is read by jobwright's own option table (Sources/jobwright/CommandLine):
/// the forms a user types, the messages for what it cannot act on, and the help it prints.
@Suite("Reading the command line")
struct CommandLineReadingTests {
    static let commands = ["edit", "new", "import", "district", "render", "check", "tally", "catalog"]

    @Test func anOptionsValueMayFollowAnEqualsSignOrComeAsTheNextWord() throws {
        let spaced = try CLI.run(["render", "posting", CLI.example, "--format", "markdown", "-o", "-"])
        let joined = try CLI.run(["render", "--format=markdown", "posting", CLI.example])
        let short = try CLI.run(["render", "-f", "markdown", "posting", CLI.example])
        #expect(spaced.status == 0 && joined.status == 0 && short.status == 0, "\(spaced.stderr)\(joined.stderr)\(short.stderr)")
        #expect(spaced.stdout.hasPrefix("# ") && spaced.stdout == joined.stdout && joined.stdout == short.stdout)
    }

    @Test func aRepeatedOptionKeepsItsLastValueAndARepeatableOneKeepsAll() throws {
        let last = try CLI.run(["render", "posting", CLI.example, "--format", "html", "--format", "text"])
        #expect(last.status == 0 && !last.stdout.hasPrefix("<!DOCTYPE"))
        let sheet = try CLI.run(["render", "scoresheet", CLI.example, "--candidate", "A. Rivera", "--candidate", "B. Chen", "--interviewer", "J. Doe"])
        #expect(sheet.status == 0, "\(sheet.stderr)")
        #expect(sheet.stdout.contains("A. Rivera,J. Doe") && sheet.stdout.contains("B. Chen,J. Doe"))
    }

    @Test func afterTwoDashesEveryWordIsAnArgument() throws {
        let draft = try String(contentsOfFile: CLI.example, encoding: .utf8)
        let run = try CLI.run(["render", "--", "posting", "-"], stdin: draft)
        #expect(run.status == 0, "\(run.stderr)")
        let dashFile = try CLI.run(["render", "posting", "--", "--format"])
        #expect(dashFile.status == 66 && dashFile.stderr == "jobwright: --format: error: no such file\n")
    }

    @Test(arguments: [
        (["render", "posting", "--formt", "html"], "unknown option '--formt' (did you mean '--format'?)"),
        (["rendr", "posting"], "unknown command 'rendr' (did you mean 'render'?)"),
        (["render", "posting", "--output"], "missing value for '--output <file>'"),
        (["render"], "missing expected argument '<document>'"),
        (["render", "posting", "a.yaml", "b.yaml"], "unexpected argument 'b.yaml'"),
        (["render", "posting", "--ascii=yes"], "'--ascii' takes no value"),
        (["render", "posting", "--width", "wide"], "the value 'wide' is invalid for '--width': give a whole number"),
        (["check", "--grade", "x", "--question", "q"], "the value 'x' is invalid for '--grade': give a number"),
        (["catalog", "people"], "the value 'people' is invalid for '<listing>': give one of 'areas', 'bullets', 'questions', 'standards', 'roles'"),
        (["--version", "render"], "'--version' takes nothing else"),
        (["--bogus"], "unknown option '--bogus'"),
    ])
    func whatItCannotActOnExits64WithTheMessageAndUsage(arguments: [String], message: String) throws {
        let run = try CLI.run(arguments)
        #expect(run.status == 64, "\(arguments)")
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "jobwright: error: " + message, "\(run.stderr)")
        #expect(lines.count >= 3 && lines[1].hasPrefix("Usage: jobwright"), "\(run.stderr)")
        #expect(lines.last?.hasSuffix("--help' for more information.") == true)
    }

    @Test func aControlCharacterInAnUnknownOptionIsShownAsItsPicture() throws {
        let run = try CLI.run(["render", "--\u{1B}[2J"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("jobwright: error: unknown option '--\u{241B}[2J'"))
        #expect(!run.stderr.contains("\u{1B}"))
    }

    @Test func everyCommandsHelpListsItsOptionsWithinEightyColumns() throws {
        for command in Self.commands {
            let help = try CLI.run([command, "--help"])
            #expect(help.status == 0 && help.stderr.isEmpty, "\(command)")
            #expect(help.stdout.hasPrefix("OVERVIEW: "), "\(command)")
            #expect(help.stdout.contains("\nUSAGE: jobwright \(command)"), "\(command)")
            #expect(help.stdout.contains("\n  -h, --help "), "\(command)")
            #expect(help.stdout.contains("\n  --catalog <dir> "), "\(command)")
            // Only an example command line may be longer, so that it can be copied whole.
            for line in help.stdout.split(separator: "\n") where line.count > 80 {
                #expect(line.hasPrefix("  jobwright "), "\(command): \(line)")
            }
            #expect(try CLI.run(["help", command]).stdout == help.stdout, "\(command)")
            #expect(try CLI.run([command, "-h"]).stdout == help.stdout, "\(command)")
        }
        #expect(try CLI.run(["render", "--help"]).stdout.contains("  -f, --format <format>   Output format:"))
        let check = try CLI.run(["check", "--help"]).stdout
        #expect(check.contains("  --level <level>         The lowest severity") && check.contains("or notice. (default: error)"), "\(check)")
    }

    @Test func theProgramsOwnHelpListsEveryCommand() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        #expect(try CLI.run(["help"]).stdout == help.stdout)
        // Not on a terminal, `jobwright` alone prints the same help rather than opening the editor.
        #expect(try CLI.run([]).stdout == help.stdout)
        for command in Self.commands {
            #expect(help.stdout.contains("\n  \(command) "), "\(command)")
        }
        #expect(help.stdout.contains("  --version "))
    }
}
