import Foundation
@testable import JobWrightRender
import Mustache
import Testing

/// Long templates are parsed in pieces (`TemplateChunks`); the pieces must render what the whole
/// template renders, and a mistake must still be reported at its line in the file.
@Suite("Templates parsed in pieces")
struct TemplateChunksTests {
    /// A template of about 4 KB with sections over many lines, standalone tags, an indented
    /// partial, comments, triple mustaches and inverted sections.
    static let long: String = {
        var text = "{{%CONTENT_TYPE: TEXT}}\nTitle: {{title}}\n"
        for number in 0..<24 {
            text += """
                {{! block \(number) }}
                Line \(number) of text, with {{{raw}}} and {{title}} in it, long enough to fill a piece.
                {{#items}}
                  - {{name}}{{^last()}},{{/last()}}
                {{/items}}
                {{^missing}}
                  nothing is missing in block \(number)
                {{/missing}}
                    {{> part}}

                """
        }
        return text
    }()

    @Test func aLongTemplateIsCutAtLineBreaksOutsideSections() throws {
        let split = try #require(TemplateChunks.split(Self.long, name: "t.text"))
        #expect(split.pieces.count > 4)
        #expect(split.including == split.pieces.map { "{{>\($0.name)}}" }.joined())
        for piece in split.pieces {
            #expect(piece.text.hasPrefix("{{%CONTENT_TYPE: TEXT}}\n"))
            #expect(piece.text.hasSuffix("\n"))
            // Each piece holds whole sections: it parses on its own.
            #expect(throws: Never.self) { _ = try MustacheTemplate(string: piece.text) }
        }
        #expect(split.pieces.map { $0.text.dropFirst("{{%CONTENT_TYPE: TEXT}}\n".count) }.joined() == Self.long.dropFirst("{{%CONTENT_TYPE: TEXT}}\n".count))
    }

    @Test func shortOrUnusualTemplatesAreParsedWhole() {
        #expect(TemplateChunks.split("{{title}}\n", name: "t") == nil)
        let filler = String(repeating: "text line\n", count: 200)
        #expect(TemplateChunks.split(filler + "{{=<% %>=}}\n" + filler, name: "t") == nil)
        #expect(TemplateChunks.split("{{<parent}}\n" + filler + "{{/parent}}\n", name: "t") == nil)
        #expect(TemplateChunks.split(filler + "{{%CONTENT_TYPE: HTML}}\n" + filler, name: "t") == nil)
        #expect(TemplateChunks.split("{{#a}}\n" + filler + "{{/a}}\n", name: "t") == nil)
    }

    @Test func thePiecesRenderWhatTheWholeTemplateRenders() throws {
        let context: [String: Any] = ["title": "Director & CTO", "raw": "<b>", "items": [["name": "one"], ["name": "two"]]]
        let part = try MustacheTemplate(string: "indented {{title}}\nsecond line\n")
        var whole = MustacheLibrary()
        whole.register(try MustacheTemplate(string: Self.long), named: "t.text")
        whole.register(part, named: "part")
        var pieces = MustacheLibrary()
        let split = try #require(TemplateChunks.split(Self.long, name: "t.text"))
        for piece in split.pieces { pieces.register(try MustacheTemplate(string: piece.text), named: piece.name) }
        pieces.register(try MustacheTemplate(string: split.including), named: "t.text")
        pieces.register(part, named: "part")
        let expected = try #require(whole.render(context, withTemplate: "t.text"))
        #expect(expected.contains("    indented Director &amp; CTO\n    second line\n"))
        #expect(pieces.render(context, withTemplate: "t.text") == expected)
    }

    @Test func aMistakeInALongTemplateIsReportedAtItsLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jw-pieces-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("posting.text.mustache")
        let lines = Self.long.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        try (lines[..<150] + ["{{#reporting}}", "  {{/reportng}}"] + lines[150...]).joined(separator: "\n").write(to: broken, atomically: true, encoding: .utf8)
        do {
            let templates = try TemplateSet.load(overrides: directory.path)
            _ = try Renderer(catalog: Fixtures.catalog, templates: templates).render(.posting, draft: Fixtures.example, options: RenderOptions())
            Issue.record("a broken template must not render")
        } catch {
            #expect("\(error)".contains(broken.path + ":152:"), "\(error)")
        }
    }
}
