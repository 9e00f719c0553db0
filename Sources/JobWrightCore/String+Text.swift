extension String {
    /// nil for an empty or all-blank string, so templates and checks can leave out what was not filled in.
    public var nilIfBlank: String? {
        allSatisfy(\.isWhitespace) ? nil : self
    }

    /// One line with single spaces: folded YAML text can carry line breaks and double spaces.
    public var collapsingWhitespace: String {
        split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// Without leading and trailing white space (spaces, tabs, line breaks, form feeds).
    public var trimmingSpaces: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
