import Foundation
import JobWrightCore

/// schema.org JobPosting for the district website, with Google's required properties
/// (title, description, datePosted, hiringOrganization, jobLocation) and the recommended ones.
/// Built with JSONEncoder, so it is always valid JSON; `<`, `>` and `&` are escaped so the
/// result is safe inside a `<script>` element.
struct JobPostingJSONLD: Encodable {
    var context = "https://schema.org"
    var type = "JobPosting"
    var title: String
    var description: String
    var datePosted: String?
    var validThrough: String?
    var employmentType: String?
    var hiringOrganization: Organization
    var jobLocation: Place
    var baseSalary: MonetaryAmount?
    var occupationalCategory = "11-3021.00 Computer and Information Systems Managers"
    var identifier: PropertyValue?
    var jobStartDate: String?
    var industry = "Education"
    var directApply: Bool?
    var url: String?
    var educationRequirements: Credential?
    var experienceRequirements: Experience?
    var qualifications: [String]?
    var responsibilities: [String]?

    enum CodingKeys: String, CodingKey {
        case context = "@context", type = "@type", title, description, datePosted, validThrough, employmentType,
             hiringOrganization, jobLocation, baseSalary, occupationalCategory, identifier, jobStartDate, industry, directApply, url,
             educationRequirements, experienceRequirements, qualifications, responsibilities
    }

    struct Credential: Encodable {
        var type = "EducationalOccupationalCredential"
        var credentialCategory: String
        enum CodingKeys: String, CodingKey { case type = "@type", credentialCategory }
    }
    struct Experience: Encodable {
        var type = "OccupationalExperienceRequirements"
        var monthsOfExperience: Int
        enum CodingKeys: String, CodingKey { case type = "@type", monthsOfExperience }
    }

    struct Organization: Encodable {
        var type = "Organization"
        var name: String
        enum CodingKeys: String, CodingKey { case type = "@type", name }
    }
    struct Place: Encodable {
        var type = "Place"
        var address: PostalAddress
        enum CodingKeys: String, CodingKey { case type = "@type", address }
    }
    struct PostalAddress: Encodable {
        var type = "PostalAddress"
        var streetAddress: String?
        var addressLocality: String?
        var addressRegion: String?
        var postalCode: String?
        var addressCountry: String?
        enum CodingKeys: String, CodingKey {
            case type = "@type", streetAddress, addressLocality, addressRegion, postalCode, addressCountry
        }
    }
    struct MonetaryAmount: Encodable {
        var type = "MonetaryAmount"
        var currency: String
        var value: QuantitativeValue
        enum CodingKeys: String, CodingKey { case type = "@type", currency, value }
    }
    struct QuantitativeValue: Encodable {
        var type = "QuantitativeValue"
        var minValue: Double?
        var maxValue: Double?
        var unitText: String
        enum CodingKeys: String, CodingKey { case type = "@type", minValue, maxValue, unitText }
    }
    struct PropertyValue: Encodable {
        var type = "PropertyValue"
        var name: String
        var value: String
        enum CodingKeys: String, CodingKey { case type = "@type", name, value }
    }

    init(draft: Draft, catalog: Catalog, descriptionHTML: String) {
        let position = draft.position
        title = position.title?.nilIfBlank ?? ""
        description = descriptionHTML
        datePosted = position.postingDate?.description
        // Open until filled: no expiry to announce.
        validThrough = position.openUntilFilled == true ? nil : position.closingDate.map { $0.description + "T23:59:59" }
        jobStartDate = position.startDate?.description
        employmentType = position.employmentType.map {
            switch $0 {
            case .fullTime: "FULL_TIME"
            case .partTime: "PART_TIME"
            case .temporary: "TEMPORARY"
            case .contract: "CONTRACTOR"
            }
        }
        hiringOrganization = Organization(name: position.district?.nilIfBlank ?? "")
        let location = position.location
        jobLocation = Place(address: PostalAddress(
            streetAddress: location.street?.nilIfBlank, addressLocality: location.city?.nilIfBlank,
            addressRegion: location.state?.nilIfBlank, postalCode: location.postalCode?.nilIfBlank,
            addressCountry: location.country?.nilIfBlank))
        let pay = draft.compensation
        if pay.minimum != nil || pay.maximum != nil {
            baseSalary = MonetaryAmount(
                currency: pay.currency?.nilIfBlank ?? "USD",
                value: QuantitativeValue(minValue: pay.minimum?.value, maxValue: (pay.maximum ?? pay.minimum)?.value,
                                         unitText: (pay.period ?? .year).rawValue.uppercased()))
        }
        if let id = position.postingId?.nilIfBlank, let district = position.district?.nilIfBlank {
            identifier = PropertyValue(name: district, value: id)
        }
        url = draft.application.resolvedURL(postingId: position.postingId)
        // What the required qualifications ask for, and every qualification and duty as text.
        let required = draft.qualifications.required.compactMap(\.nilIfBlank)
        educationRequirements = QualificationTerms.degreeCategory(in: required).map { Credential(credentialCategory: $0) }
        experienceRequirements = QualificationTerms.monthsOfExperience(in: required).map { Experience(monthsOfExperience: $0) }
        let all = (required + draft.qualifications.preferred.compactMap(\.nilIfBlank)).map(\.collapsingWhitespace)
        qualifications = all.isEmpty ? nil : all
        let duties = draft.chosenBullets(in: catalog).filter { $0.kind == .duty }.map(\.text.collapsingWhitespace)
        responsibilities = duties.isEmpty ? nil : duties
    }

    /// Pretty, key-sorted JSON (the same draft always gives the same bytes), safe in `<script>`.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return Self.scriptSafe(String(decoding: data, as: UTF8.self))
    }

    /// Escapes what could end or confuse a `<script>` element; inside JSON strings these
    /// escapes mean the same characters.
    static func scriptSafe(_ json: String) -> String {
        // Nothing to escape (no <, >, & and no line or paragraph separator, E2 80 A8/A9): as it is.
        if !json.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }) { return json }
        // On the bytes: each escaped character is ASCII or the three bytes E2 80 A8/A9.
        let bytes = Array(json.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 256)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x3C, 0x3E, 0x26:  // \u003c \u003e \u0026
                output += [0x5C, 0x75, 0x30, 0x30] + (byte == 0x3C ? [0x33, 0x63] : byte == 0x3E ? [0x33, 0x65] : [0x32, 0x36])
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                output += [0x5C, 0x75, 0x32, 0x30, 0x32, bytes[index + 2] == 0xA8 ? 0x38 : 0x39]  // \u2028 \u2029
                index += 2
            default: output.append(byte)
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
