@testable import JobWrightRender
import Testing

@Suite("Org chart layout")
struct OrgChartLayoutTests {
    typealias Layout = OrgChartLayout

    static let long = "Chief Information Officer and Assistant Superintendent for Digital Learning, Data Governance and Enterprise Infrastructure"
    static let roles = ["Network Administrator (1)", "Data and SIS Manager (1)", "Instructional Technology Specialist (4)",
                        "Help Desk Technician (2)", "Systems Engineer (1)", "Supercalifragilisticexpialidociousadministrator (1)",
                        "Library Media Specialist (3)", "Webmaster (1)", "Database Administrator (1)", "Trainer (2)"]

    /// Charts of every shape the posting can draw: with and without a reports-to box, with 0 to
    /// 10 supervised roles, with up to three dotted lines and with very long titles.
    static let charts: [OrgChart] = {
        var charts: [OrgChart] = []
        for count in [0, 1, 2, 3, 4, 5, 7, 10] {
            charts.append(OrgChart(reportsTo: "Superintendent of Schools", position: "Director of Technology",
                                   supervises: Array(roles.prefix(count)), dottedLines: []))
            charts.append(OrgChart(reportsTo: long, position: long, supervises: Array(roles.prefix(count)),
                                   dottedLines: ["Assistant Superintendent for Teaching and Learning", long, "Town Manager"]))
        }
        charts.append(OrgChart(reportsTo: nil, position: "Director of Technology", supervises: Array(roles.prefix(2)), dottedLines: []))
        charts.append(OrgChart(reportsTo: nil, position: "Director of Technology", supervises: Array(roles.prefix(7)), dottedLines: ["Town IT Director"]))
        return charts
    }()

