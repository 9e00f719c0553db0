import Foundation
import JobWrightCore

/// What one source line became.
public struct ImportedLine: Sendable, Equatable {
    public enum Outcome: String, Sendable {
        /// A catalog bullet that says the same thing.
        case bullet
        /// Kept as the district's own bullet (nothing in the catalog fits well enough).
        case own
        /// One of the position's facts (title, pay, dates ...).
        case fact
        case qualification, summary, heading
        /// Carried into the draft's notes: not understood, or not for the draft (a notice
        /// jobwright prints from its catalog, a benefits paragraph).
        case note
    }

    public var source: SourceLine
    public var outcome: Outcome
    /// The bullet id (catalog or custom) for `bullet` and `own`; the field names for `fact`.
    public var detail: [String]
    /// The catalog's best matches, for `bullet` and `own`.
    public var matches: [BulletMatcher.Match]
}

/// The draft made from an old posting, and what became of each of its lines.
public struct ImportResult: Sendable {
    public var draft: Draft
    public var lines: [ImportedLine]
    /// The profile's areas that no bullet of the draft covers.
    public var uncoveredAreas: [Area]
    /// The fields the posting left empty that the district profile filled.
    public var fromProfile: [String] = []
}

/// Turns an old posting's lines into a draft: facts into their fields, duty and knowledge lines
/// into catalog bullets (or the district's own), qualifications and summary into theirs, and
/// everything else into the draft's notes.
public struct PostingImporter: Sendable {
    public let catalog: Catalog
    public let matcher: BulletMatcher

    /// Stems of the first words of the catalog's duty bullets: the verbs duties start with.
    let catalogVerbs: Set<String>

    public init(catalog: Catalog, vocabulary: MatchVocabulary) {
        self.catalog = catalog
        matcher = BulletMatcher(catalog: catalog, vocabulary: vocabulary)
        catalogVerbs = Set(matcher.index.verbs)
    }

    /// The draft made from `input`. With the district's `profile`, what the posting leaves
    /// empty (the district's address, whom to ask, the civil-rights coordinator ...) is filled
    /// from it; what the posting says stays.
    public func importPosting(_ input: ImportInput, profile: DistrictProfile? = nil) -> ImportResult {
        let lines = input.lines
        let sections = Self.sections(of: lines)
        var draft = Draft()
        var facts = FactExtractor(catalog: catalog)
        facts.extract(lines, sections: sections, into: &draft)

        var results: [ImportedLine] = []
        var summary: [String] = []
        var notes: [String] = []
        var review: [ImportReview.Line] = []
        // The area of the last bullet matched: where a line like nothing in the catalog most
        // likely belongs. Before any, the technical area, where a technology director's
        // postings keep the hands-on chores the catalog does not name.
        var lastArea = catalog.area("technical")?.id ?? catalog.areas.first?.id ?? ""
        for (index, line) in lines.enumerated() {
            let section = sections[index]
            func record(_ outcome: ImportedLine.Outcome, _ detail: [String] = [], _ matches: [BulletMatcher.Match] = []) {
                results.append(ImportedLine(source: line, outcome: outcome, detail: detail, matches: matches))
            }
            if let fields = facts.fields[line.number], line.shape != .bullet || !section.holdsBullets {
                record(.fact, fields)
                continue
            }
            if line.shape == .heading || Self.isSubheading(line) {
                record(.heading)
                continue
            }
            let readsAsKnowledge = DutyLine.isKnowledge(line.text)
            let readsAsDuty = readsAsKnowledge || DutyLine.isDuty(line.text, catalogVerbs: catalogVerbs)
            // A bullet, or a line that reads as a duty, outside a duties heading is still a duty;
            // under a duties heading, a sentence that is not one ("The district also uses these
            // responsibilities to evaluate the director") is kept as a note.
            let labelled = FactExtractor.labelled(line.text).map { label, _ in label.characterCount <= 24 } ?? false
            let isDuty = section.holdsBullets ? line.shape != .paragraph || readsAsDuty
                : [.opening, .summary, .other].contains(section) && !labelled && (line.shape == .bullet || readsAsDuty)
                    || [.qualifications, .preferred].contains(section) && readsAsKnowledge
            switch section {
            case _ where isDuty:
                let matches = matcher.rank(line.text)
                let kind: Competency.Kind = section == .knowledge || readsAsKnowledge ? .knowledge : .duty
                if let best = matches.first, best.score >= matcher.threshold {
                    if !draft.competencies.contains(best.id) { draft.competencies.append(best.id) }
                    lastArea = matcher.area(of: best.id) ?? lastArea
                    record(.bullet, [best.id], matches)
                    review.append(Self.reviewLine(line, bullet: best.id, matches: matches))
                } else {
                    let id = Draft.importedBulletID(line: line.number)
                    // A match under half the threshold says little about the line's area.
                    let nearest = matches.first.flatMap { $0.score >= matcher.threshold / 2 ? catalog.competency($0.id) : nil }
                    let area = nearest?.area ?? lastArea
                    let aligns = Self.ownBulletAligns(nearest: nearest, area: area, in: catalog)
                    draft.customCompetencies.append(Competency(id: id, area: area, kind: kind, text: line.text, aligns: aligns))
                    draft.competencies.append(id)
                    record(.own, [id], matches)
                    review.append(Self.reviewLine(line, bullet: id, matches: matches))
                }
            // Every line under a qualifications heading; under "preferred", a listed line or one
            // that names a qualification.
            case .qualifications,
                 .preferred where line.shape == .bullet || Self.namesAQualification(line.text):
                let preferred = section == .preferred || line.text.lowercased().contains("preferred")
                if preferred { draft.qualifications.preferred.append(line.text) } else { draft.qualifications.required.append(line.text) }
                record(.qualification, [preferred ? "qualifications.preferred" : "qualifications.required"])
            case .physicalDemands:
                draft.physicalDemands.append(line.text)
                record(.fact, ["physicalDemands"])
            case .workingConditions:
                draft.workingConditions.append(line.text)
                record(.fact, ["workingConditions"])
            // Every line under a summary heading; before any heading, a paragraph of some length.
            case .summary,
                 .opening where line.shape == .paragraph && line.text.characterCount >= 80:
                summary.append(line.text)
                record(.summary, ["summary"])
            default:
                notes.append("line \(line.number): \(line.text)")
                record(.note)
            }
        }
        if !summary.isEmpty { draft.summary = summary.joined(separator: "\n\n") }
        if !notes.isEmpty { draft.notes = notes }
        if !review.isEmpty { draft.importReview = ImportReview(source: input.path, lines: review) }
        // A rubric to start from: a row per area the posting covers, as the editor's "add a row"
        // proposes; the review keeps the rows in step as it changes the bullets.
        draft.addProposedRubricRows(in: catalog)
        let fromProfile = profile?.fillBlanks(of: &draft) ?? []
        let coveredAreas = Set(draft.chosenBullets(in: catalog).map(\.area))
        return ImportResult(draft: draft, lines: results, uncoveredAreas: catalog.areas.filter { !coveredAreas.contains($0.id) },
                            fromProfile: fromProfile)
    }

