import Foundation
import JobWrightCore

/// Wording rules over text: gender-coded words (Gaucher, Friesen & Kay 2011), age-coded phrases,
/// hyperbole, gendered pronouns, ability wording outside the physical demands, acronyms not
/// expanded at first use.
struct WordingChecks {
    let rules: WordingRules
    let phraseRules: [(rule: WordingRules.PhraseRule, items: [(Pattern, String?)])]
    /// The stems as lower-cased bytes, prepared once and indexed by their first byte: a word is
    /// checked only against the stems that start with its letter. An empty stem matches nothing.
    let masculineStems: StemIndex
    let feminineStems: StemIndex
    /// The stems with a hyphen: a word starting with one is not split at its hyphens.
    let hyphenatedStems: StemIndex
    /// Words never counted, as lower-cased bytes (as words are compared).
    let exceptionBytes: Set<[UInt8]>
    /// Each glossary term as a case-sensitive whole-word pattern, compiled once.
    let acronymPatterns: [(acronym: GlossaryEntry, pattern: Pattern)]

    /// The pattern that finds a glossary term as written (case counts).
    static func acronymPattern(_ term: String) -> String {
        #"(?-i)\b"# + NSRegularExpression.escapedPattern(for: term) + #"\b"#
    }

    init(rules: WordingRules, glossary: [GlossaryEntry], verified: Bool = false) throws(JobWrightError) {
        self.rules = rules
        masculineStems = StemIndex(rules.genderCoded.masculine)
        feminineStems = StemIndex(rules.genderCoded.feminine)
        hyphenatedStems = StemIndex((rules.genderCoded.masculine + rules.genderCoded.feminine).filter { $0.contains("-") })
        exceptionBytes = Set((rules.genderCoded.exceptions ?? []).map { Array($0.lowercased().utf8) })
        acronymPatterns = glossary.compactMap { entry in
            (try? Pattern(Self.acronymPattern(entry.term), verified: true)).map { (entry, $0) }
        }
        var compiled: [(WordingRules.PhraseRule, [(Pattern, String?)])] = []
        for rule in rules.phrases {
            var items: [(Pattern, String?)] = []
            for item in rule.items {
                do { items.append((try Pattern(item.pattern, verified: verified), item.suggestion)) } catch {
                    throw JobWrightError(.badData, "wording rule '\(rule.id)': the pattern '\(item.pattern)' is not a valid regular expression")
                }
            }
            compiled.append((rule, items))
        }
        phraseRules = compiled
    }

    func phraseFindings(in segments: [TextSegment]) -> [Finding] {
        var findings: [Finding] = []
        for segment in segments {
            let folded = FoldedText(segment.text)
            for (rule, items) in phraseRules {
                if let field = segment.field, let allowed = rule.allowedIn, allowed.contains(where: { field.hasPrefix($0) }) { continue }
                for (pattern, suggestion) in items {
                    for match in pattern.matches(in: segment.text, folded: folded) {
                        let (line, column) = segment.location(of: match.start)
                        findings.append(Finding(
                            rule: "wording.\(rule.id)", severity: .warning,
                            at: SourceLocation(file: segment.file, line: line, column: column), field: segment.field,
                            message: "\(rule.message): '\(match.text)'", explanation: rule.explanation.collapsingWhitespace,
                            basis: rule.basis.collapsingWhitespace, suggestion: suggestion?.collapsingWhitespace))
                    }
                }
            }
        }
        return findings
    }

    // MARK: Gender-coded words

    struct CodedWord { var word: String; var stem: String; var feminine: Bool; var segment: TextSegment; var start: String.Index }

    /// Words that begin with a coded stem (hyphenated words are split unless a stem has the hyphen),
    /// never the listed exceptions.
    func codedWords(in segments: [TextSegment]) -> [CodedWord] {
        var found: [CodedWord] = []
        for segment in segments {
            if segment.text.isPlainASCII {
                asciiCodedWords(in: segment, into: &found)
            } else {
                for (token, start) in Self.words(in: segment.text) {
                    let lowered = token.lowercased()
                    let bytes = Array(lowered.utf8)
                    let parts = !bytes.contains(0x2D) || hyphenatedStems.first(prefixing: bytes[...]) != nil
                        ? [bytes] : lowered.split(separator: "-").map { Array($0.utf8) }
                    for part in parts { add(part[...], of: segment, at: start, to: &found) }
                }
            }
        }
        return found
    }

