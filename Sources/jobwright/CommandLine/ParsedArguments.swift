import JobWrightCore

/// A command line read against a command's spec: which flags were given, each option's values
/// and the positional arguments by name. Reading it cannot fail later: every option is known,
/// has its value and, when it has choices, one of them.
struct ParsedArguments {
    let spec: CommandSpec
    private var flags: Set<String> = []
    private var optionValues: [String: [String]] = [:]
    private var argumentValues: [String: String] = [:]
    /// `-h` or `--help` was given: the command prints its help and does nothing else.
    private(set) var wantsHelp = false

    /// Reads `words` (the command line after the command's name). Options may come before,
    /// between or after the arguments; `--name=value` and `--name value` are the same; after
    /// `--` every word is an argument, so a file named `-x` can be given as `-- -x`.
    init(_ words: [String], spec: CommandSpec) throws(UsageError) {
        self.spec = spec
        var positionals: [String] = []
        var index = 0
        var optionsEnded = false
        while index < words.count {
            let word = words[index]
            index += 1
            if optionsEnded || word == "-" || !word.hasPrefix("-") {
                positionals.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            if word == "-h" || word == "--help" {
                wantsHelp = true
                continue
            }
            let (option, inlineValue) = try Self.option(for: word, in: spec)
            switch option.kind {
            case .flag:
                guard inlineValue == nil else { throw UsageError("'--\(option.long)' takes no value", command: spec) }
                flags.insert(option.long)
            case .value, .values:
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < words.count {
                    value = words[index]
                    index += 1
                } else {
                    throw UsageError("missing value for '\(option.usage)'", command: spec)
                }
                if let choices = option.choices, !choices.contains(value) {
                    throw UsageError(Self.notAChoice(value, for: "'--\(option.long)'", choices: choices), command: spec)
                }
                if case .value = option.kind {
                    optionValues[option.long] = [value]
                } else {
                    optionValues[option.long, default: []].append(value)
                }
            }
        }
        guard !wantsHelp else { return }
        for (position, argument) in spec.arguments.enumerated() {
            guard position < positionals.count else {
                if argument.isOptional { break }
                throw UsageError("missing expected argument '<\(argument.name)>'", command: spec)
            }
            let value = positionals[position]
            if let choices = argument.choices, !choices.contains(value) {
                throw UsageError(Self.notAChoice(value, for: "'<\(argument.name)>'", choices: choices), command: spec)
            }
            argumentValues[argument.name] = value
        }
        if positionals.count > spec.arguments.count {
            throw UsageError("unexpected argument '\(positionals[spec.arguments.count])'", command: spec)
        }
    }

    /// The option a word names (`--format`, `--format=html`, `-f`), with a value given inline.
    private static func option(for word: String, in spec: CommandSpec) throws(UsageError) -> (OptionSpec, String?) {
        if word.hasPrefix("--") {
            let body = word.dropFirst(2)
            let name = body.prefix { $0 != "=" }
            let inlineValue = name.endIndex < body.endIndex ? String(body[body.index(after: name.endIndex)...]) : nil
            if let option = spec.option(long: String(name)) { return (option, inlineValue) }
        } else if word.count == 2, let option = spec.option(short: word.last!) {
            return (option, nil)
        }
        let longNames = spec.options.map { "--" + $0.long }
        let closest = Suggestions.closest(to: String(word.prefix { $0 != "=" }), in: longNames)
        let hint = closest.first.map { " (did you mean '\($0)'?)" } ?? ""
        throw UsageError("unknown option '\(word)'\(hint)", command: spec)
    }

    private static func notAChoice(_ value: String, for name: String, choices: [String]) -> String {
        "the value '\(value)' is invalid for \(name): give one of " + choices.map { "'\($0)'" }.joined(separator: ", ")
    }

    // MARK: Reading the values (names are the spec's; asking for one it lacks is a programming
    // error). An option or argument not given has the spec's default, the one help prints.

    func flag(_ long: String) -> Bool {
        precondition(spec.option(long: long) != nil, "\(spec.name) has no option --\(long)")
        return flags.contains(long)
    }

    func value(_ long: String) -> String? {
        values(long).last ?? spec.option(long: long)?.defaultValue
    }

    func values(_ long: String) -> [String] {
        precondition(spec.option(long: long) != nil, "\(spec.name) has no option --\(long)")
        return optionValues[long] ?? []
    }

    func argument(_ name: String) -> String? {
        precondition(spec.argument(named: name) != nil, "\(spec.name) has no argument <\(name)>")
        return argumentValues[name] ?? spec.argument(named: name)?.defaultValue
    }

    /// An option or argument with a closed set of values (checked while parsing) that is
    /// required or has a default, so always has one.
    func choice<T: RawRepresentable>(_ name: String) -> T where T.RawValue == String {
        let raw = spec.argument(named: name) != nil ? argument(name) : value(name)
        guard let choice = raw.flatMap(T.init(rawValue:)) else {
            preconditionFailure("\(spec.name): \(name) is neither required nor given a default of its type")
        }
        return choice
    }

    /// A whole number option with a default.
    func integer(_ long: String) throws(UsageError) -> Int {
        let raw = defaulted(long)
        guard let number = Int(raw) else { throw UsageError("the value '\(raw)' is invalid for '--\(long)': give a whole number", command: spec) }
        return number
    }

    /// A decimal number option with a default.
    func number(_ long: String) throws(UsageError) -> Double {
        let raw = defaulted(long)
        guard let number = Double(raw) else { throw UsageError("the value '\(raw)' is invalid for '--\(long)': give a number", command: spec) }
        return number
    }

    private func defaulted(_ long: String) -> String {
        guard let raw = value(long) else { preconditionFailure("\(spec.name): --\(long) has no default") }
        return raw
    }
}
