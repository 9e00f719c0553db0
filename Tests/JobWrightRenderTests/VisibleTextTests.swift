import Foundation
import JobWrightChecks
import JobWrightCore
import JobWrightMustache
@testable import JobWrightRender
import Testing

/// What the checks learn about the JobPosting's description without rendering it is what
/// rendering it shows.
@Suite("Visible text without rendering")
struct VisibleTextTests {
    /// Whenever the engine says a template certainly prints text, it does; and it says so for
    /// templates that begin with text or with a section the context fills.
    @Test func certainlyPrintingTemplatesPrintText() throws {
        let cases: [(String, [String: String])] = MustacheEngineTests.corpus + [
            ("{{#yes}}<p>shown</p>{{/yes}}", [:]), ("{{#no}}<p>hidden</p>{{/no}}", [:]), ("{{#words}}<li>{{.}}</li>{{/words}}", [:]),
            ("{{#nothing}}<p>x</p>{{/nothing}}", [:]), ("{{#none}}<p>x</p>{{/none}}", [:]), ("  \n{{#empty}}\n \n{{/empty}}", [:]), ("{{#empty}}text{{/empty}}", [:]),
            ("{{^yes}}not{{/yes}}", [:]), ("{{#yes}}{{#no}}deep{{/no}}{{/yes}}", [:]), ("{{> partial}}", ["partial": "text"]),
        ]
        var certain = 0
        for (template, partials) in cases {
            var library = MustacheLibrary()
            for (name, text) in partials.merging(["main": template], uniquingKeysWith: { $1 }) {
                library.register(try MustacheTemplate(text, contentTypes: TemplateSet.contentTypes), named: name)
            }
            guard library.certainlyPrintsText(MustacheEngineTests.context, withTemplate: "main") == true else { continue }
            certain += 1
            let printed = library.render(MustacheEngineTests.context, withTemplate: "main") ?? ""
            #expect(printed.nilIfBlank != nil, "\(template.debugDescription) printed \(printed.debugDescription)")
        }
        #expect(certain >= 5, "the cases exercise the judgement")
        var library = MustacheLibrary()
        library.register(try MustacheTemplate("{{#no}}<p>hidden</p>{{/no}}{{#words}}<li>{{.}}</li>{{/words}}"), named: "main")
        #expect(library.certainlyPrintsText(MustacheEngineTests.context, withTemplate: "main") == true)
        library.register(try MustacheTemplate("{{#no}}<p>hidden</p>{{/no}}{{#nothing}}x{{/nothing}}"), named: "main")
        #expect(library.certainlyPrintsText(MustacheEngineTests.context, withTemplate: "main") == nil)
    }

    /// The checks' answer about the description is the rendered description's, for drafts from
    /// full to nearly empty, with the built-in templates and with a district's description that
    /// prints only the summary.
    @Test func theDescriptionIsBlankExactlyWhenItRendersBlank() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobwright-description-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("partials"), withIntermediateDirectories: true)
        try "{{#summary}}\n<p>{{summary}}</p>\n{{/summary}}\n".write(to: folder.appendingPathComponent("partials/description.html.mustache"), atomically: true, encoding: .utf8)
        let district = try Renderer(catalog: Fixtures.catalog, templates: try TemplateSet.load(overrides: folder.path))
        let drafts = [
            DraftTemplates.example, DraftTemplates.starter, "position:\n  title: Director\n",
            "position:\n  title: Director\nsummary: ' '\n", "position:\n  title: Director\nqualifications:\n  required: [A degree]\n",
            "position:\n  title: Director\ncompensation:\n  minimum: 90000\n  maximum: 100000\n  period: year\n",
        ]
        var answers: Set<Bool> = []
        for renderer in [Fixtures.renderer, district] {
            for text in drafts {
                let draft = try Draft.load(path: "draft.yaml", text: text).draft
                let rendered = try renderer.postingJSONLD(draft).description
                let blank = try renderer.postingDescriptionIsBlank(draft)
                answers.insert(blank)
                #expect(blank == (rendered.nilIfBlank == nil), "\(text.prefix(60).debugDescription)")
                // The JobPosting the checks read is the printed one but for the description.
                var printed = try renderer.postingJSONLD(draft)
                printed.description = ""
                #expect(renderer.postingJSONLDWithoutDescription(draft).json() == printed.json())
            }
        }
        #expect(answers == [true, false], "both answers are exercised")
    }
}
