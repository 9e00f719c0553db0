import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import JobWrightCore
import JobWrightDocx
import JobWrightRender
import Testing

/// The org chart drawn as Word shapes: read back as XML, one rectangle per box holding the box's
/// lines as text, one line per connector, everything inside a group that fits the text column.
@Suite("Org chart as Word shapes")
struct OrgChartDrawingMLTests {
    static let chart = OrgChart(reportsTo: "Superintendent of Schools", position: "Director of Technology",
                                supervises: ["Network Administrator (1)", "R&D <Lab> Lead (2)", "Help Desk Technician (2)"],
                                dottedLines: ["Assistant Superintendent for Teaching and Learning", "Town IT Director"])
    /// 7 inches, the posting's text column.
    static let textColumn = 6_400_800

    /// The namespace declarations of the Word posting's root element, as the template writes them.
    static let declarations: String = {
        let body = try! OpenedWordFile(try! WordFixtures.docx(.posting)).text("word/document.xml")
        let start = body.range(of: "<w:document ")!.upperBound
        return String(body[start..<body[start...].firstIndex(of: ">")!])
    }()

    /// The paragraph parsed inside a root that declares what the posting's root declares.
    static func parse(_ paragraph: String) throws -> XMLElement {
        let document = try XMLDocument(xmlString: "<w:document \(declarations)>\(paragraph)</w:document>", options: [])
        return try #require(document.rootElement())
    }

    static func elements(_ name: String, in element: XMLElement) -> [XMLElement] {
        ((try? element.nodes(forXPath: ".//*[name()='\(name)']")) ?? []).compactMap { $0 as? XMLElement }
    }

    static func attribute(_ name: String, of element: XMLElement) -> Int? {
        element.attributes?.first { $0.name == name }?.stringValue.flatMap { Int($0) }
    }

    /// The text of a box's shape: its paragraphs' runs, a line break read as a space.
    static func text(_ shape: XMLElement) -> String {
        elements("w:p", in: shape).map { paragraph in
            elements("w:r", in: paragraph).map { run in
                elements("w:br", in: run).isEmpty ? elements("w:t", in: run).compactMap(\.stringValue).joined() : " "
            }.joined()
        }.joined(separator: " ")
    }

    @Test func everyPrefixTheDrawingUsesIsDeclaredByThePostingsRoot() throws {
        let paragraph = OrgChartDrawingML.paragraph(Self.chart, ascii: false)
        let prefixes = Set(paragraph.matches(of: /<([a-z0-9]+):/).map { String($0.1) })
        #expect(prefixes == ["w", "mc", "wp", "a", "wps", "wpg"])
        for prefix in prefixes { #expect(Self.declarations.contains("xmlns:\(prefix)=\""), "\(prefix) is not declared") }
        #expect(WordPackageTests.isWellFormed("<w:document \(Self.declarations)>\(paragraph)</w:document>"))
    }

    @Test func oneShapePerBoxWithItsTextAndOneLinePerConnector() throws {
        let layout = OrgChartLayout(Self.chart)
        let root = try Self.parse(OrgChartDrawingML.paragraph(Self.chart, ascii: false))
        let choice = try #require(Self.elements("mc:Choice", in: root).first)
        #expect(choice.attributes?.first { $0.name == "Requires" }?.stringValue == "wpg")
        let group = try #require(Self.elements("wpg:wgp", in: choice).first)
        let shapes = Self.elements("wps:wsp", in: group)
        let boxes = shapes.filter { !Self.elements("wps:txbx", in: $0).isEmpty }
        let lines = shapes.filter { Self.elements("wps:txbx", in: $0).isEmpty }
        #expect(boxes.count == layout.boxes.count)
        #expect(boxes.map(Self.text) == layout.boxes.map { $0.lines.map(\.text).joined(separator: " ") })
        #expect(Self.text(boxes[1]) == "Director of Technology this position")
        #expect(Self.text(boxes[5]).hasPrefix("R&D <Lab>"))
        #expect(lines.count == layout.connectors.count)
        #expect(lines.filter { !Self.elements("a:prstDash", in: $0).isEmpty }.count == layout.connectors.filter { $0.kind == .dashed }.count)
        #expect(layout.connectors.filter { $0.kind == .dashed }.count == 2)
        // This position's box stands out: a thicker border and a grey fill.
        let borders = boxes.map { Self.attribute("w", of: Self.elements("a:ln", in: $0)[0]) ?? 0 }
        #expect(borders[1] == 3 * borders[0])
        #expect(Self.elements("a:srgbClr", in: boxes[1]).first?.attributes?.first?.stringValue == "E8E8E8")
        // Shape ids are unique and follow the drawing's own.
        let ids = ([try #require(Self.elements("wp:docPr", in: root).first)] + Self.elements("wps:cNvPr", in: group)).compactMap { Self.attribute("id", of: $0) }
        #expect(ids == Array(1...(1 + shapes.count)))
    }

    @Test func theGroupFitsTheTextColumnAndHoldsEveryShape() throws {
        let small = OrgChart(reportsTo: "Superintendent", position: "Director", supervises: [], dottedLines: [])
        for chart in [Self.chart, small] {
            let layout = OrgChartLayout(chart)
            let root = try Self.parse(OrgChartDrawingML.paragraph(chart, ascii: false))
            let extent = try #require(Self.elements("wp:extent", in: root).first)
            let width = try #require(Self.attribute("cx", of: extent)), height = try #require(Self.attribute("cy", of: extent))
            #expect(width <= Self.textColumn)
            // At 96 dots per inch, shrunk only when wider than the column.
            let natural = layout.width * 9525
            if natural > Double(Self.textColumn) {
                #expect(width == Self.textColumn)
            } else {
                #expect(width == Int(natural.rounded()))
            }
            #expect(abs(Double(height) / Double(width) - layout.height / layout.width) < 0.001)
            let group = try #require(Self.elements("wpg:grpSpPr", in: root).first)
            #expect(Self.elements("a:ext", in: group).first.flatMap { Self.attribute("cx", of: $0) } == width)
            for shape in Self.elements("wps:wsp", in: root) {
                let offset = try #require(Self.elements("a:off", in: shape).first), size = try #require(Self.elements("a:ext", in: shape).first)
                let x = try #require(Self.attribute("x", of: offset)), y = try #require(Self.attribute("y", of: offset))
                let cx = try #require(Self.attribute("cx", of: size)), cy = try #require(Self.attribute("cy", of: size))
                #expect(x >= 0 && y >= 0 && x + cx <= width && y + cy <= height, "a shape outside the group")
            }
        }
    }

    @Test func theAltTextIsTheSummaryAndOlderReadersGetTheChartAsText() throws {
        let root = try Self.parse(OrgChartDrawingML.paragraph(Self.chart, ascii: true))
        let properties = try #require(Self.elements("wp:docPr", in: root).first)
        #expect(properties.attributes?.first { $0.name == "descr" }?.stringValue == Self.chart.summary)
        let fallback = try #require(Self.elements("mc:Fallback", in: root).first)
        #expect(Self.elements("w:t", in: fallback).compactMap(\.stringValue) == Self.chart.lines(ascii: true, width: 0))
        #expect(Self.elements("w:br", in: fallback).count == Self.chart.lines(ascii: true, width: 0).count - 1)
    }
}
