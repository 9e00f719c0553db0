import JobWrightCore

/// What a district needs before it publishes, judged from the draft and the catalog: required
/// content, the profile's central-office placement and coverage, and a job-related rubric.
struct DraftChecks {
    let loaded: LoadedDraft
    let catalog: Catalog
    var draft: Draft { loaded.draft }
    var file: String { loaded.document.path }

    func finding(_ rule: String, _ severity: Severity, _ path: [String], _ message: String,
                 explanation: String? = nil, basis: String? = nil, suggestion: String? = nil) -> Finding {
        Finding(rule: rule, severity: severity, at: loaded.location(of: path), field: YAMLDocument.fieldPath(path),
                message: message, explanation: explanation, basis: basis, suggestion: suggestion)
    }

    // MARK: Required content

    func requiredContent() -> [Finding] {
        var findings: [Finding] = []
        let pay = draft.compensation
        let payBasis = "M.G.L. c.149 s.105F (pay range in postings, employers of 25 or more, from 29 October 2025)"
        if pay.minimum == nil || pay.maximum == nil {
            findings.append(finding("required.pay-range", .error, ["compensation", pay.minimum == nil ? "minimum" : "maximum"],
                                    "the posting has no pay range (minimum and maximum)",
                                    explanation: "A posting for a specific position must show the annual salary or hourly range the district reasonably and in good faith expects to pay.",
                                    basis: payBasis, suggestion: "set compensation.minimum and compensation.maximum, e.g. 118000 and 134000"))
        }
        if pay.period == nil {
            findings.append(finding("required.pay-range", .error, ["compensation", "period"], "the pay range does not say per year or per hour",
                                    basis: payBasis, suggestion: "period: year"))
        } else if let period = pay.period, period != .year && period != .hour {
            findings.append(finding("required.pay-range", .warning, ["compensation", "period"],
                                    "the pay range is per \(period.rawValue); the law speaks of an annual salary or hourly wage range",
                                    explanation: "A range per month, week or day may not be read as the range the law asks for.",
                                    basis: payBasis, suggestion: "state the range per year (or per hour) and put the \(period.rawValue)ly figure in the pay note"))
        }
        let coordinator = draft.notices.coordinator
        let missing = [("name", coordinator.name), ("title", coordinator.title), ("address", coordinator.address),
                       ("email", coordinator.email), ("phone", coordinator.phone)].filter { $0.1?.nilIfBlank == nil }.map(\.0)
        if !missing.isEmpty {
            findings.append(finding("required.nondiscrimination-contact", .error, ["notices", "coordinator", missing[0]],
                                    "the nondiscrimination notice lacks the coordinator's \(missing.joined(separator: ", "))",
                                    explanation: "Recruitment materials must name the civil-rights coordinator with office address, email and telephone.",
                                    basis: "34 CFR 106.8 (Title IX), 34 CFR 104.8 (Section 504), 34 CFR 100.6(d) (Title VI), 34 CFR 110.25, 28 CFR 35.106",
                                    suggestion: "fill in notices.coordinator.\(missing[0])"))
        }
        for (id, rule) in [(Notice.Known.nondiscrimination, "required.nondiscrimination-notice"), (Notice.Known.backgroundCheck, "required.background-check")]
        where catalog.notice(id) == nil {
            findings.append(finding(rule, .error, ["notices"], "the catalog has no '\(id)' notice, so the posting cannot print it"))
        }
        let position = draft.position
        if position.closingDate == nil && position.openUntilFilled != true {
            findings.append(finding("required.closing-date", .error, ["position", "closingDate"], "the posting has no closing date",
                                    explanation: "Applicants need to know when to apply by; a posting may instead stay open until the position is filled.",
                                    suggestion: "closingDate: \"YYYY-MM-DD\", or openUntilFilled: true"))
        } else if position.openUntilFilled == true && position.closingDate == nil {
            findings.append(finding("required.closing-date", .notice, ["position", "openUntilFilled"],
                                    "the posting is open until filled, with no date for the first review of applications",
                                    explanation: "Allowed: applicants see no deadline, and the JSON-LD has no validThrough. A first-review date as closingDate tells applicants when to apply to be sure of being considered.",
                                    suggestion: "closingDate: \"YYYY-MM-DD\" (the date the review begins)"))
        }
        if position.postingDate == nil {
            findings.append(finding("required.posting-date", .error, ["position", "postingDate"], "the posting has no posting date",
                                    suggestion: "postingDate: \"YYYY-MM-DD\""))
        }
        // The hard rules are core's, so `check` reports exactly what `render` refuses.
        let refused = "jobwright render refuses the draft until this is fixed (or it is given --force)."
        for problem in draft.hardRuleProblems {
            switch problem.rule {
            case .maximumPayBelowMinimum:
                findings.append(finding("required.pay-range", .error, problem.path, problem.message,
                                        explanation: "The range printed would be no range at all. " + refused, basis: payBasis, suggestion: "swap the two amounts"))
            case .closingBeforePosting:
                findings.append(finding("required.closing-date", .error, problem.path, problem.message,
                                        explanation: "Applications would close before the posting opens. " + refused, suggestion: "a closing date on or after the posting date"))
            }
        }
        if draft.application.instructions?.nilIfBlank == nil && draft.application.url?.nilIfBlank == nil {
            findings.append(finding("required.how-to-apply", .error, ["application"], "the posting does not say how to apply",
                                    suggestion: "fill in application.instructions or application.url"))
        }
        if position.title?.nilIfBlank == nil {
            findings.append(finding("required.title", .error, ["position", "title"], "the position has no title"))
        }
        if position.district?.nilIfBlank == nil {
            findings.append(finding("required.district", .error, ["position", "district"], "the posting does not name the district"))
        }
        if draft.reporting.reportsTo?.nilIfBlank == nil {
            findings.append(finding("required.reports-to", .error, ["reporting", "reportsTo"], "reports-to is not set",
                                    suggestion: "reportsTo: superintendent"))
        }
        if draft.summary?.nilIfBlank == nil {
            findings.append(finding("required.summary", .warning, ["summary"], "the posting has no summary",
                                    explanation: "A few sentences at the top tell an applicant what the district is and why the job matters; the duties alone do not.",
                                    suggestion: "two or three sentences: the district, the role, what the first years hold"))
        }
        if draft.flsa == nil {
            findings.append(finding("required.flsa", .warning, ["flsa"], "the FLSA status is not set", suggestion: "flsa: exempt"))
        }
        return findings
    }

