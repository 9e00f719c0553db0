/// What is the same on every posting a district writes: its name and address, whom applicants
/// ask, the civil-rights coordinator, how to apply, the usual terms, conditions and committee.
/// Written once (`~/.config/jobwright/district.yaml`) and copied into each new draft when it is
/// created, so a draft holds every value itself and renders the same on any machine.
public struct DistrictProfile: Codable, Sendable, Equatable {
    /// The profile format version.
    public var jobwrightDistrict: Int = 1
    public var district: String?
    public var department: String?
    /// Where the position works: the central office.
    public var location = Location()
    /// Whom applicants may ask (the application contact).
    public var hrContact = Contact()
    /// The civil-rights (Title IX, Section 504) coordinator named in the nondiscrimination notice.
    public var coordinator = Contact()
    /// Where applicants apply; `{postingId}` stands for the posting's id.
    public var applicationURL: String?
    public var applicationInstructions: String?
    public var workYear: String?
    public var contractDays: Int?
    /// How pay is set, e.g. "Placement on the administrators' salary schedule ...".
    public var payNote: String?
    /// One sentence on benefits, printed after the pay note.
    public var benefits: String?
    @Defaulted public var workingConditions: [String] = []
    @Defaulted public var physicalDemands: [String] = []
    /// The committee's usual members and roles.
    @Defaulted public var committee: [CommitteeMember] = []
    /// Optional notices the district always prints (ids from notices.yaml).
    @Defaulted public var notices: [String] = []
    /// The typeface of the district's Word files, e.g. Calibri (see `Draft.font`).
    public var font: String?

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        jobwrightDistrict = try c.decodeIfPresent(Int.self, forKey: .jobwrightDistrict) ?? 1
        district = try c.decodeIfPresent(String.self, forKey: .district)
        department = try c.decodeIfPresent(String.self, forKey: .department)
        location = try c.decodeIfPresent(Location.self, forKey: .location) ?? Location()
        hrContact = try c.decodeIfPresent(Contact.self, forKey: .hrContact) ?? Contact()
        coordinator = try c.decodeIfPresent(Contact.self, forKey: .coordinator) ?? Contact()
        applicationURL = try c.decodeIfPresent(String.self, forKey: .applicationURL)
        applicationInstructions = try c.decodeIfPresent(String.self, forKey: .applicationInstructions)
        workYear = try c.decodeIfPresent(String.self, forKey: .workYear)
        contractDays = try c.decodeIfPresent(Int.self, forKey: .contractDays)
        payNote = try c.decodeIfPresent(String.self, forKey: .payNote)
        benefits = try c.decodeIfPresent(String.self, forKey: .benefits)
        _workingConditions = try c.decode(Defaulted<[String]>.self, forKey: .workingConditions)
        _physicalDemands = try c.decode(Defaulted<[String]>.self, forKey: .physicalDemands)
        _committee = try c.decode(Defaulted<[CommitteeMember]>.self, forKey: .committee)
        _notices = try c.decode(Defaulted<[String]>.self, forKey: .notices)
        font = try c.decodeIfPresent(String.self, forKey: .font)
    }

    private enum CodingKeys: String, CodingKey {
        case jobwrightDistrict = "jobwright-district", district, department, location, hrContact, coordinator,
             applicationURL, applicationInstructions, workYear, contractDays, payNote, benefits, workingConditions,
             physicalDemands, committee, notices, font
    }
}

extension DistrictProfile {
    /// Copies the profile's values into a draft (a new one, as it is created). Values the
    /// profile leaves out leave the draft as it was.
    public func apply(to draft: inout Draft) {
        func set<T>(_ value: T?, _ keyPath: WritableKeyPath<Draft, T?>) { if let value { draft[keyPath: keyPath] = value } }
        set(district?.nilIfBlank, \.position.district)
        set(department?.nilIfBlank, \.position.department)
        // Field by field: a profile without a state keeps the draft's (MA by default).
        for keyPath in [\Location.name, \.street, \.city, \.state, \.postalCode, \.country] {
            if let value = location[keyPath: keyPath]?.nilIfBlank { draft.position.location[keyPath: keyPath] = value }
        }
        set(workYear?.nilIfBlank, \.position.workYear)
        set(contractDays, \.position.contractDays)
        set(applicationURL?.nilIfBlank, \.application.url)
        set(applicationInstructions?.nilIfBlank, \.application.instructions)
        if hrContact != Contact() { draft.application.contact = hrContact }
        if coordinator != Contact() { draft.notices.coordinator = coordinator }
        if let note = payAndBenefits { draft.compensation.note = note }
        if !workingConditions.isEmpty { draft.workingConditions = workingConditions }
        if !physicalDemands.isEmpty { draft.physicalDemands = physicalDemands }
        if !committee.isEmpty { draft.rubric.committee = committee }
        for id in notices where !draft.notices.include.contains(id) { draft.notices.include.append(id) }
        set(font?.nilIfBlank, \.font)
    }

