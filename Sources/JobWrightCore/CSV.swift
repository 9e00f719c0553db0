/// A small RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks inside quotes,
/// CRLF or LF. Each record keeps the line it starts on, for messages.
public enum CSV {
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    public static func parse(_ text: String) throws(JobWrightError) -> [Record] {
        // Names and notes in a score sheet are printed to a terminal: no control characters.
        if let (line, column, value) = ControlCharacters.first(in: text) {
            throw JobWrightError(.badData, "the file holds the control character \(ControlCharacters.name(value)); remove it",
                                 at: SourceLocation(file: "", line: line, column: column))
        }
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var fieldStarted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []; field = ""; fieldStarted = false
        }
        while let scalar = pending {
            pending = iterator.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = iterator.next() } else { inQuotes = false }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where !fieldStarted:
                inQuotes = true; fieldStarted = true
            case ",":
                fields.append(field); field = ""; fieldStarted = false
            case "\r" where pending == "\n":
                continue
            case "\n", "\r":
                endRecord(); line += 1; recordLine = line
            default:
                field.unicodeScalars.append(scalar); fieldStarted = true
            }
        }
        if inQuotes {
            throw JobWrightError(.badData, "a quoted field is not closed", at: SourceLocation(file: "", line: recordLine))
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }

    /// One field, quoted when it must be.
    public static func quote(_ field: String) -> String {
        // By scalar: "\r\n" is one Character, equal to neither "\r" nor "\n".
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var output = ""
        for character in self { if character == target { output += replacement } else { output.append(character) } }
        return output
    }
}
