import Foundation
import JobWrightAssets
import JobWrightCore
import JobWrightMustache
@testable import JobWrightRender
import Mustache
import Testing

/// jobwright's Mustache engine (JobWrightMustache) renders what swift-mustache 2.1.1, the engine
/// it replaced, renders: byte for byte, on every built-in template with real contexts and on a
/// corpus of tricky templates, and it refuses the templates swift-mustache refuses, at the same line.
@Suite("Mustache engine against swift-mustache")
struct MustacheEngineTests {
    // MARK: - The reference

    /// swift-mustache's context for one of ours: texts, flags, numbers, arrays, dictionaries.
    static func reference(_ value: MustacheValue) -> Any {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag
        case .number(let number): number
        case .list(let values): values.map(reference)
        case .object(let members): Dictionary(uniqueKeysWithValues: members.map { ($0.key, reference($0.value)) })
        }
    }

    struct ReferenceMarkdown: Mustache.MustacheContentType {
        func escapeText(_ text: String) -> String { text.markdownEscaped }
    }

    static let registration: Void = {
        Mustache.MustacheContentTypes.register(ReferenceMarkdown(), named: "MARKDOWN")
    }()

    /// Renders with both engines; the templates are `main` and the partials.
    static func both(_ main: String, _ context: MustacheValue, partials: [String: String] = [:]) throws -> (ours: String, reference: String) {
        _ = registration
        var ours = JobWrightMustache.MustacheLibrary()
        var theirs = Mustache.MustacheLibrary()
        for (name, text) in partials.merging(["main": main], uniquingKeysWith: { $1 }) {
            ours.register(try JobWrightMustache.MustacheTemplate(text, contentTypes: TemplateSet.contentTypes), named: name)
            theirs.register(try Mustache.MustacheTemplate(string: text), named: name)
        }
        return (ours.render(context, withTemplate: "main") ?? "<none>", theirs.render(reference(context), withTemplate: "main") ?? "<none>")
    }

    // MARK: - The built-in templates

    /// Every built-in template, with the contexts jobwright gives it, in every format.
    @Test func theBuiltInTemplatesRenderTheSame() throws {
        _ = Self.registration
        let catalog = Fixtures.catalog
        let notices = try NoticeTexts(catalog: catalog)
        var theirs = Mustache.MustacheLibrary()
        for path in EmbeddedAssets.paths(under: "Templates") where path.hasSuffix(".mustache") {
            let name = String(path.dropFirst("Templates/".count).dropLast(".mustache".count))
            // Markup templates named swift-mustache's HTML type, as jobwright did (see TemplateSet's history).
            let text = (name.hasSuffix(".html") || name.hasSuffix(".docx") ? "{{%CONTENT_TYPE: HTML}}\n" : "") + (EmbeddedAssets.text(path) ?? "")
            theirs.register(try Mustache.MustacheTemplate(string: text), named: name)
        }
        let templates = try TemplateSet.load()
        let options = [RenderOptions(format: .text), RenderOptions(format: .text, width: 40, ascii: true),
                       RenderOptions(format: .markdown), RenderOptions(format: .html), RenderOptions(format: .docx)]
            .map { options -> RenderOptions in
                var options = options
                options.candidates = ["A. Rivera", "B. <Chen> & Co"]
                options.interviewers = ["J. Doe", "K. Lee"]
                return options
            }
        var compared = 0
        for draft in [Fixtures.example, try Draft.load(path: "starter.draft.yaml", text: DraftTemplates.starter).draft] {
            for options in options {
                let format = options.format.rawValue
                let contexts: [(String, MustacheObject)] = [
                    ("posting." + format, PostingContext(draft: draft, catalog: catalog, options: options, notices: notices).build()),
                    ("rubric." + format, RubricContext(draft: draft, catalog: catalog, options: options, neverAsk: ["Age", "Religion"]).build()),
                    ("alignment." + format, AlignmentReportContext(draft: draft, catalog: catalog, options: options).build()),
                ]
                for (name, context) in contexts {
                    let ours = try templates.render(context, template: name)
                    let reference = theirs.render(Self.reference(.object(context)), withTemplate: name)
                    #expect(ours == reference, "\(name), \(options)")
                    #expect(ours.count > 200, "\(name) renders a document")
                    compared += 1
                }
            }
        }
        let tally = TallyPageContext(tally: TallyFixture.tally, source: "scores.csv").build()
        #expect(try templates.render(tally, template: "tally.html") == theirs.render(Self.reference(.object(tally)), withTemplate: "tally.html"))
        #expect(compared == 30)
    }

    // MARK: - A corpus of tricky templates

    static let context: MustacheValue = [
        "name": "Ada & <Grace> \"quoted\" 'single'",
        "empty": "",
        "zero": 0,
        "five": 5,
        "yes": true,
        "no": false,
        "items": [["label": "one", "n": 1], ["label": "two", "n": 2], ["label": "three", "n": 3]],
        "words": ["pear", "apple", "fig"],
        "none": [],
        "person": ["name": "Lin", "address": ["city": "Worcester", "zip": "01608"]],
        "multi": "first line\nsecond line",
        "unicode": "Café – ✓ 日本",
        "partialName": "p1",
        "nested": ["items": [["label": "inner"]]],
        "quotes": ["it's", "a\"b", "l\nm"],
        "emptyObject": .object([:]),
    ]

    static let corpus: [(String, [String: String])] = [
        ("Hello {{name}}! {{{name}}} {{&name}}", [:]),
        ("{{person.name}} lives in {{person.address.city}} {{person.address.zip}}{{person.missing.city}}.", [:]),
        ("{{missing}}|{{empty}}|{{zero}}|{{five}}|{{yes}}|{{no}}|{{unicode}}", [:]),
        ("{{#items}}{{label}}={{n}}{{^last()}}, {{/last()}}{{/items}}\n", [:]),
        ("{{#items}}\n  - {{label}} {{index()}} {{#first()}}first{{/first()}}{{#even()}} even{{/even()}}{{#odd()}} odd{{/odd()}}\n{{/items}}\n", [:]),
        ("{{#items}}{{plusone(index())}}. {{label}}\n{{/items}}", [:]),
        ("{{#yes}}yes is true{{/yes}}{{#no}}never{{/no}}{{^no}} no is false{{/no}}{{^yes}}never{{/yes}}", [:]),
        ("{{#empty}}an empty text is truthy: [{{.}}]{{/empty}}{{^empty}}never{{/empty}}", [:]),
        ("{{#zero}}zero is truthy: {{.}}{{/zero}} {{#missing}}never{{/missing}}{{^missing}}missing is falsy{{/missing}}", [:]),
        ("{{#none}}never{{/none}}{{^none}}an empty list is falsy{{/none}}", [:]),
        ("{{#person}}{{name}} and, from further up, {{five}}{{/person}}", [:]),
        ("{{#person.address}}{{city}}{{/person.address}}", [:]),
        ("{{#words}}{{.}} {{/words}}|{{#reversed(words)}}{{.}} {{/reversed(words)}}", [:]),
        ("{{count(words)}} {{count(none)}} {{first(words)}} {{last(words)}} {{#empty(none)}}none is empty{{/empty(none)}}", [:]),
        ("{{^empty(words)}}words{{/empty(words)}} {{uppercased(name)}} {{lowercased(unicode)}} {{reversed(unicode)}}", [:]),
        ("{{plusone(five)}} {{minusone(five)}} {{#even(zero)}}even{{/even(zero)}} {{#odd(five)}}odd{{/odd(five)}} {{#equalzero(zero)}}zero{{/equalzero(zero)}}", [:]),
        ("{{#nested}}{{#items}}{{label}} {{name}}{{/items}}{{/nested}}", [:]),
        ("{{#five}}{{.}}{{/five}} {{#person.address}}{{.zip}}{{/person.address}}", [:]),
        // Standalone lines: a section, an inverted section, a comment, a partial and a setting
        // alone on their lines leave no line behind.
        ("Begin\n  {{#yes}}\n  inside\n  {{/yes}}\n{{^yes}}\nnever\n{{/yes}}\n{{! a comment }}\n  {{! indented comment }}  \nEnd\n", [:]),
        ("a\r\n{{#yes}}\r\nCRLF\r\n{{/yes}}\r\nb", [:]),
        ("no line break at the end {{#yes}}x{{/yes}}   ", [:]),
        ("text then spaces at the end\n   ", [:]),
        ("  {{#yes}}  not standalone: text after {{/yes}}\n", [:]),
        ("{{#items}}\n{{label}}\n{{/items}}", [:]),
        ("{{! multi\nline\ncomment }}\nafter\n", [:]),
        ("before {{! inline }} after\n", [:]),
        // Partials: standalone ones indent each line; inline ones do not.
        ("Start\n  {{> p1}}\nEnd {{>p1}} done\n", ["p1": "one {{name}}\ntwo\n{{multi}}\n"]),
        ("{{#items}}\n    {{> row}}\n{{/items}}\n", ["row": "{{label}}:\n  {{#yes}}\n  yes\n  {{/yes}}\n"]),
        ("{{> missing}}still here\n", [:]),
        ("  {{> outer}}\n", ["outer": "outer\n  {{> inner}}\n", "inner": "inner {{five}}\nline\n"]),
        // A line ended by CR LF, and a lone LF after a CR LF, in an indented partial.
        ("a\r\n  {{> crlf}}\r\nb\n", ["crlf": "one\r\ntwo\r\n\nthree\r\n"]),
        ("{{> *partialName}}|{{>*missing}}", ["p1": "dynamic {{five}}"]),
        // Delimiters and content types.
        ("{{=<% %>=}}\n<% name %> {{name}}\n<%={{ }}=%>\n{{five}}\n", [:]),
        ("{{%CONTENT_TYPE: TEXT}}\n{{name}}\n", [:]),
        ("{{name}}\n{{%CONTENT_TYPE: TEXT}}\n{{name}}\n{{%CONTENT_TYPE: HTML}}\n{{name}}\n", [:]),
        ("{{%CONTENT_TYPE: MARKDOWN}}\n{{name}} *{{words}}* [x](y) # {{multi}}\n", [:]),
        ("{{%CONTENT_TYPE: TEXT}}\n{{name}} {{> part}}\n", ["part": "{{name}}"]),
        ("{{#items}}{{%CONTENT_TYPE: TEXT}}{{/items}}{{name}}", [:]),
        // Inheritance.
        ("{{<parent}}{{$title}}Overridden {{five}}{{/title}}{{/parent}}\n", ["parent": "<h1>{{$title}}Default{{/title}}</h1>\n{{$body}}Body default{{/body}}\n"]),
        ("{{<parent}}\n  {{$body}}\n  new body\n  {{/body}}\n{{/parent}}\n", ["parent": "head\n  {{$body}}\n  old\n  {{/body}}\ntail\n"]),
        ("{{$block}}a block outside a parent{{/block}}\n", [:]),
        // Found in review: a list inside an indented partial or block (only the first item is
        // indented, as swift-mustache renders each item on its own), line breaks other than LF
        // and CR LF inside text, and a delimiter of several bytes near the end of the file.
        ("Start\n  {{> list}}\nEnd\n", ["list": "{{#items}}\n- {{label}}\n{{/items}}\n"]),
        ("<ul>\n  {{$body}}\n  {{#items}}\n  <li>{{label}}</li>\n  {{/items}}\n  {{/body}}\n</ul>\n", [:]),
        ("x\r{{#yes}}\ry{{/yes}}", [:]),
        ("a\u{2028}{{! c }}\nb", [:]),
        ("a\u{2029}  {{#yes}}  \nb\n{{/yes}}\nc", [:]),
        ("{{=«« »»=}}x°", [:]),
        ("{{=«« »»=}}««five»» and « alone°", [:]),
        // Values that print as Swift prints them.
        ("{{{words}}} {{{person.address}}} {{words}}", [:]),
        ("{{{quotes}}} {{{emptyObject}}}", [:]),
    ]

    @Test(arguments: corpus.indices)
    func aTrickyTemplateRendersTheSame(_ index: Int) throws {
        let (template, partials) = Self.corpus[index]
        let (ours, reference) = try Self.both(template, Self.context, partials: partials)
        if template.hasPrefix("{{{words}}} {{{person.address}}}") {
            // Dictionaries print in no fixed order; only a list prints the same every time.
            let list = #"["pear", "apple", "fig"]"#
            #expect(ours.hasPrefix(list + " [") && ours.hasSuffix("] " + list.mustacheHTMLEscaped), "\(ours)")
            #expect(reference.hasPrefix(list + " [") && reference.hasSuffix("] " + list.mustacheHTMLEscaped), "\(reference)")
        } else {
            #expect(ours == reference, "template: \(template.debugDescription)")
        }
    }

    /// `sorted` sorts a list of texts. swift-mustache sorts only a Swift array whose elements are
    /// Comparable (`[String]`, which jobwright's contexts were), so the reference, given `[Any]`,
    /// cannot show it.
    @Test func sortedSortsTexts() throws {
        let (ours, _) = try Self.both("{{#sorted(words)}}{{.}} {{/sorted(words)}}", Self.context)
        #expect(ours == "apple fig pear ")
    }

    static let broken: [String] = [
        "{{#a}}\nnever closed\n",
        "line\n{{#a}}\n  {{/b}}\n",
        "{{name",
        "{{name}",
        "{{{name}}",
        "{{{name}}x",
        "{{! comment never closed",
        "{{=<% %>}}",
        "{{%CONTENT_TYPE: NOPE}}",
        "{{%CONTENT_TYPE NOPE}}",
        "{{%COLOUR: TEXT}}",
        "{{a(b}}",
        "{{a(b))}}",
        "{{<parent}}{{name}}{{/parent}}",
        "{{$block(x)}}{{/block(x)}}",
        "text {",
        "{{/closed}}",
        "{{! never closed\nline2\nline3",
        "a\r\n{{! never closed\r\nline2",
    ]

    @Test(arguments: broken)
    func aBrokenTemplateIsRefusedAtTheSameLine(_ template: String) throws {
        _ = Self.registration
        var ours: MustacheSyntaxError?
        do { _ = try JobWrightMustache.MustacheTemplate(template, contentTypes: TemplateSet.contentTypes) } catch { ours = error }
        var theirs: Mustache.MustacheTemplate.ParserError?
        do { _ = try Mustache.MustacheTemplate(string: template) } catch let error as Mustache.MustacheTemplate.ParserError { theirs = error }
        let error = try #require(ours, "\(template.debugDescription) must be refused")
        let reference = try #require(theirs, "swift-mustache refuses \(template.debugDescription)")
        #expect(error.line == reference.context.lineNumber, "\(template.debugDescription): \(error)")
        if !template.contains("\r") {  // swift-mustache counts a CR LF file's columns from the file's start
            #expect(error.column == reference.context.columnNumber, "\(template.debugDescription): \(error)")
        }
        #expect(!error.description.isEmpty)
    }

    /// A template's tags and partials are parsed once; rendering the same template twice gives
    /// the same text, and a library without the template gives nothing rather than empty text.
    @Test func aMissingTemplateIsNil() throws {
        let library = JobWrightMustache.MustacheLibrary()
        #expect(library.render(["a": "b"], withTemplate: "none") == nil)
    }

    /// The partials a template names are what the lazy loader parses with it: those in
    /// sections, inverted sections, blocks and a parent's overrides too, each once, in the order
    /// named, under any delimiters; a partial named by a value is not known until rendered.
    @Test func aTemplateNamesThePartialsItIncludes() throws {
        let template = try JobWrightMustache.MustacheTemplate("""
            {{> header}}
            {{#items}}{{> item}}{{/items}}{{^items}}{{> empty}}{{/items}}
            {{> header}}{{> *chosen}}
            {{=<% %>=}}<%> footer%>
            <%< layout%><%$body%><%> inside%><%/body%><%/layout%>
            """)
        #expect(template.partialNames == ["header", "item", "empty", "footer", "layout", "inside"])
        #expect(try JobWrightMustache.MustacheTemplate("no partials {{here}}").partialNames.isEmpty)
    }

    /// For every built-in document, the parsed template (which the lazy loader follows) names
    /// the same partials as the scan of its text (which checks a district's folder).
    @Test func theBuiltInDocumentsNameTheSamePartialsParsedAsScanned() throws {
        let templates = try TemplateSet.load()
        let names = templates.sources.keys.filter { $0.hasPrefix("posting.") || $0.hasPrefix("rubric.") }
        #expect(names.count >= 6)
        for name in names.sorted() {
            let source = try #require(EmbeddedAssets.text("Templates/\(name).mustache"))
            let parsed = try JobWrightMustache.MustacheTemplate(source, contentTypes: TemplateSet.contentTypes)
            let byText = TemplateSet.partialReferences(in: source).map(\.name).filter { !$0.hasPrefix("*") }
            #expect(Set(parsed.partialNames) == Set(byText), "\(name)")
        }
    }
}

