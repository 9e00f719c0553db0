import JobWrightCore

/// Builds the values the posting templates read. Every policy decision (which notices, which
/// FLSA wording, what is covered) is made here, so templates only place ready values.
struct PostingContext {
    let draft: Draft
    let catalog: Catalog
    let options: RenderOptions
    let notices: NoticeTexts
    /// The HTML page draws the org chart as a picture; the JSON-LD built from its values does not.
    var drawsOrgChart = true

    func build() -> [String: Any] {
        let position = draft.position
        var context: [String: Any] = [:]
        context["title"] = position.title?.nilIfBlank ?? "Untitled position"
        context["district"] = position.district?.nilIfBlank
        context["department"] = position.department?.nilIfBlank
        context["locationName"] = position.location.name?.nilIfBlank
        context["address"] = position.location.singleLine.nilIfBlank
        context["fte"] = position.fte.map { String($0.value) }
        context["employmentType"] = position.employmentType.map(Self.employmentLabel)
        context["workYear"] = position.workYear?.nilIfBlank
        context["contractDays"] = position.contractDays.map(String.init)
        context["startDate"] = position.startDate?.longForm
        context["postingDate"] = position.postingDate?.longForm
        context["closingDate"] = Self.closing(position)
        context["postingId"] = position.postingId?.nilIfBlank
        context["summary"] = draft.summary?.nilIfBlank
        context["dayInTheLife"] = draft.dayInTheLife?.nilIfBlank
        context["reporting"] = reporting()
        context["orgChart"] = orgChart()
        // Only the HTML page draws the chart; JSON-LD leaves this key out (see Renderer.jsonLD).
        if options.format == .html && drawsOrgChart { context[Self.orgChartPictureKey] = orgChartPicture() }
        context["dutyAreas"] = bulletsByArea(kind: .duty)
        context["knowledgeAreas"] = bulletsByArea(kind: .knowledge)
        context["qualifications"] = qualifications()
        var alignment = AlignmentMatrix(draft: draft, catalog: catalog, ascii: options.ascii).context(format: options.format)
        alignment["matrix"] = options.standardsMatrix ?? draft.standardsMatrix ?? false
        context["alignment"] = alignment
        context["compensation"] = compensation()
        context["physicalDemands"] = draft.physicalDemands.compactMap(\.nilIfBlank)
        context["workingConditions"] = draft.workingConditions.compactMap(\.nilIfBlank)
        context["application"] = application()
        context["notices"] = noticeValues()
        return context
    }

    /// "February 5, 2027", or "Open until filled", or both: "February 5, 2027 (first review);
    /// open until filled".
    static func closing(_ position: Position) -> String? {
        let date = position.closingDate?.longForm
        guard position.openUntilFilled == true else { return date }
        return date.map { "\($0) (first review); open until filled" } ?? "Open until filled"
    }

    static func isWebAddress(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return (lowered.hasPrefix("https://") || lowered.hasPrefix("http://")) && !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }

