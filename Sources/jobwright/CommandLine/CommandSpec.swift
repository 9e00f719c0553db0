/// What a command accepts, declared once: its arguments and options are read from the command
/// line (`ParsedArguments`) and printed as help (`HelpText`) from this same table. A plain
/// table read by a loop, where a reflecting parser would look the options up again on every
/// start: the command line is read in microseconds, and every command starts that much sooner.
struct CommandSpec: Sendable {
    /// The name typed after `jobwright` ("render"); the program's own name for the root.
    let name: String
    let abstract: String
    /// Examples and remarks printed under the abstract by `--help`.
    var discussion = ""
    var arguments: [ArgumentSpec] = []
    var options: [OptionSpec] = []

    /// The words a user types to reach this command, for usage lines and messages.
    var invocation: String { name == JobWright.name ? name : "\(JobWright.name) \(name)" }

    func option(long: String) -> OptionSpec? { options.first { $0.long == long } }
    func option(short: Character) -> OptionSpec? { options.first { $0.short == short } }
    func argument(named name: String) -> ArgumentSpec? { arguments.first { $0.name == name } }
}

/// A positional argument, such as `<draft>`.
struct ArgumentSpec: Sendable {
    let name: String
    let help: String
    /// A missing optional argument is left out; its default, if any, is the command's to apply.
    var isOptional = false
    /// Printed in help as "(default: ...)".
    var defaultValue: String?
    /// The values it accepts, checked when parsed and listed in the error for any other.
    var choices: [String]?
}

/// An option (`--format html`), a repeatable option (`--candidate A --candidate B`) or a flag (`--ascii`).
struct OptionSpec: Sendable {
    enum Kind: Sendable {
        case flag
        /// Takes a value; given twice, the last one counts.
        case value(name: String)
        /// Takes a value and may be given again; every value counts, in order.
        case values(name: String)
    }

    /// The long name without its dashes ("format").
    let long: String
    var short: Character?
    let kind: Kind
    let help: String
    var defaultValue: String?
    var choices: [String]?

    static func flag(_ long: String, help: String) -> OptionSpec {
        OptionSpec(long: long, kind: .flag, help: help)
    }

    static func value(_ long: String, short: Character? = nil, valueName: String? = nil, help: String,
                      default defaultValue: String? = nil, choices: [String]? = nil) -> OptionSpec {
        OptionSpec(long: long, short: short, kind: .value(name: valueName ?? long), help: help, defaultValue: defaultValue, choices: choices)
    }

    static func values(_ long: String, valueName: String, help: String) -> OptionSpec {
        OptionSpec(long: long, kind: .values(name: valueName), help: help)
    }

    /// The option's value placeholder ("<format>"), nil for a flag.
    var valuePlaceholder: String? {
        switch kind {
        case .flag: nil
        case .value(let name), .values(let name): "<\(name)>"
        }
    }

    /// "-f, --format <format>", as help lists it.
    var synopsis: String {
        let names = (short.map { "-\($0), " } ?? "") + "--\(long)"
        return valuePlaceholder.map { "\(names) \($0)" } ?? names
    }

    /// "--format <format>" or "--candidate <name> ...", as a usage line shows it.
    var usage: String {
        switch kind {
        case .flag: "--\(long)"
        case .value(let name): "--\(long) <\(name)>"
        case .values(let name): "--\(long) <\(name)> ..."
        }
    }
}

extension Array where Element == String {
    /// The raw values of a closed set of choices, for an option's `choices`.
    static func choices<T: CaseIterable & RawRepresentable>(of type: T.Type) -> [String] where T.RawValue == String {
        T.allCases.map(\.rawValue)
    }
}
