import JobWrightRender

/// An org chart's layout drawn as Word shapes (DrawingML) for the Word posting: one inline group
/// of rectangles with their titles in text boxes, and one line per connector (dashed for dotted
/// lines), placed as `OrgChartSVG` places them for HTML, so the chart reads the same printed in
/// black and white. The titles stay text, for a screen reader and any converter; the group's
/// alternative text is the chart's summary sentence; a reader older than Word 2010, which knows
/// no shape groups, gets the chart as lines of text instead.
public enum OrgChartDrawingML {
    /// One unit of the layout (a CSS pixel, 1/96 inch) in English Metric Units.
    static let emuPerUnit = 9525.0
    /// The posting's text column (US Letter less 0.75-inch margins: 7 inches) in EMUs.
    static let textColumnWidth = 7 * 914_400

    /// The paragraph that holds the chart, centred in the text column.
    public static func paragraph(_ chart: OrgChart, ascii: Bool) -> String {
        let layout = OrgChartLayout(chart)
        return #"<w:p><w:pPr><w:keepLines/><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/></w:pPr><w:r>"#
            + "<mc:AlternateContent>"
            + #"<mc:Choice Requires="wpg">"# + drawing(layout, description: chart.summary) + "</mc:Choice>"
            + "<mc:Fallback>" + fallback(chart.lines(ascii: ascii, width: 0)) + "</mc:Fallback>"
            + "</mc:AlternateContent></w:r></w:p>"
    }

    /// How much the layout is shrunk to fit the text column (1 when it fits as it is).
    static func scale(_ layout: OrgChartLayout) -> Double {
        min(1, Double(textColumnWidth) / (layout.width * emuPerUnit))
    }

    /// The inline drawing: the group, its size and its alternative text.
    static func drawing(_ layout: OrgChartLayout, description: String) -> String {
        let units = Units(scale: scale(layout))
        let cx = units.emu(layout.width), cy = units.emu(layout.height)
        var xml = #"<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">"#
            + #"<wp:extent cx="\#(cx)" cy="\#(cy)"/><wp:effectExtent l="0" t="0" r="0" b="0"/>"#
            + #"<wp:docPr id="1" name="Organization chart" descr="\#(description.markupEscaped)"/><wp:cNvGraphicFramePr/>"#
            + #"<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/>"#
            + #"<wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="\#(cx)" cy="\#(cy)"/><a:chOff x="0" y="0"/><a:chExt cx="\#(cx)" cy="\#(cy)"/></a:xfrm></wpg:grpSpPr>"#
        // Shape ids follow the drawing's own (1); lines first, so that the boxes lie over their ends.
        var id = 2
        for connector in layout.connectors {
            xml += line(connector, id: id, units: units)
            id += 1
        }
        for box in layout.boxes {
            xml += shape(box, id: id, units: units, metrics: layout.metrics)
            id += 1
        }
        return xml + "</wpg:wgp></a:graphicData></a:graphic></wp:inline></w:drawing>"
    }

    /// The layout's units at the chart's scale, in EMUs, twentieths of a point and half-points.
    struct Units {
        var scale: Double
        func emu(_ units: Double) -> Int { Int((units * scale * OrgChartDrawingML.emuPerUnit).rounded()) }
        /// 1 unit = 3/4 point = 15 twentieths of a point.
        func twips(_ units: Double) -> Int { Int((units * scale * 15).rounded()) }
        func halfPoints(_ units: Double) -> Int { Int((units * scale * 1.5).rounded()) }
    }

    private static let black = #"<a:solidFill><a:srgbClr val="000000"/></a:solidFill>"#

    private static func transform(x: Double, y: Double, width: Double, height: Double, units: Units) -> String {
        #"<a:xfrm><a:off x="\#(units.emu(x))" y="\#(units.emu(y))"/><a:ext cx="\#(units.emu(width))" cy="\#(units.emu(height))"/></a:xfrm>"#
    }

