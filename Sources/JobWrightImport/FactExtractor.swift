import Foundation
import JobWrightCore

/// Finds the position's facts in an old posting's lines and writes them into a draft: title,
/// district, department, address, FTE, work year, FLSA status, pay, dates, how to apply,
/// reporting lines. A fact the text does not state stays empty; nothing is guessed.
struct FactExtractor {
    let catalog: Catalog

    /// Which fields each line gave ("position.title"), by line number.
    private(set) var fields: [Int: [String]] = [:]

    /// Each role of the catalog with the words of its title.
    private let roleWords: [(id: String, words: Set<String>)]

    init(catalog: Catalog) {
        self.catalog = catalog
        roleWords = catalog.roles.map { ($0.id, Set(MatchTokenizer.words($0.title))) }
    }

    /// The labels postings put before a fact ("Reports to:"), lower case, and the fact they give.
    enum Label: CaseIterable {
        case title, district, department, location, reportsTo, supervises, fte, workYear, flsa, pay,
             postingDate, closingDate, startDate, apply, contact, postingId

        var words: [String] {
            switch self {
            case .title: ["position", "title", "job title", "position title", "job"]
            case .district: ["district", "school district", "employer", "organization", "organisation"]
            case .department: ["department", "division", "office"]
            case .location: ["location", "address", "work location", "worksite", "work site"]
            case .reportsTo: ["reports to", "reporting to", "supervisor", "immediate supervisor", "reports directly to"]
            case .supervises: ["supervises", "supervision of", "directly supervises", "supervisory responsibility", "positions supervised"]
            case .fte: ["fte", "status", "hours", "employment status", "position type", "type"]
            case .workYear: ["work year", "contract", "length of work year", "work days", "days", "term", "terms of employment", "schedule"]
            case .flsa: ["flsa", "flsa status", "flsa classification", "classification", "exemption status"]
            case .pay: ["salary", "pay", "compensation", "salary range", "pay range", "wage", "rate", "hiring range"]
            case .postingDate: ["posting date", "posted", "date posted", "date of posting", "posted on"]
            case .closingDate: ["closing date", "deadline", "application deadline", "closes", "apply by", "close date", "posting closes"]
            case .startDate: ["start date", "starting date", "anticipated start", "anticipated start date", "effective date", "date available"]
            case .apply: ["apply", "to apply", "application", "how to apply", "application procedure", "apply online", "apply at"]
            case .contact: ["contact", "questions", "inquiries", "contact person"]
            case .postingId: ["posting id", "job id", "posting number", "job number", "posting #", "job #", "req", "requisition"]
            }
        }

        static func of(_ label: String) -> Label? {
            let key = label.lowercased().trimmingBlanks
            return allCases.first { $0.words.contains(key) }
        }
    }

    /// Reads every line; `sections[i]` is the section line `i` sits in.
    mutating func extract(_ lines: [SourceLine], sections: [PostingSection], into draft: inout Draft) {
        for (index, line) in lines.enumerated() {
            if let (label, value) = Self.labelled(line.text), let kind = Label.of(label) {
                apply(kind, value: value, line: line, into: &draft)
            } else {
                unlabelled(line, section: sections[index], isFirst: index == lines.firstIndex { $0.shape != .bullet }, into: &draft)
            }
        }
        if draft.position.title == nil, let line = lines.first(where: { $0.shape == .heading && Self.looksLikeTitle($0.text) }) {
            draft.position.title = line.text
            note(line, "position.title")
        }
    }

    /// "Reports to: Superintendent" → ("Reports to", "Superintendent").
    static func labelled(_ text: String) -> (String, String)? {
        guard let colon = text.firstColon else { return nil }
        let label = String(text[..<colon]).trimmingBlanks
        let value = String(text[text.index(after: colon)...]).trimmingBlanks
        guard !label.isEmpty, label.spaceSeparatedCount <= 4, !value.isEmpty, !label.contains("http") else { return nil }
        return (label, value)
    }

    static func looksLikeTitle(_ text: String) -> Bool {
        let lower = text.lowercased()
        return text.spaceSeparatedCount <= 10
            && ["director", "officer", "chief", "coordinator", "manager", "administrator", "supervisor"].contains { lower.contains($0) }
    }

    private mutating func note(_ line: SourceLine, _ field: String) {
        if !(fields[line.number]?.contains(field) ?? false) { fields[line.number, default: []].append(field) }
    }

