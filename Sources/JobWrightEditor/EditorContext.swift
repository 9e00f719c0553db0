import JobWrightChecks
import JobWrightCore
import JobWrightRender

/// What the editor reads but never changes: the catalog, the renderer (the preview is exactly
/// what `jobwright render` prints), the checker, and how to draw.
public struct EditorContext: Sendable {
    public let catalog: Catalog
    public let renderer: Renderer
    public let checker: Checker?
    public let ascii: Bool
    /// The district's catalog folder (`--catalog` or the config folder's `catalog/`), whose
    /// synonyms and phrasings an import from the start screen uses, as `jobwright import` does.
    public let catalogFolder: String?

    public init(renderer: Renderer, checker: Checker?, ascii: Bool, catalogFolder: String? = nil) {
        self.catalog = renderer.catalog
        self.renderer = renderer
        self.checker = checker
        self.ascii = ascii
        self.catalogFolder = catalogFolder
    }

    /// Competency bullets a district can pick from, in area order.
    var areaBullets: [[Competency]] { catalog.areas.map { catalog.competencies(inArea: $0.id) } }
}