    // MARK: The profile

    func profile() -> [Finding] {
        var findings: [Finding] = []
        let profileBasis = "Massachusetts committee profile of the district administrator of technology: a central-office position"
        let reportsTo = [(draft.reporting.reportsTo, ["reporting", "reportsTo"])]
            + draft.reporting.alsoReportsTo.enumerated().map { (Optional($0.element), ["reporting", "alsoReportsTo", "\($0.offset)"]) }
        for case let (reportsTo?, path) in reportsTo where reportsTo.nilIfBlank != nil {
            if let role = catalog.role(reportsTo), role.level == .building {
                findings.append(finding("profile.central-office", .error, path,
                                        "reports to \(role.title), a building-level role",
                                        explanation: "The profile places the technology director at the central office, reporting to the superintendent or a central-office leader, so the role looks the same across the Commonwealth.",
                                        basis: profileBasis, suggestion: "reportsTo: superintendent"))
            } else if catalog.role(reportsTo) == nil {
                findings.append(finding("profile.central-office", .notice, path,
                                        "'\(reportsTo)' is not a catalog role, so its central-office level cannot be confirmed",
                                        basis: profileBasis, suggestion: "use a catalog role id such as superintendent"))
            }
        }
        if let state = draft.position.location.state?.trimmingSpaces.nilIfBlank,
           !["ma", "mass.", "mass", "massachusetts"].contains(state.lowercased()) {
            findings.append(finding("profile.massachusetts", .warning, ["position", "location", "state"],
                                    "the position is in \(state), but the notices, laws and bullets jobwright prints are Massachusetts ones",
                                    explanation: "The nondiscrimination, CORI and pay-range notices cite Massachusetts General Laws, and several bullets name Massachusetts frameworks and tests (DLCS, MCAS). A posting for another state needs its own notices and bullets, checked by the district's counsel.",
                                    basis: profileBasis, suggestion: "state: MA, or replace the Massachusetts notices and bullets with your state's"))
        }
        let chosen = draft.chosenBullets(in: catalog)
        for area in catalog.areas where !chosen.contains(where: { $0.area == area.id }) {
            var uncovered = finding("profile.area-coverage", .warning, ["competencies"],
                                    "no bullet is chosen from area \(area.number), \(area.title)",
                                    explanation: "The profile describes ten areas a district technology director must know; a posting that leaves one out describes a different job.",
                                    basis: profileBasis,
                                    suggestion: "add one of: " + catalog.competencies(inArea: area.id).prefix(3).map(\.id).joined(separator: ", "))
            uncovered.area = area.id
            findings.append(uncovered)
        }
        let covered = Set(chosen.flatMap(\.aligns))
        let cosn = catalog.framework("cosn")?.standards.filter { $0.kind == .skillArea && !covered.contains($0.id) } ?? []
        let iste = catalog.framework("iste")?.standards.filter { $0.kind == .indicator && !covered.contains($0.id) } ?? []
        if !cosn.isEmpty || !iste.isEmpty {
            var parts: [String] = []
            if !cosn.isEmpty { parts.append("CoSN " + cosn.map(\.title).joined(separator: ", ")) }
            if !iste.isEmpty { parts.append("ISTE " + iste.map(\.code).joined(separator: ", ")) }
            findings.append(finding("profile.standards-coverage", .notice, ["competencies"],
                                    "not covered by the chosen bullets: " + parts.joined(separator: "; "),
                                    basis: "CoSN Framework of Essential Skills of the K-12 CTO; ISTE Standards for Education Leaders (2018)"))
        }
        return findings
    }

    // MARK: The rubric

