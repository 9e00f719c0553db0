import Foundation
import JobWrightRender
import Testing

/// HTML Tidy reads every HTML document jobwright writes and finds nothing to warn about: inline
/// SVG included (tidy 5 knows it in HTML5, but not every attribute: no `font-family` on `<svg>`,
/// no `id` on its `<title>`, whole numbers for its width and height).
@Suite("HTML Tidy finds nothing", .enabled(if: ExternalTool.shouldRun("tidy")))
struct TidyTests {
    static let documents: [String] = ["posting", "posting-ascii", "rubric", "alignment", "tally"]

    static func html(_ name: String) throws -> String {
        var options = RenderOptions(format: .html)
        switch name {
        case "posting": return try Fixtures.renderer.render(.posting, draft: Fixtures.example, options: options)
        case "posting-ascii":
            options.ascii = true
            return try Fixtures.renderer.render(.posting, draft: Fixtures.example, options: options)
        case "rubric":
            options.candidates = ["A. Rivera", "B. Chen"]
            options.interviewers = ["J. Doe"]
            return try Fixtures.renderer.render(.rubric, draft: Fixtures.example, options: options)
        case "alignment": return try Fixtures.renderer.render(.alignment, draft: Fixtures.example, options: options)
        default: return TallyFixture.page
        }
    }

    @Test(arguments: documents)
    func tidyPrintsNoWarningAndNoError(_ name: String) throws {
        let tidy = try #require(ExternalTool.path("tidy"), "HTML Tidy is not installed (Debian package: tidy)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("jw-tidy-\(UUID().uuidString)-\(name).html")
        try Self.html(name).write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try ExternalTool.run(tidy, ["-q", "-e", file.path])
        // 0: clean; 1: warnings (which it prints); 2: errors.
        #expect(result.status == 0 || result.status == 1, "tidy exit status \(result.status)")
        #expect(result.output.isEmpty, "tidy on \(name):\n\(result.output)")
    }
}
