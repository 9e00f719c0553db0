import Foundation
import JobWrightAssets
import JobWrightCore

/// Where the catalog comes from: the embedded defaults, with a district's override folder laid
/// over them file by file (a folder needs only the files it changes).
public enum CatalogSource {
    public static func files(overrides directory: String? = nil) throws(JobWrightErrors) -> [CatalogFile] {
        var files: [String: CatalogFile] = [:]
        for name in CatalogFile.names {
            let path = "Catalog/" + name
            if let text = EmbeddedAssets.text(path) {
                files[name] = CatalogFile(name: name, displayPath: path, text: text)
            }
        }
        if let directory {
            let overrides = try OverrideFolder.files(in: directory, withExtension: "yaml")
            for (relative, file) in overrides {
                let name = (relative as NSString).lastPathComponent
                guard CatalogFile.names.contains(name) else { continue }
                files[name] = CatalogFile(name: name, displayPath: file.path, text: file.text)
            }
        }
        return CatalogFile.names.compactMap { files[$0] }
    }

    /// The catalog: the built-in one, compiled in (nothing to parse), unless a district's folder
    /// overrides a catalog file; then every file is read from YAML and validated.
    public static func load(overrides directory: String? = nil) throws(JobWrightErrors) -> Catalog {
        guard let directory, try OverrideFolder.files(in: directory, withExtension: "yaml").keys
            .contains(where: { CatalogFile.names.contains(($0 as NSString).lastPathComponent) }) else { return Catalog.builtIn }
        return try loadYAML(overrides: directory)
    }

    /// Reads and validates the catalog from YAML (defaults plus overrides): what a district's
    /// folder needs, and what the built-in catalog is generated from.
    public static func loadYAML(overrides directory: String? = nil) throws(JobWrightErrors) -> Catalog {
        try CatalogLoader.load(files(overrides: directory))
    }
}

/// The draft files shipped with jobwright.
public enum DraftTemplates {
    /// Every field present and commented, values empty.
    public static var starter: String { EmbeddedAssets.text("Templates/starter.draft.yaml") ?? "" }
    /// A complete posting for a fictional Massachusetts district.
    public static var example: String { EmbeddedAssets.text("Templates/example.draft.yaml") ?? "" }
    /// A district profile with every field commented, to fill in by hand.
    public static var districtStarter: String { EmbeddedAssets.text("Templates/district.starter.yaml") ?? "" }
}
