import Foundation
import JobWrightCore

/// schema.org JobPosting for the district website, with Google's required properties
/// (title, description, datePosted, hiringOrganization, jobLocation) and the recommended ones.
/// Built with JSONEncoder, so it is always valid JSON; `<`, `>` and `&` are escaped so the
/// result is safe inside a `<script>` element.
public struct JobPostingJSONLD: Encodable {
    public var context = "https://schema.org"
    public var type = "JobPosting"
    public var title: String
    public var description: String
    public var datePosted: String?
    public var validThrough: String?
    public var employmentType: String?
    public var hiringOrganization: Organization
    public var jobLocation: Place
    public var baseSalary: MonetaryAmount?
    public var occupationalCategory = "11-3021.00 Computer and Information Systems Managers"
    public var identifier: PropertyValue?
    public var jobStartDate: String?
    public var industry = "Education"
    public var directApply: Bool?
    public var url: String?
    public var educationRequirements: Credential?
    public var experienceRequirements: Experience?
    public var qualifications: [String]?
    public var responsibilities: [String]?

    enum CodingKeys: String, CodingKey {
        case context = "@context", type = "@type", title, description, datePosted, validThrough, employmentType,
             hiringOrganization, jobLocation, baseSalary, occupationalCategory, identifier, jobStartDate, industry, directApply, url,
             educationRequirements, experienceRequirements, qualifications, responsibilities
    }

    public struct Credential: Encodable {
        public var type = "EducationalOccupationalCredential"
        public var credentialCategory: String
        enum CodingKeys: String, CodingKey { case type = "@type", credentialCategory }
    }
    public struct Experience: Encodable {
        public var type = "OccupationalExperienceRequirements"
        public var monthsOfExperience: Int
        enum CodingKeys: String, CodingKey { case type = "@type", monthsOfExperience }
    }

    public struct Organization: Encodable {
        public var type = "Organization"
        public var name: String
        enum CodingKeys: String, CodingKey { case type = "@type", name }
    }
    public struct Place: Encodable {
        public var type = "Place"
        public var address: PostalAddress
        enum CodingKeys: String, CodingKey { case type = "@type", address }
    }
    public struct PostalAddress: Encodable {
        public var type = "PostalAddress"
        public var streetAddress: String?
        public var addressLocality: String?
        public var addressRegion: String?
        public var postalCode: String?
        public var addressCountry: String?
        enum CodingKeys: String, CodingKey {
            case type = "@type", streetAddress, addressLocality, addressRegion, postalCode, addressCountry
        }
    }
    public struct MonetaryAmount: Encodable {
        public var type = "MonetaryAmount"
        public var currency: String
        public var value: QuantitativeValue
        enum CodingKeys: String, CodingKey { case type = "@type", currency, value }
    }
    public struct QuantitativeValue: Encodable {
        public var type = "QuantitativeValue"
        public var minValue: Double?
        public var maxValue: Double?
        public var unitText: String
        enum CodingKeys: String, CodingKey { case type = "@type", minValue, maxValue, unitText }
    }
    public struct PropertyValue: Encodable {
        public var type = "PropertyValue"
        public var name: String
        public var value: String
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
    public func json() -> String {
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
