import JobWrightRender

/// A one-line text input: the characters, the cursor, and a horizontal scroll so the cursor
/// stays visible in a narrow box.
public struct TextField: Equatable, Sendable {
    public var characters: [Character]
    public var cursor: Int

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Applies an editing key; returns false for keys a text field does not use.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character) where !character.isNewline:
            characters.insert(character, at: cursor); cursor += 1
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1); cursor -= 1
        case .delete, .control("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .control("u"):
            characters.removeSubrange(0..<cursor); cursor = 0
        case .control("k"):
            characters.removeSubrange(cursor...)
        default:
            return false
        }
        return true
    }

    /// Pasted text goes in at the cursor; line breaks become spaces (fields are one line).
    public mutating func insert(_ text: String) {
        let clean = text.map { $0.isNewline || $0 == "\t" ? " " : $0 }
        characters.insert(contentsOf: clean, at: cursor)
        cursor += clean.count
    }

    /// The visible part for a box `width` columns wide, and the cursor's column in it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 1 else { return ("", 0) }
        var start = 0
        func columns(_ range: Range<Int>) -> Int { range.reduce(0) { $0 + DisplayWidth.of(characters[$1]) } }
        while columns(start..<cursor) >= width - 1 { start += 1 }
        var end = start
        var used = 0
        while end < characters.count, used + DisplayWidth.of(characters[end]) <= width - 1 {
            used += DisplayWidth.of(characters[end]); end += 1
        }
        return (String(characters[start..<end]), columns(start..<cursor))
    }
}
