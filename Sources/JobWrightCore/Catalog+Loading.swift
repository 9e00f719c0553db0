/// Turns catalog files into a validated `Catalog`, reporting every mistake with `file:line:column`.
public enum CatalogLoader {
    private struct FrameworksFile: Codable { var frameworks: [Framework] }
    private struct AreasFile: Codable { var framework: ProfileHeader; var areas: [Area] }
    private struct ProfileHeader: Codable {
        var id: String; var name: String; var publisher: String?; var version: String
        var date: String?; var source: String; var note: String?
    }
    private struct CompetenciesFile: Codable { var competencies: [Competency] }
    private struct ScalesFile: Codable { var scales: [Scale]; var recommendations: [Recommendation] }
    private struct QuestionsFile: Codable { var questions: [Question] }
    private struct RolesFile: Codable { var roles: [Role] }
    private struct NoticesFile: Codable { var notices: [Notice] }
    private struct GlossaryFile: Codable { var glossary: [GlossaryEntry] }

    /// Loads and validates. `files` must hold every name of `CatalogFile.names`
    /// (defaults merged with overrides by the caller).
    public static func load(_ files: [CatalogFile]) throws(JobWrightErrors) -> Catalog {
        var documents: [String: YAMLDocument] = [:]
        var errors: [JobWrightError] = []
        for name in CatalogFile.names {
            guard let file = files.first(where: { $0.name == name }) else {
                errors.append(JobWrightError(.missingInput, "the catalog file \(name) is missing"))
                continue
            }
            do { documents[name] = try YAMLDocument(path: file.displayPath, text: file.text) } catch { errors.append(error) }
        }
        guard errors.isEmpty else { throw JobWrightErrors(errors) }

        func decode<T: Codable>(_ type: T.Type, _ name: String) -> T? {
            do { return try documents[name]!.decode(type) } catch { errors.append(error); return nil }
        }
        let frameworks = decode(FrameworksFile.self, "frameworks.yaml")
        let areas = decode(AreasFile.self, "areas.yaml")
        let competencies = decode(CompetenciesFile.self, "competencies.yaml")
        let scales = decode(ScalesFile.self, "scales.yaml")
        let questions = decode(QuestionsFile.self, "questions.yaml")
        let roles = decode(RolesFile.self, "roles.yaml")
        let notices = decode(NoticesFile.self, "notices.yaml")
        let glossary = decode(GlossaryFile.self, "glossary.yaml")
        guard errors.isEmpty, let frameworks, let areas, let competencies, let scales, let questions, let roles, let notices, let glossary
        else { throw JobWrightErrors(errors) }

        let header = areas.framework
        let profileStandards = areas.areas.map {
            Standard(id: "\(header.id):\($0.id)", code: String($0.number), title: $0.title, kind: .standard, summary: $0.summary)
        }
        let profile = Framework(id: header.id, name: header.name, publisher: header.publisher, version: header.version,
                                date: header.date, source: header.source, note: header.note, standards: profileStandards)
        let catalog = Catalog(profile: profile, frameworks: frameworks.frameworks, areas: areas.areas,
                              competencies: competencies.competencies, scales: scales.scales,
                              recommendations: scales.recommendations, questions: questions.questions,
                              roles: roles.roles, notices: notices.notices, glossary: glossary.glossary)
        let problems = CatalogValidator(catalog: catalog, documents: documents).problems()
        guard problems.isEmpty else { throw JobWrightErrors(problems) }
        return catalog
    }
}