    static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains(where: { $0.isWhitespace || ":/\"<>,;()".contains($0) })
    }

    static func employmentLabel(_ type: EmploymentType) -> String {
        switch type {
        case .fullTime: "Full-time"
        case .partTime: "Part-time"
        case .temporary: "Temporary"
        case .contract: "Contract"
        }
    }

    private func title(_ value: String) -> String { Draft.roleTitle(value, in: catalog) }

    private func supervisedLabel(_ role: SupervisedRole) -> String {
        title(role.role) + (role.count.map { " (\($0))" } ?? "")
    }

    /// "Superintendent of Schools", or, for a joint position, "Superintendent of Schools and Town
    /// Manager".
    private func reportsTo() -> String? {
        let roles = ([draft.reporting.reportsTo] + draft.reporting.alsoReportsTo).compactMap { $0?.nilIfBlank }.map(title)
        guard !roles.isEmpty else { return nil }
        return roles.count == 1 ? roles[0] : roles.dropLast().joined(separator: ", ") + " and " + roles.last!
    }

    private func reporting() -> [String: Any]? {
        let lines = draft.reporting
        var values: [String: Any] = [:]
        values["reportsTo"] = reportsTo()
        values["dottedLines"] = lines.dottedLines.compactMap(\.nilIfBlank).map(title)
        values["supervises"] = lines.supervises.map {
            compact(["title": title($0.role), "count": $0.count.map(String.init), "label": supervisedLabel($0)])
        }
        let total = lines.supervises.reduce(0) { $0 + ($1.count ?? 1) }
        values["supervisedTotal"] = total > 0 ? String(total) : nil
        values["worksWith"] = lines.worksWith.compactMap(\.nilIfBlank).map(title)
        let isEmpty = values["reportsTo"] == nil && lines.dottedLines.isEmpty && lines.supervises.isEmpty && lines.worksWith.isEmpty
        return isEmpty ? nil : values
    }

    /// The context key of the org chart drawn as inline SVG.
    static let orgChartPictureKey = "orgChartPicture"

    /// The reporting lines as a chart, when there is more than this position to draw.
    func chart() -> OrgChart? {
        guard reportsTo() != nil || !draft.reporting.supervises.isEmpty else { return nil }
        return OrgChart(reportsTo: reportsTo(),
                        position: draft.position.title?.nilIfBlank ?? "This position",
                        supervises: draft.reporting.supervises.map(supervisedLabel),
                        dottedLines: draft.reporting.dottedLines.compactMap(\.nilIfBlank).map(title))
    }

    private func orgChartPicture() -> String? {
        chart().map { OrgChartSVG.markup(OrgChartLayout($0), description: $0.summary) }
    }

    private func orgChart() -> String? {
        guard let chart = chart() else { return nil }
        let ascii = options.ascii
        let lines = chart.lines(ascii: ascii, width: options.format == .text ? options.width - 2 : 0)
        let text = lines.joined(separator: "\n")
        switch options.format {
        case .text: return text.markedVerbatim
        // Inside a fenced code block a backtick run could end the fence early.
        case .markdown: return text.replacingOccurrences(of: "`", with: "'")
        // Word draws the chart as shapes: `renderDocx` adds it as `orgChartDrawing`.
        case .docx: return nil
        default: return text
        }
    }

    private func bulletsByArea(kind: Competency.Kind) -> [[String: Any]] {
        let chosen = Dictionary(grouping: draft.chosenBullets(in: catalog).filter { $0.kind == kind }, by: \.area)
        return catalog.areas.compactMap { area in
            guard let bullets = chosen[area.id] else { return nil }
            return [
                "number": String(area.number), "title": area.postingHeading, "id": area.id,
                "bullets": bullets.map { ["id": $0.id, "text": $0.text.collapsingWhitespace,
                                          "codes": StandardsLabels.codes(for: $0.aligns, in: catalog)] },
            ]
        }
    }

    private func qualifications() -> [String: Any]? {
        let required = draft.qualifications.required.compactMap(\.nilIfBlank)
        let preferred = draft.qualifications.preferred.compactMap(\.nilIfBlank)
        guard !required.isEmpty || !preferred.isEmpty else { return nil }
        return compact(["required": required, "preferred": preferred])
    }

    private func compensation() -> [String: Any] {
        var values: [String: Any] = [:]
        values["range"] = Money.range(draft.compensation)
        values["note"] = draft.compensation.note?.nilIfBlank
        if let notice = catalog.notice(Notice.Known.payRange), values["range"] != nil {
            values["statement"] = notices.render(notice, draft: draft)
        }
        if let flsa = draft.flsa {
            values["flsa"] = flsa == .exempt ? "Exempt" : "Non-exempt"
            let id = flsa == .exempt ? Notice.Known.flsaExempt : Notice.Known.flsaNonExempt
            if let notice = catalog.notice(id) { values["flsaStatement"] = notices.render(notice, draft: draft) }
        }
        return values
    }

    private func application() -> [String: Any]? {
        let application = draft.application
        var values: [String: Any] = [:]
        values["instructions"] = application.instructions?.nilIfBlank
        let url = application.resolvedURL(postingId: draft.position.postingId)
        values["url"] = url
        // Only web addresses become links: a "javascript:" or other scheme stays plain text.
        values["urlIsWeb"] = url.map(Self.isWebAddress) ?? false
        let contact = application.contact
        let contactValues = compact([
            "name": contact.name?.nilIfBlank, "title": contact.title?.nilIfBlank,
            "email": contact.email?.nilIfBlank, "phone": contact.phone?.nilIfBlank,
            "address": contact.address?.nilIfBlank,
        ])
        var contactWithFlags = contactValues
        contactWithFlags["emailIsAddress"] = contact.email.map(Self.isEmailAddress) ?? false
        if !contactValues.isEmpty { values["contact"] = contactWithFlags }
        return values.isEmpty ? nil : values
    }

    private func noticeValues() -> [String: Any] {
        func entry(_ notice: Notice) -> [String: Any] {
            ["id": notice.id, "title": notice.title, "text": notices.render(notice, draft: draft),
             "basis": notice.basis.joined(separator: "; ")]
        }
        var values: [String: Any] = [:]
        if let notice = catalog.notice(Notice.Known.backgroundCheck) { values["backgroundCheck"] = entry(notice) }
        if let notice = catalog.notice(Notice.Known.nondiscrimination) { values["nondiscrimination"] = entry(notice) }
        var extra: [[String: Any]] = []
        for id in draft.notices.include { if let notice = catalog.notice(id) { extra.append(entry(notice)) } }
        values["extra"] = extra
        return values
    }
}

/// A template context without the keys whose value is missing (Mustache would print "nil").
func compact(_ values: [String: Any?]) -> [String: Any] {
    values.compactMapValues { $0 }
}
