import JobWrightCore

/// The candidates' weighted totals as horizontal bars in ranked order, each bar's length its
/// share of the maximum possible, its value written at its end; an axis below from 0 to the
/// maximum. Dark grey bars outlined in black, so it prints in black and white.
enum TallyTotalsChart {
    static let fontSize = 12.0, lineHeight = 14.0, rowGap = 10.0
    static let labelWidth = 180.0, barLength = 300.0, valueWidth = 130.0, gap = 8.0, axisHeight = 28.0

    static func markup(_ tally: Tally) -> String {
        let measure = TextMeasure(fontSize: fontSize)
        let n = SVGMarkup.number
        let barX = labelWidth + gap
        var rows = ""
        var y = 4.0
        for result in tally.candidates {
            let label = measure.wrap("\(result.rank). \(result.candidate)", width: labelWidth)
            let height = max(20, Double(label.count) * lineHeight + 4)
            let share = result.maximum > 0 ? min(1, max(0, result.weightedTotal / result.maximum)) : 0
            let middle = y + height / 2
            rows += SVGMarkup.lines(label, x: labelWidth, middle: middle, lineHeight: lineHeight, fontSize: fontSize, attributes: " text-anchor=\"end\"")
            rows += "<rect x=\"\(n(barX))\" y=\"\(n(middle - 7))\" width=\"\(n(share * barLength))\" height=\"14.0\" fill=\"#555\" stroke=\"#000\"/>\n"
            rows += "<text x=\"\(n(barX + share * barLength + gap))\" y=\"\(n(middle + 0.35 * fontSize))\">"
                + SVGMarkup.escape(value(result)) + "</text>\n"
            y += height + rowGap
        }
        // The axis: 0, a quarter, half, three quarters and all of the maximum.
        let maximum = tally.candidates.first?.maximum ?? 0
        var axis = "<path d=\"M\(n(barX)) \(n(y)) L\(n(barX + barLength)) \(n(y))\" stroke=\"#000\" fill=\"none\"/>\n"
        for quarter in 0...4 {
            let x = barX + Double(quarter) / 4 * barLength
            axis += "<path d=\"M\(n(x)) \(n(y)) L\(n(x)) \(n(y + 5))\" stroke=\"#000\" fill=\"none\"/>\n"
            axis += "<text x=\"\(n(x))\" y=\"\(n(y + 18))\" text-anchor=\"middle\">\(Tally.number(maximum * Double(quarter) / 4))</text>\n"
        }
        let description = "Weighted totals in ranked order, out of a possible \(Tally.number(maximum)): "
            + tally.candidates.map { "\($0.rank). \($0.candidate), \(value($0))" }.joined(separator: "; ") + "."
        return SVGMarkup.open(width: labelWidth + gap + barLength + gap + valueWidth, height: y + axisHeight,
                              title: "Weighted totals", description: description)
            + "<g font-family=\"\(SVGMarkup.fontFamily)\" font-size=\"\(n(fontSize))\" fill=\"#000\">\n" + rows + axis + "</g>\n</svg>"
    }

    /// "21.5 of 28 (77%)".
    static func value(_ result: Tally.CandidateResult) -> String {
        "\(Tally.number(result.weightedTotal)) of \(Tally.number(result.maximum)) (\(TallyReport.percent(result))%)"
    }
}
