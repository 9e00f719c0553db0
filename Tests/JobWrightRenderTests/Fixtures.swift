import Foundation
import JobWrightAssets
import JobWrightCore
import JobWrightRender

/// Shared, loaded once: the default catalog, templates and example draft.
enum Fixtures {
    static let renderer: Renderer = {
        DisplayWidth.prepareLocale()
        return try! Renderer(catalog: try! CatalogSource.load(), templates: try! TemplateSet.load())
    }()

    static var catalog: Catalog { renderer.catalog }

    static let example: Draft = try! Draft.load(path: "example.draft.yaml", text: DraftTemplates.example).draft

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let goldenDirectory = packageRoot.appendingPathComponent("Tests/JobWrightRenderTests/Golden")
}
