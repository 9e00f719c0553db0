/// Visible stand-ins for control characters (Unicode's Control Pictures block): pasted text
/// that holds an Esc shows "␛" where it was, instead of the Esc reaching the terminal or the
/// character vanishing unseen.
public enum ControlPictures {
    /// The picture of a control character (C0 other than tab and line breaks, DEL, C1), or nil.
    public static func picture(for scalar: Unicode.Scalar) -> Character? {
        switch scalar.value {
        case 0x00...0x1F: Character(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: "\u{2421}"
        case 0x80...0x9F: "\u{FFFD}"
        default: nil
        }
    }

    /// The text with every control character shown as its picture, except those in `keeping`
    /// (tab and line feed, unless told otherwise); the text itself when it holds none.
    public static func visible(_ text: String, keeping: Set<Unicode.Scalar> = ["\t", "\n"]) -> String {
        func hidden(_ scalar: Unicode.Scalar) -> Character? {
            keeping.contains(scalar) ? nil : picture(for: scalar)
        }
        guard text.unicodeScalars.contains(where: { hidden($0) != nil }) else { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            if let picture = hidden(scalar) { output.append(picture) } else { output.unicodeScalars.append(scalar) }
        }
        return output
    }

    /// Whether a scalar is one of the pictures `picture(for:)` gives (U+FFFD aside, which text
    /// from elsewhere also uses for bytes it could not decode).
    public static func isPicture(_ scalar: Unicode.Scalar) -> Bool {
        (0x2400...0x241F).contains(scalar.value) || scalar.value == 0x2421
    }
}
