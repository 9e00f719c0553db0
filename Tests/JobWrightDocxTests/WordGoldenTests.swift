import Foundation
import JobWrightCore
import JobWrightRender
import Testing

/// The body (`word/document.xml`) of each Word document of the example draft, read back out of
/// the file, held in files with one paragraph or table row per line. Refresh after an intended
/// change with
///     JOBWRIGHT_UPDATE_GOLDEN=1 swift test --filter WordGoldenTests
/// and read the diff before committing. A missing golden file fails the test.
@Suite("Word golden files")
struct WordGoldenTests {
    @Test(arguments: DocumentKind.allCases)
    func bodyMatchesGoldenFile(_ kind: DocumentKind) throws {
        let body = try OpenedWordFile(try WordFixtures.docx(kind)).text("word/document.xml")
        let name = "\(kind.rawValue).document.xml"
        let url = WordFixtures.goldenDirectory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["JOBWRIGHT_UPDATE_GOLDEN"] == "1" {
            try body.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(try? String(contentsOf: url, encoding: .utf8),
                                    "missing \(name): run JOBWRIGHT_UPDATE_GOLDEN=1 swift test --filter WordGoldenTests")
        #expect(body == expected, "\(name) differs; see README 'Golden files'")
    }
}
