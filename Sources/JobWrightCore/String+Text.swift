import Foundation

extension String {
    /// Whether every byte is ASCII, read from the string's own UTF-8 storage where it has one.
    public var isPlainASCII: Bool {
        utf8.withContiguousStorageIfAvailable(ByteSearch.isASCII) ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// nil for an empty or all-blank string, so templates and checks can leave out what was not filled in.
    public var nilIfBlank: String? {
        allSatisfy(\.isWhitespace) ? nil : self
    }

    /// One line with single spaces: folded YAML text can carry line breaks and double spaces.
    public var collapsingWhitespace: String {
        // Most texts (a catalog bullet's) are collapsed already: one pass over the bytes says so.
        if utf8.withContiguousStorageIfAvailable(Self.isCollapsedASCII) == true { return self }
        // ASCII text without carriage returns has one Character per byte: done on the bytes.
        func needsCharacters(_ byte: UInt8) -> Bool { byte >= 0x80 || byte == 0x0D }
        let plain = !(utf8.withContiguousStorageIfAvailable { $0.contains(where: needsCharacters) } ?? utf8.contains(where: needsCharacters))
        if plain {
            var output: [UInt8] = []
            output.reserveCapacity(utf8.count)
            var pendingSpace = false
            for byte in utf8 {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                    pendingSpace = !output.isEmpty
                } else {
                    if pendingSpace { output.append(0x20); pendingSpace = false }
                    output.append(byte)
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
        return split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    /// ASCII text whose only blanks are single spaces between words, with none at either end.
    private static func isCollapsedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        guard first != 0x20, last != 0x20, let base = bytes.baseAddress else { return false }
        var previousSpace = false
        // Eight bytes at a time: all printable, and no space right after another.
        var index = 0
        while bytes.count - index >= 8 {
            let word = ByteWords.load(base + index)
            guard ByteWords.isPrintableASCII(word) else { return false }
            let spaces = ByteWords.matches(word, 0x20)
            if spaces & (spaces << 8) != 0 || (previousSpace && spaces & 0x80 != 0) { return false }
            previousSpace = spaces >> 63 != 0
            index += 8
        }
        for byte in bytes[index...] {
            if byte > 0x20 {
                if byte >= 0x7F { return false }
                previousSpace = false
            } else if byte == 0x20 && !previousSpace {
                previousSpace = true
            } else {
                return false
            }
        }
        return true
    }

    /// Whether the text holds `byte`: `memchr` on a native string's buffer.
    public func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        } ?? utf8.contains(byte)
    }

    /// Without leading and trailing white space (spaces, tabs, line breaks, form feeds).
    public var trimmingSpaces: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
