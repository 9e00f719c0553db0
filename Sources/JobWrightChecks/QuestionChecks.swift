import JobWrightCore

/// Interview questions that touch a topic an employer may not ask about, each with the rule's
/// basis and a lawful question to ask instead.
struct QuestionChecks {
    let rules: [(rule: InterviewRules.QuestionRule, patterns: [Pattern], allow: [Pattern])]

    init(rules: InterviewRules, verified: Bool = false) throws(JobWrightError) {
        var compiled: [(InterviewRules.QuestionRule, [Pattern], [Pattern])] = []
        for rule in rules.neverAskRules {
            do {
                compiled.append((rule, try rule.patterns.map { try Pattern($0, verified: verified) },
                                 try (rule.allow ?? []).map { try Pattern($0, verified: verified) }))
            } catch {
                throw JobWrightError(.badData, "interview rule '\(rule.id)': a pattern is not a valid regular expression")
            }
        }
        self.rules = compiled
    }

    /// The rules one question breaks (empty for a lawful, job-related question).
    func violations(of question: String) -> [(rule: InterviewRules.QuestionRule, match: String)] {
        let folded = FoldedText(question)
        return rules.compactMap { rule, patterns, allow in
            guard let match = patterns.lazy.compactMap({ $0.firstMatch(in: question, folded: folded) }).first else { return nil }
            if allow.contains(where: { $0.firstMatch(in: question, folded: folded) != nil }) { return nil }
            return (rule, match)
        }
    }

    func findings(for question: String, at location: SourceLocation, field: String?) -> [Finding] {
        violations(of: question).map { rule, match in
            Finding(rule: "question.\(rule.id)", severity: .error, at: location, field: field,
                    message: "\(rule.message): '\(match)'", explanation: rule.explanation.collapsingWhitespace,
                    basis: rule.basis.collapsingWhitespace, suggestion: rule.lawful.collapsingWhitespace)
        }
    }
}
