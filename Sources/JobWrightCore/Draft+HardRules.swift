/// The rules a posting may not break even as a draft, because the printed posting would say
/// something impossible: a pay range whose top is below its bottom, or a closing date before the
/// posting opens. `jobwright render` refuses such a draft (unless forced), the editor asks before
/// exporting it, and `jobwright check` reports it; all three ask here, so they cannot disagree.
/// Missing values are not hard-rule problems: an unfinished draft still renders.
public struct HardRuleProblem: Sendable, Equatable, CustomStringConvertible {
    /// Which hard rule is broken.
    public enum Rule: Sendable, Equatable, CaseIterable {
        /// `compensation.maximum` is below `compensation.minimum`.
        case maximumPayBelowMinimum
        /// `position.closingDate` is before `position.postingDate`.
        case closingBeforePosting
    }

    public var rule: Rule
    /// The offending field as path components (`["compensation", "maximum"]`), for finding its
    /// place in a file or its row in the editor.
    public var path: [String]
    public var message: String

    public init(rule: Rule, path: [String], message: String) {
        self.rule = rule; self.path = path; self.message = message
    }

    /// The field as messages name it: `compensation.maximum`.
    public var field: String { YAMLDocument.fieldPath(path) }

    /// `compensation.maximum: the maximum pay (140000) is below the minimum (150000)`.
    public var description: String { "\(field): \(message)" }
}

extension Draft {
    /// Every hard rule this draft breaks, in the order the fields appear in a draft file; empty
    /// when the draft may be rendered. Pure: the editor calls it on the draft in memory.
    public var hardRuleProblems: [HardRuleProblem] {
        var problems: [HardRuleProblem] = []
        if let posted = position.postingDate, let closing = position.closingDate, closing < posted {
            problems.append(HardRuleProblem(rule: .closingBeforePosting, path: ["position", "closingDate"],
                                            message: "the closing date (\(closing)) is before the posting date (\(posted))"))
        }
        if let minimum = compensation.minimum, let maximum = compensation.maximum, maximum < minimum {
            problems.append(HardRuleProblem(rule: .maximumPayBelowMinimum, path: ["compensation", "maximum"],
                                            message: "the maximum pay (\(maximum)) is below the minimum (\(minimum))"))
        }
        return problems
    }
}

extension LoadedDraft {
    /// The hard-rule problems as errors pointing at the offending value's `file:line:column`.
    public func hardRuleErrors() -> [JobWrightError] {
        draft.hardRuleProblems.map { problem in
            JobWrightError(.badData, problem.message, at: location(of: problem.path), field: problem.field)
        }
    }
}
