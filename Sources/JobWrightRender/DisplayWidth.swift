import CWidth

/// Terminal display width, measured with the C library's `wcwidth` (a CJK character takes two
/// columns, a combining accent none). Needs a UTF-8 LC_CTYPE: `DisplayWidth.prepareLocale()`.
public enum DisplayWidth {
    /// Switches LC_CTYPE to UTF-8 when the environment left it at "C" (CI, cron, tmux without LANG).
    @discardableResult
    public static func prepareLocale() -> Bool { cwidth_ensure_utf8_locale() == 1 }

    /// Columns one character takes: the sum over its scalars (a combining accent adds nothing).
    public static func of(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars { total += of(scalar) }
        return total
    }

    /// Columns a string takes. ASCII text (most of a posting) is counted from its bytes.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for byte in text.utf8 {
            guard byte < 0x80 else { return ofScalars(text) }
            if (byte >= 0x20 && byte < 0x7F) || byte == 0x09 { total += 1 }
        }
        return total
    }

    private static func ofScalars<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += of(scalar) }
        return total
    }

    @inline(__always)
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 || value == 0x09 ? 1 : 0 }
        let width = cwidth_wcwidth(value)
        return width > 0 ? Int(width) : 0
    }

    /// Cuts text to fit `width` columns, ending with "…" so the cut shows (never splits a wide
    /// character); text that fits is returned whole. ASCII output turns the "…" into "...".
    public static func truncate(_ text: String, to width: Int, ascii: Bool = false) -> String {
        guard of(text) > width else { return text }
        let ellipsis = ascii ? "..." : "…"
        // Printable ASCII is a column a byte, so the cut is a count of bytes (the import report
        // cuts a hundred lines this way, and a character at a time took 50,000 instructions each).
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return String(decoding: text.utf8.prefix(max(0, width - of(ellipsis))), as: UTF8.self) + ellipsis
        }
        return truncatedByCharacters(text, to: width, ellipsis: ellipsis)
    }

    /// `truncate` a character at a time: what any text needs.
    static func truncatedByCharacters(_ text: String, to width: Int, ellipsis: String) -> String {
        var result = ""
        var used = 0
        for character in text {
            let columns = of(character)
            if used + columns > width - of(ellipsis) { break }
            result.append(character)
            used += columns
        }
        return result + ellipsis
    }

    /// Pads with spaces on the right to `width` columns (never truncates).
    public static func pad(_ text: String, to width: Int) -> String {
        let missing = width - of(text)
        return missing > 0 ? text + String(repeating: " ", count: missing) : text
    }
}
