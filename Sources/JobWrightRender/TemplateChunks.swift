import JobWrightCore

/// A long template cut into pieces at its top level, each parsed as a partial of its own, and a
/// template that includes them in order.
///
/// Why: swift-mustache's parser measures the rest of the template, character by character,
/// before each of its reads, so parsing takes time in proportion to the template's length times
/// its tags: the rubric's Word template took milliseconds. Pieces of about half a kilobyte
/// parse in a fraction of that. The output is the same (the golden files hold every template in
/// every format): a piece ends at a line break outside any section, so each line and each tag
/// is parsed as in the whole template, and the including template names the pieces on one line,
/// so no piece is indented or treated as a standalone line.
///
/// Not cut: a template that changes its delimiters, uses template inheritance (`{{<` and
/// `{{$`), or sets a pragma anywhere but on its first lines; those are parsed whole.
enum TemplateChunks {
    /// A piece is ended at the first line break outside a section after this many bytes.
    static let pieceLength = 512

    /// The pieces, each starting with the template's leading pragma lines, and the including
    /// template; nil when the template is short, or cannot be cut safely.
    static func split(_ text: String, name: String) -> (pieces: [(name: String, text: String)], including: String)? {
        let bytes = Array(text.utf8)
        guard bytes.count > pieceLength * 2 else { return nil }
        // Leading pragma lines ("{{%CONTENT_TYPE: HTML}}") set how each piece escapes.
        var bodyStart = 0
        while bytes[bodyStart...].starts(with: Array("{{%".utf8)), let end = ByteSearch.first(Array("}}\n".utf8), in: bytes[bodyStart...]) {
            bodyStart = end + 3
        }
        let pragmas = String(decoding: bytes[..<bodyStart], as: UTF8.self)
        var cuts: [Int] = []
        var depth = 0
        var pieceStart = bodyStart
        var index = bodyStart
        while index < bytes.count {
            if bytes[index] == 0x7B, index + 2 < bytes.count, bytes[index + 1] == 0x7B {
                guard let close = ByteSearch.first([0x7D, 0x7D], in: bytes[(index + 2)...]) else { return nil }
                switch bytes[index + 2] {
                case UInt8(ascii: "#"), UInt8(ascii: "^"): depth += 1
                case UInt8(ascii: "/"): depth -= 1
                case UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "%"): return nil
                default: break
                }
                index = close + 2
                continue
            }
            if bytes[index] == 0x0A, depth == 0, index + 1 - pieceStart >= pieceLength, index + 1 < bytes.count {
                cuts.append(index + 1)
                pieceStart = index + 1
            }
            index += 1
        }
        guard depth == 0, !cuts.isEmpty else { return nil }
        let bounds = [bodyStart] + cuts + [bytes.count]
        let pieces = (0..<bounds.count - 1).map { number in
            (name: "\(name)/piece-\(number)", text: pragmas + String(decoding: bytes[bounds[number]..<bounds[number + 1]], as: UTF8.self))
        }
        return (pieces, pieces.map { "{{>\($0.name)}}" }.joined())
    }
}
