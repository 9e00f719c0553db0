import JobWrightCore
import JobWrightRender

/// Runs every rule over a draft, over any posting text, or over one proposed interview question.
public struct Checker: Sendable {
    public let renderer: Renderer
    public let rules: RuleData
    let wording: WordingChecks
    let questions: QuestionChecks
    /// Words below which the Flesch scores are not given: they are meant for samples of about a
    /// hundred words, and on a title alone they read as grade 17.
    static let fewestWordsToScore = 100

    /// Flesch-Kincaid grade above which readability is reported as a notice to act on.
    public var gradeTarget: Double

    public init(renderer: Renderer, rules: RuleData, gradeTarget: Double = 12) throws(JobWrightError) {
        self.renderer = renderer
        self.rules = rules
        self.gradeTarget = gradeTarget
        wording = try WordingChecks(rules: rules.wording, glossary: renderer.catalog.glossary, verified: rules.verified)
        questions = try QuestionChecks(rules: rules.interview, verified: rules.verified)
    }

    /// Everything: required content, the profile, the rubric, interview questions, wording,
    /// readability and the JSON-LD.
    public func check(_ loaded: LoadedDraft) -> [Finding] {
        let draftChecks = DraftChecks(loaded: loaded, catalog: renderer.catalog)
        var findings = draftChecks.requiredContent() + draftChecks.profile() + draftChecks.rubric(questions: questions)
        let segments = draftChecks.segments()
        findings += textFindings(segments, summaryAt: loaded.location(of: ["summary"]), acronyms: false)
        findings += Self.invisibleCharacterFindings(segments)
        if let blank = try? renderer.postingDescriptionIsBlank(loaded.draft) {
            let posting = renderer.postingJSONLDWithoutDescription(loaded.draft)
            // A closing date before the posting date is already an error of its own.
            let closingFirst = loaded.draft.hardRuleProblems.contains { $0.rule == .closingBeforePosting }
            findings += JSONLDChecks.findings(posting, descriptionIsBlank: blank, reported: Set(findings.map(\.rule)),
                                              at: loaded.location(of: ["position"]))
                .filter { !(closingFirst && $0.message.hasPrefix("validThrough is not after")) }
        }
        return Self.sorted(findings)
    }

    /// What can be judged from text alone: the required content (by its usual wording), wording,
    /// acronyms, readability and interview questions. Lines under a "Physical demands" heading
    /// count as that section, where ability wording belongs.
    public func check(text: String, file: String) -> [Finding] {
        let segments = PastedPosting.segments(of: text, file: file)
        var findings = textFindings(segments, summaryAt: SourceLocation(file: file, line: 1, column: 1), acronyms: true)
        findings += PastedPosting.missingContent(in: text, file: file)
        // A pasted posting may hold interview questions too.
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains("?") {
            findings += questions.findings(for: String(line), at: SourceLocation(file: file, line: index + 1, column: 1), field: nil)
        }
        return Self.sorted(Self.withoutRepeats(findings))
    }

    /// One finding per rule and place: two patterns of one rule matching the same words say it once.
    static func withoutRepeats(_ findings: [Finding]) -> [Finding] {
        var seen = Set<String>()
        var lastLineOfRule: [String: (line: Int, column: Int)] = [:]
        return findings.filter { finding in
            let key = "\(finding.rule)|\(finding.file)|\(finding.line ?? 0)|\(finding.column ?? 0)"
            guard seen.insert(key).inserted else { return false }
            // Overlapping matches of one rule on one line (e.g. "must be able to stand" and "stand for long periods").
            if finding.rule.hasPrefix("wording."), let line = finding.line, let column = finding.column,
               let last = lastLineOfRule[finding.rule], last.line == line, column - last.column < 24 {
                return false
            }
            if let line = finding.line, let column = finding.column { lastLineOfRule[finding.rule] = (line, column) }
            return true
        }
    }

    /// One proposed interview question.
    public func check(question: String) -> [Finding] {
        questions.findings(for: question, at: SourceLocation(file: "<question>"), field: nil)
    }

