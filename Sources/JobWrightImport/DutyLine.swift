/// Whether a line reads as a duty ("Lead the help desk", "The director manages the network") or
/// as knowledge ("Knowledge of ...", "Ability to ..."), by its first words: postings put duties
/// in summaries and under headings of every name, and a duty is still a duty there.
enum DutyLine {
    /// Stems of the verbs duty lines start with; the catalog's own first words are added.
    static let verbs: Set<String> = Set([
        "lead", "oversee", "direct", "manage", "coordinate", "develop", "plan", "supervise", "evaluate", "maintain",
        "ensure", "provide", "support", "serve", "work", "assist", "prepare", "administer", "implement", "establish",
        "design", "monitor", "order", "buy", "purchase", "keep", "track", "run", "set", "sit", "make", "push", "help",
        "build", "act", "advise", "coach", "train", "teach", "head", "tie", "communicate", "collaborate", "present",
        "report", "write", "review", "research", "recommend", "participate", "attend", "perform", "organize",
        "arrange", "answer", "install", "configure", "secure", "protect", "apply", "select", "choose", "align",
        "integrate", "promote", "facilitate", "negotiate", "procure", "budget", "analyze", "analyse", "collect",
        "comply", "enforce", "respond", "schedule", "hire", "recruit", "mentor", "model", "guide", "create", "connect",
        "represent", "serve", "study", "identify", "assess", "update", "upgrade", "replace", "repair", "troubleshoot",
    ].map(Stemmer.stem))

    static let knowledgeOpenings = ["knowledge of", "ability to", "skill in", "skills in", "understanding of",
                                    "familiarity with", "experience with", "proficiency", "expertise in", "demonstrated"]

    static func isKnowledge(_ text: String) -> Bool {
        let lower = text.lowercased()
        return knowledgeOpenings.contains { lower.hasPrefix($0) }
    }

    /// Duty-like: the first word (or the first after "The director", "Director") is a duty verb,
    /// in the catalog's own first words or the list above.
    static func isDuty(_ text: String, catalogVerbs: Set<String>) -> Bool {
        var words = MatchTokenizer.words(text, atMost: 6)
        if words.first == "the" { words.removeFirst() }
        while let first = words.first, ["director", "cto", "cio", "officer", "technology", "chief", "of", "information", "also", "will"].contains(first) {
            words.removeFirst()
        }
        guard let verb = words.first else { return false }
        let stem = Stemmer.stem(verb)
        return verbs.contains(stem) || catalogVerbs.contains(stem)
    }
}
