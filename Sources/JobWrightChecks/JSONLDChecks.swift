import JobWrightCore
import JobWrightRender

/// Google's structured-data rules for JobPosting, applied to what `render posting --format jsonld`
/// produces: required properties, ISO 8601 dates, validThrough after datePosted, a structured
/// baseSalary.
enum JSONLDChecks {
    static let basis = "Google Search Central, JobPosting structured data; schema.org JobPosting"
    static let employmentTypes: Set<String> = ["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"]
    static let units: Set<String> = ["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]

    /// Reads the JobPosting that `render posting --format jsonld` prints, as the values it is
    /// printed from (a test holds the printed JSON to them). `descriptionIsBlank`, when given,
    /// stands for the description, which then need not be rendered. `reported`: the rules the
    /// draft's own checks have already found; a JSON-LD rule that only restates one of them (the
    /// same empty field, in schema.org's words) is left out, so an officer reads it once.
    static func findings(_ posting: JobPostingJSONLD, descriptionIsBlank: Bool? = nil, reported: Set<String> = [],
                         at location: SourceLocation) -> [Finding] {
        func error(_ message: String, suggestion: String? = nil) -> Finding {
            Finding(rule: "jsonld.structure", severity: .error, at: location, message: message, basis: basis, suggestion: suggestion)
        }
        var findings: [Finding] = []
        if posting.type != "JobPosting" { findings.append(error("@type is not JobPosting")) }
        if posting.title.nilIfBlank == nil && !reported.contains("required.title") { findings.append(error("the required property 'title' is empty")) }
        if descriptionIsBlank ?? (posting.description.nilIfBlank == nil) { findings.append(error("the required property 'description' is empty")) }
        if posting.hiringOrganization.name.nilIfBlank == nil && !reported.contains("required.district") {
            findings.append(error("hiringOrganization has no name", suggestion: "set position.district"))
        }
        let address = posting.jobLocation.address
        if address.addressLocality?.nilIfBlank == nil || address.addressRegion?.nilIfBlank == nil {
            findings.append(error("jobLocation needs an address with at least the city and state", suggestion: "set position.location.city and .state"))
        }
        let postedText = posting.datePosted?.nilIfBlank
        let posted = postedText.flatMap(isoDate)
        if postedText == nil {
            if !reported.contains("required.posting-date") {
                findings.append(error("the required property 'datePosted' is missing", suggestion: "set position.postingDate"))
            }
        } else if posted == nil {
            findings.append(error("datePosted is not an ISO 8601 date"))
        }
        if let through = posting.validThrough?.nilIfBlank {
            if let end = isoDate(through) {
                if let posted, end <= posted { findings.append(error("validThrough is not after datePosted")) }
            } else {
                findings.append(error("validThrough is not an ISO 8601 date"))
            }
        }
        if let type = posting.employmentType, !employmentTypes.contains(type) {
            findings.append(error("employmentType '\(type)' is not one of Google's values"))
        }
        if let salary = posting.baseSalary {
            if salary.type != "MonetaryAmount" || salary.currency.nilIfBlank == nil || salary.value.type != "QuantitativeValue"
                || !units.contains(salary.value.unitText) || salary.value.minValue == nil {
                findings.append(error("baseSalary must be a MonetaryAmount with a currency and a QuantitativeValue (minValue, maxValue, unitText)"))
            }
        } else if !reported.contains("required.pay-range") {
            findings.append(Finding(rule: "jsonld.structure", severity: .warning, at: location,
                                    message: "baseSalary is missing (recommended by Google, required in Massachusetts postings)", basis: basis))
        }
        return findings
    }

    /// `2027-01-04` or `2027-02-05T23:59:59` (an optional zone), as a comparable date-time string.
    static func isoDate(_ text: String) -> String? {
        let date = String(text.prefix(10))
        guard CalendarDate(date) != nil else { return nil }
        let rest = text.dropFirst(10)
        if rest.isEmpty { return date + "T00:00:00" }
        guard rest.first == "T", rest.count >= 9 else { return nil }
        return date + rest.prefix(9)
    }
}
