/// Control characters other than tab and line feed (and carriage return, a line ending) reach a
/// terminal or printer as commands: text a user wrote is refused where it holds one.
public enum ControlCharacters {
    /// The first one in a text, with its line and column (1-based). Lines end at LF, CRLF or a
    /// lone CR, as the CSV reader counts them.
    public static func first(in text: String) -> (line: Int, column: Int, value: UInt32)? {
        var line = 1, column = 1
        var afterCR = false
        for scalar in text.unicodeScalars {
            if YAMLDocument.isForbidden(scalar) && scalar != "\r" { return (line, column, scalar.value) }
            switch scalar {
            case "\n": if !afterCR { line += 1 }; column = 1
            case "\r": line += 1; column = 1
            default: column += 1
            }
            afterCR = scalar == "\r"
        }
        return nil
    }

    /// "U+001B", as messages name a character.
    public static func name(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
