extension MustacheLibrary {
    /// Whether the named template, rendered with `value`, certainly prints something other than
    /// white space, judged without rendering: true when one of its own texts is not blank, or
    /// when a section over a top-level name that `value` fills holds such a text. nil when that
    /// cannot be told without rendering (the caller renders then).
    public func certainlyPrintsText(_ value: MustacheValue, withTemplate name: String) -> Bool? {
        guard let template = template(named: name), case .object(let members) = value else { return nil }
        for token in template.tokens {
            switch token {
            case .text(let text) where Self.isVisible(text):
                return true
            case .section(let name, let body, inverted: false)
                where name.lookup == .stack && name.parts.count == 1 && name.transforms.isEmpty:
                // A section renders its body for every value but nothing, false and an empty list.
                switch members[name.parts[0]] {
                case nil, .flag(false)?: continue
                case .list(let elements)? where elements.isEmpty: continue
                default:
                    if body.tokens.contains(where: { if case .text(let text) = $0 { Self.isVisible(text) } else { false } }) { return true }
                }
            default:
                continue
            }
        }
        return nil
    }

    /// A text shows something when it holds a printable ASCII byte, or (read as characters) any
    /// character that is not white space.
    private static func isVisible(_ text: [UInt8]) -> Bool {
        if text.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return true }
        return text.contains(where: { $0 >= 0x80 }) && String(decoding: text, as: UTF8.self).contains { !$0.isWhitespace }
    }
}
