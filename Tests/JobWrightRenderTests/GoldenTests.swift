import Foundation
import JobWrightCore
import JobWrightRender
import Testing

/// Rendered output held in files. Refresh after an intended change with
///     JOBWRIGHT_UPDATE_GOLDEN=1 swift test --filter GoldenTests
/// and read the diff before committing. A missing golden file fails the test.
@Suite("Golden files")
struct GoldenTests {
    struct Case: CustomStringConvertible, Sendable {
        var kind: DocumentKind
        var format: OutputFormat
        var variant: String
        var options: RenderOptions {
            var options = RenderOptions(format: format)
            switch variant {
            case "w60": options.width = 60
            case "ascii": options.ascii = true
            default: options.width = 78
            }
            if kind == .rubric {
                options.candidates = ["A. Rivera", "B. Chen"]
                options.interviewers = ["J. Doe"]
            }
            return options
        }
        var fileName: String {
            let ext = ["text": "txt", "markdown": "md", "html": "html", "jsonld": "jsonld"][format.rawValue]!
            return "\(kind.rawValue)-\(variant).\(ext)"
        }
        var description: String { fileName }
    }

    /// Every document in every format and variant (Word's bodies have golden files of their
    /// own, in Tests/JobWrightDocxTests/Golden).
    static let allCases: [Case] = DocumentKind.allCases.flatMap { kind in
        OutputFormat.allCases.filter { (kind == .posting || $0 != .jsonld) && $0 != .docx }.flatMap { format in
            ["w78", "w60", "ascii"].map { Case(kind: kind, format: format, variant: $0) }
        }
    }

    /// Variants the option does not change (the width wraps plain text only; HTML is never
    /// transliterated, and these documents draw no box characters): each must render exactly as
    /// its w78 file, so it has no file of its own.
    static let sameAsW78: Set<String> = [
        "posting-w60.md", "posting-w60.html", "posting-w60.jsonld", "rubric-w60.html", "rubric-ascii.html",
        "alignment-w60.md", "alignment-ascii.md", "alignment-w60.html", "alignment-ascii.html",
    ]

    static let cases = allCases.filter { !sameAsW78.contains($0.fileName) }
    static let unchangedCases = allCases.filter { sameAsW78.contains($0.fileName) }

    @Test(arguments: cases)
    func renderedOutputMatchesGoldenFile(_ golden: Case) throws {
        let rendered = try Fixtures.renderer.render(golden.kind, draft: Fixtures.example, options: golden.options)
        let url = Fixtures.goldenDirectory.appendingPathComponent(golden.fileName)
        if ProcessInfo.processInfo.environment["JOBWRIGHT_UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(try? String(contentsOf: url, encoding: .utf8),
                                    "missing \(golden.fileName): run JOBWRIGHT_UPDATE_GOLDEN=1 swift test --filter GoldenTests")
        #expect(rendered == expected, "\(golden.fileName) differs; see README 'Golden files'")
    }

    @Test(arguments: unchangedCases)
    func optionsThatDoNotApplyChangeNothing(_ variant: Case) throws {
        let rendered = try Fixtures.renderer.render(variant.kind, draft: Fixtures.example, options: variant.options)
        let wide = Case(kind: variant.kind, format: variant.format, variant: "w78")
        let expected = try String(contentsOf: Fixtures.goldenDirectory.appendingPathComponent(wide.fileName), encoding: .utf8)
        #expect(rendered == expected, "\(variant.fileName) should render exactly as \(wide.fileName)")
    }

    @Test func renderingIsDeterministic() throws {
        for golden in Self.cases {
            let first = try Fixtures.renderer.render(golden.kind, draft: Fixtures.example, options: golden.options)
            let second = try Fixtures.renderer.render(golden.kind, draft: Fixtures.example, options: golden.options)
            #expect(first == second, "\(golden.fileName)")
        }
    }
}
