/// A typeface as Word names it in a file: one family name, such as "Calibri" or "Times New
/// Roman", that Word looks up on the reader's machine (and replaces with a look-alike where it
/// is missing).
public enum FontName {
    /// Word keeps at most 31 characters of a font's name.
    public static let longest = 31

    /// Why a font name would not work in a Word file, or nil when it would. A blank name is no
    /// choice (Calibri), never a problem.
    public static func problem(_ name: String) -> String? {
        let trimmed = name.trimmingSpaces
        if trimmed.isEmpty { return nil }
        if trimmed != name { return "the font's name starts or ends with a space" }
        if name.contains(where: { $0 == "," || $0 == ";" }) { return "name one font, such as Calibri, not a list: Word takes a single name" }
        if name.count > longest { return "a font's name has at most \(longest) characters in Word; '\(name)' has \(name.count)" }
        return nil
    }
}
