import Yams

/// Reads a draft's node tree field by field, written out for each type (`Draft+Reading.swift`),
/// with the values, errors and unknown-key reports that `NodeDecoder` and `KeyShape` give through
/// Codable. Codable's generic containers cost `jobwright render` about two milliseconds at every
/// start (each container type, coding-key type and wrapper is instantiated by the runtime, and
/// each first conformance check scans every conformance in the binary); this costs a tenth of
/// that. `NodeReaderTests` holds the two to the same results.
struct NodeReader {
    let node: Node
    let codingPath: [CodingKey]
    let unknownKeys: UnknownKeys

    func string() throws -> String { try scalar(String.construct) }
    func int() throws -> Int { try scalar(Self.int) }
    func bool() throws -> Bool { try scalar(Bool.construct) }
    func double() throws -> Double { try scalar(Self.double) }

    /// A whole number or a decimal, at most `Amount.limit`, as `Amount`'s decoder reads it.
    func amount() throws -> Amount {
        let value = try (try? int()).map(Double.init) ?? double()
        guard value.isFinite, abs(value) <= Amount.limit else {
            throw corrupted("'\(value)' is not a usable number (at most 1,000,000,000,000)")
        }
        return Amount(value)
    }

    func date() throws -> CalendarDate {
        let text = try string()
        guard let date = CalendarDate(text) else {
            throw corrupted("'\(text)' is not a date written YYYY-MM-DD (for example 2027-01-15)")
        }
        return date
    }

    /// One of an enumeration's raw values, with the message Codable gives for any other text.
    func oneOf<Value: RawRepresentable<String>>(_ type: Value.Type) throws -> Value {
        let text = try string()
        guard let value = Value(rawValue: text) else { throw corrupted("Cannot initialize \(Value.self) from invalid String value \(text)") }
        return value
    }

    func list<Element>(_ element: (NodeReader) throws -> Element) throws -> [Element] {
        guard case .sequence(let sequence) = node else { throw mismatch(Node.Sequence.self) }
        var elements: [Element] = []
        elements.reserveCapacity(sequence.count)
        for (index, item) in sequence.enumerated() {
            elements.append(try element(child(item, NodeCodingKey(intValue: index))))
        }
        return elements
    }

    /// A mapping of text to text, such as a question's anchors by level: every key is known.
    func textByKey() throws -> [String: String] {
        guard case .mapping(let mapping) = node else { throw mismatch(Node.Mapping.self) }
        var values: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            values[name] = try child(value, NodeCodingKey(stringValue: name)).string()
        }
        return values
    }

    /// The fields of a mapping read as one type; `Fields.end()` reports the keys it did not ask for.
    func fields() throws -> Fields {
        guard case .mapping(let mapping) = node else { throw mismatch(Node.Mapping.self) }
        return Fields(reader: self, mapping: mapping)
    }

    func child(_ node: Node, _ key: CodingKey) -> NodeReader {
        NodeReader(node: node, codingPath: codingPath + [key], unknownKeys: unknownKeys)
    }

    /// Yams's `Int.construct`, with plain decimal digits (a line number, a similarity) read
    /// without its text replacements and prefix tests: to Yams, up to 18 digits that do not start
    /// with 0 are that number in decimal. A text with a point (an FTE of 1.0, an amount with
    /// cents) is no whole number in any of Yams's forms; asking Yams would cost its first
    /// Foundation text replacement, half a million instructions at every start.
    static func int(_ scalar: Node.Scalar) -> Int? {
        let digits = scalar.string.utf8
        if scalar.style == .any || scalar.style == .plain, (1...18).contains(digits.count), digits.first != UInt8(ascii: "0"),
           digits.allSatisfy({ (0x30...0x39).contains($0) }) {
            return Int(scalar.string)
        }
        if digits.contains(UInt8(ascii: ".")) { return nil }
        return Int.construct(from: scalar)
    }

    /// Yams's `Double.construct`, with a plain decimal ("1.0", "-12.50") read without its text
    /// replacements: for a text of digits and points after an optional sign, Yams removes no
    /// underscore, finds no colon and no infinity, and reads `Double(text)`. Asking Yams would
    /// cost its first Foundation text replacement, half a million instructions at every start.
    static func double(_ scalar: Node.Scalar) -> Double? {
        let bytes = scalar.string.utf8
        let unsigned = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? bytes.dropFirst() : bytes[...]
        if scalar.style == .any || scalar.style == .plain, !unsigned.isEmpty,
           unsigned.allSatisfy({ (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") }) {
            return Double(scalar.string)
        }
        return Double.construct(from: scalar)
    }

    private func scalar<T>(_ construct: (Node.Scalar) -> T?) throws -> T {
        let scalar: Node.Scalar
        switch node {
        case .scalar(let found): scalar = found
        default: throw mismatch(Node.Scalar.self)
        }
        guard let value = construct(scalar) else { throw mismatch(T.self) }
        return value
    }

    private func mismatch(_ expected: Any.Type) -> DecodingError {
        .typeMismatch(expected, .init(codingPath: codingPath, debugDescription: "Expected to decode \(expected)."))
    }

    private func corrupted(_ message: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: codingPath, debugDescription: message))
    }
}

/// A mapping being read as one type: each field is asked for by its key.
final class Fields {
    private let reader: NodeReader
    /// The mapping's keys as text, and its key and value nodes, in the order of the file: a
    /// field is found by comparing texts, without copying a node pair per key compared.
    private var names: [String] = []
    private var keys: [Node] = []
    private var values: [Node] = []
    private var known: [String] = []

    init(reader: NodeReader, mapping: Node.Mapping) {
        self.reader = reader
        names.reserveCapacity(mapping.count)
        keys.reserveCapacity(mapping.count)
        values.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            names.append(key.string ?? "")
            keys.append(key)
            values.append(value)
        }
    }

    /// A field that must be there (null is read as its value, as Codable does).
    func required<Value>(_ key: String, _ read: (NodeReader) throws -> Value) throws -> Value {
        known.append(key)
        guard let node = value(key) else {
            throw DecodingError.keyNotFound(NodeCodingKey(stringValue: key), .init(codingPath: reader.codingPath,
                                            debugDescription: "No value associated with key \(key)."))
        }
        return try read(reader.child(node, NodeCodingKey(stringValue: key)))
    }

    /// A field that may be left out or null.
    func optional<Value>(_ key: String, _ read: (NodeReader) throws -> Value) throws -> Value? {
        known.append(key)
        guard let node = value(key) else { return nil }
        let child = reader.child(node, NodeCodingKey(stringValue: key))
        return child.node.isYAMLNull ? nil : try read(child)
    }

    /// A list that may be left out or null (`Defaulted`): then it is empty.
    func list<Element>(_ key: String, _ element: (NodeReader) throws -> Element) throws -> [Element] {
        try optional(key) { try $0.list(element) } ?? []
    }

    /// Records the keys of the mapping that no field asked for, for the document to report once
    /// the whole file has been read.
    func end() {
        for (index, name) in names.enumerated() where !known.contains(name) {
            reader.unknownKeys.found.append((name, keys[index].mark, reader.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }, known))
        }
    }

    /// The value of the first `key` in the mapping, as Yams's own lookup gives.
    private func value(_ key: String) -> Node? {
        names.firstIndex(of: key).map { values[$0] }
    }
}

/// Keys a file holds that its type does not know, gathered while it is read.
final class UnknownKeys {
    var found: [(name: String, mark: Mark?, path: [String], known: [String])] = []
}
