import JobWrightCore

/// Word refuses a whole file ("unreadable content") for one unclosed tag in its body, and a
/// district may write its own `*.docx` templates: the rendered body is checked to be
/// well-formed XML before it is packed, and a mistake is reported at its line.
enum WordBodyCheck {
    static let entities: Set<Substring> = ["amp", "lt", "gt", "quot", "apos"]

    /// Nil when every element is closed in order and every `&` starts a known entity; otherwise
    /// what is wrong and on which line.
    static func problem(in body: String) -> (line: Int, message: String)? {
        var open: [(name: Substring, line: Int)] = []
        var line = 1
        var rest = body[...]
        while let index = rest.firstIndex(where: { $0 == "<" || $0 == "&" || $0 == "\n" }) {
            let character = rest[index]
            rest = rest[rest.index(after: index)...]
            if character == "\n" { line += 1; continue }
            if character == "&" {
                guard let end = rest.firstIndex(of: ";"), rest.distance(from: rest.startIndex, to: end) <= 8 else {
                    return (line, "an & that starts no entity (write &amp;)")
                }
                let name = rest[..<end]
                if !entities.contains(name) && !(name.first == "#" && name.count > 1) { return (line, "the unknown entity &\(name);") }
                continue
            }
            guard let end = rest.firstIndex(of: ">") else { return (line, "a tag that is never closed with >") }
            let tag = rest[..<end]
            line += tag.filter { $0 == "\n" }.count
            rest = rest[rest.index(after: end)...]
            if tag.hasPrefix("?") || tag.hasPrefix("!") || tag.hasSuffix("/") { continue }
            let name = tag.prefix { !$0.isWhitespace && $0 != "/" }
            if tag.hasPrefix("/") {
                let closing = tag.dropFirst().prefix { !$0.isWhitespace }
                guard let last = open.popLast() else { return (line, "</\(closing)> closes nothing") }
                if last.name != closing { return (line, "</\(closing)> closes <\(last.name)> of line \(last.line)") }
            } else {
                open.append((name, line))
            }
        }
        if let last = open.last { return (last.line, "<\(last.name)> is never closed") }
        return nil
    }
}
