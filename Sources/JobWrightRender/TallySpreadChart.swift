import JobWrightCore

/// How far one candidate's interviewers agree, competency by competency: each row is the
/// rubric's scale with its ticks, each interviewer's score a marker of their own shape (named in
/// the legend), the range from lowest to highest a thick line and the mean a tall bar. A row the
/// tally flags for calibration has a grey band, a bold label and says so in words. Shapes, greys
/// and words carry the meaning, so it prints in black and white.
enum TallySpreadChart {
    static let fontSize = 12.0, lineHeight = 14.0
    static let labelWidth = 150.0, axisX = 162.0, axisLength = 180.0, noteX = 356.0
    /// How far apart markers of one value are set, one above the other.
    static let dodge = 9.0

    static func markup(_ result: Tally.CandidateResult, scale: ClosedRange<Double>) -> String {
        let n = SVGMarkup.number
        let interviewers = result.interviewerTotals.map(\.interviewer)
        let notes = result.competencies.map(note)
        let width = noteX + (zip(result.competencies, notes).map { TextMeasure(fontSize: fontSize, bold: $0.needsCalibration).width($1) }.max() ?? 0) + 4
        // Grey bands behind the flagged rows, then the scale's faint lines, then the rows.
        var bands = "", body = ""
        let (legend, legendHeight) = self.legend(interviewers, width: width)
        var y = legendHeight
        let ticks = tickValues(scale)
        func x(_ value: Double) -> Double {
            let span = scale.upperBound - scale.lowerBound
            return axisX + (span > 0 ? (min(max(value, scale.lowerBound), scale.upperBound) - scale.lowerBound) / span : 0) * axisLength
        }
        let rowsTop = y
        for (row, note) in zip(result.competencies, notes) {
            let flagged = row.needsCalibration
            let label = TextMeasure(fontSize: fontSize, bold: flagged).wrap(row.competency.name, width: labelWidth)
            let stacked = Dictionary(grouping: row.scores.values, by: { $0 }).values.map(\.count).max() ?? 1
            let height = max(34, Double(label.count) * lineHeight + 10, Double(stacked) * dodge + 16)
            let middle = y + height / 2
            let bold = flagged ? " font-weight=\"bold\"" : ""
            if flagged { bands += "<rect x=\"0.0\" y=\"\(n(y + 1))\" width=\"\(n(width))\" height=\"\(n(height - 2))\" fill=\"#e6e6e6\"/>\n" }
            body += SVGMarkup.lines(label, x: labelWidth, middle: middle, lineHeight: lineHeight, fontSize: fontSize, attributes: " text-anchor=\"end\"" + bold)
            body += "<path d=\"M\(n(axisX)) \(n(middle)) L\(n(axisX + axisLength)) \(n(middle))"
                + ticks.map { " M\(n(x($0))) \(n(middle - 4)) L\(n(x($0))) \(n(middle + 4))" }.joined() + "\" stroke=\"#888\" fill=\"none\"/>\n"
            if let low = row.scores.values.min(), let high = row.scores.values.max(), let mean = row.mean {
                body += "<path d=\"M\(n(x(low))) \(n(middle)) L\(n(x(high))) \(n(middle))\" stroke=\"#000\" stroke-width=\"3\" fill=\"none\"/>\n"
                body += "<path d=\"M\(n(x(mean))) \(n(middle - 10)) L\(n(x(mean))) \(n(middle + 10))\" stroke=\"#000\" stroke-width=\"2.5\" fill=\"none\"/>\n"
                var placed: [Double: Int] = [:]
                for (index, interviewer) in interviewers.enumerated() {
                    guard let score = row.scores[interviewer] else { continue }
                    let same = interviewers.filter { row.scores[$0] == score }.count
                    let offset = (Double(placed[score, default: 0]) - Double(same - 1) / 2) * dodge
                    placed[score, default: 0] += 1
                    body += Marker(index).markup(x: x(score), y: middle + offset)
                }
            }
            body += "<text x=\"\(n(noteX))\" y=\"\(n(middle + 0.35 * fontSize))\"\(bold)>\(SVGMarkup.escape(note))</text>\n"
            y += height
        }
        // The scale's numbers under the last row, with faint lines up through the rows.
        var grid = ""
        for tick in ticks {
            grid += "<path d=\"M\(n(x(tick))) \(n(rowsTop)) L\(n(x(tick))) \(n(y + 2))\" stroke=\"#bbb\" stroke-dasharray=\"2 3\" fill=\"none\"/>\n"
            body += "<text x=\"\(n(x(tick)))\" y=\"\(n(y + 16))\" text-anchor=\"middle\">\(Tally.number(tick))</text>\n"
        }
        return SVGMarkup.open(width: width, height: y + 22, title: "Interviewers' scores for \(result.candidate)",
                              description: description(result, interviewers: interviewers, scale: scale))
            + "<g font-family=\"\(SVGMarkup.fontFamily)\" font-size=\"\(n(fontSize))\" fill=\"#000\">\n" + legend + bands + grid + body + "</g>\n</svg>"
    }

