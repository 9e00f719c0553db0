import JobWrightCore
import JobWrightMustache

/// Builds the values the posting templates read. Every policy decision (which notices, which
/// FLSA wording, what is covered) is made here, so templates only place ready values.
struct PostingContext {
    let draft: Draft
    let catalog: Catalog
    let options: RenderOptions
    let notices: NoticeTexts
    /// The renderer's labels of alignments, kept between renders.
    var labels = StandardsLabels.Memo()
    /// The HTML page draws the org chart as a picture; the JSON-LD built from its values does not.
    var drawsOrgChart = true

    func build() -> MustacheObject {
        let position = draft.position
        var context: MustacheObject = [:]
        context[text: "title"] = position.title?.nilIfBlank ?? "Untitled position"
        context[text: "district"] = position.district?.nilIfBlank
        context[text: "department"] = position.department?.nilIfBlank
        context[text: "locationName"] = position.location.name?.nilIfBlank
        context[text: "address"] = position.location.singleLine.nilIfBlank
        // The place's name and its address, either alone; nil leaves the Location row out.
        context[text: "workplace"] = [context[text: "locationName"], context[text: "address"]].compactMap { $0 }.joined(separator: ", ").nilIfBlank
        context[text: "fte"] = position.fte.map { String($0.value) }
        context[text: "employmentType"] = position.employmentType.map(Self.employmentLabel)
        context[text: "workYear"] = position.workYear?.nilIfBlank
        context[text: "contractDays"] = position.contractDays.map(String.init)
        context[text: "startDate"] = position.startDate?.longForm
        context[text: "postingDate"] = position.postingDate?.longForm
        context[text: "closingDate"] = Self.closing(position)
        context[text: "postingId"] = position.postingId?.nilIfBlank
        context[text: "summary"] = draft.summary?.nilIfBlank
        context[text: "dayInTheLife"] = draft.dayInTheLife?.nilIfBlank
        // Web pages and Word files make a paragraph of each, where text keeps the blank line.
        if options.format == .html || options.format == .docx {
            context["summaryParagraphs"] = .list(Self.paragraphs(draft.summary).map(MustacheValue.text))
            context["dayInTheLifeParagraphs"] = .list(Self.paragraphs(draft.dayInTheLife).map(MustacheValue.text))
        }
        context["reporting"] = reporting().map(MustacheValue.object)
        context[text: "orgChart"] = orgChart()
        // Only the HTML page draws the chart; JSON-LD leaves this key out (see Renderer.jsonLD).
        if options.format == .html && drawsOrgChart { context[text: Self.orgChartPictureKey] = orgChartPicture() }
        let chosen = draft.chosenBullets(in: catalog)
        context["dutyAreas"] = .list(bulletsByArea(chosen, kind: .duty))
        context["knowledgeAreas"] = .list(bulletsByArea(chosen, kind: .knowledge))
        context["qualifications"] = qualifications().map(MustacheValue.object)
        // The tables of the matrix are built only when the posting prints it.
        let matrix = options.standardsMatrix ?? draft.standardsMatrix ?? false
        var alignment = AlignmentMatrix(chosen: chosen, catalog: catalog).context(format: options.format, tables: matrix)
        alignment["matrix"] = .flag(matrix)
        context["alignment"] = .object(alignment)
        context["compensation"] = .object(compensation())
        context["physicalDemands"] = .texts(draft.physicalDemands.compactMap(\.nilIfBlank))
        context["workingConditions"] = .texts(draft.workingConditions.compactMap(\.nilIfBlank))
        context["application"] = application().map(MustacheValue.object)
        // "How to apply" prints only with something under it (the closing date is "Apply by").
        context["howToApply"] = .flag(context["application"] != nil || context["closingDate"] != nil)
        context["notices"] = .object(noticeValues())
        return context
    }

