import Foundation
import Yams

/// Decodes a composed YAML node tree through `Decodable`, as Yams's `YAMLDecoder` does for
/// jobwright's files (the same scalar rules, nulls and errors), but without its costs at start-up:
/// Yams casts every decoded type to its scalar and anchor protocols, and each first cast scans
/// every protocol conformance in the binary (a fifth of `jobwright render`). Here a scalar type
/// is recognised by comparing types, and keys are found by their text.
///
/// Not supported, since jobwright's files do not use them: merge keys (`<<`), and decoding
/// anchors or tags as values.
enum NodeDecoder {
    static func decode<T: Decodable>(_ type: T.Type, from node: Node) throws -> T {
        try NodeValueDecoder(node: node, codingPath: []).decodeValue(type)
    }
}

/// A key in a coding path: a mapping key, or a list index.
struct NodeCodingKey: CodingKey {
    let stringValue: String
    let intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue; intValue = nil }
    init(intValue: Int) { stringValue = "Index \(intValue)"; self.intValue = intValue }
}

extension Node {
    /// YAML's null: a plain `~`, `null`, `Null`, `NULL` or nothing (a quoted 'null' is text).
    var isYAMLNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}

struct NodeValueDecoder: Decoder, SingleValueDecodingContainer {
    let node: Node
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else { throw mismatch(Node.Mapping.self) }
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(decoder: self, mapping: mapping))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else { throw mismatch(Node.Sequence.self) }
        return NodeUnkeyedContainer(decoder: self, sequence: sequence)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { node.isYAMLNull }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }

    /// Scalars by Yams's own constructors (so `yes` is true and `0x1F` is 31, as before); any
    /// other type decodes itself from this decoder.
    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return try scalar(String.construct) as! T }
        if T.self == Int.self { return try scalar(Int.construct) as! T }
        if T.self == Double.self { return try scalar(Double.construct) as! T }
        if T.self == Bool.self { return try scalar(Bool.construct) as! T }
        if T.self == Float.self { return try scalar(Float.construct) as! T }
        if T.self == Int64.self { return try scalar(Int64.construct) as! T }
        if T.self == UInt.self { return try scalar(UInt.construct) as! T }
        if T.self == UInt64.self { return try scalar(UInt64.construct) as! T }
        if T.self == Int32.self { return try scalar(Int32.construct) as! T }
        if T.self == UInt32.self { return try scalar(UInt32.construct) as! T }
        if T.self == Int16.self { return try scalar(Int16.construct) as! T }
        if T.self == UInt16.self { return try scalar(UInt16.construct) as! T }
        if T.self == Int8.self { return try scalar(Int8.construct) as! T }
        if T.self == UInt8.self { return try scalar(UInt8.construct) as! T }
        return try T(from: self)
    }

    private func scalar<T>(_ construct: (Node.Scalar) -> T?) throws -> T {
        let scalar: Node.Scalar
        switch node {
        case .scalar(let found): scalar = found
        case .mapping(let mapping): throw mismatch(Node.Scalar.self, reality: mapping)
        case .sequence(let sequence): throw mismatch(Node.Scalar.self, reality: sequence)
        case .alias(let alias): throw mismatch(Node.Scalar.self, reality: alias)
        }
        guard let value = construct(scalar) else { throw mismatch(T.self, reality: scalar) }
        return value
    }

    func child(_ node: Node, key: CodingKey) -> NodeValueDecoder {
        NodeValueDecoder(node: node, codingPath: codingPath + [key])
    }

    private func mismatch(_ expected: Any.Type, reality: Any? = nil) -> DecodingError {
        let found: Any = reality ?? node
        return .typeMismatch(expected, .init(codingPath: codingPath,
                                             debugDescription: "Expected to decode \(expected) but found \(type(of: found)) instead."))
    }
}

struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeValueDecoder
    let mapping: Node.Mapping

    var codingPath: [CodingKey] { decoder.codingPath }
    var allKeys: [Key] { mapping.compactMap { $0.key.string.flatMap(Key.init(stringValue:)) } }

    func contains(_ key: Key) -> Bool { value(for: key.stringValue) != nil }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decodeValue(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { try child(key).unkeyedContainer() }

    func superDecoder() throws -> Decoder { try child(NodeCodingKey(stringValue: "super")) }

    func superDecoder(forKey key: Key) throws -> Decoder { try child(key) }

    /// The value of the first key with this text (a file with a key twice is refused earlier).
    private func value(for name: String) -> Node? {
        mapping.first { $0.key.string == name }?.value
    }

    private func child(_ key: CodingKey) throws -> NodeValueDecoder {
        guard let node = value(for: key.stringValue) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath,
                                                       debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return decoder.child(node, key: key)
    }
}

struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: NodeValueDecoder
    let sequence: Node.Sequence
    private(set) var currentIndex = 0

    init(decoder: NodeValueDecoder, sequence: Node.Sequence) {
        self.decoder = decoder
        self.sequence = sequence
    }

    var codingPath: [CodingKey] { decoder.codingPath }
    var count: Int? { sequence.count }
    var isAtEnd: Bool { currentIndex >= sequence.count }

    mutating func decodeNil() throws -> Bool {
        let isNil = try current(Any?.self).decodeNil()
        if isNil { currentIndex += 1 }
        return isNil
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try current(type).decodeValue(type)
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let container = try current(KeyedDecodingContainer<NestedKey>.self).container(keyedBy: type)
        currentIndex += 1
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let container = try current(UnkeyedDecodingContainer.self).unkeyedContainer()
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> Decoder {
        let decoder = try current(Decoder.self)
        currentIndex += 1
        return decoder
    }

    private func current(_ type: Any.Type) throws -> NodeValueDecoder {
        let key = NodeCodingKey(intValue: currentIndex)
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [key], debugDescription: "Unkeyed container is at end."))
        }
        return decoder.child(sequence[currentIndex], key: key)
    }
}
