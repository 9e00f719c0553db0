import Foundation
import JobWrightAssets
import JobWrightChecks
import JobWrightCore
import JobWrightRender

/// Shared, loaded once: the default catalog, templates and example draft.
enum Fixtures {
    /// The renderer as the command line builds it for a rubric: with the interview rules'
    /// "never ask" lines.
    static let renderer: Renderer = {
        DisplayWidth.prepareLocale()
        var renderer = try! Renderer(catalog: try! CatalogSource.load(), templates: try! TemplateSet.load())
        renderer.neverAsk = try! RuleData.load().interview.printedNeverAsk
        return renderer
    }()

    static var catalog: Catalog { renderer.catalog }

    static let example: Draft = try! Draft.load(path: "example.draft.yaml", text: DraftTemplates.example).draft

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let goldenDirectory = packageRoot.appendingPathComponent("Tests/JobWrightRenderTests/Golden")
}