/// What swift-mustache would have crashed on: sections nested past the parser's stack, and a
/// partial that a value names including itself.
@Suite("Mustache engine limits")
struct MustacheLimitTests {
    @Test func sectionsNestedTooDeepAreRefusedWithTheirLine() throws {
        let template = String(repeating: "{{#a}}\n", count: 5_000) + String(repeating: "{{/a}}\n", count: 5_000)
        do {
            _ = try JobWrightMustache.MustacheTemplate(template)
            Issue.record("5,000 nested sections must be refused")
        } catch {
            #expect(error.kind == .nestedTooDeep)
            #expect(error.line == 101)
            #expect(error.description.contains("nested more than 100 deep"))
        }
        let fine = String(repeating: "{{#a}}", count: 100) + "x" + String(repeating: "{{/a}}", count: 100)
        #expect(JobWrightMustache.MustacheLibrary().render(try JobWrightMustache.MustacheTemplate(fine), ["a": true]) == "x")
    }

    /// A partial that includes itself inside nested sections would overflow the stack (it did in
    /// swift-mustache): the render ends, as one without end, at 256 levels.
    @Test func aPartialInsideNestedSectionsStopsBeforeTheStack() throws {
        var library = JobWrightMustache.MustacheLibrary()
        let template = String(repeating: "{{#yes}}", count: 90) + "x{{> main}}" + String(repeating: "{{/yes}}", count: 90)
        library.register(try JobWrightMustache.MustacheTemplate(template), named: "main")
        #expect(library.render(["yes": true], withTemplate: "main") == nil)
    }

