import CWidth

/// Terminal display width, measured with the C library's `wcwidth` (a CJK character takes two
/// columns, a combining accent none). Needs a UTF-8 LC_CTYPE: `DisplayWidth.prepareLocale()`.
public enum DisplayWidth {
    /// Switches LC_CTYPE to UTF-8 when the environment left it at "C" (CI, cron, tmux without LANG).
    @discardableResult
    public static func prepareLocale() -> Bool { cwidth_ensure_utf8_locale() == 1 }

    /// Columns one character takes.
    public static func of(_ character: Character) -> Int {
        if character.isASCII { return character == "\t" ? 1 : (character.asciiValue! < 32 ? 0 : 1) }
        var total = 0
        for scalar in character.unicodeScalars {
            let width = cwidth_wcwidth(scalar.value)
            if width > 0 { total += Int(width) }
        }
        return total
    }

    /// Columns a string takes.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// Pads with spaces on the right to `width` columns (never truncates).
    public static func pad(_ text: String, to width: Int) -> String {
        let missing = width - of(text)
        return missing > 0 ? text + String(repeating: " ", count: missing) : text
    }
}
