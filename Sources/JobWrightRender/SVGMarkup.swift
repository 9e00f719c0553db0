/// The small pieces every inline SVG picture is written with: escaped text, numbers with one
/// fixed decimal (so the same picture is always the same bytes), and the opening tag that makes
/// a picture an image with a name and a description for screen readers.
enum SVGMarkup {
    /// Text for an element or an attribute value: `& < > " '` escaped as in HTML, and the
    /// control characters XML or HTML does not allow replaced by U+FFFD.
    static func escape(_ text: String) -> String {
        text.replacingCharactersXMLForbids(andC1: true).markupEscaped
    }

    /// 12.0, 7.5, -3.2: rounded to one decimal, always written with it.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0.0" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// `<svg ...>` with its `<title>` and `<desc>`: `role="img"` makes the picture one image
    /// whose name is the title and whose description is the desc. It scales down to fit a
    /// narrow page; the text stays in `<text>` elements, so it can be found and copied.
    /// Its size is rounded up to whole units (HTML wants whole numbers there).
    static func open(width: Double, height: Double, title: String, description: String) -> String {
        let width = Int(width.rounded(.up)), height = Int(height.rounded(.up))
        return """
        <svg xmlns="http://www.w3.org/2000/svg" role="img" width="\(width)" height="\(height)" \
        viewBox="0 0 \(width) \(height)" style="max-width:100%;height:auto">
        <title>\(escape(title))</title>
        <desc>\(escape(description))</desc>

        """
    }

    /// The font every picture writes in; `TextMeasure` estimates widths for it.
    static let fontFamily = "Arial, Helvetica, sans-serif"

}

extension SVGMarkup {
    /// Lines of text, one `<text>` each, centred as a block on `middle` (capitals centred on it).
    static func lines(_ lines: [String], x: Double, middle: Double, lineHeight: Double, fontSize: Double, attributes: String = "") -> String {
        let first = middle - Double(lines.count - 1) * lineHeight / 2 + 0.35 * fontSize
        return lines.enumerated().map { index, line in
            "<text x=\"\(number(x))\" y=\"\(number(first + Double(index) * lineHeight))\"\(attributes)>\(escape(line))</text>\n"
        }.joined()
    }
}
