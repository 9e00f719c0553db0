/// An org chart's layout drawn as inline SVG for the HTML posting: black lines and text on white,
/// this position's box with a thick border and a light grey fill, dotted-line relations dashed
/// and captioned, so the chart reads the same printed in black and white.
public enum OrgChartSVG {
    public static func markup(_ layout: OrgChartLayout, description: String) -> String {
        var svg = SVGMarkup.open(width: layout.width, height: layout.height, title: "Organization chart", description: description)
        let n = SVGMarkup.number
        svg += "<g fill=\"none\" stroke=\"#000\" stroke-width=\"1.5\">\n"
        for connector in layout.connectors {
            let path = connector.points.enumerated().map { "\($0.offset == 0 ? "M" : "L")\(n($0.element.x)) \(n($0.element.y))" }.joined(separator: " ")
            svg += "<path d=\"\(path)\"\(connector.kind == .dashed ? " stroke-dasharray=\"6 4\"" : "")/>\n"
        }
        svg += "</g>\n<g stroke=\"#000\">\n"
        for box in layout.boxes {
            let rect = box.rect
            let look = box.kind == .position ? "fill=\"#e8e8e8\" stroke-width=\"3\"" : "fill=\"#fff\" stroke-width=\"1\""
            svg += "<rect x=\"\(n(rect.x))\" y=\"\(n(rect.y))\" width=\"\(n(rect.width))\" height=\"\(n(rect.height))\" rx=\"3\" \(look)/>\n"
        }
        svg += "</g>\n<g font-family=\"\(SVGMarkup.fontFamily)\" font-size=\"\(n(layout.metrics.fontSize))\" text-anchor=\"middle\" fill=\"#000\">\n"
        for box in layout.boxes {
            for line in box.lines {
                let look = switch line.style {
                case .title: ""
                case .emphasised: " font-weight=\"bold\""
                case .caption: " font-size=\"\(n(layout.metrics.captionFontSize))\" font-style=\"italic\""
                }
                svg += "<text x=\"\(n(box.rect.midX))\" y=\"\(n(line.baseline))\"\(look)>\(SVGMarkup.escape(line.text))</text>\n"
            }
        }
        return svg + "</g>\n</svg>"
    }
}