    private func textFindings(_ segments: [TextSegment], summaryAt location: SourceLocation, acronyms: Bool) -> [Finding] {
        var findings = wording.phraseFindings(in: segments)
        findings += wording.genderFindings(in: segments, summaryAt: location)
        if acronyms { findings += wording.acronymFindings(in: segments) }
        let readability = Readability(text: segments.map(\.text).joined(separator: "\n"))
        if readability.words > 0 && readability.words < Self.fewestWordsToScore {
            // A title and a line or two: the formulas swing wildly on so few words.
            findings.append(Finding(
                rule: "readability", severity: .notice, at: location,
                message: "too little prose to score its readability yet: \(readability.words) words (the Flesch scores need about \(Self.fewestWordsToScore))",
                explanation: "Readability is scored once the summary, duties and qualifications are written.",
                basis: "Flesch (1948); Kincaid et al. (1975)"))
        } else if readability.words > 0 {
            let grade = readability.gradeLevel, ease = readability.readingEase
            let over = grade > gradeTarget
            findings.append(Finding(
                rule: "readability", severity: .notice, at: location,
                message: "Flesch Reading Ease \(Self.oneDecimal(ease)), Flesch-Kincaid grade \(Self.oneDecimal(grade))"
                    + (over ? " (above the target of grade \(Self.oneDecimal(gradeTarget)))" : " (within the target of grade \(Self.oneDecimal(gradeTarget)))"),
                explanation: "Measured on \(readability.words) words in \(readability.sentences) sentences or list items; higher ease and a lower grade are easier to read.",
                basis: "Flesch (1948); Kincaid et al. (1975)",
                suggestion: over ? "shorten sentences and prefer shorter words" : nil))
        }
        return findings
    }

    /// Characters a reader should never get: bidirectional overrides and isolates
    /// (U+202A–U+202E, U+2066–U+2069), which make text display in another order than it is
    /// stored, so a posting can read differently on the website from what was checked; and the
    /// pictures the editor puts where pasted text held a control character (␛ for Esc).
    static func invisibleCharacterFindings(_ segments: [TextSegment]) -> [Finding] {
        segments.flatMap { segment -> [Finding] in
            let place = SourceLocation(file: segment.file, line: segment.line, column: segment.column)
            var findings: [Finding] = []
            // Both are characters beyond ASCII: most texts have none.
            guard !segment.text.isPlainASCII else { return findings }
            if let bad = segment.text.unicodeScalars.first(where: { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) {
                findings.append(Finding(rule: "wording.bidi-control", severity: .warning, at: place, field: segment.field,
                    message: "the text holds the invisible direction control \(ControlCharacters.name(bad.value))",
                    explanation: "Direction controls reorder how text is shown, so what readers see can differ from what was written and checked.",
                    basis: "Unicode Standard Annex #9; CVE-2021-42574 (\"Trojan Source\")",
                    suggestion: "delete it (retype the text around it if unsure where it is)"))
            }
            if let picture = segment.text.unicodeScalars.first(where: ControlPictures.isPicture) {
                findings.append(Finding(rule: "wording.control-placeholder", severity: .warning, at: place, field: segment.field,
                    message: "the text holds \(Character(picture)) (\(ControlCharacters.name(picture.value))), the placeholder for a control character that was pasted in",
                    explanation: "Pasted text held an invisible control character; the editor shows it as a picture rather than dropping it unseen.",
                    basis: "jobwright: control characters never reach a document",
                    suggestion: "delete the placeholder, or retype what was meant there"))
            }
            return findings
        }
    }

    static func oneDecimal(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(value) }
        let tenths = Int((value * 10).rounded())
        return "\(tenths < 0 && tenths > -10 ? "-" : "")\(tenths / 10).\(abs(tenths % 10))"
    }

    static func sorted(_ findings: [Finding]) -> [Finding] {
        findings.enumerated().sorted { a, b in
            let l = a.element, r = b.element
            if l.file != r.file { return l.file < r.file }
            if (l.line ?? 0) != (r.line ?? 0) { return (l.line ?? 0) < (r.line ?? 0) }
            if (l.column ?? 0) != (r.column ?? 0) { return (l.column ?? 0) < (r.column ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// Findings printed like a compiler's, or as JSON for tools.
public enum FindingReport {
    public static func text(_ findings: [Finding]) -> String {
        var lines: [String] = []
        for finding in findings {
            var head = finding.location.description + ": \(finding.severity.rawValue)[\(finding.rule)]: "
            if let field = finding.field { head += "\(field): " }
            lines.append(head + finding.message)
            if let explanation = finding.explanation { lines.append("    why: " + explanation) }
            if let basis = finding.basis { lines.append("    basis: " + basis) }
            if let suggestion = finding.suggestion { lines.append("    try: " + suggestion) }
        }
        lines.append(summary(findings))
        // A finding may quote the text it is about (a question on a line of `check --text`), and
        // that text may hold control characters: they print as their pictures (U+241B for Esc),
        // so none reaches the terminal as a command.
        return ControlPictures.visible(lines.joined(separator: "\n") + "\n")
    }

    public static func summary(_ findings: [Finding]) -> String {
        func count(_ severity: Severity) -> String {
            let n = findings.filter { $0.severity == severity }.count
            return "\(n) \(severity.rawValue)\(n == 1 ? "" : "s")"
        }
        return "\(count(.error)), \(count(.warning)), \(count(.notice))"
    }
}