    func rubric(questions: QuestionChecks) -> [Finding] {
        var findings: [Finding] = []
        let rows = draft.rubric.rows
        let opm = "OPM, Structured Interviews: A Practical Guide (2008)"
        if rows.count < 5 || rows.count > 8 {
            findings.append(finding("rubric.size", .notice, ["rubric", "rows"],
                                    "the rubric assesses \(rows.count) competencies; structured interviews usually assess 5 to 8",
                                    basis: opm))
        }
        let scale = draft.rubricScale(in: catalog)
        let chosen = Set(draft.competencies)
        let chosenAreas = Set(draft.chosenBullets(in: catalog).map(\.area))
        let resolved = draft.resolvedRubricRows(in: catalog)
        for (index, row) in rows.enumerated() {
            let path = ["rubric", "rows", "\(index)"]
            let resolvedRow = resolved[index]
            if resolvedRow.questionText.nilIfBlank == nil {
                findings.append(finding("rubric.question", .error, path, "the row has no question",
                                        suggestion: "question: a bank id from `jobwright catalog questions`"))
            }
            for level in scale?.levels ?? [] where resolvedRow.anchors[level.id]?.nilIfBlank == nil {
                findings.append(finding("rubric.anchors", .error, path + (row.customQuestion != nil ? ["customQuestion", "anchors"] : []),
                                        "no anchor for the level '\(level.name)'",
                                        explanation: "Every answer is rated against the same written standard; a level without an anchor invites guesswork.",
                                        basis: opm))
            }
            if let weight = row.weight, weight.value <= 0 {
                findings.append(finding("rubric.weight", .error, path + ["weight"], "the weight must be positive"))
            }
            let traced = row.assesses.isEmpty
                ? (row.question.flatMap { catalog.question($0) }?.assesses ?? []).filter { chosen.contains($0) }
                : row.assesses.filter { chosen.contains($0) }
            if traced.isEmpty || traced.count < row.assesses.count {
                let untraced = row.assesses.filter { !chosen.contains($0) }
                findings.append(finding("rubric.job-related", .error, path + (row.assesses.isEmpty ? [] : ["assesses"]),
                                        untraced.isEmpty ? "the row assesses no bullet chosen for the posting"
                                                         : "the row assesses bullets the posting does not list: \(untraced.joined(separator: ", "))",
                                        explanation: "Every rubric row must trace to a duty or qualification in the posting, so that what is scored is job-related.",
                                        basis: "Uniform Guidelines on Employee Selection Procedures (29 CFR 1607); \(opm)",
                                        suggestion: "list chosen bullet ids in assesses, or choose the bullet in competencies"))
            }
            if let area = resolvedRow.area, !chosenAreas.contains(area.id) {
                findings.append(finding("rubric.area", .error, path, "the row assesses area \(area.number), \(area.title), which has no bullet in the posting"))
            }
            let questionPath = row.customQuestion != nil ? path + ["customQuestion", "text"] : path + ["question"]
            let texts = [resolvedRow.questionText] + resolvedRow.probes
            for text in texts {
                findings += questions.findings(for: text, at: loaded.location(of: questionPath), field: YAMLDocument.fieldPath(questionPath))
            }
        }
        let weights = Set(rows.map(\.effectiveWeight))
        if weights.count > 1 {
            findings.append(finding("rubric.weights", .notice, ["rubric", "rows"], "the rows have unequal weights",
                                    explanation: "Equal weights are the default; record why a competency weighs more.", basis: opm))
        }
        return findings
    }

    // MARK: Text of the draft

    /// The draft's prose in print order, each piece with its field's location, for the wording rules.
    func segments() -> [TextSegment] {
        var segments: [TextSegment] = []
        func add(_ text: String?, _ path: [String]) {
            guard let text = text?.nilIfBlank else { return }
            let location = loaded.location(of: path)
            segments.append(TextSegment(text: text.collapsingWhitespace, file: location.file, line: location.line, column: location.column,
                                        field: YAMLDocument.fieldPath(path)))
        }
        add(draft.position.title, ["position", "title"])
        add(draft.summary, ["summary"])
        add(draft.dayInTheLife, ["dayInTheLife"])
        for (index, id) in draft.competencies.enumerated() {
            if let custom = draft.customCompetencies.firstIndex(where: { $0.id == id }) {
                add(draft.customCompetencies[custom].text, ["customCompetencies", "\(custom)", "text"])
            } else {
                add(catalog.competency(id)?.text, ["competencies", "\(index)"])
            }
        }
        for (index, text) in draft.qualifications.required.enumerated() { add(text, ["qualifications", "required", "\(index)"]) }
        for (index, text) in draft.qualifications.preferred.enumerated() { add(text, ["qualifications", "preferred", "\(index)"]) }
        for (index, text) in draft.physicalDemands.enumerated() { add(text, ["physicalDemands", "\(index)"]) }
        for (index, text) in draft.workingConditions.enumerated() { add(text, ["workingConditions", "\(index)"]) }
        add(draft.compensation.note, ["compensation", "note"])
        add(draft.application.instructions, ["application", "instructions"])
        return segments
    }
}
