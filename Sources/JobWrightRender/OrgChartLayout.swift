/// Where an org chart's boxes and lines go, in abstract units (one unit prints as one CSS pixel):
/// the reports-to box on top, this position's box below it, dotted-line relations in boxes at
/// its sides, and the supervised roles in rows below, joined by an orthogonal tree of lines.
/// Text is wrapped to fit its box by `TextMeasure`'s estimate. The layout knows nothing of how
/// it is drawn: `OrgChartSVG` draws it for HTML, and any other drawing can read the same values.
public struct OrgChartLayout: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public var x, y: Double
    }

    public struct Rect: Sendable, Equatable {
        public var x, y, width, height: Double
        public var maxX: Double { x + width }
        public var maxY: Double { y + height }
        public var midX: Double { x + width / 2 }
        public var midY: Double { y + height / 2 }

        /// Whether the two rectangles share any area (touching edges do not count).
        public func overlaps(_ other: Rect) -> Bool {
            x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
        }
    }

    /// One line of text in a box, centred on the box at `baseline`.
    public struct Line: Sendable, Equatable {
        public enum Style: Sendable, Equatable {
            /// A role's title; `emphasised` for this position's own title.
            case title, emphasised
            /// A small note under the title: "this position", "dotted line".
            case caption
        }
        public var text: String
        public var style: Style
        public var baseline: Double
    }

    public struct Box: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case reportsTo, position, dottedLine, supervised }
        public var kind: Kind
        /// The role's title, whole (the lines hold it wrapped).
        public var title: String
        public var rect: Rect
        public var lines: [Line]
    }

    /// A line from one box's edge to another's, through its corner points.
    public struct Connector: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case solid, dashed }
        public var kind: Kind
        /// Indexes into `boxes`.
        public var from, to: Int
        public var points: [Point]
    }

    /// Sizes and spacing, in the picture's units.
    public struct Metrics: Sendable, Equatable {
        public var fontSize = 13.0, lineHeight = 16.0
        public var captionFontSize = 11.0, captionLineHeight = 14.0
        public var paddingX = 10.0, paddingY = 7.0
        /// Between boxes side by side, between rows (the lines run there), between this position
        /// and a dotted-line box, and between dotted-line boxes stacked at one side.
        public var gapX = 16.0, gapY = 30.0, sideGap = 40.0, stackGap = 12.0
        /// The widest the whole chart may be, and the widest a box may be before its text wraps.
        public var maxWidth = 720.0, mainBoxWidth = 250.0, otherBoxWidth = 160.0, minBoxWidth = 110.0
        /// Room around the drawing so that the thick border is not clipped.
        public var margin = 2.0

        public init() {}

        public func measure(_ style: Line.Style) -> TextMeasure {
            switch style {
            case .title: TextMeasure(fontSize: fontSize)
            case .emphasised: TextMeasure(fontSize: fontSize, bold: true)
            case .caption: TextMeasure(fontSize: captionFontSize)
            }
        }

        func lineHeight(_ style: Line.Style) -> Double { style == .caption ? captionLineHeight : lineHeight }
    }

    public let metrics: Metrics
    public private(set) var width = 0.0
    public private(set) var height = 0.0
    public private(set) var boxes: [Box] = []
    public private(set) var connectors: [Connector] = []

    public init(_ chart: OrgChart, metrics: Metrics = Metrics()) {
        self.metrics = metrics
        let reportsTo = chart.reportsTo.map { content($0, style: .title, caption: nil, maxWidth: metrics.mainBoxWidth) }
        let position = content(chart.position, style: .emphasised, caption: "this position", maxWidth: metrics.mainBoxWidth)
        let dotted = chart.dottedLines.map { content($0, style: .title, caption: "dotted line", maxWidth: metrics.otherBoxWidth) }
        let right = Array(stride(from: 0, to: dotted.count, by: 2)), left = Array(stride(from: 1, to: dotted.count, by: 2))
        let grid = ChildGrid(chart.supervises, layout: self)

        // The chart is drawn around one vertical centre line, as wide on each side as its widest row.
        func side(_ column: [Int]) -> Double {
            column.isEmpty ? 0 : metrics.sideGap + column.map { dotted[$0].width }.max()!
        }
        let halfRows = [reportsTo.map { $0.width / 2 } ?? 0, grid.rowWidth / 2]
        let leftExtent = max(halfRows.max()!, position.width / 2 + side(left))
        let rightExtent = max(halfRows.max()!, position.width / 2 + side(right))
        let centre = metrics.margin + leftExtent
        width = leftExtent + rightExtent + 2 * metrics.margin

        var top = metrics.margin
        if let reportsTo {
            boxes.append(place(reportsTo, kind: .reportsTo, x: centre - reportsTo.width / 2, y: top, height: reportsTo.height))
            top += reportsTo.height + metrics.gapY
        }
        // This position's row: its box, with the dotted-line columns centred on it at either side.
        func columnHeight(_ column: [Int]) -> Double {
            column.reduce(0) { $0 + dotted[$1].height } + metrics.stackGap * Double(max(0, column.count - 1))
        }
        let rowHeight = max(position.height, columnHeight(left), columnHeight(right))
        let positionIndex = boxes.count
        boxes.append(place(position, kind: .position, x: centre - position.width / 2, y: top + (rowHeight - position.height) / 2,
                           height: position.height))
        if positionIndex > 0 { connectors.append(Connector(kind: .solid, from: 0, to: positionIndex, points: vertical(from: 0, to: positionIndex))) }
        for (column, isRight) in [(right, true), (left, false)] {
            var y = top + (rowHeight - columnHeight(column)) / 2
            for index in column {
                let box = dotted[index]
                let x = isRight ? boxes[positionIndex].rect.maxX + metrics.sideGap : boxes[positionIndex].rect.x - metrics.sideGap - box.width
                boxes.append(place(box, kind: .dottedLine, x: x, y: y, height: box.height))
                connectors.append(sideConnector(from: positionIndex, to: boxes.count - 1))
                y += box.height + metrics.stackGap
            }
        }
        top += rowHeight + metrics.gapY
        let firstBusY = top - metrics.gapY / 2
        for row in grid.rows {
            let busY = top - metrics.gapY / 2
            for (column, child) in row.enumerated() {
                boxes.append(place(child, kind: .supervised, x: centre - grid.width(of: row) / 2 + Double(column) * (grid.boxWidth + metrics.gapX),
                                   y: top, height: grid.height(of: row)))
                connectors.append(treeConnector(from: positionIndex, to: boxes.count - 1, centre: centre, firstBusY: firstBusY, busY: busY,
                                                spineX: grid.spineX(centre: centre)))
            }
            top += grid.height(of: row) + metrics.gapY
        }
        height = top - metrics.gapY + metrics.margin
    }

    /// A box's text before it is placed: its lines (styles only) and the size they need.
    struct Content {
        var title: String
        var lines: [(text: String, style: Line.Style)]
        var width, height: Double
    }

    /// The title wrapped to fit at most `maxWidth` (with padding), and an optional caption.
    func content(_ title: String, style: Line.Style, caption: String?, maxWidth: Double, fixedWidth: Double? = nil) -> Content {
        let measure = metrics.measure(style)
        let text = Self.keepingCountOnItsLine(title.collapsingWhitespace)
        let natural = max(measure.width(text), caption.map { metrics.measure(.caption).width($0) } ?? 0) + 2 * metrics.paddingX
        let width = fixedWidth ?? min(maxWidth, max(metrics.minBoxWidth, natural))
        var lines = measure.wrap(text, width: width - 2 * metrics.paddingX)
            .map { (text: String($0.map { $0 == "\u{00A0}" ? " " : $0 }), style: style) }
        if let caption { lines += metrics.measure(.caption).wrap(caption, width: width - 2 * metrics.paddingX).map { (text: $0, style: .caption) } }
        let height = lines.reduce(2 * metrics.paddingY) { $0 + metrics.lineHeight($1.style) }
        return Content(title: title, lines: lines, width: width, height: height)
    }

    /// "Help Desk Technician (2)" never wraps with "(2)" alone on the last line: the space
    /// before a closing count in brackets becomes a no-break space while the title is wrapped.
    static func keepingCountOnItsLine(_ title: String) -> String {
        guard title.hasSuffix(")"), let open = title.lastIndex(of: "("), open > title.startIndex,
              title[title.index(before: open)] == " ", title[title.index(after: open)..<title.index(before: title.endIndex)].allSatisfy(\.isNumber)
        else { return title }
        var glued = title
        glued.replaceSubrange(title.index(before: open)..<open, with: "\u{00A0}")
        return glued
    }

    /// The box at its place, its lines centred in it vertically.
    private func place(_ content: Content, kind: Box.Kind, x: Double, y: Double, height: Double) -> Box {
        let textHeight = content.lines.reduce(0) { $0 + metrics.lineHeight($1.style) }
        var lineTop = y + (height - textHeight) / 2
        var lines: [Line] = []
        for line in content.lines {
            let lineHeight = metrics.lineHeight(line.style)
            // The capitals' middle on the line's middle.
            let fontSize = line.style == .caption ? metrics.captionFontSize : metrics.fontSize
            lines.append(Line(text: line.text, style: line.style, baseline: lineTop + (lineHeight + 0.7 * fontSize) / 2))
            lineTop += lineHeight
        }
        return Box(kind: kind, title: content.title, rect: Rect(x: x, y: y, width: content.width, height: height), lines: lines)
    }

    /// Straight down from one box's bottom middle to the next's top middle.
    private func vertical(from: Int, to: Int) -> [Point] {
        let upper = boxes[from].rect, lower = boxes[to].rect
        return [Point(x: upper.midX, y: upper.maxY), Point(x: upper.midX, y: lower.y)]
    }

    /// From this position's side to a dotted-line box: straight across when the box's middle is
    /// level with this position's box, else across, up or down in the gap, and across again.
    private func sideConnector(from: Int, to: Int) -> Connector {
        let position = boxes[from].rect, box = boxes[to].rect
        let isRight = box.x > position.x
        let startX = isRight ? position.maxX : position.x, endX = isRight ? box.x : box.maxX
        let inset = min(8, position.height / 4)
        let points: [Point]
        if box.midY >= position.y + inset && box.midY <= position.maxY - inset {
            points = [Point(x: startX, y: box.midY), Point(x: endX, y: box.midY)]
        } else {
            let midX = (startX + endX) / 2
            points = [Point(x: startX, y: position.midY), Point(x: midX, y: position.midY), Point(x: midX, y: box.midY), Point(x: endX, y: box.midY)]
        }
        return Connector(kind: .dashed, from: from, to: to, points: points)
    }

    /// From this position's bottom middle down to the first row's bus line; for a later row on
    /// down the spine, which runs in a gap between the columns of the full rows above, to that
    /// row's bus line; then along it and down to the box's top middle.
    private func treeConnector(from: Int, to: Int, centre: Double, firstBusY: Double, busY: Double, spineX: Double) -> Connector {
        let position = boxes[from].rect, box = boxes[to].rect
        var points = [Point(x: centre, y: position.maxY), Point(x: centre, y: firstBusY)]
        if busY > firstBusY { points += [Point(x: spineX, y: firstBusY), Point(x: spineX, y: busY)] }
        points += [Point(x: box.midX, y: busY), Point(x: box.midX, y: box.y)]
        return Connector(kind: .solid, from: from, to: to, points: Self.simplified(points))
    }

    /// Without repeated points and without points in the middle of a straight run.
    static func simplified(_ points: [Point]) -> [Point] {
        var result: [Point] = []
        for point in points where result.last != point {
            if result.count >= 2 {
                let a = result[result.count - 2], b = result[result.count - 1]
                if (a.x == b.x && b.x == point.x) || (a.y == b.y && b.y == point.y) { result.removeLast() }
            }
            result.append(point)
        }
        return result
    }
}

