/// Settling the lines of an imported draft (`jobwright import`, then the editor's Review screen).
/// Each decision changes the chosen bullets at once, so the draft is always what the review says.
extension Draft {
    public enum ReviewDecision: Equatable, Sendable {
        /// Keep the bullet the line became.
        case accept
        /// Use another catalog bullet (one of the line's top matches) instead.
        case choose(String)
        /// Keep the source's own wording as the district's bullet.
        case keepWording
        /// The line becomes no bullet.
        case drop
    }

    /// The id a line kept as the district's own wording gets.
    public static func importedBulletID(line: Int) -> String { "custom.imported-\(line)" }

    /// Makes review line `index` another catalog bullet without settling it (the Review screen's
    /// "other match", pressed until the right one shows).
    public mutating func changeImportLine(_ index: Int, to id: String, catalog: Catalog) {
        guard var review = importReview, review.lines.indices.contains(index), catalog.competency(id) != nil else { return }
        var line = review.lines[index]
        replaceImported(line.dropped == true ? nil : line.bullet, with: id, review: review, index: index, catalog: catalog)
        line.bullet = id
        line.dropped = nil
        review.lines[index] = line
        importReview = review
    }

    /// Applies a decision to review line `index` and marks it settled. Once every line is
    /// settled the review is done but stays, so a settled line can still be changed;
    /// `withoutFinishedReview` is the draft as a file should keep it.
    public mutating func settleImportLine(_ index: Int, _ decision: ReviewDecision, catalog: Catalog) {
        if case .choose(let id) = decision { changeImportLine(index, to: id, catalog: catalog) }
        guard var review = importReview, review.lines.indices.contains(index) else { return }
        var line = review.lines[index]
        let previous = line.dropped == true ? nil : line.bullet
        switch decision {
        case .accept, .choose:
            break
        case .keepWording:
            let id = Self.importedBulletID(line: line.line)
            if customCompetencies.first(where: { $0.id == id }) == nil {
                let nearest = previous.flatMap { catalog.competency($0) } ?? line.choices.first.flatMap { catalog.competency($0.id) }
                customCompetencies.append(Competency(id: id, area: nearest?.area ?? catalog.areas.first?.id ?? "",
                                                     kind: nearest?.kind ?? .duty, text: line.text, aligns: nearest?.aligns ?? []))
            }
            replaceImported(previous, with: id, review: review, index: index, catalog: catalog)
            line.bullet = id
            line.dropped = nil
        case .drop:
            replaceImported(previous, with: nil, review: review, index: index, catalog: catalog)
            line.dropped = true
        }
        line.settled = true
        review.lines[index] = line
        importReview = review
    }

    /// Puts `new` where the line's old bullet was in the chosen list. The old bullet stays when
    /// another review line still uses it; an imported custom bullet no line uses is removed. The
    /// rubric's rows follow (`reassessRubric`).
    private mutating func replaceImported(_ old: String?, with new: String?, review: ImportReview, index: Int, catalog: Catalog) {
        let stillUsed = old.map { old in
            review.lines.enumerated().contains { $0.offset != index && $0.element.bullet == old && $0.element.dropped != true }
        } ?? false
        let position = old.flatMap { competencies.firstIndex(of: $0) } ?? competencies.count
        if let old, !stillUsed {
            competencies.removeAll { $0 == old }
            if old.hasPrefix("custom.imported-") { customCompetencies.removeAll { $0.id == old } }
        }
        let joins = new.map { !competencies.contains($0) } ?? false
        if let new, joins {
            competencies.insert(new, at: min(stillUsed ? position + 1 : position, competencies.count))
        }
        if old != new, !stillUsed || joins {
            reassessRubric(replacing: stillUsed ? nil : old, with: joins ? new : nil, in: catalog)
        }
    }

    /// The draft without its import review once every line is settled: a done review is no
    /// part of the posting, and a saved draft keeps no trace of it.
    public var withoutFinishedReview: Draft {
        guard importReview?.open.isEmpty == true else { return self }
        var draft = self
        draft.importReview = nil
        return draft
    }
}