    /// The CoSN and ISTE alignments a district's own bullet takes: those of the nearest catalog
    /// bullet, or, when it has none that a bullet must have (a line like nothing in the catalog),
    /// those of the first bullet of its area, so the draft opens without errors.
    static func ownBulletAligns(nearest: Competency?, area: String, in catalog: Catalog) -> [String] {
        func framed(_ bullet: Competency) -> [String] { bullet.aligns.filter { $0.hasPrefix("cosn:") || $0.hasPrefix("iste:") } }
        let candidates = [nearest].compactMap { $0 } + catalog.competencies(inArea: area) + catalog.competencies
        let valid = candidates.lazy.map(framed).first { AlignmentRules.problems($0, in: catalog).isEmpty }
        return valid ?? []
    }

    static func reviewLine(_ line: SourceLine, bullet: String, matches: [BulletMatcher.Match]) -> ImportReview.Line {
        ImportReview.Line(line: line.number, text: line.text, bullet: bullet,
                          choices: matches.map { ImportReview.Choice(id: $0.id, similarity: Int(($0.score * 100).rounded())) })
    }

    /// Whether a paragraph under a qualifications heading states one (a degree, years of
    /// experience, a licence), rather than being a sentence about something else.
    static func namesAQualification(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["degree", "years", "experience", "licens", "certificat", "bachelor", "master", "doctora", "required",
                "preferred", "cetl", "ability to", "skill"].contains { lower.contains($0) }
    }

    /// A short paragraph that names a part of a posting ("Preferred", "Required") serves as a
    /// heading, as a bold line in a Word file does.
    static func isSubheading(_ line: SourceLine) -> Bool {
        line.shape == .paragraph && line.text.spaceSeparatedCount <= 3 && !PlainTextReader.endsSentence(line.text)
            && PostingSection.named(by: line.text) != .other
    }

    /// The section each line sits in. A heading that names no known section, under a duties or
    /// knowledge heading, is a sub-heading ("Infrastructure") and keeps its parent's section.
    static func sections(of lines: [SourceLine]) -> [PostingSection] {
        var current = PostingSection.opening
        return lines.map { line in
            if line.shape == .heading || isSubheading(line) {
                let named = PostingSection.named(by: line.text)
                let hasSubheadings = current.holdsBullets || current == .qualifications || current == .preferred
                if named != .other || !hasSubheadings { current = named }
            } else if line.shape == .paragraph, line.text.hasSuffix(":"), line.text.characterCount <= 80 {
                // "The Director's responsibilities include:" opens a list like a heading.
                let named = PostingSection.named(by: line.text)
                if named != .other { current = named }
            }
            return current
        }
    }
}
