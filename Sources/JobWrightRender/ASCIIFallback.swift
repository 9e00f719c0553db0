import Foundation

/// Turns typographic and accented characters into plain ASCII for printers that know nothing
/// else: curly quotes become straight, dashes become hyphens, box drawing becomes + - |,
/// accents are dropped (é → e), and anything left becomes "?".
public enum ASCIIFallback {
    static let replacements: [Character: String] = [
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"",
        "\u{2013}": "-", "\u{2014}": "--", "\u{2212}": "-", "\u{2026}": "...", "\u{2022}": "*", "\u{00B7}": "*",
        "\u{00A0}": " ", "\u{2009}": " ", "\u{202F}": " ", "\u{00A7}": "s.", "\u{00BD}": " 1/2", "\u{00D7}": "x",
        "\u{2192}": "->", "\u{2190}": "<-", "\u{2713}": "x", "\u{2714}": "x", "\u{2610}": "[ ]", "\u{00AE}": "(R)",
        "\u{00A9}": "(C)", "\u{2122}": "(TM)", "\u{00B0}": " deg", "\u{2264}": "<=", "\u{2265}": ">=",
        "\u{2500}": "-", "\u{2502}": "|", "\u{250C}": "+", "\u{2510}": "+", "\u{2514}": "`", "\u{2518}": "+",
        "\u{251C}": "+", "\u{2524}": "|", "\u{252C}": "+", "\u{2534}": "+", "\u{253C}": "+", "\u{2504}": ".",
        "\u{2506}": ":", "\u{2550}": "=", "\u{25B2}": "^", "\u{25BC}": "v", "\u{2020}": "+", "\u{2021}": "++",
        "\u{00AB}": "<<", "\u{00BB}": ">>", "\u{00DF}": "ss", "\u{00C6}": "AE", "\u{00E6}": "ae", "\u{0152}": "OE",
        "\u{0153}": "oe", "\u{00D8}": "O", "\u{00F8}": "o", "\u{0141}": "L", "\u{0142}": "l",
    ]

    /// With `keepingNoBreakSpaces`, U+00A0 stays so that wrapping still keeps a marker with its
    /// code; call `transliterate` again (or replace it) after layout.
    public static func transliterate(_ text: String, keepingNoBreakSpaces: Bool = false) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isASCII || (keepingNoBreakSpaces && character == "\u{00A0}") { output.append(character); continue }
            if let replacement = replacements[character] { output += replacement; continue }
            let stripped = String(character).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
            if stripped.allSatisfy(\.isASCII), !stripped.isEmpty { output += stripped } else { output += "?" }
        }
        return output
    }
}
