import JobWrightCore

/// A posting pasted as plain text (an old posting from a district document): its lines as
/// segments with their sections, and the required content judged from its wording.
enum PastedPosting {
    /// Each non-empty line, tagged with the section its heading names (`physicalDemands` under
    /// "Physical demands"), so section rules apply as they do in a draft.
    static func segments(of text: String, file: String) -> [TextSegment] {
        var segments: [TextSegment] = []
        var section: String?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = String(line).trimmingSpaces
            guard !trimmed.isEmpty else { continue }
            if isHeading(trimmed) {
                let lowered = trimmed.lowercased()
                section = lowered.contains("physical") ? "physicalDemands" : (lowered.contains("working condition") ? "workingConditions" : nil)
            }
            segments.append(TextSegment(text: String(line), file: file, line: index + 1, column: 1, field: section, isWholeFile: true))
        }
        return segments
    }

    /// A short line in capitals, or a short line ending with a colon.
    static func isHeading(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        guard line.count <= 60, words <= 6 else { return false }
        let letters = line.filter(\.isLetter)
        return (!letters.isEmpty && letters.allSatisfy(\.isUppercase)) || line.hasSuffix(":")
    }

    struct Requirement {
        var rule: String
        var pattern: String
        var message: String
        var basis: String
        var suggestion: String
    }

    static let requirements = [
        Requirement(rule: "required.pay-range", pattern: #"\$\s?\d[\d,]*(\.\d+)?\s*(-|–|—|to)\s*\$?\s?\d"#,
                    message: "no pay range (such as $118,000 to $134,000) was found",
                    basis: "M.G.L. c.149 s.105F (pay range in postings, employers of 25 or more, from 29 October 2025)",
                    suggestion: "state the annual salary or hourly range the district expects to pay"),
        Requirement(rule: "required.nondiscrimination-notice", pattern: #"discriminat"#,
                    message: "no nondiscrimination notice was found",
                    basis: "34 CFR 106.8 (Title IX), 34 CFR 104.8 (Section 504), 34 CFR 100.6(d) (Title VI), 34 CFR 110.25, 28 CFR 35.106; M.G.L. c.151B",
                    suggestion: "add the district's combined nondiscrimination notice with the coordinator's name or title, address, email and phone"),
        Requirement(rule: "required.background-check", pattern: #"\bCORI\b|background check|fingerprint"#,
                    message: "no background-check notice was found",
                    basis: "M.G.L. c.71 s.38R (CORI and fingerprint checks for staff who may have direct and unmonitored contact with children)",
                    suggestion: "say that an offer depends on CORI and fingerprint-based background checks"),
        // A closing date is a date on a line about applying (or "until filled"), not a word:
        // "Apply by email." names none, "apply ... by March 15, 2027" does, "Posted: March 1" does not.
        Requirement(rule: "required.closing-date",
                    pattern: #"until (the position is |it is )?filled|\b(apply|applications?|closing|closes|deadline|due|no later than|submit\w*|review)\b[^\n]{0,80}?("#
                        + #"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.? \d{1,2}\b"#
                        + #"|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b)"#,
                    message: "no closing date was found", basis: "District posting practice",
                    suggestion: "say by when to apply, e.g. \"Apply by February 5, 2027\""),
        Requirement(rule: "required.how-to-apply", pattern: #"\bapply\b|application"#,
                    message: "the text does not say how to apply", basis: "District posting practice",
                    suggestion: "say where and how to apply"),
    ]

    /// The requirements with their patterns compiled once.
    static let compiled: [(Requirement, Pattern)] = requirements.compactMap { requirement in
        (try? Pattern(requirement.pattern)).map { (requirement, $0) }
    }

    static func missingContent(in text: String, file: String) -> [Finding] {
        compiled.compactMap { requirement, pattern in
            guard pattern.firstMatch(in: text) == nil else { return nil }
            return Finding(rule: requirement.rule, severity: .error, at: SourceLocation(file: file, line: 1, column: 1),
                           message: requirement.message, basis: requirement.basis, suggestion: requirement.suggestion)
        }
    }
}