    @Test func aPartialThatNamesItselfStops() throws {
        var library = JobWrightMustache.MustacheLibrary()
        library.register(try JobWrightMustache.MustacheTemplate("x{{> *me}}"), named: "loop")
        let output = try #require(library.render(["me": "loop"], withTemplate: "loop"))
        #expect(output == String(repeating: "x", count: JobWrightMustache.MustacheLibrary.deepestPartial + 1))
    }
}

extension MustacheLimitTests {
    /// Sections over a list of three nested 30 deep would render 3^30 times: the render stops at
    /// the library's limit and says so, rather than running for ever.
    @Test func aRenderWithoutEndStopsAtTheLimit() throws {
        let template = String(repeating: "{{#list}}", count: 30) + "x" + String(repeating: "{{/list}}", count: 30)
        let parsed = try JobWrightMustache.MustacheTemplate(template)
        #expect(JobWrightMustache.MustacheLibrary().render(parsed, ["list": [1, 2, 3]]) == nil)
        let shallow = String(repeating: "{{#list}}", count: 3) + "x" + String(repeating: "{{/list}}", count: 3)
        #expect(JobWrightMustache.MustacheLibrary().render(try JobWrightMustache.MustacheTemplate(shallow), ["list": [1, 2, 3]])
                == String(repeating: "x", count: 27))
    }
}

@Suite("Mustache objects")
struct MustacheObjectTests {
    /// A literal's list is kept as it came only when its names differ: a name given again
    /// replaces the value it had, as a dictionary's would, and the object compares as one.
    @Test func aNameGivenAgainReplacesItsValue() {
        let object = JobWrightMustache.MustacheObject([("a", "1"), ("bb", "2"), ("a", "3"), ("cc", "4"), ("bb", "5")])
        #expect(object.count == 3)
        #expect(object["a"] == "3")
        #expect(object["bb"] == "5")
        #expect(object == ["cc": "4", "a": "3", "bb": "5"])
        let distinct: JobWrightMustache.MustacheObject = ["a": "1", "b": "2", "ab": "3"]
        #expect(distinct.map(\.key) == ["a", "b", "ab"])
        #expect(distinct["ab"] == "3" && distinct["b"] == "2" && distinct["c"] == nil)
    }
}