    /// The district's part of an existing draft, to start a profile from a posting already made.
    public init(from draft: Draft) {
        self.init()
        district = draft.position.district
        department = draft.position.department
        location = draft.position.location
        hrContact = draft.application.contact
        coordinator = draft.notices.coordinator
        applicationURL = draft.application.url
        applicationInstructions = draft.application.instructions
        workYear = draft.position.workYear
        contractDays = draft.position.contractDays
        payNote = draft.compensation.note
        workingConditions = draft.workingConditions
        physicalDemands = draft.physicalDemands
        committee = draft.rubric.committee
        notices = draft.notices.include
        font = draft.font
    }

    /// Reads a profile; errors name `file:line:column` and the field, unknown keys included.
    public static func load(path: String, text: String) throws(JobWrightError) -> DistrictProfile {
        let document = try YAMLDocument(path: path, text: text)
        var profile = try document.decode(DistrictProfile.self)
        profile.dropBlanks()
        if let font = profile.font, let problem = FontName.problem(font) {
            throw JobWrightError(.badData, problem, at: document.location(of: ["font"]), field: "font")
        }
        guard profile.jobwrightDistrict == 1 else {
            throw JobWrightError(.badData, "this profile is format \(profile.jobwrightDistrict); this jobwright reads format 1",
                                 at: SourceLocation(file: path, line: 1, column: 1), field: "jobwright-district")
        }
        return profile
    }
}

extension DistrictProfile {
    /// The pay note and the benefits sentence as the draft's one pay note, each ended as a
    /// sentence: "Salary per the schedule" and "Health, dental" print as two sentences, not as
    /// "Salary per the schedule Health, dental".
    var payAndBenefits: String? {
        let parts = [payNote, benefits].compactMap { $0?.trimmingSpaces.nilIfBlank }
        guard !parts.isEmpty else { return nil }
        return parts.enumerated().map { index, part in
            index < parts.count - 1 && !".!?".contains(part.last!) ? part + "." : part
        }.joined(separator: " ")
    }

    /// Empty strings (as the starter has them) mean "not given".
    mutating func dropBlanks() {
        let texts: [WritableKeyPath<DistrictProfile, String?>] = [
            \.district, \.department, \.applicationURL, \.applicationInstructions, \.workYear, \.payNote, \.benefits, \.font,
            \.location.name, \.location.street, \.location.city, \.location.state, \.location.postalCode, \.location.country,
            \.hrContact.name, \.hrContact.title, \.hrContact.address, \.hrContact.email, \.hrContact.phone,
            \.coordinator.name, \.coordinator.title, \.coordinator.address, \.coordinator.email, \.coordinator.phone,
        ]
        for keyPath in texts { self[keyPath: keyPath] = self[keyPath: keyPath]?.nilIfBlank }
        workingConditions = workingConditions.compactMap(\.nilIfBlank)
        physicalDemands = physicalDemands.compactMap(\.nilIfBlank)
    }
}

extension Application {
    /// The application address with `{postingId}` filled in (or dropped with the slash before
    /// it when the posting has no id yet).
    public func resolvedURL(postingId: String?) -> String? {
        guard let url = url?.nilIfBlank else { return nil }
        guard url.contains("{postingId}") else { return url }
        if let id = postingId?.nilIfBlank { return url.replacingOccurrences(of: "{postingId}", with: id) }
        return url.replacingOccurrences(of: "/{postingId}", with: "").replacingOccurrences(of: "{postingId}", with: "")
    }
}

extension DistrictProfile {
    /// Fills what a draft made from an old posting leaves empty with the district's own values;
    /// what the posting says stays. The place of work is taken whole or not at all, so a
    /// posting's city never meets the profile's street. Returns the fields it filled, for the
    /// import report.
    public func fillBlanks(of draft: inout Draft) -> [String] {
        var filled: [String] = []
        func fill<T>(_ value: T?, _ keyPath: WritableKeyPath<Draft, T?>, _ name: String) {
            guard let value, draft[keyPath: keyPath] == nil else { return }
            draft[keyPath: keyPath] = value
            filled.append(name)
        }
        func fill<T: Equatable>(_ value: T, _ keyPath: WritableKeyPath<Draft, T>, empty: T, _ name: String) {
            guard value != empty, draft[keyPath: keyPath] == empty else { return }
            draft[keyPath: keyPath] = value
            filled.append(name)
        }
        fill(district?.nilIfBlank, \.position.district, "position.district")
        fill(department?.nilIfBlank, \.position.department, "position.department")
        fill(location, \.position.location, empty: Location(), "position.location")
        fill(workYear?.nilIfBlank, \.position.workYear, "position.workYear")
        fill(contractDays, \.position.contractDays, "position.contractDays")
        fill(applicationURL?.nilIfBlank, \.application.url, "application.url")
        fill(applicationInstructions?.nilIfBlank, \.application.instructions, "application.instructions")
        fill(hrContact, \.application.contact, empty: Contact(), "application.contact")
        fill(coordinator, \.notices.coordinator, empty: Contact(), "notices.coordinator")
        fill(payAndBenefits, \.compensation.note, "compensation.note")
        fill(workingConditions, \.workingConditions, empty: [], "workingConditions")
        fill(physicalDemands, \.physicalDemands, empty: [], "physicalDemands")
        fill(committee, \.rubric.committee, empty: [], "rubric.committee")
        fill(notices, \.notices.include, empty: [], "notices.include")
        fill(font?.nilIfBlank, \.font, "font")
        return filled
    }
}
