/// Checks that every id a draft names exists in the catalog (with the closest ids when one does
/// not), that custom bullets are well formed, and that rubric rows name real questions and scales.
/// Policy (required notices, pay range, coverage) belongs to the checks, not here.
extension LoadedDraft {
    public func referenceErrors(against catalog: Catalog) -> [JobWrightError] {
        var errors: [JobWrightError] = []
        func report(_ path: [String], _ message: String, suggestions: [String] = []) {
            errors.append(JobWrightError(.badData, message, at: location(of: path),
                                         field: YAMLDocument.fieldPath(path), suggestions: suggestions))
        }
        let customIDs = draft.customCompetencies.map(\.id)
        let knownBullets = Array(catalog.competencyIDs) + customIDs

        var seenCustom = Set<String>()
        for (i, custom) in draft.customCompetencies.enumerated() {
            let path = ["customCompetencies", "\(i)"]
            if !custom.id.hasPrefix("custom.") || custom.id.count <= "custom.".count {
                report(path + ["id"], "a custom bullet's id must start with 'custom.' (for example custom.new-building)")
            }
            if !seenCustom.insert(custom.id).inserted || catalog.competency(custom.id) != nil {
                report(path + ["id"], "the id '\(custom.id)' is used twice")
            }
            if catalog.area(custom.area) == nil {
                report(path + ["area"], "no area has the id '\(custom.area)'",
                       suggestions: Suggestions.closest(to: custom.area, in: catalog.areas.map(\.id)))
            }
            if custom.text.nilIfBlank == nil { report(path + ["text"], "the bullet has no text") }
            for problem in AlignmentRules.problems(custom.aligns, in: catalog) {
                report(path + ["aligns"] + (problem.index.map { ["\($0)"] } ?? []), problem.message, suggestions: problem.suggestions)
            }
        }

        var seenChosen = Set<String>()
        for (i, id) in draft.competencies.enumerated() {
            if catalog.competency(id) == nil && !customIDs.contains(id) {
                report(["competencies", "\(i)"], "no competency bullet has the id '\(id)'",
                       suggestions: Suggestions.closest(to: id, in: knownBullets))
            } else if !seenChosen.insert(id).inserted {
                report(["competencies", "\(i)"], "'\(id)' is chosen twice")
            }
        }

        func checkRole(_ value: String?, _ path: [String]) {
            guard let value, Self.looksLikeID(value), catalog.role(value) == nil else { return }
            report(path, "no role has the id '\(value)' (write a title with capitals or spaces for a role not in the catalog)",
                   suggestions: Suggestions.closest(to: value, in: catalog.roleIDs))
        }
        checkRole(draft.reporting.reportsTo, ["reporting", "reportsTo"])
        for (i, role) in draft.reporting.alsoReportsTo.enumerated() { checkRole(role, ["reporting", "alsoReportsTo", "\(i)"]) }
        for (i, role) in draft.reporting.dottedLines.enumerated() { checkRole(role, ["reporting", "dottedLines", "\(i)"]) }
        for (i, role) in draft.reporting.supervises.enumerated() {
            checkRole(role.role, ["reporting", "supervises", "\(i)", "role"])
            if let count = role.count, count < 1 { report(["reporting", "supervises", "\(i)", "count"], "a head count must be 1 or more") }
        }
        for (i, role) in draft.reporting.worksWith.enumerated() { checkRole(role, ["reporting", "worksWith", "\(i)"]) }

        if let font = draft.font, let problem = FontName.problem(font) { report(["font"], problem) }

        for (i, id) in draft.notices.include.enumerated() where catalog.notice(id) == nil {
            report(["notices", "include", "\(i)"], "no notice has the id '\(id)'",
                   suggestions: Suggestions.closest(to: id, in: catalog.notices.map(\.id)))
        }

        let scaleID = draft.rubric.scale ?? catalog.scales.first?.id ?? ""
        let scale = catalog.scale(scaleID)
        if scale == nil {
            report(["rubric", "scale"], "no scale has the id '\(scaleID)'",
                   suggestions: Suggestions.closest(to: scaleID, in: catalog.scales.map(\.id)))
        }
        for (r, row) in draft.rubric.rows.enumerated() {
            let path = ["rubric", "rows", "\(r)"]
            if let area = row.area, catalog.area(area) == nil {
                report(path + ["area"], "no area has the id '\(area)'",
                       suggestions: Suggestions.closest(to: area, in: catalog.areas.map(\.id)))
            }
            for (i, id) in row.assesses.enumerated() where catalog.competency(id) == nil && !customIDs.contains(id) {
                report(path + ["assesses", "\(i)"], "no competency bullet has the id '\(id)'",
                       suggestions: Suggestions.closest(to: id, in: knownBullets))
            }
            if let weight = row.weight, weight.value <= 0 { report(path + ["weight"], "a weight must be more than 0") }
            switch (row.question, row.customQuestion) {
            case (let id?, nil):
                if catalog.question(id) == nil {
                    report(path + ["question"], "no question has the id '\(id)'",
                           suggestions: Suggestions.closest(to: id, in: catalog.questionIDs))
                }
            case (nil, let custom?):
                if custom.text.nilIfBlank == nil { report(path + ["customQuestion", "text"], "the question has no text") }
                if row.area == nil && row.assesses.isEmpty {
                    report(path + ["area"], "say which area a custom question belongs to")
                }
            case (_?, _?):
                report(path + ["customQuestion"], "give either 'question' or 'customQuestion', not both")
            case (nil, nil):
                report(path, "the row needs a 'question' id from the bank or a 'customQuestion'")
            }
        }
        return errors
    }

    /// A catalog id is lower-case words joined by hyphens; anything else is free text.
    static func looksLikeID(_ value: String) -> Bool {
        !value.isEmpty && value.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }
}
