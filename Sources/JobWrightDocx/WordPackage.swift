import Foundation
import JobWrightCore
import ZIPFoundation

/// A Word file: its parts, in a fixed order, zipped with fixed dates and permissions so that the
/// same parts always give the same bytes.
struct WordPackage {
    let body: String
    let font: String
    let properties: WordProperties

    /// Every part with its path inside the file, `[Content_Types].xml` first as readers expect.
    var parts: [(path: String, text: String)] {
        [
            ("[Content_Types].xml", WordParts.contentTypes),
            ("_rels/.rels", WordParts.packageRelationships),
            ("docProps/core.xml", properties.core),
            ("docProps/app.xml", properties.app),
            ("word/document.xml", body),
            ("word/_rels/document.xml.rels", WordParts.documentRelationships),
            ("word/styles.xml", WordStyles.xml(font: font)),
            ("word/numbering.xml", WordNumbering.xml),
            ("word/settings.xml", WordParts.settings),
        ]
    }

    /// Every entry is dated 1980-01-01 00:00, the first date a zip file can hold.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    func data() throws(JobWrightError) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let bytes = Data(part.text.utf8)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(bytes.count),
                                     modificationDate: Self.entryDate, permissions: 0o644, compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw JobWrightError(.badData, "the Word file could not be assembled in memory") }
            return data
        } catch let error as JobWrightError {
            throw error
        } catch {
            throw JobWrightError(.badData, "the Word file could not be assembled: \(error)")
        }
    }
}