    private mutating func apply(_ label: Label, value: String, line: SourceLine, into draft: inout Draft) {
        switch label {
        case .title: set(&draft.position.title, value, line, "position.title")
        case .district:
            // "Portsmouth School Department, Portsmouth, New Hampshire": the district, and where it is.
            if draft.position.district == nil, let place = USStates.trailingPlace(of: value), !place.before.isEmpty {
                set(&draft.position.district, place.before, line, "position.district")
                cityAndState(place, line: line, into: &draft)
            } else {
                set(&draft.position.district, value, line, "position.district")
            }
        case .department: set(&draft.position.department, value, line, "position.department")
        case .location:
            if address(in: value, line: line, into: &draft) { break }
            // "Central Office, Lakeside, MA" or "Lakeside, MA" alone: the building, and where it is.
            if let place = USStates.trailingPlace(of: value) {
                if !place.before.isEmpty { set(&draft.position.location.name, place.before, line, "position.location.name") }
                cityAndState(place, line: line, into: &draft)
            } else {
                set(&draft.position.location.name, value, line, "position.location.name")
            }
        case .reportsTo: set(&draft.reporting.reportsTo, role(value), line, "reporting.reportsTo")
        case .supervises:
            let roles = Self.roleList(value)
            if draft.reporting.supervises.isEmpty && !roles.isEmpty {
                draft.reporting.supervises = roles.map { name, count in SupervisedRole(role: role(name), count: count) }
                note(line, "reporting.supervises")
            }
        case .workYear where draft.position.workYear == nil:
            // "12 months (260 contract days)": the work year as written, the days counted too.
            // A parenthesis that says something else ("funding for later years not yet decided")
            // stays part of the work year.
            let parts = value.split(separator: "(", maxSplits: 1)
            let countsDays = parts.count == 2 && FactPatterns.first(FactPatterns.days, in: String(parts[1])) != nil
            let year = countsDays ? parts[0].trimmingBlanks : value
            set(&draft.position.workYear, year, line, "position.workYear")
            unlabelled(line, section: .terms, isFirst: false, into: &draft)
        case .fte, .workYear, .flsa, .pay, .postingDate, .closingDate, .startDate, .apply, .contact:
            unlabelled(line, section: label == .apply || label == .contact ? .application : .terms, isFirst: false, into: &draft)
            switch label {
            case .postingDate: if let date = FactPatterns.date(in: value) { setDate(&draft.position.postingDate, date, line, "position.postingDate") }
            case .closingDate: if let date = FactPatterns.date(in: value) { setDate(&draft.position.closingDate, date, line, "position.closingDate") }
            case .startDate: if let date = FactPatterns.date(in: value) { setDate(&draft.position.startDate, date, line, "position.startDate") }
            case .workYear: break
            default: break
            }
        case .postingId: set(&draft.position.postingId, value, line, "position.postingId")
        }
    }

    /// Facts a line states without a label: pay, FTE, days, FLSA, dates, e-mail, web address, phone.
    private mutating func unlabelled(_ line: SourceLine, section: PostingSection, isFirst: Bool, into draft: inout Draft) {
        let text = line.text
        let lower = text.lowercased()
        let search = LowerBytes(lower)
        if isFirst && draft.position.title == nil && Self.looksLikeTitle(text) { set(&draft.position.title, text, line, "position.title") }
        if draft.position.district == nil, let district = Self.districtName(in: text), text.characterCount <= 120 || isFirst {
            set(&draft.position.district, district, line, "position.district")
            // "Portsmouth School Department, Portsmouth, New Hampshire": and where it is.
            if let place = USStates.trailingPlace(of: text), place.before.hasSuffix(district) { cityAndState(place, line: line, into: &draft) }
        }
        _ = address(in: text, line: line, into: &draft)
        let amounts = FactPatterns.amounts(in: text)
        if draft.compensation.minimum == nil, !amounts.isEmpty, section == .terms || search.has("salary") || search.has("pay") || FactPatterns.period(in: text) != nil {
            draft.compensation.minimum = Amount(amounts[0])
            if amounts.count > 1 { draft.compensation.maximum = Amount(amounts[1]) }
            draft.compensation.period = FactPatterns.period(in: text)
            note(line, "compensation")
        }
        if draft.position.fte == nil, let groups = FactPatterns.first(FactPatterns.fte, in: text), let value = groups[1].flatMap(Double.init) {
            draft.position.fte = Amount(value)
            note(line, "position.fte")
        }
        if draft.position.employmentType == nil {
            if search.has("full-time") || search.has("full time") { draft.position.employmentType = .fullTime; note(line, "position.employmentType") }
            else if search.has("part-time") || search.has("part time") { draft.position.employmentType = .partTime; note(line, "position.employmentType") }
        }
        if draft.position.contractDays == nil, section == .terms || search.has("work year") || search.has("contract"),
           let groups = FactPatterns.first(FactPatterns.days, in: text), let days = groups[1].flatMap({ Int($0) }), (150...366).contains(days) {
            draft.position.contractDays = days
            note(line, "position.contractDays")
        }
        if draft.position.workYear == nil, let groups = FactPatterns.first(FactPatterns.months, in: text), let months = groups[1] {
            draft.position.workYear = "\(months)-month"
            note(line, "position.workYear")
        }
        if draft.flsa == nil, search.has("exempt"), search.has("flsa") || lower.characterCount < 60 {
            draft.flsa = search.has("non-exempt") || search.has("nonexempt") ? .nonExempt : .exempt
            note(line, "flsa")
        }
        if search.has("until filled") || search.has("until the position is filled") {
            if draft.position.openUntilFilled == nil { draft.position.openUntilFilled = true; note(line, "position.openUntilFilled") }
        }
        if draft.application.url == nil, let url = FactPatterns.first(FactPatterns.url, in: text)?[0] {
            draft.application.url = url.hasPrefix("www.") ? "https://" + url : Self.trimmingPunctuation(url)
            note(line, "application.url")
        }
        if draft.application.contact.email == nil, let email = FactPatterns.first(FactPatterns.email, in: text)?[0] {
            draft.application.contact.email = email
            note(line, "application.contact.email")
        }
        if draft.application.contact.phone == nil, section == .application || search.has("phone") || search.has("call") || search.has("contact"),
           let phone = FactPatterns.first(FactPatterns.phone, in: text)?[0] {
            draft.application.contact.phone = phone
            note(line, "application.contact.phone")
        }
    }