    /// "February 5, 2027", or "Open until filled", or both: "February 5, 2027 (first review);
    /// open until filled".
    /// The paragraphs of a text area's prose: parted at blank lines, each trimmed.
    static func paragraphs(_ text: String?) -> [String] {
        guard let text = text?.nilIfBlank else { return [] }
        var paragraphs: [String] = [], current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\n").trimmingSpaces); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\n").trimmingSpaces) }
        return paragraphs
    }

    static func closing(_ position: Position) -> String? {
        let date = position.closingDate?.longForm
        guard position.openUntilFilled == true else { return date }
        return date.map { "\($0) (first review); open until filled" } ?? "Open until filled"
    }

    /// An address that starts "http://" or "https://" (in any case) and holds no blank, quote or
    /// angle bracket. ASCII text is read on its bytes (a tenth of the work); other text by
    /// characters, where Unicode's blanks count too.
    static func isWebAddress(_ text: String) -> Bool {
        if text.isPlainASCII {
            let bytes = Array(text.utf8)
            let scheme = bytes.prefix(8).map(ByteSearch.lowered)
            return (scheme.starts(with: Array("https://".utf8)) || scheme.starts(with: Array("http://".utf8)))
                && !bytes.contains { ByteSearch.isASCIIBlank($0) || $0 == 0x22 || $0 == 0x3C || $0 == 0x3E }
        }
        let lowered = text.lowercased()
        return (lowered.hasPrefix("https://") || lowered.hasPrefix("http://")) && !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }

    /// One "@" with something before it and a point after it, and no blank or `:/"<>,;()`.
    /// On the bytes for ASCII text, as `isWebAddress`.
    static func isEmailAddress(_ text: String) -> Bool {
        if text.isPlainASCII {
            let bytes = Array(text.utf8)
            guard let at = bytes.firstIndex(of: 0x40), at > 0, bytes.lastIndex(of: 0x40) == at, bytes[(at + 1)...].contains(0x2E) else { return false }
            return !bytes.contains { ByteSearch.isASCIIBlank($0) || notInEmailAddress.contains($0) }
        }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains(where: { $0.isWhitespace || ":/\"<>,;()".contains($0) })
    }

    private static let notInEmailAddress = Array(":/\"<>,;()".utf8)

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

    private func reporting() -> MustacheObject? {
        let lines = draft.reporting
        var values: MustacheObject = [:]
        values[text: "reportsTo"] = reportsTo()
        values["dottedLines"] = .texts(lines.dottedLines.compactMap(\.nilIfBlank).map(title))
        values["supervises"] = .list(lines.supervises.map {
            var supervised: MustacheObject = ["title": .text(title($0.role)), "label": .text(supervisedLabel($0))]
            supervised[text: "count"] = $0.count.map(String.init)
            return .object(supervised)
        })
        let total = lines.supervises.reduce(0) { $0 + ($1.count ?? 1) }
        values[text: "supervisedTotal"] = total > 0 ? String(total) : nil
        values["worksWith"] = .texts(lines.worksWith.compactMap(\.nilIfBlank).map(title))
        let isEmpty = values["reportsTo"] == nil && lines.dottedLines.isEmpty && lines.supervises.isEmpty && lines.worksWith.isEmpty
        return isEmpty ? nil : values
    }

    /// The context key of the org chart drawn as inline SVG.
    static let orgChartPictureKey = "orgChartPicture"

    /// The reporting lines as a chart, when there is more than this position to draw.
    func chart() -> OrgChart? {
        guard reportsTo() != nil || !draft.reporting.supervises.isEmpty else { return nil }
        return OrgChart(reportsTo: reportsTo(),
                        position: draft.position.title?.nilIfBlank ?? "Untitled position",
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

    /// The chosen bullets of one kind under their areas, in the catalog's order of areas and the
    /// draft's order within each. Read in place: grouping them copied every bullet.
    private func bulletsByArea(_ chosen: [Competency], kind: Competency.Kind) -> [MustacheValue] {
        catalog.areas.compactMap { area in
            var bullets: [MustacheValue] = []
            for index in chosen.indices where chosen[index].kind == kind && chosen[index].area == area.id {
                bullets.append(["id": .text(chosen[index].id), "text": .text(chosen[index].text.collapsingWhitespace),
                                "codes": .text(labels.codes(for: chosen[index].aligns, in: catalog))])
            }
            guard !bullets.isEmpty else { return nil }
            return ["number": .text(String(area.number)), "title": .text(area.postingHeading), "id": .text(area.id), "bullets": .list(bullets)]
        }
    }

    private func qualifications() -> MustacheObject? {
        let required = draft.qualifications.required.compactMap(\.nilIfBlank)
        let preferred = draft.qualifications.preferred.compactMap(\.nilIfBlank)
        guard !required.isEmpty || !preferred.isEmpty else { return nil }
        return ["required": .texts(required), "preferred": .texts(preferred)]
    }

    private func compensation() -> MustacheObject {
        var values: MustacheObject = [:]
        values[text: "range"] = Money.range(draft.compensation)
        values[text: "note"] = draft.compensation.note?.nilIfBlank
        if let notice = catalog.notice(Notice.Known.payRange), values["range"] != nil {
            values[text: "statement"] = notices.render(notice, draft: draft)
        }
        if let flsa = draft.flsa {
            values[text: "flsa"] = flsa == .exempt ? "Exempt" : "Non-exempt"
            let id = flsa == .exempt ? Notice.Known.flsaExempt : Notice.Known.flsaNonExempt
            if let notice = catalog.notice(id) { values[text: "flsaStatement"] = notices.render(notice, draft: draft) }
        }
        // The section prints only with something in it: an imported posting with no pay yet
        // printed a bare "Compensation and terms" heading.
        values["any"] = .flag(["range", "note", "statement", "flsaStatement"].contains { values[$0] != nil })
        return values
    }

    private func application() -> MustacheObject? {
        let application = draft.application
        var values: MustacheObject = [:]
        values[text: "instructions"] = application.instructions?.nilIfBlank
        let url = application.resolvedURL(postingId: draft.position.postingId)
        values[text: "url"] = url
        // Only web addresses become links: a "javascript:" or other scheme stays plain text.
        values["urlIsWeb"] = .flag(url.map(Self.isWebAddress) ?? false)
        let contact = application.contact
        var contactValues: MustacheObject = [:]
        contactValues[text: "name"] = contact.name?.nilIfBlank
        contactValues[text: "title"] = contact.title?.nilIfBlank
        contactValues[text: "email"] = contact.email?.nilIfBlank
        contactValues[text: "phone"] = contact.phone?.nilIfBlank
        contactValues[text: "address"] = contact.address?.nilIfBlank
        if !contactValues.isEmpty {
            contactValues["emailIsAddress"] = .flag(contact.email.map(Self.isEmailAddress) ?? false)
            values["contact"] = .object(contactValues)
        }
        // `urlIsWeb` is always there: nothing to say is no instructions, address or contact.
        return ["instructions", "url", "contact"].allSatisfy { values[$0] == nil } ? nil : values
    }

    private func noticeValues() -> MustacheObject {
        func entry(_ notice: Notice) -> MustacheValue {
            ["id": .text(notice.id), "title": .text(notice.title), "text": .text(notices.render(notice, draft: draft)),
             "basis": .text(notice.basis.joined(separator: "; "))]
        }
        var values: MustacheObject = [:]
        if let notice = catalog.notice(Notice.Known.backgroundCheck) { values["backgroundCheck"] = entry(notice) }
        if let notice = catalog.notice(Notice.Known.nondiscrimination) { values["nondiscrimination"] = entry(notice) }
        values["extra"] = .list(draft.notices.include.compactMap { catalog.notice($0).map(entry) })
        return values
    }
}
