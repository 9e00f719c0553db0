extension String {
    /// The text as HTML or XML text or attribute value: `& < > " '` escaped as Mustache's HTML
    /// content type escapes them, so a glossary expansion or a Word file's property reads like
    /// the template's own values.
    public var markupEscaped: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
