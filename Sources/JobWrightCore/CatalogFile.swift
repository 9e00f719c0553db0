/// One catalog file as text, with the name used in messages (`Catalog/roles.yaml` for the
/// embedded defaults, the real path for a district's override).
public struct CatalogFile: Sendable {
    public var name: String
    public var displayPath: String
    public var text: String
    public init(name: String, displayPath: String, text: String) {
        self.name = name; self.displayPath = displayPath; self.text = text
    }

    /// The files a catalog is made of. An override folder may hold any subset of them.
    public static let names = [
        "frameworks.yaml", "areas.yaml", "competencies.yaml", "scales.yaml",
        "questions.yaml", "roles.yaml", "notices.yaml", "glossary.yaml",
    ]
}
