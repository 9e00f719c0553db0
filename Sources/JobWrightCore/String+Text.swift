extension String {
    /// nil for an empty or all-blank string, so templates and checks can leave out what was not filled in.
    public var nilIfBlank: String? {
        allSatisfy(\.isWhitespace) ? nil : self
    }

    /// One line with single spaces: folded YAML text can carry line breaks and double spaces.
    public var collapsingWhitespace: String {
        // ASCII text without carriage returns has one Character per byte: done on the bytes.
        if !utf8.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
            if Self.hasCollapsedSpacing(utf8) { return self }
            var output: [UInt8] = []
            output.reserveCapacity(utf8.count)
            var pendingSpace = false
            for byte in utf8 {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                    pendingSpace = !output.isEmpty
                } else {
                    if pendingSpace { output.append(0x20); pendingSpace = false }
                    output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
        return split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// True when ASCII text has no tab or line break, no space at either end and no two spaces
    /// in a row: `collapsingWhitespace` would give it back as it is (a catalog bullet's text).
    private static func hasCollapsedSpacing(_ utf8: String.UTF8View) -> Bool {
        guard utf8.first != 0x20, utf8.last != 0x20 else { return false }
        var previousSpace = false
        for byte in utf8 {
            if byte == 0x0A || byte == 0x09 || (byte == 0x20 && previousSpace) { return false }
            previousSpace = byte == 0x20
        }
        return true
    }

    /// Without leading and trailing white space (spaces, tabs, line breaks, form feeds).
    public var trimmingSpaces: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
