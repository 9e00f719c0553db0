/// The posting being composed: everything one draft file holds. Keys are declared in the order
/// they are written back, so saving is stable and diff-friendly.
public struct Draft: Codable, Sendable, Equatable {
    /// The draft format version.
    public var jobwright: Int = 1
    public var position = Position()
    public var compensation = Compensation()
    public var flsa: FLSAStatus?
    public var reporting = ReportingLines()
    public var summary: String?
    public var dayInTheLife: String?
    /// Chosen bullet ids (catalog or `custom.`), in the order they print.
    @Defaulted public var competencies: [String] = []
    @Defaulted public var customCompetencies: [Competency] = []
    public var qualifications = Qualifications()
    @Defaulted public var physicalDemands: [String] = []
    @Defaulted public var workingConditions: [String] = []
    /// Print the full standards matrix in the posting (a committee's copy); by default the public
    /// posting keeps one sentence on alignment and `jobwright render alignment` has the matrix.
    public var standardsMatrix: Bool?
    /// The typeface of the Word files (`render --format docx`), e.g. Calibri; nil: Calibri.
    /// Word uses it where it is installed and a look-alike where it is not.
    public var font: String?
    public var application = Application()
    public var notices = NoticeFields()
    public var rubric = RubricPlan()
    /// The HR officer's own notes, never printed: `jobwright import` puts here every line of the
    /// old posting it did not understand, so nothing is lost.
    public var notes: [String]?
    /// An imported draft's lines still to review (`jobwright import`); gone once all are settled.
    public var importReview: ImportReview?

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        jobwright = try c.decodeIfPresent(Int.self, forKey: .jobwright) ?? 1
        position = try c.decodeIfPresent(Position.self, forKey: .position) ?? Position()
        compensation = try c.decodeIfPresent(Compensation.self, forKey: .compensation) ?? Compensation()
        flsa = try c.decodeIfPresent(FLSAStatus.self, forKey: .flsa)
        reporting = try c.decodeIfPresent(ReportingLines.self, forKey: .reporting) ?? ReportingLines()
        summary = try c.decodeIfPresent(String.self, forKey: .summary)
        dayInTheLife = try c.decodeIfPresent(String.self, forKey: .dayInTheLife)
        _competencies = try c.decode(Defaulted<[String]>.self, forKey: .competencies)
        _customCompetencies = try c.decode(Defaulted<[Competency]>.self, forKey: .customCompetencies)
        qualifications = try c.decodeIfPresent(Qualifications.self, forKey: .qualifications) ?? Qualifications()
        _physicalDemands = try c.decode(Defaulted<[String]>.self, forKey: .physicalDemands)
        _workingConditions = try c.decode(Defaulted<[String]>.self, forKey: .workingConditions)
        standardsMatrix = try c.decodeIfPresent(Bool.self, forKey: .standardsMatrix)
        font = try c.decodeIfPresent(String.self, forKey: .font)
        application = try c.decodeIfPresent(Application.self, forKey: .application) ?? Application()
        notices = try c.decodeIfPresent(NoticeFields.self, forKey: .notices) ?? NoticeFields()
        rubric = try c.decodeIfPresent(RubricPlan.self, forKey: .rubric) ?? RubricPlan()
        notes = try c.decodeIfPresent([String].self, forKey: .notes)
        importReview = try c.decodeIfPresent(ImportReview.self, forKey: .importReview)
    }

    private enum CodingKeys: String, CodingKey {
        case jobwright, position, compensation, flsa, reporting, summary, dayInTheLife, competencies,
             customCompetencies, qualifications, physicalDemands, workingConditions, standardsMatrix, font, application, notices, rubric,
             notes, importReview
    }
}

/// The position's title block: who, where, when.
public struct Position: Codable, Sendable, Equatable {
    public var title: String?
    public var district: String?
    public var department: String?
    public var location = Location()
    /// Full-time equivalent, 0 < fte <= 1.
    public var fte: Amount?
    public var employmentType: EmploymentType?
    /// As applicants read it, e.g. "12 months".
    public var workYear: String?
    public var contractDays: Int?
    public var startDate: CalendarDate?
    public var postingDate: CalendarDate?
    public var closingDate: CalendarDate?
    /// The posting stays open until the position is filled; a closing date, if given too, is
    /// when the review of applications begins.
    public var openUntilFilled: Bool?
    public var postingId: String?

    public init() {}
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        district = try c.decodeIfPresent(String.self, forKey: .district)
        department = try c.decodeIfPresent(String.self, forKey: .department)
        location = try c.decodeIfPresent(Location.self, forKey: .location) ?? Location()
        fte = try c.decodeIfPresent(Amount.self, forKey: .fte)
        employmentType = try c.decodeIfPresent(EmploymentType.self, forKey: .employmentType)
        workYear = try c.decodeIfPresent(String.self, forKey: .workYear)
        contractDays = try c.decodeIfPresent(Int.self, forKey: .contractDays)
        startDate = try c.decodeIfPresent(CalendarDate.self, forKey: .startDate)
        postingDate = try c.decodeIfPresent(CalendarDate.self, forKey: .postingDate)
        closingDate = try c.decodeIfPresent(CalendarDate.self, forKey: .closingDate)
        openUntilFilled = try c.decodeIfPresent(Bool.self, forKey: .openUntilFilled)
        postingId = try c.decodeIfPresent(String.self, forKey: .postingId)
    }
    private enum CodingKeys: String, CodingKey {
        case title, district, department, location, fte, employmentType, workYear, contractDays,
             startDate, postingDate, closingDate, openUntilFilled, postingId
    }
}

