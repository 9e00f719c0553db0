import JobWrightChecks
import JobWrightCore
import JobWrightRender

/// The options shared by every command that reads the catalog or the templates.
struct AssetOptions {
    static let specs: [OptionSpec] = [
        .value("catalog", valueName: "dir", help: "A folder of catalog files (frameworks.yaml, competencies.yaml, ...) that replace the built-in ones of the same name (default: the catalog/ folder in ~/.config/jobwright, if any)."),
        .value("templates", valueName: "dir", help: "A folder of Mustache templates (posting.text.mustache, partials/..., ...) that replace the built-in ones of the same name (default: the templates/ folder in ~/.config/jobwright, if any)."),
    ]

    let catalogOption: String?
    let templatesOption: String?

    init(_ arguments: ParsedArguments) {
        catalogOption = arguments.value("catalog")
        templatesOption = arguments.value("templates")
    }

    /// The catalog folder in force: the flag, else the config folder's `catalog/`.
    var catalog: String? { catalogOption ?? ConfigFolder().folder("catalog") }
    /// The templates folder in force: the flag, else the config folder's `templates/`.
    var templates: String? { templatesOption ?? ConfigFolder().folder("templates") }

    func loadCatalog() throws(JobWrightErrors) -> Catalog {
        try CatalogSource.load(overrides: catalog)
    }

    /// The renderer; with `rules`, the rubric's "never ask" list comes from them.
    func loadRenderer(rules: RuleData? = nil) throws(JobWrightErrors) -> Renderer {
        let catalog = try loadCatalog()
        let templates = try TemplateSet.load(overrides: templates)
        do {
            var renderer = try Renderer(catalog: catalog, templates: templates)
            renderer.neverAsk = rules?.interview.printedNeverAsk ?? []
            return renderer
        } catch {
            throw JobWrightErrors([error])
        }
    }

    /// The interview and wording rules, with a district's files from the catalog folder.
    func loadRules() throws(JobWrightErrors) -> RuleData {
        try RuleData.load(overrides: catalog)
    }
}

/// Loads a draft and checks its references against the catalog.
enum DraftInput {
    static func load(_ path: String, catalog: Catalog) throws(JobWrightErrors) -> LoadedDraft {
        do {
            let (name, text) = try Files.readText(path)
            let loaded = try Draft.load(path: name, text: text)
            let problems = loaded.referenceErrors(against: catalog)
            guard problems.isEmpty else { throw JobWrightErrors(problems) }
            return loaded
        } catch let error as JobWrightError {
            throw JobWrightErrors([error])
        } catch let errors as JobWrightErrors {
            throw errors
        } catch {
            throw JobWrightErrors([JobWrightError(.badData, "\(error)")])
        }
    }
}
