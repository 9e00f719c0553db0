/// Every key a value can carry, including optional fields that are nil, recorded by encoding the
/// value with an encoder that notes keys instead of writing text. Used to reject keys a draft or
/// catalog file does not know, and to suggest the key that was meant.
final class KeyShape {
    private(set) var children: [String: KeyShape] = [:]
    /// The shape shared by the elements of a list.
    private(set) var element: KeyShape?

    func child(_ key: String) -> KeyShape {
        if let existing = children[key] { return existing }
        let shape = KeyShape()
        children[key] = shape
        return shape
    }

    func elementShape() -> KeyShape {
        if let element { return element }
        let shape = KeyShape()
        element = shape
        return shape
    }

    static func of<T: Encodable>(_ value: T) -> KeyShape {
        let root = KeyShape()
        try? value.encode(to: ShapeEncoder(shape: root))
        return root
    }
}

private struct ShapeEncoder: Encoder {
    let shape: KeyShape
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedShape<Key>(shape: shape))
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedShape(shape: shape.elementShape()) }
    func singleValueContainer() -> any SingleValueEncodingContainer { SingleShape(shape: shape) }
}

private struct KeyedShape<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let shape: KeyShape
    var codingPath: [any CodingKey] = []

    mutating func encodeNil(forKey key: Key) throws { _ = shape.child(key.stringValue) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: ShapeEncoder(shape: shape.child(key.stringValue)))
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        let child = shape.child(key.stringValue)
        if let value { try value.encode(to: ShapeEncoder(shape: child)) }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { _ = shape.child(key.stringValue) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { _ = shape.child(key.stringValue) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { _ = shape.child(key.stringValue) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { _ = shape.child(key.stringValue) }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedShape<NestedKey>(shape: shape.child(key.stringValue)))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        UnkeyedShape(shape: shape.child(key.stringValue).elementShape())
    }
    mutating func superEncoder() -> any Encoder { ShapeEncoder(shape: shape) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { ShapeEncoder(shape: shape.child(key.stringValue)) }
}

private struct UnkeyedShape: UnkeyedEncodingContainer {
    let shape: KeyShape
    var codingPath: [any CodingKey] = []
    var count = 0

    mutating func encodeNil() throws { count += 1 }
    mutating func encode<T: Encodable>(_ value: T) throws {
        count += 1
        try value.encode(to: ShapeEncoder(shape: shape))
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedShape<NestedKey>(shape: shape))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { UnkeyedShape(shape: shape.elementShape()) }
    mutating func superEncoder() -> any Encoder { ShapeEncoder(shape: shape) }
}

private struct SingleShape: SingleValueEncodingContainer {
    let shape: KeyShape
    var codingPath: [any CodingKey] = []
    mutating func encodeNil() throws {}
    mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: ShapeEncoder(shape: shape)) }
    mutating func encode(_ value: String) throws {}
    mutating func encode(_ value: Bool) throws {}
    mutating func encode(_ value: Int) throws {}
    mutating func encode(_ value: Double) throws {}
}
