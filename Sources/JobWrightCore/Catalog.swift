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
    /// Lower-cased id, text and keywords of each bullet, as bytes, for fast search.
    /// Every bullet's id, text and keywords, lower-cased, one after another, each ended by a 0
    /// byte; `searchStarts[i]` is where bullet i's begin (one more entry: the end of the last).
    private var searchText: [UInt8] = []
    private var searchStarts: [Int] = [0]
    /// For each byte, the places of the bullets whose search text holds it, so that a filter's
    /// first letter is a lookup rather than a search of every bullet. Kept only for a catalog
    /// of `byteIndexThreshold` bullets or more: below that a search takes microseconds, less
    /// than making the index would cost every start.
    private var positionsByByte: [[Int]]?
    static let byteIndexThreshold = 1_000
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
        searchText.reserveCapacity(competencies.count * 320)
        searchStarts.reserveCapacity(competencies.count + 1)
        for competency in competencies {
            competencyIndex[competency.id] = competency
            bulletsByArea[competency.area, default: []].append(competency)
            positionsByArea[competency.area, default: []].append(searchStarts.count - 1)
            // Id, text and keywords, lower-cased, each followed by a space but the last.
            Self.appendLowercased(competency.id, to: &searchText)
            searchText.append(0x20)
            Self.appendLowercased(competency.text, to: &searchText)
            for keyword in competency.keywords ?? [] {
                searchText.append(0x20)
                Self.appendLowercased(keyword, to: &searchText)
            }
            searchText.append(0)
            searchStarts.append(searchText.count)
        }
        if competencies.count >= Self.byteIndexThreshold { positionsByByte = Self.positionsByByte(searchText) }
        questionIndex.reserveCapacity(questions.count)
        for question in questions { questionIndex[question.id] = question }
        roleIndex.reserveCapacity(roles.count)
        for role in roles { roleIndex[role.id] = role }
    }

    /// The text's bytes lower-cased: ASCII byte by byte, anything else as `lowercased()` does.
    private static func appendLowercased(_ text: String, to bytes: inout [UInt8]) {
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        let ascii = bytes.withUnsafeMutableBufferPointer { buffer -> Bool in
            for index in start..<buffer.count {
                let byte = buffer[index]
                if byte >= 0x80 { return false }
                if byte >= 0x41 && byte <= 0x5A { buffer[index] = byte | 0x20 }
            }
            return true
        }
        if !ascii {
            bytes.removeSubrange(start...)
            bytes.append(contentsOf: text.lowercased().utf8)
        }
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
    /// filter is typed, each letter searches only what the letters before it found). One pass
    /// over the joined search text for the whole catalog; one search per bullet for `among`.
    public func searchPositions(_ term: String, among earlier: [Int]? = nil) -> [Int] {
        let needle = Array(term.lowercased().utf8)
        guard !needle.isEmpty else { return earlier ?? Array(competencies.indices) }
        // A 0 byte ends each bullet's text, so a term holding one matches nothing.
        guard !needle.contains(0) else { return [] }
        if needle.count == 1 && earlier == nil, let positionsByByte { return positionsByByte[Int(needle[0])] }
        let starts = searchStarts
        return searchText.withUnsafeBufferPointer { text -> [Int] in
            needle.withUnsafeBufferPointer { pin -> [Int] in
                guard let base = text.baseAddress, let head = pin.baseAddress else { return [] }
                if let earlier {
                    return earlier.filter { place in
                        guard place >= 0, place < starts.count - 1 else { return false }
                        return ByteSearch.first(head, count: pin.count, in: base + starts[place], count: starts[place + 1] - 1 - starts[place]) != nil
                    }
                }
                var found: [Int] = []
                var place = 0
                var from = 0
                while from < text.count, let hit = ByteSearch.first(head, count: pin.count, in: base + from, count: text.count - from) {
                    let offset = from + hit
                    while starts[place + 1] <= offset { place += 1 }
                    found.append(place)
                    from = starts[place + 1]  // the next bullet's text
                    place += 1
                }
                return found
            }
        }
    }

    /// One pass over the joined search text: each byte's bullets, each once, in catalog order.
    private static func positionsByByte(_ text: [UInt8]) -> [[Int]] {
        var index = [[Int]](repeating: [], count: 256)
        var lastPlace = [Int](repeating: -1, count: 256)
        var place = 0
        for byte in text {
            if byte == 0 { place += 1; continue }  // the end of a bullet's text
            if lastPlace[Int(byte)] != place {
                lastPlace[Int(byte)] = place
                index[Int(byte)].append(place)
            }
        }
        return index
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
