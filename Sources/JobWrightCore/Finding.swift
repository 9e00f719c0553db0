/// How serious a finding is. `error` blocks publishing; `warning` should be fixed; `notice` is
/// information.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case notice, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One result of a check: which rule, how serious, where, what is wrong, why, and what to do.
public struct Finding: Codable, Sendable, Equatable {
    /// `required.pay-range`, `wording.gender-coded`, `question.family`, ...
    public var rule: String
    public var severity: Severity
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The draft field concerned, e.g. `reporting.reportsTo`.
    public var field: String?
    public var message: String
    public var explanation: String?
    /// The law, regulation or study the rule rests on.
    public var basis: String?
    public var suggestion: String?
    /// The profile area concerned, when the finding is about one (an area with no bullet), so the
    /// editor can open that area.
    public var area: String?

    public init(rule: String, severity: Severity, at location: SourceLocation, field: String? = nil, message: String,
                explanation: String? = nil, basis: String? = nil, suggestion: String? = nil) {
        self.rule = rule; self.severity = severity
        self.file = location.file; self.line = location.line; self.column = location.column
        self.field = field; self.message = message; self.explanation = explanation; self.basis = basis
        self.suggestion = suggestion
    }

    public var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }
}