    /// The same on an ASCII segment's bytes, lower-cased once: no string or array is made for a
    /// word unless it begins with a coded stem (nearly all words do not).
    private func asciiCodedWords(in segment: TextSegment, into found: inout [CodedWord]) {
        let text = segment.text
        let lower = text.utf8.withContiguousStorageIfAvailable(ByteSearch.lowered) ?? text.utf8.map(ByteSearch.lowered)
        lower.withUnsafeBufferPointer { bytes in
            func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
            var index = 0
            while index < bytes.count {
                guard isLetter(bytes[index]) else { index += 1; continue }
                let wordStart = index
                while index < bytes.count && (isLetter(bytes[index]) || bytes[index] == 0x2D) { index += 1 }
                let word = bytes[wordStart..<index]
                let start = text.utf8.index(text.utf8.startIndex, offsetBy: wordStart)
                if !word.contains(0x2D) || hyphenatedStems.first(prefixing: word) != nil {
                    add(word, of: segment, at: start, to: &found)
                } else {
                    for part in word.split(separator: 0x2D) { add(part, of: segment, at: start, to: &found) }
                }
            }
        }
    }

    /// Records `part` (lower-cased bytes) when it begins with a coded stem and is no exception.
    private func add<Bytes: RandomAccessCollection<UInt8>>(_ part: Bytes, of segment: TextSegment, at start: String.Index,
                                                           to found: inout [CodedWord]) where Bytes.Index == Int {
        let masculine = masculineStems.first(prefixing: part)
        guard let stem = masculine ?? feminineStems.first(prefixing: part), !exceptionBytes.contains(Array(part)) else { return }
        found.append(CodedWord(word: String(decoding: part, as: UTF8.self), stem: stem, feminine: masculine == nil, segment: segment, start: start))
    }