    private mutating func address(in text: String, line: SourceLine, into draft: inout Draft) -> Bool {
        guard draft.position.location.street == nil, let groups = FactPatterns.first(FactPatterns.address, in: text) else { return false }
        draft.position.location.street = groups[1]?.trimmingBlanks
        draft.position.location.city = groups[2]?.trimmingBlanks
        draft.position.location.state = groups[3]?.uppercased()
        draft.position.location.postalCode = groups[4]
        note(line, "position.location")
        return true
    }

    /// The city and state of a place the posting names, when it gave neither yet (taken whole,
    /// so a street of one line never meets the city of another).
    private mutating func cityAndState(_ place: (before: String, city: String, state: String), line: SourceLine, into draft: inout Draft) {
        guard draft.position.location.city == nil && draft.position.location.state == nil && draft.position.location.street == nil else { return }
        draft.position.location.city = place.city
        draft.position.location.state = place.state
        note(line, "position.location")
    }

    private mutating func set(_ field: inout String?, _ value: String, _ line: SourceLine, _ name: String) {
        guard field == nil else { return }
        field = value
        note(line, name)
    }

    private mutating func setDate(_ field: inout CalendarDate?, _ value: CalendarDate, _ line: SourceLine, _ name: String) {
        guard field == nil else { return }
        field = value
        note(line, name)
    }

    /// "Network Administrator (1); Help Desk Technician (2)", or "A, B and C": each role with
    /// its head count when one is given. Semicolons separate when there are any (a role's own
    /// name may hold "and"), else commas and a final "and".
    static func roleList(_ value: String) -> [(String, Int?)] {
        var parts = value.contains(";") ? value.split(separator: ";").map(String.init) : value.split(separator: ",").map(String.init)
        if !value.contains(";"), let last = parts.last, let and = last.range(of: " and ") {
            parts[parts.count - 1] = String(last[..<and.lowerBound])
            parts.append(String(last[and.upperBound...]))
        }
        return parts.compactMap { part in
            var name = part.trimmingBlanks
            if name.hasPrefix("and ") { name.removeFirst(4) }
            var count: Int?
            if name.hasSuffix(")"), let open = name.lastIndex(of: "("), let number = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) {
                count = number
                name = name[..<open].trimmingBlanks
            }
            while let last = name.last, ".".contains(last) { name.removeLast() }
            return name.isEmpty ? nil : (name, count)
        }
    }

    /// "Riverbend Public Schools", "Lincoln-Sudbury Regional School District" in a line.
    static func districtName(in text: String) -> String? {
        let pattern = FactPatterns.districtPattern
        guard let groups = FactPatterns.first(pattern, in: text), let name = groups[0] else { return nil }
        return name.trimmingBlanks
    }

    /// A role's catalog id when the text names a role of `roles.yaml`, else the text as written.
    func role(_ text: String) -> String {
        let words = Set(MatchTokenizer.words(text))
        guard !words.isEmpty else { return text }
        var best: (id: String, score: Double)?
        for (id, roleWords) in roleWords {
            // Shared words over all the words of either (the union's size, without making it).
            let shared = words.reduce(0) { roleWords.contains($1) ? $0 + 1 : $0 }
            let score = Double(shared) / Double(words.count + roleWords.count - shared)
            if score > (best?.score ?? 0) { best = (id, score) }
        }
        if let best, best.score >= 0.6 { return best.id }
        return text
    }

    static func trimmingPunctuation(_ text: String) -> String {
        var result = text
        while let last = result.last, ".,;:".contains(last) { result.removeLast() }
        return result
    }
}

extension FactPatterns {
    static let districtPattern = FactPattern(pattern:
        #"(?:[A-Z][A-Za-z.'’-]+\s+){1,5}(?:Public Schools|Regional School District|Regional Public Schools|School District|School Department|Public School District|Unified School District|County Schools|City Schools|Schools)\b"#,
        mayMatch: { ByteSearch.first(Array("School".utf8), in: $0) != nil })
}
