import JobWrightCore

/// The hard rules (`Draft.hardRuleProblems`) stop what prints a posting: a draft that breaks one
/// is refused with exit status 65, unless the user forces it, when each problem is a warning.
enum HardRuleGate {
    static func enforce(_ loaded: LoadedDraft, force: Bool) throws(JobWrightErrors) {
        let problems = loaded.hardRuleErrors()
        guard !problems.isEmpty else { return }
        guard force else { throw JobWrightErrors(problems) }
        for problem in problems { Failure.warn(problem) }
    }
}
