import Foundation
import JobWrightAssets
@testable import JobWrightCore
import Testing

/// The default catalog as the binary ships it.
let defaultCatalogFiles: [CatalogFile] = CatalogFile.names.map { name in
    CatalogFile(name: name, displayPath: "Catalog/" + name, text: EmbeddedAssets.text("Catalog/" + name) ?? "")
}

func loadDefaultCatalog() throws -> Catalog {
    try CatalogLoader.load(defaultCatalogFiles)
}

@Suite("The default catalog")
struct CatalogIntegrityTests {
    let catalog: Catalog

    init() throws { catalog = try loadDefaultCatalog() }

    @Test func hasTheProfilesTenAreasInOrder() {
        #expect(catalog.areas.map(\.number) == Array(1...10))
        #expect(catalog.areas.map(\.id) == ["standards", "adult-learning", "pedagogy", "law", "assets",
                                            "technical", "data", "e-guidelines", "projects", "evaluation"])
    }

    @Test func everyAreaHasEnoughDutiesKnowledgeAndQuestions() {
        for area in catalog.areas {
            let bullets = catalog.competencies(inArea: area.id)
            #expect(bullets.filter { $0.kind == .duty }.count >= 4, "\(area.id) duties")
            #expect(bullets.filter { $0.kind == .knowledge }.count >= 2, "\(area.id) knowledge")
            let questions = catalog.questions(inArea: area.id)
            #expect(questions.count >= 2, "\(area.id) questions")
            #expect(questions.contains { $0.type == .behavioural }, "\(area.id) behavioural")
            #expect(questions.contains { $0.type == .situational }, "\(area.id) situational")
        }
    }

    @Test func everyBulletAlignsToACoSNSkillAreaAndAnISTEIndicator() {
        for bullet in catalog.competencies {
            let standards = bullet.aligns.compactMap { catalog.standard($0) }
            #expect(standards.count == bullet.aligns.count, "\(bullet.id) has an unknown alignment")
            #expect(standards.contains { $0.frameworkID == "cosn" && $0.kind == .skillArea }, "\(bullet.id)")
            #expect(standards.contains { $0.frameworkID == "iste" && $0.kind == .indicator }, "\(bullet.id)")
            #expect(bullet.id.hasPrefix(bullet.area + "."), "\(bullet.id) should start with its area")
        }
    }

    @Test func idsAreUniqueAcrossTheCatalog() {
        let ids = catalog.allStandards.map(\.id) + catalog.competencies.map(\.id) + catalog.questions.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Set(catalog.roles.map(\.id)).count == catalog.roles.count)
    }

    @Test func frameworksCarryNameVersionAndSource() {
        let ids = catalog.frameworks.map(\.id)
        for expected in ["cosn", "iste", "ma-admin", "dlcs"] { #expect(ids.contains(expected)) }
        for framework in catalog.frameworks + [catalog.profile] {
            #expect(!framework.name.isEmpty && !framework.version.isEmpty && !framework.source.isEmpty, "\(framework.id)")
        }
    }

    @Test func cosnHasThreeCategoriesTenSkillAreasAndCETLWeightsThatAddUp() {
        let cosn = catalog.framework("cosn")!.standards
        let categories = cosn.filter { $0.kind == .category }
        let areas = cosn.filter { $0.kind == .skillArea }
        #expect(categories.count == 3)
        #expect(areas.count == 10)
        #expect(areas.compactMap(\.weight).reduce(0, +) == 100)
        #expect(categories.compactMap(\.weight) == [40, 30, 30])
    }

    @Test func isteLeadersHasEveryIndicator() {
        let indicators = catalog.framework("iste")!.standards.filter { $0.kind == .indicator }.map(\.code)
        let expected = ["3.1": "abcd", "3.2": "abcde", "3.3": "abcde", "3.4": "abcd", "3.5": "abcd"]
            .flatMap { standard, letters in letters.map { "\(standard).\($0)" } }
        #expect(Set(indicators) == Set(expected))
    }

    @Test func whatFactsMarksUnverifiedStaysUnverified() {
        for id in ["iste:3.4.d", "cosn:stakeholder-focus", "cosn:business-management", "cosn:data-management",
                   "ma-admin:II-B", "ma-admin:II-law-ethics-policies", "dlcs:CS.c"] {
            #expect(catalog.standard(id)?.isVerified == false, "\(id)")
        }
        for id in ["iste:3.4.c", "ma-admin:I-A", "ma-admin:I-C", "ma-admin:II-E", "ma-admin:III-C", "ma-admin:IV-A",
                   "ma-admin:IV-B", "cosn:leadership-vision", "dlcs:CAS.a"] {
            #expect(catalog.standard(id)?.isVerified == true, "\(id)")
        }
    }

    @Test func everyQuestionHasProbesAnchorsForEveryLevelAndAssessesItsArea() {
        let scale = catalog.scale("ma-four-level")!
        #expect(scale.levels.map(\.name) == ["Unsatisfactory", "Needs Improvement", "Proficient", "Exemplary"])
        for question in catalog.questions {
            #expect((1...3).contains(question.probes.count), "\(question.id)")
            for level in scale.levels { #expect(!(question.anchors[level.id] ?? "").isEmpty, "\(question.id) \(level.id)") }
            for id in question.assesses { #expect(catalog.competency(id)?.area == question.area, "\(question.id) → \(id)") }
        }
    }

    @Test func recommendationsHaveFourPointsAndNoNeutralOption() {
        #expect(catalog.recommendations.count == 4)
        #expect(!catalog.recommendations.contains { $0.name.lowercased().contains("neutral") || $0.name.lowercased().contains("undecided") })
    }

    @Test func rolesSeparateCentralOfficeFromBuildingAndListTheUsualDirectReports() {
        #expect(catalog.role("superintendent")?.level == .centralOffice)
        #expect(catalog.role("principal")?.level == .building)
        let reports = catalog.role("technology-director")?.usualDirectReports ?? []
        for id in ["network-administrator", "data-manager", "instructional-technology-specialist", "help-desk-technician"] {
            #expect(reports.contains(id), "\(id)")
        }
    }

    @Test func noticesCiteTheirLaw() {
        for id in Notice.Known.all { #expect(!(catalog.notice(id)?.basis.isEmpty ?? true), "\(id)") }
        let nondiscrimination = catalog.notice("nondiscrimination")!
        for field in ["coordinator.name", "coordinator.title", "coordinator.address", "coordinator.email", "coordinator.phone"] {
            #expect(nondiscrimination.text.contains("{{\(field)}}"), "\(field)")
        }
        #expect(catalog.notice("background-check")!.basis.joined().contains("38R"))
    }

    @Test func searchFindsTheERateBullet() {
        #expect(catalog.searchCompetencies("e-rate").contains { $0.id == "assets.e-rate" })
        #expect(catalog.competency("data.mcas-analysis") != nil)
    }

    /// The byte search finds exactly what a plain text search finds, for needles at the start,
    /// the end, in the middle, absent, one byte long and not ASCII.
    @Test func searchFindsWhatATextSearchFinds() {
        for needle in ["e", "data", "e-rate", "cipa", "zzz", "ing", ".", "é", "assets.e-rate", "coordinate a"] {
            let expected = catalog.competencies.filter {
                ([$0.id, $0.text] + ($0.keywords ?? [])).joined(separator: " ").lowercased().contains(needle)
            }
            #expect(catalog.searchCompetencies(needle).map(\.id) == expected.map(\.id), "\(needle)")
            // Narrowing a set of places keeps those of them that match, in the set's order.
            let among = Array(catalog.competencies.indices.reversed().filter { $0 % 3 != 0 }) + [-1, catalog.competencies.count]
            let narrowed = catalog.searchPositions(needle, among: among).map { catalog.competencies[$0].id }
            #expect(narrowed == among.filter { catalog.competencies.indices.contains($0) && expected.map(\.id).contains(catalog.competencies[$0].id) }
                .map { catalog.competencies[$0].id }, "\(needle)")
        }
        // Each bullet's text ends before the next one starts: a term cannot match across two.
        let last = catalog.competencies[0].keywords?.last ?? catalog.competencies[0].text
        let first = catalog.competencies[1].id
        #expect(catalog.searchCompetencies(String(last.suffix(3)).lowercased() + " " + String(first.prefix(3))).isEmpty)
        #expect(catalog.searchPositions("a\u{0}b").isEmpty)
    }

    /// Text that is not ASCII is lower-cased as `lowercased()` does, whole words at a time.
    @Test func aSearchOfTextThatIsNotASCIIFindsWhatATextSearchFinds() {
        var competencies = Array(catalog.competencies.prefix(4))
        competencies[0].text = "Café ÉCOLE of İstanbul"
        competencies[1].keywords = ["Straße", "ΣΟΦΟΣ", "DATA"]
        competencies[2].id = "assets.ÉQUIPE"
        let small = Catalog(profile: catalog.profile, frameworks: catalog.frameworks, areas: catalog.areas, competencies: competencies,
                            scales: catalog.scales, recommendations: catalog.recommendations, questions: catalog.questions,
                            roles: catalog.roles, notices: catalog.notices)
        for needle in ["café", "école", "i̇stanbul", "straße", "σοφος", "σοφοσ", "data", "équipe", "é", "ς"] {
            let expected = competencies.filter { ([$0.id, $0.text] + ($0.keywords ?? [])).joined(separator: " ").lowercased().contains(needle) }
            #expect(small.searchCompetencies(needle).map(\.id) == expected.map(\.id), "\(needle)")
        }
    }

    /// The built-in bullets copied, each with an id of its own, to `extra` past the size at which
    /// a catalog keeps its search indexes; `change` rewrites some of them.
    func largeCatalog(extra: Int, change: (Int, inout Competency) -> Void) -> (Catalog, [Competency]) {
        let competencies = (0..<CatalogSearchIndex.byteIndexThreshold + extra).map { index -> Competency in
            var bullet = catalog.competencies[index % catalog.competencies.count]
            bullet.id = "\(bullet.area).copy-\(index)"
            change(index, &bullet)
            return bullet
        }
        let large = Catalog(profile: catalog.profile, frameworks: catalog.frameworks, areas: catalog.areas, competencies: competencies,
                            scales: catalog.scales, recommendations: catalog.recommendations, questions: catalog.questions,
                            roles: catalog.roles, notices: catalog.notices)
        return (large, competencies)
    }

    /// A catalog of a thousand bullets or more answers a one-letter search from its index of
    /// bytes: the same places, in the same order, as a search.
    @Test func aLargeCatalogsOneLetterSearchesFindWhatATextSearchFinds() {
        let (large, competencies) = largeCatalog(extra: 7) { index, bullet in
            if index % 5 == 0 { bullet.text = "Édith \(index)" }
        }
        for letter in ["e", "q", "z", "-", ".", "7", "x", "d"] {
            let expected = competencies.indices.filter {
                Array(([competencies[$0].id, competencies[$0].text] + (competencies[$0].keywords ?? [])).joined(separator: " ").lowercased().utf8)
                    .contains(Array(letter.utf8)[0])
            }
            #expect(large.searchPositions(letter) == expected, "\(letter)")
        }
    }

    /// A large catalog answers longer filters from its index of byte pairs, then a search of the
    /// bullets that hold every pair: the same places, in the same order, as a search of each
    /// bullet, with and without a set of places to narrow (in catalog order or not).
    @Test func aLargeCatalogsLongerSearchesFindWhatATextSearchFinds() {
        let (large, competencies) = largeCatalog(extra: 13) { index, bullet in
            if index % 5 == 0 { bullet.text = "Édith \(index) reads data; dada" }
            if index % 7 == 0 { bullet.keywords = ["Daten", "ΣΟΦΟΣ \(index % 3)"] }
        }
        let texts = competencies.map { Array(([$0.id, $0.text] + ($0.keywords ?? [])).joined(separator: " ").lowercased().utf8) }
        func holds(_ place: Int, _ needle: String) -> Bool {
            let bytes = Array(needle.lowercased().utf8)
            return texts[place].count >= bytes.count && (0...(texts[place].count - bytes.count)).contains { texts[place][$0..<$0 + bytes.count].elementsEqual(bytes) }
        }
        let ascending = Array(stride(from: 0, to: competencies.count, by: 2))
        let descending = Array(competencies.indices.reversed())
        for needle in ["da", "dat", "data", "dada", "ada", "a d", "édith", "σο", "σοφοσ 2", "-1", "copy-10", "zq", "dd", "t", "ss", "e 1", "xyz", "tea"] {
            let all = competencies.indices.filter { holds($0, needle) }
            #expect(large.searchPositions(needle) == all, "\(needle)")
            #expect(large.searchPositions(needle, among: ascending) == ascending.filter { holds($0, needle) }, "\(needle) among every other")
            #expect(large.searchPositions(needle, among: descending) == descending.filter { holds($0, needle) }, "\(needle) among, backwards")
            #expect(large.searchPositions(needle, among: []) == [], "\(needle) among none")
        }
    }

    /// Offsets are the array's, also in a slice that does not start at 0; the last match is
    /// found from its anchor byte.
    @Test func byteSearchGivesOffsetsInTheWholeArray() {
        let bytes = Array("abc abc xabc".utf8)
        #expect(ByteSearch.first(Array("abc".utf8), in: bytes[1...]) == 4)
        #expect(ByteSearch.first(Array("abc".utf8), in: bytes[9...]) == 9)
        #expect(ByteSearch.first(Array("abd".utf8), in: bytes[...]) == nil)
        #expect(ByteSearch.last(Array("abc".utf8), in: bytes[..<11]) == 4)
        #expect(ByteSearch.last(Array(" xab".utf8), in: bytes[...], anchor: 1) == 7)
        #expect(ByteSearch.last(Array("abc".utf8), in: bytes[5...]) == 9)
        #expect(ByteSearch.last(Array("abc".utf8), in: bytes[..<6]) == 0)
        #expect(ByteSearch.last(Array("c x".utf8), in: bytes[...], anchor: 2) == 6)
        #expect(ByteSearch.last(Array("cab".utf8), in: bytes[...], anchor: 1) == nil)
        // Against a plain search backwards, on every slice and needle of a short text.
        let text = Array("a(b (a(b c(a(b (".utf8)
        for needle in ["a(b", "(", "b (", "(a", "c(a(b"].map({ Array($0.utf8) }) {
            for end in 0...text.count {
                let expected = stride(from: end - needle.count, through: 0, by: -1).first { Array(text[$0..<$0 + needle.count]) == needle }
                for anchor in needle.indices { #expect(ByteSearch.last(needle, in: text[..<end], anchor: anchor) == expected) }
            }
        }
        #expect(ByteSearch.firstIgnoringCase(Array("</th>".utf8), in: Array("a</TH>".utf8)[...]) == 1)
        // Ignoring case: against the same search on the text in small letters.
        let mixed = Array("E-Rate (e-RATE) e-rate (E-Rate".utf8)
        let small = mixed.map(ByteSearch.lowered)
        for end in 0...mixed.count {
            let needle = Array("e-rate (e-rate".utf8)
            #expect(ByteSearch.last(needle, in: mixed[..<end], anchor: 7, ignoringCase: true) == ByteSearch.last(needle, in: small[..<end], anchor: 7))
        }
    }
}

@Suite("A district's override catalog with a mistake")
struct CatalogOverrideErrorTests {
    func load(replacing name: String, with text: String, path: String = "district/competencies.yaml") -> [JobWrightError] {
        var files = defaultCatalogFiles
        files.removeAll { $0.name == name }
        files.append(CatalogFile(name: name, displayPath: path, text: text))
        do {
            _ = try CatalogLoader.load(files)
            return []
        } catch {
            return error.errors
        }
    }

    @Test func unknownAlignmentNamesFileLineAndClosestIDs() throws {
        var text = EmbeddedAssets.text("Catalog/competencies.yaml")!
        text = text.replacingFirst("cosn:data-management", with: "cosn:data-managment")
        let errors = load(replacing: "competencies.yaml", with: text)
        let error = try #require(errors.first { $0.message.contains("cosn:data-managment") })
        #expect(error.location?.file == "district/competencies.yaml")
        #expect(error.location?.line != nil)
        #expect(error.suggestions.first == "cosn:data-management")
        #expect(error.description.hasPrefix("district/competencies.yaml:\(error.location!.line!):"))
    }

    @Test func duplicateIDIsReported() {
        let text = """
            competencies:
              - id: data.mcas-analysis
                area: data
                kind: duty
                text: Lead analysis.
                aligns: [cosn:data-management, iste:3.2.c]
              - id: data.mcas-analysis
                area: data
                kind: knowledge
                text: Knowledge of analysis.
                aligns: [cosn:data-management, iste:3.2.c]
            """
        let errors = load(replacing: "competencies.yaml", with: text)
        #expect(errors.contains { $0.message.contains("used twice") && $0.location?.line == 7 })
        #expect(errors.contains { $0.message.contains("no competency bullets") })
    }

    @Test func yamlSyntaxErrorNamesLineAndColumn() {
        let errors = load(replacing: "roles.yaml", with: "roles:\n  - id: a\n    title: \"unclosed\n", path: "district/roles.yaml")
        #expect(errors.count == 1)
        #expect(errors.first?.location?.file == "district/roles.yaml")
        #expect(errors.first?.location?.line != nil)
        #expect(errors.first?.message.hasPrefix("YAML syntax") == true)
    }

    @Test func unknownKeyIsAnErrorWithSuggestion() {
        let errors = load(replacing: "roles.yaml", with: "roles:\n  - id: a\n    title: A\n    level: building\n    titel: B\n",
                          path: "district/roles.yaml")
        #expect(errors.map(\.description) == ["district/roles.yaml:5:5: error: roles[0].titel: unknown key 'titel' (did you mean 'title'?)"])
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
