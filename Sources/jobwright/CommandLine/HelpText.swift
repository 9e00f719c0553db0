/// `--help` for a command, and the usage line its errors show, printed from its spec in the
/// layout of most command-line tools: OVERVIEW, the examples, USAGE, ARGUMENTS, OPTIONS,
/// wrapped at 80 columns.
enum HelpText {
    static let width = 80
    /// Where an entry's help starts: after two spaces and the widest usual label.
    static let helpColumn = 26

    static let helpOption = OptionSpec(long: "help", short: "h", kind: .flag, help: "Show help information.")
    static let versionOption = OptionSpec.flag("version", help: "Show the version.")

    /// "jobwright render <document> [<draft>] [--format <format>] ...".
    static func usage(of command: CommandSpec) -> String {
        // The first line follows "USAGE: " or "Usage: "; the rest line up under it.
        var lines = wrap(usageWords(of: command), indent: "USAGE: ".count, firstIndent: "USAGE: ".count)
        lines[0] = String(lines[0].dropFirst("USAGE: ".count))
        return lines.joined(separator: "\n")
    }

    private static func usageWords(of command: CommandSpec) -> [String] {
        guard command.name != JobWright.name else { return [command.name, "<subcommand>"] }
        var words = [command.invocation]
        for argument in command.arguments {
            words.append(argument.isOptional ? "[<\(argument.name)>]" : "<\(argument.name)>")
        }
        for option in command.options { words.append("[\(option.usage)]") }
        return words
    }

    /// The help of a command; with `subcommands`, the program's own, listing them.
    static func help(for command: CommandSpec, subcommands: [CommandSpec] = []) -> String {
        var lines = wrap(("OVERVIEW: " + command.abstract).split(separator: " ").map(String.init), indent: 0) + [""]
        if !command.discussion.isEmpty {
            lines += discussion(command.discussion)
            lines.append("")
        }
        lines.append("USAGE: " + usage(of: command))
        lines.append("")
        if !command.arguments.isEmpty {
            lines.append("ARGUMENTS:")
            for argument in command.arguments {
                lines += entry("<\(argument.name)>", help: argument.help, defaultValue: argument.defaultValue)
            }
            lines.append("")
        }
        lines.append("OPTIONS:")
        var options = command.options
        if command.name == JobWright.name { options.append(versionOption) }
        options.append(helpOption)
        for option in options {
            lines += entry(option.synopsis, help: option.help, defaultValue: option.defaultValue)
        }
        if !subcommands.isEmpty {
            lines.append("")
            lines.append("SUBCOMMANDS:")
            for subcommand in subcommands { lines += entry(subcommand.name, help: subcommand.abstract) }
            lines.append("")
            lines.append("  See '\(JobWright.name) help <subcommand>' for detailed help.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A command's remarks: each paragraph (lines that start at the margin) rewrapped as one;
    /// an indented line, such as an example command, printed as it is, so it can be copied.
    private static func discussion(_ text: String) -> [String] {
        var lines: [String] = []
        var paragraph: [String] = []
        func endParagraph() {
            if !paragraph.isEmpty { lines += wrap(paragraph, indent: 0) }
            paragraph = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty || line.hasPrefix(" ") {
                endParagraph()
                lines.append(String(line))
            } else {
                paragraph += line.split(separator: " ").map(String.init)
            }
        }
        endParagraph()
        return lines
    }

    /// One labelled entry: the label, then its help from the help column (on the next line when
    /// the label reaches it).
    private static func entry(_ label: String, help: String, defaultValue: String? = nil) -> [String] {
        let text = defaultValue.map { help + " (default: \($0))" } ?? help
        let wrapped = wrap(text.split(separator: " ").map(String.init), indent: helpColumn, firstIndent: helpColumn)
        let labelled = "  " + label
        if labelled.count + 2 <= helpColumn, let first = wrapped.first {
            let padded = labelled + String(repeating: " ", count: helpColumn - labelled.count)
            return [padded + first.dropFirst(helpColumn)] + wrapped.dropFirst()
        }
        return [labelled] + wrapped
    }

    /// Words laid out in lines of at most `width` columns, each but the first indented by
    /// `indent` spaces (the first by `firstIndent`); a word longer than a line has one alone.
    static func wrap(_ words: [String], indent: Int, firstIndent: Int = 0) -> [String] {
        var lines: [String] = []
        var line = String(repeating: " ", count: firstIndent)
        var lineIsEmpty = true
        for word in words {
            if !lineIsEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = String(repeating: " ", count: indent)
                lineIsEmpty = true
            }
            line += (lineIsEmpty ? "" : " ") + word
            lineIsEmpty = false
        }
        lines.append(lineIsEmpty ? "" : line)
        return lines
    }
}
