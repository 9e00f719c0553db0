import JobWrightCore

/// Editable text: the characters and the cursor, edited with the keys people know from
/// readline and from text areas. A one-line field turns line breaks into spaces; a multi-line
/// field keeps them, and moves up and down by the lines it is soft-wrapped into.
public struct TextField: Equatable, Sendable {
    public var characters: [Character]
    public var cursor: Int
    public let isMultiline: Bool
    /// The text Ctrl-K, Ctrl-U, Ctrl-W or Alt-Backspace removed last, put back by Ctrl-Y.
    public var killed = ""
    /// The column Up and Down aim for, kept across short lines.
    var goalColumn: Int?
    /// Offered text (a file name the editor suggests), shown selected: the first character typed
    /// or pasted replaces it, Backspace or Delete clears it, and a key that moves the cursor
    /// keeps it for editing.
    public var isSuggestion = false

    /// A field holding `text` as a suggestion.
    public static func suggesting(_ text: String) -> TextField {
        var field = TextField(text)
        field.isSuggestion = true
        return field
    }

    public init(_ text: String = "", multiline: Bool = false) {
        isMultiline = multiline
        characters = Array(TextField.clean(text, multiline: multiline))
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Applies an editing key. `width` is the width the field is wrapped at and `page` the rows
    /// it shows (multi-line only). Returns false for keys a text field does not use.
    public mutating func handle(_ key: Key, width: Int = 0, page: Int = 10) -> Bool {
        let vertical = [Key.up, .down, .pageUp, .pageDown].contains(key)
        defer { if !vertical { goalColumn = nil } }
        if isSuggestion {
            switch key {
            case .backspace, .delete:
                characters = []; cursor = 0; isSuggestion = false
                return true
            case .character, .control("y"): break  // `insert` replaces the suggestion
            default: isSuggestion = false
            }
        }
        switch key {
        case .character(let character) where character.isNewline:
            guard isMultiline else { return false }
            insert("\n")
        case .character(let character):
            guard !TextField.isControl(character) else { return true }
            insert(String(character))
        case .enter:
            guard isMultiline else { return false }
            insert("\n")
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(characters.count, cursor + 1)
        case .controlLeft, .alt("b"): cursor = wordStart(before: cursor)
        case .controlRight, .alt("f"): cursor = wordEnd(after: cursor)
        case .control("a"): cursor = lineStart(cursor)
        case .control("e"): cursor = lineEnd(cursor)
        case .home: cursor = isMultiline && width > 0 ? visualLine(width: width).start : lineStart(cursor)
        case .end: cursor = isMultiline && width > 0 ? visualLine(width: width).end : lineEnd(cursor)
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1); cursor -= 1
        case .delete, .control("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .control("u"): kill(lineStart(cursor)..<cursor)
        case .control("k"):
            let end = lineEnd(cursor)
            // At the end of a line Ctrl-K joins the next line, as in readline and Emacs.
            kill(cursor..<(end == cursor && end < characters.count ? end + 1 : end))
        case .control("w"), .altBackspace: kill(wordStart(before: cursor)..<cursor)
        case .alt("d"): kill(cursor..<wordEnd(after: cursor))
        case .control("y"): insert(killed)
        case .up, .down, .pageUp, .pageDown:
            guard isMultiline else { return false }
            let step = key == .up ? -1 : key == .down ? 1 : key == .pageUp ? -max(1, page) : max(1, page)
            moveVertically(by: step, width: width)
        default:
            return false
        }
        return true
    }

    /// Pasted or burst-typed text goes in at the cursor, every character of it: a one-line field
    /// turns line breaks and tabs into spaces, a multi-line field keeps its line breaks.
    public mutating func insert(_ text: String) {
        if isSuggestion {
            characters = []; cursor = 0; isSuggestion = false
        }
        let clean = TextField.clean(text, multiline: isMultiline)
        characters.insert(contentsOf: clean, at: cursor)
        cursor += clean.count
    }

    /// The text as a field of this kind stores it: `\r\n` and `\r` are line breaks; tabs become
    /// a space; any other control character becomes its visible picture (Esc shows as ␛), so it
    /// neither reaches the terminal nor vanishes unseen.
    static func clean(_ text: String, multiline: Bool) -> [Character] {
        var result: [Character] = []
        result.reserveCapacity(text.count)
        for character in text {
            if character.isNewline {
                result.append(multiline ? "\n" : " ")
            } else if character == "\t" {
                result.append(" ")
            } else if isControl(character) {
                result.append(contentsOf: character.unicodeScalars.compactMap { ControlPictures.picture(for: $0) ?? Character($0) })
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// How many control characters (other than tabs and line breaks) a text holds.
    static func controlCount(_ text: String) -> Int {
        text.reduce(0) { $0 + (!$1.isNewline && $1 != "\t" && isControl($1) ? 1 : 0) }
    }

    static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }

    private mutating func kill(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        killed = String(characters[range])
        characters.removeSubrange(range)
        cursor = range.lowerBound
    }

    // MARK: Positions

    private func isWordCharacter(_ index: Int) -> Bool {
        let character = characters[index]
        return character.isLetter || character.isNumber || character == "'" || character == "’"
    }

    /// The start of the word before `index` (skipping the spaces and punctuation in between).
    func wordStart(before index: Int) -> Int {
        var i = index
        while i > 0 && !isWordCharacter(i - 1) { i -= 1 }
        while i > 0 && isWordCharacter(i - 1) { i -= 1 }
        return i
    }

    /// The end of the word after `index`.
    func wordEnd(after index: Int) -> Int {
        var i = index
        while i < characters.count && !isWordCharacter(i) { i += 1 }
        while i < characters.count && isWordCharacter(i) { i += 1 }
        return i
    }

    func lineStart(_ index: Int) -> Int {
        var i = index
        while i > 0 && characters[i - 1] != "\n" { i -= 1 }
        return i
    }

    func lineEnd(_ index: Int) -> Int {
        var i = index
        while i < characters.count && characters[i] != "\n" { i += 1 }
        return i
    }

    private mutating func moveVertically(by step: Int, width: Int) {
        let lines = wrappedLines(width: width)
        let (row, column) = position(in: lines)
        let goal = goalColumn ?? column
        let target = min(max(0, row + step), lines.count - 1)
        if target == row {
            cursor = step < 0 ? 0 : characters.count
        } else {
            cursor = lines[target].index(atColumn: goal, in: characters, wraps: TextField.wraps(lines, target))
        }
        goalColumn = goal
    }
}