    /// The words of a text (letters, and hyphens inside a word) with where each starts, read
    /// character by character: for text that is not ASCII (ASCII text is read on its bytes by
    /// `asciiCodedWords`, which a test holds to this).
    static func words(in text: String) -> [(String, String.Index)] {
        var words: [(String, String.Index)] = []
        var current = ""
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isLetter || (character == "-" && !current.isEmpty) {
                if current.isEmpty { start = index }
                current.append(character)
            } else if !current.isEmpty {
                words.append((current, start)); current = ""
            }
            index = text.index(after: index)
        }
        if !current.isEmpty { words.append((current, start)) }
        return words
    }

    func genderFindings(in segments: [TextSegment], summaryAt location: SourceLocation) -> [Finding] {
        let coded = codedWords(in: segments)
        let masculine = coded.filter { !$0.feminine }, feminine = coded.filter(\.feminine)
        let score = feminine.count - masculine.count
        let verdict: String
        switch score {
        case _ where coded.isEmpty: verdict = "no gender-coded words"
        case 0: verdict = "neutral"
        case 1...3: verdict = "feminine-coded"
        case 4...: verdict = "strongly feminine-coded"
        case -3 ... -1: verdict = "masculine-coded"
        default: verdict = "strongly masculine-coded"
        }
        func tally(_ words: [CodedWord]) -> String {
            var counts: [String: Int] = [:]
            for word in words { counts[word.word, default: 0] += 1 }
            return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(8).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        var findings: [Finding] = []
        let gc = rules.genderCoded
        // The job's own words (a leadership post leads) do not make a warning by themselves.
        let jobWords = Set((gc.jobWords ?? []).map { $0.lowercased() })
        let ofTheJob = masculine.filter { jobWords.contains($0.stem.lowercased()) }
        let leaning = feminine.count - (masculine.count - ofTheJob.count)
        findings.append(Finding(
            rule: "wording.gender-balance", severity: leaning < -3 ? .warning : .notice, at: location,
            message: "gender-coded wording: \(masculine.count) masculine-coded, \(feminine.count) feminine-coded words (\(verdict))"
                + (masculine.isEmpty ? "" : "; masculine: \(tally(masculine))") + (feminine.isEmpty ? "" : "; feminine: \(tally(feminine))")
                + (ofTheJob.isEmpty ? "" : "; \(ofTheJob.count) of the masculine-coded words name the job itself"),
            explanation: gc.note.collapsingWhitespace, basis: gc.source.collapsingWhitespace,
            suggestion: leaning < 0 ? "balance with words about collaboration, support and commitment to others (e.g. 'collaborate', 'support', 'understand')" : nil))
        for word in masculine {
            guard let alternative = gc.suggestions?[word.word] ?? gc.suggestions?[word.stem] else { continue }
            let (line, column) = word.segment.location(of: word.start)
            findings.append(Finding(
                rule: "wording.gender-coded", severity: .warning,
                at: SourceLocation(file: word.segment.file, line: line, column: column), field: word.segment.field,
                message: "'\(word.word)' is masculine-coded wording", explanation: gc.note.collapsingWhitespace,
                basis: gc.source.collapsingWhitespace, suggestion: alternative))
        }
        return findings
    }

    // MARK: Acronyms

    /// A pasted posting's acronym used before it is spelled out: the expansion appears neither
    /// earlier in the text nor within a short distance after the first use (as in "MCAS
    /// (Massachusetts ...)"). Drafts are not checked for this: rendering spells every glossary term
    /// out at its first use.
    func acronymFindings(in segments: [TextSegment]) -> [Finding] {
        var findings: [Finding] = []
        let whole = segments.map(\.text).joined(separator: "\n")
        for (acronym, pattern) in acronymPatterns {
            guard whole.contains(acronym.term), let first = pattern.matches(in: whole).first else { continue }
            let before = whole[..<first.start].lowercased()
            let after = whole[first.start...].prefix(acronym.term.count + 120).lowercased()
            let expansion = acronym.expansion.lowercased()
            if before.contains(expansion) || after.contains(expansion) { continue }
            if Self.explainedInParentheses(acronym, before: before, after: String(after.dropFirst(acronym.term.count))) { continue }
            // Map the position back to its segment.
            var offset = whole.distance(from: whole.startIndex, to: first.start)
            var location = SourceLocation(file: segments.first?.file ?? "")
            var field: String?
            for segment in segments {
                if offset <= segment.text.count {
                    let index = segment.text.index(segment.text.startIndex, offsetBy: min(offset, segment.text.count))
                    let (line, column) = segment.location(of: index)
                    location = SourceLocation(file: segment.file, line: line, column: column)
                    field = segment.field
                    break
                }
                offset -= segment.text.count + 1
            }
            findings.append(Finding(
                rule: "wording.acronym", severity: .warning, at: location, field: field,
                message: "'\(acronym.term)' is used before it is spelled out",
                explanation: "Applicants from outside education or technology may not know the acronym; spell it out at first use.",
                basis: "Plain-language practice for job postings",
                suggestion: "\(acronym.expansion) (\(acronym.term))"))
        }
        return findings
    }

    /// A first use explained in other words still counts as spelled out: "E-Rate (federal
    /// Schools and Libraries program)" or "Schools and Libraries program (E-Rate)" share most
    /// of the expansion's words.
    static func explainedInParentheses(_ entry: GlossaryEntry, before: String, after: String) -> Bool {
        let words = Set(entry.expansion.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 4 })
        guard !words.isEmpty else { return false }
        func explains(_ text: Substring) -> Bool {
            let shared = Set(text.split { !$0.isLetter }.map(String.init)).intersection(words)
            return shared.count * 2 >= words.count
        }
        let trimmedAfter = after.drop { $0 == " " }
        if trimmedAfter.first == "(", let close = trimmedAfter.firstIndex(of: ")") {
            if explains(trimmedAfter[trimmedAfter.index(after: trimmedAfter.startIndex)..<close]) { return true }
        }
        if let open = before.lastIndex(of: "("), before[before.index(after: open)...].allSatisfy({ $0 == " " }) {
            return explains(before[..<open].suffix(120))
        }
        return false
    }
}