    static func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 0.001 }

    /// On one of the rectangle's four sides.
    static func isOnEdge(_ point: Layout.Point, of rect: Layout.Rect) -> Bool {
        let withinX = point.x >= rect.x - 0.001 && point.x <= rect.maxX + 0.001
        let withinY = point.y >= rect.y - 0.001 && point.y <= rect.maxY + 0.001
        return (withinX && (near(point.y, rect.y) || near(point.y, rect.maxY))) || (withinY && (near(point.x, rect.x) || near(point.x, rect.maxX)))
    }

    /// Whether a horizontal or vertical segment passes through the inside of the rectangle.
    static func crosses(_ a: Layout.Point, _ b: Layout.Point, _ rect: Layout.Rect) -> Bool {
        let (minX, maxX) = (min(a.x, b.x), max(a.x, b.x)), (minY, maxY) = (min(a.y, b.y), max(a.y, b.y))
        return minX < rect.maxX - 0.001 && maxX > rect.x + 0.001 && minY < rect.maxY - 0.001 && maxY > rect.y + 0.001
    }

    @Test(arguments: charts.indices)
    func boxesDoNotOverlapAndStayInsideTheChart(_ index: Int) {
        let layout = Layout(Self.charts[index])
        for (i, box) in layout.boxes.enumerated() {
            #expect(box.rect.x >= 0 && box.rect.y >= 0 && box.rect.maxX <= layout.width && box.rect.maxY <= layout.height)
            for other in layout.boxes[(i + 1)...] {
                #expect(!box.rect.overlaps(other.rect), "\(box.title) overlaps \(other.title)")
            }
        }
        #expect(layout.width <= layout.metrics.maxWidth)
    }

    @Test(arguments: charts.indices)
    func everyConnectorRunsAtRightAnglesFromBoxEdgeToBoxEdgeAroundOtherBoxes(_ index: Int) {
        let layout = Layout(Self.charts[index])
        #expect(layout.connectors.count == layout.boxes.count - 1)
        for connector in layout.connectors {
            let from = layout.boxes[connector.from].rect, to = layout.boxes[connector.to].rect
            #expect(connector.points.count >= 2)
            #expect(Self.isOnEdge(connector.points.first!, of: from))
            #expect(Self.isOnEdge(connector.points.last!, of: to))
            for (a, b) in zip(connector.points, connector.points.dropFirst()) {
                #expect(Self.near(a.x, b.x) || Self.near(a.y, b.y), "a slanting segment \(a) to \(b)")
                for box in layout.boxes {
                    #expect(!Self.crosses(a, b, box.rect), "\(a) to \(b) runs through \(box.title)")
                }
            }
            #expect(connector.kind == (layout.boxes[connector.to].kind == .dottedLine ? .dashed : .solid))
        }
    }

    @Test(arguments: charts.indices)
    func everyLineOfTextFitsItsBoxByTheWidthEstimate(_ index: Int) {
        let layout = Layout(Self.charts[index])
        let metrics = layout.metrics
        for box in layout.boxes {
            for line in box.lines {
                #expect(metrics.measure(line.style).width(line.text) <= box.rect.width - 2 * metrics.paddingX, "\(line.text)")
                #expect(line.baseline > box.rect.y + metrics.paddingY && line.baseline < box.rect.maxY - metrics.paddingY / 2)
            }
            let baselines = box.lines.map(\.baseline)
            #expect(baselines == baselines.sorted())
        }
    }

    @Test func wrappedLinesKeepEveryWordOfTheTitleInOrder() {
        let layout = Layout(OrgChart(reportsTo: Self.long, position: "Director of Technology", supervises: Self.roles, dottedLines: []))
        for box in layout.boxes {
            let text = box.lines.filter { $0.style != .caption }.map(\.text).joined(separator: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
            if box.title.hasPrefix("Supercalifragilistic") {
                // A word wider than the box is cut into pieces.
                #expect(text.replacingOccurrences(of: " ", with: "") == box.title.replacingOccurrences(of: " ", with: ""))
                #expect(box.lines.count > 2)
            } else {
                #expect(text == box.title)
            }
        }
        #expect(layout.boxes[0].lines.count > 1, "the long reports-to title wraps")
    }

    @Test func aCountInBracketsIsNeverAloneOnTheLastLine() {
        let layout = Layout(OrgChart(reportsTo: nil, position: "Director", supervises: Self.roles, dottedLines: []))
        for box in layout.boxes { #expect(box.lines.last.map { !$0.text.hasPrefix("(") } ?? false, "\(box.lines.map(\.text))") }
    }

    @Test func theRolesStandInOrderFromTheReportsToBoxDown() {
        let layout = Layout(OrgChart(reportsTo: "Superintendent of Schools", position: "Director of Technology",
                                     supervises: Array(Self.roles.prefix(3)), dottedLines: ["Town Manager"]))
        #expect(layout.boxes.map(\.kind) == [.reportsTo, .position, .dottedLine, .supervised, .supervised, .supervised])
        let (boss, position, dotted) = (layout.boxes[0].rect, layout.boxes[1].rect, layout.boxes[2].rect)
        #expect(boss.maxY < position.y)
        #expect(Self.near(boss.midX, position.midX))
        #expect(dotted.x > position.maxX && dotted.midY > position.y && dotted.midY < position.maxY)
        for child in layout.boxes[3...] { #expect(child.rect.y > max(position.maxY, dotted.maxY)) }
        #expect(layout.boxes[1].lines.map(\.style) == [.emphasised, .caption])
        #expect(layout.boxes[1].lines.last?.text == "this position")
        #expect(layout.boxes[2].lines.last?.text == "dotted line")
    }

    @Test func manySupervisedRolesWrapIntoBalancedRowsUnderTheCentre() {
        let layout = Layout(OrgChart(reportsTo: "Superintendent of Schools", position: "Director of Technology",
                                     supervises: Array(Self.roles.prefix(7)), dottedLines: []))
        let children = layout.boxes.filter { $0.kind == .supervised }
        let rows = Dictionary(grouping: children, by: \.rect.y).sorted { $0.key < $1.key }.map(\.value)
        #expect(rows.map(\.count) == [4, 3])
        let centre = layout.boxes[1].rect.midX
        for row in rows {
            #expect(Self.near((row.first!.rect.x + row.last!.rect.maxX) / 2, centre))
            #expect(Set(row.map(\.rect.height)).count == 1, "a row's boxes are of one height")
        }
        let single = Layout(OrgChart(reportsTo: nil, position: "Director", supervises: Array(Self.roles.prefix(4)), dottedLines: []))
        #expect(Set(single.boxes.dropFirst().map(\.rect.y)).count == 1, "four roles fit one row")
    }

    @Test func aChartWithoutSupervisedRolesOrReportsToHasOnlyItsBoxes() {
        let alone = Layout(OrgChart(reportsTo: nil, position: "Director of Technology", supervises: [], dottedLines: []))
        #expect(alone.boxes.count == 1 && alone.connectors.isEmpty)
        #expect(Self.near(alone.height, alone.boxes[0].rect.height + 2 * alone.metrics.margin))
    }
}
