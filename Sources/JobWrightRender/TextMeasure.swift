/// How wide a line of text will print in a proportional sans-serif font (Arial, Helvetica),
/// estimated from its characters alone: no font files, no metrics library. The estimate is
/// deliberately generous (0.55 em for most characters, 0.7 em for capitals and wide letters), so
/// text measured to fit a box fits it in any of the fonts a picture names.
public struct TextMeasure: Sendable, Equatable {
    public var fontSize: Double
    public var bold: Bool

    public init(fontSize: Double, bold: Bool = false) { self.fontSize = fontSize; self.bold = bold }

    /// The estimated width of `text` in the picture's units.
    public func width(_ text: some StringProtocol) -> Double {
        var ems = 0.0
        for character in text {
            if character.isUppercase || "mwMW@%".contains(character) { ems += 0.7 }
            else if character.unicodeScalars.first.map({ $0.value >= 0x1100 && Self.isWide($0.value) }) == true { ems += 1.0 }
            else { ems += 0.55 }
        }
        return ems * fontSize * (bold ? 1.07 : 1)
    }

    /// East Asian wide characters, which take a full em.
    private static func isWide(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFF00...0xFF60).contains(value) || (0x20000...0x3FFFD).contains(value)
    }

    /// `text` broken at spaces into lines no wider than `width`; a word wider than that is cut
    /// where it must be. White space is collapsed, but a no-break space holds its words
    /// together; an empty text gives no lines.
    public func wrap(_ text: String, width: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(whereSeparator: { $0.isWhitespace && $0 != "\u{00A0}" }) {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if self.width(candidate) <= width { line = candidate; continue }
            if !line.isEmpty { lines.append(line) }
            line = ""
            for piece in cut(String(word), width: width) {
                if !line.isEmpty { lines.append(line) }
                line = piece
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// A word in pieces that each fit `width` (at least one character each).
    private func cut(_ word: String, width: Double) -> [String] {
        var pieces: [String] = []
        var piece = ""
        for character in word {
            if !piece.isEmpty && self.width(piece + String(character)) > width {
                pieces.append(piece)
                piece = ""
            }
            piece.append(character)
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }
}
