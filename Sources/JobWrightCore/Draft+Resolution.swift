/// Reading a draft through the catalog: the bullets it chose, the titles of the roles it names,
/// the questions its rubric rows use.
extension Draft {
    /// The chosen bullets in the user's order, catalog and custom alike; unknown ids are skipped
    /// (validation reports them).
    public func chosenBullets(in catalog: Catalog) -> [Competency] {
        competencies.compactMap { id in catalog.competency(id) ?? customCompetencies.first { $0.id == id } }
    }

    /// A bullet by id, catalog or custom.
    public func bullet(_ id: String, in catalog: Catalog) -> Competency? {
        catalog.competency(id) ?? customCompetencies.first { $0.id == id }
    }

    /// The printable title of a reporting-line entry: a role's title, or the free text itself.
    public static func roleTitle(_ value: String, in catalog: Catalog) -> String {
        catalog.role(value)?.title ?? value
    }

    /// The scale the rubric uses (the catalog's first when the draft names none or an unknown one).
    public func rubricScale(in catalog: Catalog) -> Scale? {
        rubric.scale.flatMap { catalog.scale($0) } ?? catalog.scales.first
    }
}

/// A rubric row with its question resolved, ready to print or check.
public struct ResolvedRubricRow: Sendable {
    public var name: String
    public var area: Area?
    public var assesses: [Competency]
    public var weight: Double
    public var questionType: QuestionType?
    public var questionText: String
    public var probes: [String]
    /// Level id → anchor text.
    public var anchors: Anchors
    /// Standard ids of the assessed bullets (or of the question's bullets).
    public var alignments: [String]
}

extension Draft {
    public func resolvedRubricRows(in catalog: Catalog) -> [ResolvedRubricRow] {
        rubric.rows.map { row in
            let bank = row.question.flatMap { catalog.question($0) }
            let areaID = row.area ?? bank?.area ?? row.assesses.first.flatMap { bullet($0, in: catalog)?.area }
            let area = areaID.flatMap { catalog.area($0) }
            let assessedIDs = row.assesses.isEmpty ? (bank?.assesses ?? []) : row.assesses
            let assessed = assessedIDs.compactMap { bullet($0, in: catalog) }
            var alignments: [String] = []
            for id in assessed.flatMap(\.aligns) where !alignments.contains(id) { alignments.append(id) }
            return ResolvedRubricRow(
                name: row.name?.nilIfBlank ?? area?.title ?? "Competency",
                area: area, assesses: assessed, weight: row.effectiveWeight,
                questionType: row.customQuestion?.type ?? bank?.type,
                questionText: row.customQuestion?.text ?? bank?.text ?? "",
                probes: row.customQuestion?.probes ?? bank?.probes ?? [],
                anchors: row.customQuestion?.anchors ?? bank?.anchors ?? [:],
                alignments: alignments)
        }
    }
}
