/// The catalog's invariants: unique ids, every reference resolves, every area has bullets and
/// questions, every bullet serves a CoSN skill area and an ISTE indicator, every question has an
/// anchor for every level of the scale.
struct CatalogValidator {
    let catalog: Catalog
    let documents: [String: YAMLDocument]

    func problems() -> [JobWrightError] {
        var problems: [JobWrightError] = []
        func report(_ file: String, _ path: [String], _ message: String, suggestions: [String] = []) {
            let document = documents[file]!
            problems.append(JobWrightError(.badData, message, at: document.location(of: path),
                                           field: YAMLDocument.fieldPath(path), suggestions: suggestions))
        }
        func unknown(_ id: String, among candidates: some Sequence<String>) -> [String] {
            Suggestions.closest(to: id, in: candidates)
        }

        var seen: [String: String] = [:]
        func claim(_ id: String, _ file: String, _ path: [String]) {
            if let other = seen[id] {
                report(file, path, "the id '\(id)' is used twice (also in \(other))")
            } else {
                seen[id] = documents[file]!.location(of: path).description
            }
        }

        for (f, framework) in catalog.frameworks.enumerated() {
            for (s, standard) in framework.standards.enumerated() {
                let path = ["frameworks", "\(f)", "standards", "\(s)"]
                claim(standard.id, "frameworks.yaml", path + ["id"])
                if standard.frameworkID != framework.id {
                    report("frameworks.yaml", path + ["id"], "the id must start with '\(framework.id):'")
                }
                if let parent = standard.parent, catalog.standard(parent) == nil {
                    report("frameworks.yaml", path + ["parent"], "no standard has the id '\(parent)'",
                           suggestions: unknown(parent, among: catalog.standardIDs))
                }
            }
        }
        for (a, area) in catalog.areas.enumerated() {
            claim("area:" + area.id, "areas.yaml", ["areas", "\(a)", "id"])
            for (c, id) in area.crosswalk.enumerated() where catalog.standard(id) == nil {
                report("areas.yaml", ["areas", "\(a)", "crosswalk", "\(c)"], "no standard has the id '\(id)'",
                       suggestions: unknown(id, among: catalog.standardIDs))
            }
            if catalog.competencies(inArea: area.id).isEmpty {
                report("areas.yaml", ["areas", "\(a)", "id"], "the area '\(area.id)' has no competency bullets")
            }
            if catalog.questions(inArea: area.id).isEmpty {
                report("areas.yaml", ["areas", "\(a)", "id"], "the area '\(area.id)' has no interview questions")
            }
        }
        let areaIDs = catalog.areas.map(\.id)
        for (c, competency) in catalog.competencies.enumerated() {
            let path = ["competencies", "\(c)"]
            claim(competency.id, "competencies.yaml", path + ["id"])
            if catalog.area(competency.area) == nil {
                report("competencies.yaml", path + ["area"], "no area has the id '\(competency.area)'",
                       suggestions: unknown(competency.area, among: areaIDs))
            }
            problems += AlignmentRules.problems(competency.aligns, in: catalog).map { problem in
                let location = documents["competencies.yaml"]!.location(of: path + ["aligns"] + (problem.index.map { ["\($0)"] } ?? []))
                return JobWrightError(.badData, problem.message, at: location,
                                      field: YAMLDocument.fieldPath(path + ["aligns"]), suggestions: problem.suggestions)
            }
        }
        let defaultScale = catalog.scales.first
        if defaultScale == nil { report("scales.yaml", ["scales"], "at least one scale is needed") }
        for (s, scale) in catalog.scales.enumerated() where scale.levels.count < 2 {
            report("scales.yaml", ["scales", "\(s)", "levels"], "a scale needs at least two levels")
        }
        if catalog.recommendations.count < 2 {
            report("scales.yaml", ["recommendations"], "at least two overall recommendations are needed")
        }
        for (q, question) in catalog.questions.enumerated() {
            let path = ["questions", "\(q)"]
            claim(question.id, "questions.yaml", path + ["id"])
            if catalog.area(question.area) == nil {
                report("questions.yaml", path + ["area"], "no area has the id '\(question.area)'",
                       suggestions: unknown(question.area, among: areaIDs))
            }
            if !(1...3).contains(question.probes.count) {
                report("questions.yaml", path + ["probes"], "a question needs 1 to 3 probes, not \(question.probes.count)")
            }
            if question.assesses.isEmpty {
                report("questions.yaml", path + ["assesses"], "name at least one competency the question assesses")
            }
            for (i, id) in question.assesses.enumerated() where catalog.competency(id) == nil {
                report("questions.yaml", path + ["assesses", "\(i)"], "no competency has the id '\(id)'",
                       suggestions: unknown(id, among: catalog.competencyIDs))
            }
            if let defaultScale {
                for level in defaultScale.levels where (question.anchors[level.id] ?? "").isEmpty {
                    report("questions.yaml", path + ["anchors"], "no anchor for the level '\(level.id)' of the scale '\(defaultScale.id)'")
                }
            }
        }
        for (r, role) in catalog.roles.enumerated() {
            claim("role:" + role.id, "roles.yaml", ["roles", "\(r)", "id"])
            for (i, id) in (role.usualDirectReports ?? []).enumerated() where catalog.role(id) == nil {
                report("roles.yaml", ["roles", "\(r)", "usualDirectReports", "\(i)"], "no role has the id '\(id)'",
                       suggestions: unknown(id, among: catalog.roleIDs))
            }
        }
        for id in Notice.Known.all where catalog.notice(id) == nil {
            report("notices.yaml", ["notices"], "the notice '\(id)' is missing")
        }
        return problems
    }
}

/// What every alignment list must satisfy, shared by the library and a draft's custom bullets.
public enum AlignmentRules {
    public struct Problem: Sendable {
        public var index: Int?
        public var message: String
        public var suggestions: [String]
    }

    public static func problems(_ aligns: [String], in catalog: Catalog) -> [Problem] {
        var problems: [Problem] = []
        for (i, id) in aligns.enumerated() where catalog.standard(id) == nil {
            problems.append(Problem(index: i, message: "no standard has the id '\(id)'",
                                    suggestions: Suggestions.closest(to: id, in: catalog.standardIDs)))
        }
        let standards = aligns.compactMap { catalog.standard($0) }
        if !standards.contains(where: { $0.frameworkID == "cosn" && $0.kind == .skillArea }) {
            problems.append(Problem(message: "align to at least one CoSN skill area (e.g. cosn:data-management)", suggestions: []))
        }
        if !standards.contains(where: { $0.frameworkID == "iste" && $0.kind == .indicator }) {
            problems.append(Problem(message: "align to at least one ISTE indicator (e.g. iste:3.4.c)", suggestions: []))
        }
        return problems
    }
}
