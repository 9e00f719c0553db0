/// Whether bytes are well-formed UTF-8, as Unicode defines it (no overlong forms, no surrogates,
/// nothing past U+10FFFF): what `String(validating:as:)` accepts. Runs of ASCII, most of a
/// document, are passed eight bytes at a time; the standard library's check reads every byte
/// on its own, which made it a tenth of a rubric packet's render.
public enum UTF8Check {
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            // Eight ASCII bytes at a time while there are eight left.
            while count - index >= 8 && ByteWords.load(base + index) & 0x8080_8080_8080_8080 == 0 { index += 8 }
            guard index < count else { return true }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The second byte's range depends on the lead byte; any further byte is 80...BF.
            let length: Int
            let second: ClosedRange<UInt8>
            switch lead {
            case 0xC2...0xDF: length = 2; second = 0x80...0xBF
            case 0xE0: length = 3; second = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3; second = 0x80...0xBF
            case 0xED: length = 3; second = 0x80...0x9F
            case 0xF0: length = 4; second = 0x90...0xBF
            case 0xF1...0xF3: length = 4; second = 0x80...0xBF
            case 0xF4: length = 4; second = 0x80...0x8F
            default: return false
            }
            guard count - index >= length, second.contains(base[index + 1]) else { return false }
            for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    public static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(isValid)
    }
}
