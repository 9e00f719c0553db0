import Yams

/// Builds a draft's node tree field by field, written out for each type (`Draft+Writing.swift`),
/// with the nodes `NodeEncoder` builds through Codable, so Yams's emitter writes the same bytes.
/// The editor writes the draft after every change to check it, and `import` writes one with a
/// long review; Codable's generic containers and Yams's tag resolution (seven regular expressions
/// on every text, twice) were most of that time. `NodeEncoderTests` holds the text to Yams's.
struct NodeWriter {
    let newlineScalarStyle: Node.Scalar.Style
    /// One tag of each kind for all the nodes a writer makes: every new `Tag` had Yams build a
    /// new default `Constructor` (its tables of functions), a third of writing an imported draft.
    /// The emitter reads a tag's name only, and a named tag is never renamed (a mapping's or list's
    /// implicit tag is named `map` or `seq` when it is written, which is what these already are).
    /// Nothing reads Swift values back from these nodes, and a named tag is never resolved, so
    /// they share an empty constructor and the basic resolver: Yams's defaults build their tables
    /// of functions and compile seven regular expressions.
    let strTag: Tag, intTag: Tag, boolTag: Tag, mapTag: Tag, seqTag: Tag

    init(newlineScalarStyle: Node.Scalar.Style) {
        self.newlineScalarStyle = newlineScalarStyle
        let constructor = Constructor([:], [:], [:])
        func tag(_ name: Tag.Name) -> Tag { Tag(name, .basic, constructor) }
        (strTag, intTag, boolTag, mapTag, seqTag) = (tag(.str), tag(.int), tag(.bool), tag(.map), tag(.seq))
    }

    /// Text as Yams's `String.box()` writes it: plain, or single-quoted when YAML would read it
    /// as something else (`yes`, `12`, `~`); a text with a line break in the newline style.
    func string(_ text: String) -> Node {
        var node = Self.isPlainText(text) ? Node(text, strTag) : text.box()
        if text.utf8.contains(0x0A) { node.scalar?.style = newlineScalarStyle }
        return node
    }

    /// As Yams's `box()` writes them, with the writer's tags.
    func int(_ value: Int) -> Node { Node(String(describing: value), intTag) }
    func bool(_ value: Bool) -> Node { Node(value ? "true" : "false", boolTag) }
    func amount(_ value: Amount) -> Node { value.wholeValue.map(int) ?? value.value.box() }
    /// A date, `2027-02-05`, is a YAML timestamp, which Yams's `box()` single-quotes to keep it text.
    func date(_ value: CalendarDate) -> Node { Node(value.description, strTag, .singleQuoted) }
    func rawValue<Value: RawRepresentable<String>>(_ value: Value) -> Node { string(value.rawValue) }

    func list<Element>(_ elements: [Element], _ element: (Element) -> Node) -> Node {
        Node(elements.map(element), seqTag, .any)
    }

    func texts(_ elements: [String]) -> Node { list(elements, string) }

    /// A mapping with its keys in the order given; a nil value leaves its key out.
    func mapping(_ pairs: KeyValuePairs<String, Node?>) -> Node {
        var written: [(Node, Node)] = []
        written.reserveCapacity(pairs.count)
        for (key, value) in pairs {
            if let value { written.append((Node(key, strTag), value)) }
        }
        return Node(written, mapTag, .any)
    }

    /// True when Yams's default resolver reads the text as text, decided without its regular
    /// expressions. Those match only when the text is empty, or starts with a digit, a sign, a
    /// dot, `~`, `<` or `=`, or is a short word starting with one of the letters of yes, no, true,
    /// false, on, off and null (at most five letters, then a line break, of up to three bytes,
    /// which their `$` allows), or is only a line break. Anything else is text, written plain;
    /// what could match is left to the resolver.
    static func isPlainText(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, first >= 0x20, first < 0x80 else { return false }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
             UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: "="):
            return false
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"):
            return utf8.count > 8
        default:
            return true
        }
    }
}
