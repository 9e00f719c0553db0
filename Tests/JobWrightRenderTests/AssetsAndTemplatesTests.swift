import Foundation
import JobWrightAssets
import JobWrightCore
@testable import JobWrightRender
import Mustache
import Testing

@Suite("Embedded assets and templates")
struct AssetsAndTemplatesTests {
    /// Every file under Templates/ and Catalog/ on disk.
    static func filesOnDisk() throws -> [String] {
        var paths: [String] = []
        for folder in ["Templates", "Catalog"] {
            let root = Fixtures.packageRoot.appendingPathComponent(folder).path
            let enumerator = try #require(FileManager.default.enumerator(atPath: root))
            while let relative = enumerator.nextObject() as? String {
                var isDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory)
                if !isDirectory.boolValue && !relative.hasPrefix(".") { paths.append(folder + "/" + relative) }
            }
        }
        return paths.sorted()
    }

    @Test func everyTemplateAndCatalogFileIsEmbeddedWithTheSameBytes() throws {
        let onDisk = try Self.filesOnDisk()
        #expect(onDisk.count > 10)
        #expect(onDisk == EmbeddedAssets.files.keys.sorted(), "run scripts/update-asset-index")
        for path in onDisk {
            let bytes = try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent(path))
            #expect(EmbeddedAssets.files[path].map { Data($0) } == bytes, "\(path) differs from the embedded copy; rebuild")
        }
    }

    @Test func everyTextAndMarkdownTemplateDeclaresItsContentType() throws {
        // swift-mustache resets partials to HTML escaping; each text or Markdown file must say what it is.
        for path in EmbeddedAssets.paths(under: "Templates") where path.hasSuffix(".mustache") {
            let text = EmbeddedAssets.text(path)!
            if path.contains(".text.") { #expect(text.hasPrefix("{{%CONTENT_TYPE: TEXT}}"), "\(path)") }
            if path.contains(".markdown.") { #expect(text.hasPrefix("{{%CONTENT_TYPE: MARKDOWN}}"), "\(path)") }
        }
    }

    @Test func overrideFolderReplacesOnlyItsFilesAndReportsSyntaxErrorsWithPosition() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jw-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("partials"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "{{%CONTENT_TYPE: TEXT}}\nNOTICES REPLACED\n".write(to: directory.appendingPathComponent("partials/notices.text.mustache"),
                                                                 atomically: true, encoding: .utf8)
        let templates = try TemplateSet.load(overrides: directory.path)
        let renderer = try Renderer(catalog: Fixtures.catalog, templates: templates)
        let text = try renderer.render(.posting, draft: Fixtures.example, options: RenderOptions())
        #expect(text.contains("NOTICES REPLACED"))
        #expect(text.contains("ESSENTIAL DUTIES"))

        let broken = directory.appendingPathComponent("posting.text.mustache")
        try "{{%CONTENT_TYPE: TEXT}}\nline two\n{{#reporting}}\n  {{/reportng}}\n".write(to: broken, atomically: true, encoding: .utf8)
        do {
            _ = try TemplateSet.load(overrides: directory.path)
            Issue.record("a broken template must not load")
        } catch {
            let message = error.errors.first!.description
            #expect(message.hasPrefix(broken.path + ":4:"), "\(message)")
            #expect(message.contains("closed with a different name"))
        }
        // An HTML template is parsed after a line naming jobwright's HTML escaping: its errors
        // still point at the file's own lines.
        try FileManager.default.removeItem(at: broken)
        let brokenHTML = directory.appendingPathComponent("posting.html.mustache")
        try "<p>\n{{#reporting}}\n  {{/reportng}}\n".write(to: brokenHTML, atomically: true, encoding: .utf8)
        do {
            _ = try TemplateSet.load(overrides: directory.path)
            Issue.record("a broken template must not load")
        } catch {
            let message = error.errors.first!.description
            #expect(message.hasPrefix(brokenHTML.path + ":3:"), "\(message)")
        }
    }

    /// jobwright's HTML escaping (on bytes) gives what Mustache's own gives, character by character.
    @Test func htmlTemplatesEscapeValuesAsMustacheDoes() throws {
        let value = "Tom & Jerry's <b>\"team\"</b> café ✓ e\u{301}"
        let mustache = try MustacheTemplate(string: "{{value}}").render(["value": value])
        #expect(value.markupEscaped == mustache)
        #expect(mustache == "Tom &amp; Jerry&#39;s &lt;b&gt;&quot;team&quot;&lt;/b&gt; café ✓ e\u{301}")
        #expect("plain text".markupEscaped == "plain text")
    }

    @Test func catalogOverrideFolderReplacesOnlyItsFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jw-catalog-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var roles = EmbeddedAssets.text("Catalog/roles.yaml")!
        roles = roles.replacingOccurrences(of: "title: Superintendent of Schools", with: "title: Superintendent of the Riverbend Schools")
        try roles.write(to: directory.appendingPathComponent("roles.yaml"), atomically: true, encoding: .utf8)
        let catalog = try CatalogSource.load(overrides: directory.path)
        #expect(catalog.role("superintendent")?.title == "Superintendent of the Riverbend Schools")
        #expect(catalog.competencies.count == Fixtures.catalog.competencies.count)
    }
}