/// Where the position works (the central office, for a technology director).
public struct Location: Codable, Sendable, Equatable {
    public var name: String?
    public var street: String?
    public var city: String?
    public var state: String?
    public var postalCode: String?
    public var country: String?
    public init() {}

    /// "40 Mill Street, Riverbend, MA 01999", leaving out what is missing.
    public var singleLine: String {
        let cityLine = [city, [state, postalCode].compactMap { $0?.nilIfBlank }.joined(separator: " ").nilIfBlank]
            .compactMap { $0?.nilIfBlank }.joined(separator: ", ")
        return [street?.nilIfBlank, cityLine.nilIfBlank].compactMap { $0 }.joined(separator: ", ")
    }
}

public enum EmploymentType: String, Codable, Sendable, CaseIterable {
    case fullTime = "full-time", partTime = "part-time", temporary, contract
}

public enum FLSAStatus: String, Codable, Sendable, CaseIterable {
    case exempt, nonExempt = "non-exempt"
}

/// The pay range the posting must show (Massachusetts pay transparency).
public struct Compensation: Codable, Sendable, Equatable {
    public var minimum: Amount?
    public var maximum: Amount?
    public var period: PayPeriod?
    public var currency: String?
    public var note: String?
    public init() {}
}

public enum PayPeriod: String, Codable, Sendable, CaseIterable {
    case year, month, week, day, hour
}

/// The position's central-office reporting lines.
public struct ReportingLines: Codable, Sendable, Equatable {
    /// A catalog role id, or free text.
    public var reportsTo: String?
    /// More roles the position reports to as well, e.g. the town manager for a joint town and
    /// school technology department.
    @Defaulted public var alsoReportsTo: [String] = []
    @Defaulted public var dottedLines: [String] = []
    @Defaulted public var supervises: [SupervisedRole] = []
    @Defaulted public var worksWith: [String] = []
    public init() {}
}

/// A role the position supervises, with how many people hold it.
public struct SupervisedRole: Codable, Sendable, Equatable {
    public var role: String
    public var count: Int?
    public init(role: String, count: Int? = nil) { self.role = role; self.count = count }
}

public struct Qualifications: Codable, Sendable, Equatable {
    @Defaulted public var required: [String] = []
    @Defaulted public var preferred: [String] = []
    public init() {}
}

/// How to apply, and whom to ask.
public struct Application: Codable, Sendable, Equatable {
    public var instructions: String?
    public var url: String?
    public var contact = Contact()
    public init() {}
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        instructions = try c.decodeIfPresent(String.self, forKey: .instructions)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        contact = try c.decodeIfPresent(Contact.self, forKey: .contact) ?? Contact()
    }
    private enum CodingKeys: String, CodingKey { case instructions, url, contact }
}

public struct Contact: Codable, Sendable, Equatable {
    public var name: String?
    public var title: String?
    public var address: String?
    public var email: String?
    public var phone: String?
    public init() {}
}

/// The contact fields the notices need, and optional notices to add.
public struct NoticeFields: Codable, Sendable, Equatable {
    /// The civil-rights coordinator named in the nondiscrimination notice.
    public var coordinator = Contact()
    /// Optional notice ids to print, e.g. `lie-detector`.
    @Defaulted public var include: [String] = []
    public init() {}
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        coordinator = try c.decodeIfPresent(Contact.self, forKey: .coordinator) ?? Contact()
        _include = try c.decode(Defaulted<[String]>.self, forKey: .include)
    }
    private enum CodingKeys: String, CodingKey { case coordinator, include }
}

/// The structured-interview plan: what is assessed, how much each row weighs, which question.
public struct RubricPlan: Codable, Sendable, Equatable {
    public var scale: String?
    @Defaulted public var rows: [RubricRow] = []
    @Defaulted public var committee: [CommitteeMember] = []
    public init() {}
}

public struct RubricRow: Codable, Sendable, Equatable {
    /// Shown as the competency's name; defaults to the area's title.
    public var name: String?
    public var area: String?
    /// Chosen bullet ids this row assesses (job-relatedness).
    @Defaulted public var assesses: [String] = []
    public var weight: Amount?
    /// A catalog question id ...
    public var question: String?
    /// ... or the committee's own question.
    public var customQuestion: CustomQuestion?
    public init() {}

    public var effectiveWeight: Double { weight?.value ?? 1 }
}

public struct CustomQuestion: Codable, Sendable, Equatable {
    public var type: QuestionType?
    public var text: String
    @Defaulted public var probes: [String] = []
    public var anchors: Anchors?
    public init(type: QuestionType? = nil, text: String, probes: [String] = [], anchors: Anchors? = nil) {
        self.type = type; self.text = text; self.probes = probes; self.anchors = anchors
    }
}

public struct CommitteeMember: Codable, Sendable, Equatable {
    public var name: String
    public var role: String?
    public init(name: String, role: String? = nil) { self.name = name; self.role = role }
}