    /// A box: a rectangle, this position's with a thick border and a light grey fill, its lines
    /// of text as the layout wrapped them (the title in one paragraph, the caption in another),
    /// centred in it.
    private static func shape(_ box: OrgChartLayout.Box, id: Int, units: Units, metrics: OrgChartLayout.Metrics) -> String {
        let rect = box.rect
        let isPosition = box.kind == .position
        let fill = isPosition ? "E8E8E8" : "FFFFFF"
        let border = units.emu(isPosition ? 3 : 1)
        var xml = #"<wps:wsp><wps:cNvPr id="\#(id)" name="Box \#(id)"/><wps:cNvSpPr/><wps:spPr>"#
            + transform(x: rect.x, y: rect.y, width: rect.width, height: rect.height, units: units)
            + #"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="\#(fill)"/></a:solidFill>"#
            + #"<a:ln w="\#(border)">\#(black)</a:ln></wps:spPr><wps:txbx><w:txbxContent>"#
        let titles = box.lines.filter { $0.style != .caption }, captions = box.lines.filter { $0.style == .caption }
        for group in [titles, captions] where !group.isEmpty {
            let style = group[0].style
            let isCaption = style == .caption
            let height = isCaption ? metrics.captionLineHeight : metrics.lineHeight
            let size = units.halfPoints(isCaption ? metrics.captionFontSize : metrics.fontSize)
            let look = (style == .emphasised ? "<w:b/>" : "") + (isCaption ? "<w:i/>" : "")
            let runProperties = "<w:rPr>\(look)<w:color w:val=\"000000\"/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/></w:rPr>"
            xml += #"<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="\#(units.twips(height))" w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>"#
            xml += group.map { "<w:r>\(runProperties)<w:t xml:space=\"preserve\">\($0.text.markupEscaped)</w:t></w:r>" }
                .joined(separator: "<w:r>\(runProperties)<w:br/></w:r>")
            xml += "</w:p>"
        }
        // Half the layout's side padding: Word's face is narrower than the layout's estimate, and
        // a line that wrapped once more would not fit the box's height.
        let inset = units.emu(metrics.paddingX / 2)
        return xml + #"</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="\#(inset)" tIns="0" rIns="\#(inset)" bIns="0" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>"#
    }

    /// A connector: a straight line between two points, or a path through its corners.
    private static func line(_ connector: OrgChartLayout.Connector, id: Int, units: Units) -> String {
        let xs = connector.points.map(\.x), ys = connector.points.map(\.y)
        let left = xs.min() ?? 0, top = ys.min() ?? 0
        let width = (xs.max() ?? 0) - left, height = (ys.max() ?? 0) - top
        var xml = #"<wps:wsp><wps:cNvPr id="\#(id)" name="Line \#(id)"/><wps:cNvSpPr/><wps:spPr>"#
            + transform(x: left, y: top, width: width, height: height, units: units)
        if connector.points.count == 2 {
            // Across or down only (the layout's lines are orthogonal), so never flipped.
            xml += #"<a:prstGeom prst="line"><a:avLst/></a:prstGeom>"#
        } else {
            let (w, h) = (units.emu(width), units.emu(height))
            let points = connector.points.enumerated().map { index, point in
                let element = index == 0 ? "moveTo" : "lnTo"
                return #"<a:\#(element)><a:pt x="\#(units.emu(point.x - left))" y="\#(units.emu(point.y - top))"/></a:\#(element)>"#
            }.joined()
            xml += #"<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="\#(w)" h="\#(h)" fill="none">\#(points)</a:path></a:pathLst></a:custGeom>"#
        }
        let dash = connector.kind == .dashed ? #"<a:prstDash val="dash"/>"# : ""
        return xml + #"<a:noFill/><a:ln w="\#(units.emu(1.5))">\#(black)\#(dash)</a:ln></wps:spPr><wps:bodyPr/></wps:wsp>"#
    }

    /// The chart's lines of text, for a reader that cannot draw the group.
    private static func fallback(_ lines: [String]) -> String {
        lines.map { #"<w:t xml:space="preserve">\#($0.markupEscaped)</w:t>"# }.joined(separator: "<w:br/>")
    }
}
