import ArgumentParser
import JobWrightCore
import JobWrightRender

/// The options shared by every command that reads the catalog or the templates.
struct AssetOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A folder of catalog files (frameworks.yaml, competencies.yaml, ...) that replace the built-in ones of the same name.",
        valueName: "dir"))
    var catalog: String?

    @Option(name: .long, help: ArgumentHelp(
        "A folder of Mustache templates (posting.text.mustache, partials/..., ...) that replace the built-in ones of the same name.",
        valueName: "dir"))
    var templates: String?

    func loadCatalog() throws(JobWrightErrors) -> Catalog {
        try CatalogSource.load(overrides: catalog)
    }

    func loadRenderer() throws(JobWrightErrors) -> Renderer {
        let catalog = try loadCatalog()
        let templates = try TemplateSet.load(overrides: templates)
        do {
            return try Renderer(catalog: catalog, templates: templates)
        } catch {
            throw JobWrightErrors([error])
        }
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