@Suite("Rendered documents")
struct RenderedDocumentTests {
    @Test func postingHasEverySectionTheIssueNames() throws {
        let text = try Fixtures.renderer.render(.posting, draft: Fixtures.example, options: RenderOptions())
        for heading in ["SUMMARY", "REPORTING LINES", "ESSENTIAL DUTIES AND RESPONSIBILITIES", "KNOWLEDGE AND SKILLS",
                        "QUALIFICATIONS", "STANDARDS ALIGNMENT", "COMPENSATION AND TERMS", "PHYSICAL DEMANDS",
                        "HOW TO APPLY", "Background checks", "Notice of nondiscrimination"] {
            #expect(text.contains(heading + "\n"), "\(heading)")
        }
        #expect(text.contains("$118,000 to $134,000 per year"))
        #expect(text.contains("└── Director of Technology (this position)"))
        // Verification status is catalog data, never printed for applicants.
        #expect(!text.contains("unverified") && !text.contains("Marked ("))
        #expect(text.contains("M.G.L. c.71 s.38R"))
    }

    @Test func rubricMakesOnePacketPerCandidateAndInterviewer() throws {
        let options = RenderOptions(candidates: ["A", "B"], interviewers: ["X", "Y", "Z"])
        let text = try Fixtures.renderer.render(.rubric, draft: Fixtures.example, options: options)
        // Six packets, then one consensus sheet per candidate, each on a page of its own.
        #expect(text.components(separatedBy: "\u{0C}").count == 8)
        #expect(text.components(separatedBy: "STRUCTURED INTERVIEW RUBRIC").count - 1 == 6)
        #expect(text.components(separatedBy: "CONSENSUS SHEET FOR THE CHAIR").count - 1 == 2)
        #expect(text.contains("Candidate:       B\nInterviewer:     Z"))
        #expect(text.contains("Interviewers:    I1 X; I2 Y; I3 Z"))
        for level in ["Unsatisfactory", "Needs Improvement", "Proficient", "Exemplary"] { #expect(text.contains(level)) }
        // At 78 columns the anchors are a grid with a box under each level; at 40 they are a list.
        #expect(text.contains("[ ] 1               [ ] 2               [ ] 3               [ ] 4"))
        let narrow = try Fixtures.renderer.render(.rubric, draft: Fixtures.example, options: RenderOptions(width: 40))
        #expect(narrow.contains("Anchors:\n1 Unsatisfactory:"))
        #expect(!narrow.contains("Anchors (tick the box"))
        #expect(text.contains("NEVER ASK ABOUT"))
        #expect(!text.lowercased().contains("neutral"))
        let html = try Fixtures.renderer.render(.rubric, draft: Fixtures.example, options: RenderOptions(format: .html, candidates: ["A", "B"]))
        #expect(html.components(separatedBy: "<article class=\"packet\">").count - 1 == 2)
        #expect(html.components(separatedBy: "<article class=\"consensus-sheet\">").count - 1 == 2)
        #expect(html.contains("page-break-before: always"))
    }

    @Test func asciiOutputIsPureASCIIAndEveryLineFitsTheWidth() throws {
        for kind in DocumentKind.allCases {
            for width in [60, 78] {
                let text = try Fixtures.renderer.render(kind, draft: Fixtures.example, options: RenderOptions(width: width, ascii: true))
                #expect(text.allSatisfy { $0.isASCII }, "\(kind)")
                // A line may only overflow when it holds one word after its label or marker (a URL).
                for line in text.split(separator: "\n") where line.count > width {
                    let value = line.components(separatedBy: "  ").last!.trimmingCharacters(in: .whitespaces)
                    #expect(!value.contains(" "), "\(kind) @\(width): \(line)")
                }
            }
        }
    }
}

@Suite("JSON-LD inside a script element")
struct ScriptSafeJSONTests {
    /// What could end the `<script>` element or break a JavaScript string is written as a JSON
    /// escape, on the bytes; everything else, Unicode included, is left as it is.
    @Test func markupCharactersAndLineSeparatorsAreEscaped() throws {
        let json = "{\"a\": \"</script><b>&amp; \u{2028}line\u{2029}para – café ✓\"}"
        let safe = JobPostingJSONLD.scriptSafe(json)
        #expect(safe == #"{"a": "\u003c/script\u003e\u003cb\u003e\u0026amp; \u2028line\u2029para – café ✓"}"#)
        let decoded = try JSONSerialization.jsonObject(with: Data(safe.utf8)) as? [String: String]
        #expect(decoded?["a"] == "</script><b>&amp; \u{2028}line\u{2029}para – café ✓")
        #expect(JobPostingJSONLD.scriptSafe("{\"plain\": 1}") == "{\"plain\": 1}")
    }
}
