import Foundation

/// Everything jobwright knows before a draft is opened: the frameworks and their standards, the
/// profile's ten areas, the competency library, the question bank, scales, roles and notices.
/// Built once by `CatalogLoader`, then read-only.
public struct Catalog: Sendable {
    public var profile: Framework
    public var frameworks: [Framework]
    public var areas: [Area]
    public var competencies: [Competency]
    public var scales: [Scale]
    public var recommendations: [Recommendation]
    public var questions: [Question]
    public var roles: [Role]
    public var notices: [Notice]
    /// Acronyms and short forms a document spells out at first use.
    public var glossary: [GlossaryEntry]

    private var standardIndex: [String: Standard] = [:]
    private var areaIndex: [String: Area] = [:]
    private var competencyIndex: [String: Competency] = [:]
    private var questionIndex: [String: Question] = [:]
    private var roleIndex: [String: Role] = [:]
    private var bulletsByArea: [String: [Competency]] = [:]
    /// The bullets' search text, made when a search first needs it (a command that only
    /// renders never does), or at once for a catalog of a thousand bullets or more.
    private let search = CatalogSearchIndex.Lazy()
    private var positionsByArea: [String: [Int]] = [:]

    public init(profile: Framework, frameworks: [Framework], areas: [Area], competencies: [Competency],
                scales: [Scale], recommendations: [Recommendation], questions: [Question],
                roles: [Role], notices: [Notice], glossary: [GlossaryEntry] = []) {
        self.profile = profile
        self.frameworks = frameworks
        self.areas = areas.sorted { $0.number < $1.number }
        self.competencies = competencies
        self.scales = scales
        self.recommendations = recommendations
        self.questions = questions
        self.roles = roles
        self.notices = notices
        self.glossary = glossary
        standardIndex.reserveCapacity(frameworks.reduce(0) { $0 + $1.standards.count })
        for framework in frameworks { for standard in framework.standards { standardIndex[standard.id] = standard } }
        areaIndex.reserveCapacity(areas.count)
        for area in areas { areaIndex[area.id] = area }
        competencyIndex.reserveCapacity(competencies.count)
        for (place, competency) in competencies.enumerated() {
            competencyIndex[competency.id] = competency
            bulletsByArea[competency.area, default: []].append(competency)
            positionsByArea[competency.area, default: []].append(place)
        }
        // A large catalog's index (with its table of bytes) is made now, as the catalog is read,
        // so that no keystroke of a filter waits for it; the built-in catalog's takes a tenth
        // of a millisecond, made by the first search.
        if competencies.count >= CatalogSearchIndex.byteIndexThreshold { _ = search.index(of: competencies) }
        questionIndex.reserveCapacity(questions.count)
        for question in questions { questionIndex[question.id] = question }
        roleIndex.reserveCapacity(roles.count)
        for role in roles { roleIndex[role.id] = role }
    }

    public func standard(_ id: String) -> Standard? { standardIndex[id] }
    public func area(_ id: String) -> Area? { areaIndex[id] }
    public func competency(_ id: String) -> Competency? { competencyIndex[id] }
    public func question(_ id: String) -> Question? { questionIndex[id] }
    public func role(_ id: String) -> Role? { roleIndex[id] }
    public func scale(_ id: String) -> Scale? { scales.first { $0.id == id } }
    public func notice(_ id: String) -> Notice? { notices.first { $0.id == id } }
    public func framework(_ id: String) -> Framework? { frameworks.first { $0.id == id } }

    public var allStandards: [Standard] { frameworks.flatMap(\.standards) }
    public var standardIDs: Dictionary<String, Standard>.Keys { standardIndex.keys }
    public var competencyIDs: Dictionary<String, Competency>.Keys { competencyIndex.keys }
    public var questionIDs: Dictionary<String, Question>.Keys { questionIndex.keys }
    public var roleIDs: Dictionary<String, Role>.Keys { roleIndex.keys }

    /// The bullets of one area in library order.
    public func competencies(inArea areaID: String) -> [Competency] {
        bulletsByArea[areaID] ?? []
    }

    /// The questions of one area in bank order.
    public func questions(inArea areaID: String) -> [Question] {
        questions.filter { $0.area == areaID }
    }

    /// The places in `competencies` of the bullets whose id, text or keywords contain `term`
    /// (ignoring case), in catalog order; with `among`, only those places are searched (as a
    /// filter is typed, each letter searches only what the letters before it found).
    public func searchPositions(_ term: String, among earlier: [Int]? = nil) -> [Int] {
        search.index(of: competencies).positions(term, among: earlier)
    }

    /// The places in `competencies` of an area's bullets.
    public func positions(inArea areaID: String) -> [Int] { positionsByArea[areaID] ?? [] }

    /// Case-insensitive search over id, text and keywords of the bullets, optionally in one area.
    public func searchCompetencies(_ term: String?, area: String? = nil) -> [Competency] {
        guard let term = term?.lowercased(), !term.isEmpty else {
            return area.map { competencies(inArea: $0) } ?? competencies
        }
        return searchPositions(term, among: area.map { positions(inArea: $0) }).map { competencies[$0] }
    }
}
