import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import JobWrightCore
@testable import JobWrightRender
import Testing

@Suite("Org chart as SVG")
struct OrgChartSVGTests {
    static let hostile = OrgChart(reportsTo: "Board <of> \"Education\" & 'Friends'", position: "Director </text><script>alert(1)</script>",
                                  supervises: ["R&D Lead (2)", "Bell\u{07}Ringer"], dottedLines: ["Town's \"IT\" <Office>"])

    static func texts(_ element: XMLElement) -> [String] {
        SVGReading.elements("text", in: element).compactMap(\.stringValue)
    }

    @Test func theSVGIsWellFormedXMLWithEveryTitleEscaped() throws {
        let layout = OrgChartLayout(Self.hostile)
        let svg = OrgChartSVG.markup(layout, description: Self.hostile.summary)
        let root = try SVGReading.parse(svg)
        #expect(root.name == "svg")
        #expect(SVGReading.attribute("role", of: root) == "img")
        // The text reads back exactly as it went in, a forbidden control character aside.
        let lines = layout.boxes.flatMap(\.lines).map { $0.text.replacingOccurrences(of: "\u{07}", with: "\u{FFFD}") }
        #expect(Self.texts(root) == lines)
        #expect(Self.texts(root).joined(separator: " ").contains("Board <of> \"Education\" & 'Friends'"))
        let description = try #require(root.elements(forName: "desc").first?.stringValue)
        #expect(description.hasPrefix("Director </text><script>alert(1)</script> (this position) reports to Board <of>"))
        #expect(root.elements(forName: "title").first?.stringValue == "Organization chart")
        #expect(!svg.contains("<script>") && !svg.contains("\u{07}"))
        #expect(root.elements(forName: "script").isEmpty)
    }

    @Test func boxesAndLinesAreDrawnAsTheLayoutPlacesThem() throws {
        let chart = OrgChart(reportsTo: "Superintendent of Schools", position: "Director of Technology",
                             supervises: ["Network Administrator (1)", "Help Desk Technician (2)"], dottedLines: ["Town Manager"])
        let layout = OrgChartLayout(chart)
        let root = try SVGReading.parse(OrgChartSVG.markup(layout, description: chart.summary))
        let rects = SVGReading.elements("rect", in: root)
        #expect(rects.count == layout.boxes.count)
        for (rect, box) in zip(rects, layout.boxes) {
            #expect(SVGReading.attribute("x", of: rect) == SVGMarkup.number(box.rect.x))
            #expect(SVGReading.attribute("stroke-width", of: rect) == (box.kind == .position ? "3" : "1"))
        }
        let paths = SVGReading.elements("path", in: root)
        #expect(paths.count == layout.connectors.count)
        #expect(paths.filter { SVGReading.attribute("stroke-dasharray", of: $0) != nil }.count == 1)
        let first = layout.connectors[0].points
        #expect(SVGReading.attribute("d", of: paths[0])
                == "M\(SVGMarkup.number(first[0].x)) \(SVGMarkup.number(first[0].y)) L\(SVGMarkup.number(first[1].x)) \(SVGMarkup.number(first[1].y))")
        #expect(SVGReading.attribute("viewBox", of: root) == "0 0 \(Int(layout.width.rounded(.up))) \(Int(layout.height.rounded(.up)))")
    }

    @Test func theSummaryNamesEveryRelation() {
        let chart = OrgChart(reportsTo: "Superintendent of Schools", position: "Director of Technology",
                             supervises: ["Network Administrator (1)", "Data Manager (1)", "Help Desk Technician (2)"], dottedLines: ["Town Manager"])
        #expect(chart.summary == "Director of Technology (this position) reports to Superintendent of Schools, has a dotted line to Town Manager "
                + "and supervises Network Administrator (1), Data Manager (1) and Help Desk Technician (2).")
        #expect(OrgChart(reportsTo: nil, position: "Director", supervises: ["Clerk (1)"], dottedLines: []).summary
                == "Director (this position) supervises Clerk (1).")
    }

    @Test func numbersHaveOneFixedDecimal() {
        #expect(SVGMarkup.number(12) == "12.0")
        #expect(SVGMarkup.number(7.25) == "7.3")
        #expect(SVGMarkup.number(-0.04) == "0.0")
        #expect(SVGMarkup.number(-3.21) == "-3.2")
        #expect(SVGMarkup.number(.nan) == "0.0")
    }

    @Test func theHTMLPostingDrawsTheChartAndTheJSONLDKeepsItAsText() throws {
        let html = try Fixtures.renderer.render(.posting, draft: Fixtures.example, options: RenderOptions(format: .html))
        let start = try #require(html.range(of: "<figure class=\"org-chart\" style=\"margin:1rem 0\">\n<svg")), end = try #require(html.range(of: "</svg>\n</figure>"))
        let root = try SVGReading.parse(String(html[html.index(start.upperBound, offsetBy: -4)..<end.lowerBound]) + "</svg>")
        #expect(Self.texts(root).contains("Superintendent of Schools"))
        #expect(!html.contains("<pre class=\"org-chart\""))
        let jsonLD = try Fixtures.renderer.render(.posting, draft: Fixtures.example, options: RenderOptions(format: .jsonld))
        #expect(!jsonLD.contains("svg"))
        #expect(jsonLD.contains("pre class=\\\"org-chart\\\""))
        let script = try #require(html.range(of: "<script type=\"application/ld+json\">")).upperBound
        #expect(!html[script..<start.lowerBound].contains("svg"), "the JSON-LD inside the page keeps the text chart too")
    }

    @Test func aGlossaryTermIsNeverSpelledOutInsideAPicture() {
        let spelling = GlossarySpelling(entries: [GlossaryEntry(term: "SIS", expansion: "student information system")], format: .html)
        let page = "<figure><svg><text>Data and SIS Manager</text></svg></figure>\n<p>The SIS holds grades.</p>"
        #expect(spelling.apply(to: page)
                == "<figure><svg><text>Data and SIS Manager</text></svg></figure>\n<p>The student information system (SIS) holds grades.</p>")
        // Word's drawn chart likewise: its boxes are sized for their titles as they are.
        let word = GlossarySpelling(entries: [GlossaryEntry(term: "SIS", expansion: "student information system")], format: .docx)
        let body = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wpg\"><w:t>Data and SIS Manager</w:t></mc:Choice></mc:AlternateContent></w:r></w:p>\n"
            + "<w:p><w:r><w:t>The SIS holds grades.</w:t></w:r></w:p>"
        #expect(word.apply(to: body) == body.replacingOccurrences(of: "The SIS", with: "The student information system (SIS)"))
    }
}
