/// The catalog's recommended core: the bullets and rubric questions a new posting starts with,
/// marked `core: true` in the catalog data (a district's catalog chooses its own).
extension Catalog {
    public var coreBullets: [Competency] { competencies.filter { $0.core == true } }
    public var coreQuestions: [Question] { questions.filter { $0.core == true } }
}

extension Draft {
    /// Chooses the core bullets (after any already chosen) and adds a rubric row for each core
    /// question, assessing the chosen bullets of its area that it names, or else all of them.
    public mutating func addRecommendedCore(from catalog: Catalog) {
        for bullet in catalog.coreBullets where !competencies.contains(bullet.id) { competencies.append(bullet.id) }
        let chosen = Set(competencies)
        for question in catalog.coreQuestions where !rubric.rows.contains(where: { $0.question == question.id }) {
            var row = RubricRow()
            row.area = question.area
            let named = question.assesses.filter(chosen.contains)
            row.assesses = named.isEmpty ? catalog.coreBullets.filter { $0.area == question.area }.map(\.id) : named
            row.weight = 1
            row.question = question.id
            rubric.rows.append(row)
        }
    }
}

/// Where a new draft starts.
public enum DraftStart: String, Sendable, CaseIterable {
    /// The district profile and the recommended core bullets and rubric rows.
    case core
    /// The district profile alone.
    case profile
    /// A copy of an existing draft, with its dates and posting id cleared.
    case copy
    /// The usual defaults only.
    case blank
}

extension Draft {
    /// A new draft from a starting point. The profile's values are copied in, so the draft holds
    /// them itself; `copy` needs `copying`.
    public static func starting(_ start: DraftStart, profile: DistrictProfile?, catalog: Catalog, copying: Draft? = nil) -> Draft {
        var draft = Draft.newPosting()
        switch start {
        case .blank:
            break
        case .profile:
            profile?.apply(to: &draft)
        case .core:
            profile?.apply(to: &draft)
            draft.addRecommendedCore(from: catalog)
            // The profile's central-office placement: reporting to the superintendent.
            if draft.reporting.reportsTo == nil, catalog.role("superintendent") != nil { draft.reporting.reportsTo = "superintendent" }
        case .copy:
            if let copying { draft = copying }
            draft.position.postingDate = nil
            draft.position.closingDate = nil
            draft.position.startDate = nil
            draft.position.postingId = nil
        }
        return draft
    }

    /// A new posting with the usual Massachusetts defaults filled in.
    public static func newPosting() -> Draft {
        var draft = Draft()
        draft.position.location.state = "MA"
        draft.position.location.country = "US"
        draft.position.employmentType = .fullTime
        draft.position.fte = 1
        draft.compensation.period = .year
        draft.compensation.currency = "USD"
        draft.flsa = .exempt
        draft.rubric.scale = "ma-four-level"
        return draft
    }
}
