/// The default `Templates/` and `Catalog/` files, compiled into the binary so that it works when
/// copied anywhere alone. Keys are paths relative to the package root.
public enum EmbeddedAssets {
    /// Every embedded file, by its path in the repository (`Templates/partials/notices.text.mustache`).
    public static let files: [String: [UInt8]] = AssetIndex.files

    /// The text of one embedded file.
    public static func text(_ path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }

    /// Paths under a folder (`Templates/` or `Catalog/`), sorted.
    public static func paths(under folder: String) -> [String] {
        files.keys.filter { $0.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") }.sorted()
    }
}