/// The supervised roles in rows of boxes of one width: as many to a row as fit the chart's
/// width, the rows balanced (seven roles make rows of four and three, not six and one). Every
/// row but the last is full, so their columns line up and leave gaps for the spine.
struct ChildGrid {
    private(set) var rows: [[OrgChartLayout.Content]] = []
    private(set) var boxWidth = 0.0
    private(set) var perRow = 0
    let gapX: Double

    init(_ titles: [String], layout: OrgChartLayout) {
        let metrics = layout.metrics
        gapX = metrics.gapX
        guard !titles.isEmpty else { return }
        boxWidth = titles.map { layout.content($0, style: .title, caption: nil, maxWidth: metrics.otherBoxWidth).width }.max()!
        let fit = max(1, Int((metrics.maxWidth - 2 * metrics.margin + gapX) / (boxWidth + gapX)))
        let rowCount = (titles.count + fit - 1) / fit
        perRow = (titles.count + rowCount - 1) / rowCount
        let contents = titles.map { layout.content($0, style: .title, caption: nil, maxWidth: boxWidth, fixedWidth: boxWidth) }
        rows = stride(from: 0, to: contents.count, by: perRow).map { Array(contents[$0..<min($0 + perRow, contents.count)]) }
    }

    /// The width of a full row.
    var rowWidth: Double { width(ofBoxes: perRow) }

    func width(of row: [OrgChartLayout.Content]) -> Double { width(ofBoxes: row.count) }

    private func width(ofBoxes count: Int) -> Double { count == 0 ? 0 : Double(count) * boxWidth + Double(count - 1) * gapX }

    /// A row's boxes all take the height of its tallest.
    func height(of row: [OrgChartLayout.Content]) -> Double { row.map(\.height).max() ?? 0 }

    /// Where the line to the lower rows runs down: the gap at the centre when a full row has an
    /// even number of boxes, else the gap right of the middle box.
    func spineX(centre: Double) -> Double {
        perRow % 2 == 0 ? centre : centre + boxWidth / 2 + gapX / 2
    }
}