    /// "mean 3.5, spread 1", "mean 3, spread 2: calibrate", "no scores".
    static func note(_ row: Tally.CompetencyResult) -> String {
        guard let mean = row.mean, let spread = row.spread else { return "no scores" }
        return "mean \(Tally.number(mean)), spread \(Tally.number(spread))" + (row.needsCalibration ? ": calibrate" : "")
    }

    /// Every value of the scale when it has ten steps or fewer, else about ten evenly spaced.
    static func tickValues(_ scale: ClosedRange<Double>) -> [Double] {
        let span = scale.upperBound - scale.lowerBound
        guard span > 0 else { return [scale.lowerBound] }
        let step = span <= 10 ? 1 : (span / 10).rounded(.up)
        return Array(stride(from: scale.lowerBound, through: scale.upperBound + 1e-9, by: step))
    }

    /// Each interviewer's marker and name, then the mean and the range, in lines as wide as the chart.
    private static func legend(_ interviewers: [String], width: Double) -> (markup: String, height: Double) {
        let n = SVGMarkup.number
        let measure = TextMeasure(fontSize: fontSize)
        var markup = "", x = 6.0, y = 12.0
        func item(_ name: String, symbol: (Double, Double) -> String) {
            let itemWidth = 16 + measure.width(name) + 18
            if x > 6 && x + itemWidth > width { x = 6; y += 20 }
            markup += symbol(x + 5, y)
            markup += "<text x=\"\(n(x + 14))\" y=\"\(n(y + 0.35 * fontSize))\">\(SVGMarkup.escape(name))</text>\n"
            x += itemWidth
        }
        for (index, interviewer) in interviewers.enumerated() {
            item(interviewer) { Marker(index).markup(x: $0, y: $1) }
        }
        item("mean") { "<path d=\"M\(n($0)) \(n($1 - 8)) L\(n($0)) \(n($1 + 8))\" stroke=\"#000\" stroke-width=\"2.5\" fill=\"none\"/>\n" }
        item("range") { "<path d=\"M\(n($0 - 5)) \(n($1)) L\(n($0 + 7)) \(n($1))\" stroke=\"#000\" stroke-width=\"3\" fill=\"none\"/>\n" }
        return (markup, y + 16)
    }

    /// The chart in words: "A. Rivera on the scale 1-4. Data: J. Doe 4, K. Lee 3; mean 3.5, spread 1. ..."
    static func description(_ result: Tally.CandidateResult, interviewers: [String], scale: ClosedRange<Double>) -> String {
        var parts = ["\(result.candidate), each interviewer's score per competency on the scale \(Tally.number(scale.lowerBound))-\(Tally.number(scale.upperBound))."]
        for row in result.competencies {
            let scores = interviewers.compactMap { name in row.scores[name].map { "\(name) \(Tally.number($0))" } }
            guard let mean = row.mean, let spread = row.spread else { parts.append("\(row.competency.name): no scores."); continue }
            parts.append("\(row.competency.name): \(scores.joined(separator: ", ")); mean \(Tally.number(mean)), spread \(Tally.number(spread))"
                         + (row.needsCalibration ? ", calibration needed." : "."))
        }
        return parts.joined(separator: " ")
    }
}

/// An interviewer's marker: six shapes, outlined white and then filled black, so twelve
/// interviewers each have their own without colour.
struct Marker {
    let index: Int
    init(_ index: Int) { self.index = index }

    func markup(x: Double, y: Double) -> String {
        let n = SVGMarkup.number
        let filled = (index / 6) % 2 == 1
        let look = "fill=\"\(filled ? "#000" : "#fff")\" stroke=\"#000\" stroke-width=\"1.5\""
        func polygon(_ points: [(Double, Double)]) -> String {
            "<polygon points=\"" + points.map { "\(n(x + $0.0)),\(n(y + $0.1))" }.joined(separator: " ") + "\" \(look)/>\n"
        }
        switch index % 6 {
        case 0: return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4.5\" \(look)/>\n"
        case 1: return "<rect x=\"\(n(x - 4))\" y=\"\(n(y - 4))\" width=\"8.0\" height=\"8.0\" \(look)/>\n"
        case 2: return polygon([(0, -5.5), (5, 3.5), (-5, 3.5)])
        case 3: return polygon([(0, -5.5), (5.5, 0), (0, 5.5), (-5.5, 0)])
        case 4: return polygon([(0, 5.5), (5, -3.5), (-5, -3.5)])
        default:
            let d = filled ? "M\(n(x - 5)) \(n(y)) L\(n(x + 5)) \(n(y)) M\(n(x)) \(n(y - 5)) L\(n(x)) \(n(y + 5))"
                : "M\(n(x - 4)) \(n(y - 4)) L\(n(x + 4)) \(n(y + 4)) M\(n(x - 4)) \(n(y + 4)) L\(n(x + 4)) \(n(y - 4))"
            return "<path d=\"\(d)\" stroke=\"#000\" stroke-width=\"2\" fill=\"none\"/>\n"
        }
    }
}
