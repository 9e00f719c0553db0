/// A place in a file that a message points at. Lines and columns are 1-based.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, leaving out what is not known.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let line = line, line > 0, let column { text += ":\(column)" }
        return text
    }
}

/// What kind of failure an error is, which decides the process exit status (sysexits.h).
public enum FailureKind: Sendable, Equatable {
    /// The command line was wrong (EX_USAGE, 64).
    case usage
    /// A draft, catalog or template is malformed (EX_DATAERR, 65).
    case badData
    /// An input file does not exist or cannot be read (EX_NOINPUT, 66).
    case missingInput
    /// An output file cannot be written (EX_CANTCREAT, 73).
    case cannotWrite

    public var exitCode: Int32 {
        switch self {
        case .usage: 64
        case .badData: 65
        case .missingInput: 66
        case .cannotWrite: 73
        }
    }
}

/// An error a user can act on: where it is, which field, what is wrong, what was probably meant.
public struct JobWrightError: Error, Sendable, Equatable, CustomStringConvertible {
    public var kind: FailureKind
    public var location: SourceLocation?
    /// The dotted field path inside the file, such as `reporting.reportsTo` or `competencies[3]`.
    public var fieldPath: String?
    public var message: String
    /// Close matches for an unknown id or key, best first.
    public var suggestions: [String]

    public init(_ kind: FailureKind, _ message: String, at location: SourceLocation? = nil,
                field: String? = nil, suggestions: [String] = []) {
        self.kind = kind
        self.message = message
        self.location = location
        self.fieldPath = field
        self.suggestions = suggestions
    }

    /// One line in the compiler style: `draft.yaml:12:5: error: reporting.reportsTo: ... (did you mean ...?)`.
    public var description: String { described(as: "error") }

    /// The same line under another label: `warning` when a user chose to go on anyway (`--force`).
    public func described(as label: String) -> String {
        var text = ""
        if let location { text += "\(location): " }
        text += "\(label): "
        if let fieldPath, !fieldPath.isEmpty { text += "\(fieldPath): " }
        text += message
        if !suggestions.isEmpty {
            text += " (did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?)"
        }
        return text
    }
}

/// Several errors found in one pass, so a user fixes them all at once.
public struct JobWrightErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [JobWrightError]
    public init(_ errors: [JobWrightError]) { self.errors = errors }
    public var kind: FailureKind { errors.first?.kind ?? .badData }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
