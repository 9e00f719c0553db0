import Foundation
import Yams

/// Encodes a value into a Yams node tree through `Encodable` (the district profile), building
/// nodes Yams's `YAMLEncoder` serializes the same way (text as `NodeWriter` writes it, other
/// scalars from the same `box()` of each scalar type, and the same nulls), so the text is byte for
/// byte what it wrote. Like `NodeDecoder`, it recognises scalar types by comparing types instead
/// of casting every value to Yams's protocols, whose first casts scan every conformance in the
/// binary. Drafts are written by `Draft.node` (see `NodeWriter`).
///
/// Not supported, since jobwright's files do not use them: anchors, aliases and tags as values.
enum NodeEncoder {
    static func encode<T: Encodable>(_ value: T, newlineScalarStyle: Node.Scalar.Style) throws -> Node {
        let root = NodeBox(newlineScalarStyle: newlineScalarStyle)
        try NodeValueEncoder(box: root, codingPath: []).encodeValue(value)
        return root.node ?? Node("", Tag(.null))
    }
}

/// A node being built; containers write into their parent's box as they are filled.
class NodeBox {
    var node: Node?
    let newlineScalarStyle: Node.Scalar.Style
    init(newlineScalarStyle: Node.Scalar.Style) { self.newlineScalarStyle = newlineScalarStyle }

    /// A mapping's key set as Yams's encoder sets it: replaced where it is, else appended.
    func set(_ key: String, _ value: Node) {
        var current = node ?? Node([(Node, Node)](), .implicit, .any)
        current[key] = value
        node = current
    }

    func append(_ value: Node) {
        var sequence = node?.sequence ?? Node.Sequence([])
        sequence.append(value)
        node = .sequence(sequence)
    }

    func replace(at index: Int, with value: Node) {
        guard var sequence = node?.sequence, sequence.indices.contains(index) else { return }
        sequence[index] = value
        node = .sequence(sequence)
    }

    /// A box for a container handed out before it is filled: every change to it is written
    /// back into this box.
    func nested(_ initial: Node?, writeBack: @escaping (Node) -> Void) -> NodeBox {
        NestedBox(newlineScalarStyle: newlineScalarStyle, initial: initial, writeBack: writeBack)
    }
}

private final class NestedBox: NodeBox {
    private let writeBack: (Node) -> Void

    init(newlineScalarStyle: Node.Scalar.Style, initial: Node?, writeBack: @escaping (Node) -> Void) {
        self.writeBack = writeBack
        super.init(newlineScalarStyle: newlineScalarStyle)
        node = initial
        if let initial { writeBack(initial) }
    }

    override var node: Node? {
        didSet { if let node { writeBack(node) } }
    }
}

struct NodeValueEncoder: Encoder, SingleValueEncodingContainer {
    let box: NodeBox
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    static var null: Node { Node("null", Tag(.null)) }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if box.node == nil { box.node = Node([(Node, Node)](), .implicit, .any) }
        return KeyedEncodingContainer(NodeKeyedEncodingContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        if box.node == nil { box.node = Node([Node](), .implicit, .any) }
        return NodeUnkeyedEncodingContainer(encoder: self)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { self }

    func encodeNil() throws { box.node = Self.null }

    func encode<T: Encodable>(_ value: T) throws { try encodeValue(value) }

    /// Text as `NodeWriter` writes it, other scalars by Yams's own `box()`; any other type
    /// encodes itself into this encoder.
    func encodeValue<T: Encodable>(_ value: T) throws {
        if T.self == String.self {
            box.node = NodeWriter(newlineScalarStyle: box.newlineScalarStyle).string(value as! String)
        } else if T.self == Int.self { box.node = (value as! Int).box() }
        else if T.self == Double.self { box.node = (value as! Double).box() }
        else if T.self == Bool.self { box.node = (value as! Bool).box() }
        else if T.self == Float.self { box.node = (value as! Float).box() }
        else if T.self == Int64.self { box.node = (value as! Int64).box() }
        else if T.self == Int32.self { box.node = (value as! Int32).box() }
        else if T.self == UInt.self { box.node = (value as! UInt).box() }
        else if T.self == UInt64.self { box.node = (value as! UInt64).box() }
        else { try value.encode(to: self) }
    }

    /// An encoder for a child value, whose node is put in place when it is done.
    func child(key: CodingKey, encode: (NodeValueEncoder) throws -> Void) rethrows -> Node {
        let childBox = NodeBox(newlineScalarStyle: box.newlineScalarStyle)
        try encode(NodeValueEncoder(box: childBox, codingPath: codingPath + [key]))
        return childBox.node ?? Node("", .implicit)
    }
}

struct NodeKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: NodeValueEncoder
    var codingPath: [CodingKey] { encoder.codingPath }

    func encodeNil(forKey key: Key) throws { encoder.box.set(key.stringValue, NodeValueEncoder.null) }

    func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        encoder.box.set(key.stringValue, try encoder.child(key: key) { try $0.encodeValue(value) })
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        NodeValueEncoder(box: nestedBox(forKey: key, Node([(Node, Node)](), .implicit, .any)), codingPath: codingPath + [key])
            .container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        NodeValueEncoder(box: nestedBox(forKey: key, Node([Node](), .implicit, .any)), codingPath: codingPath + [key])
            .unkeyedContainer()
    }

    func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    func superEncoder(forKey key: Key) -> Encoder {
        NodeValueEncoder(box: nestedBox(forKey: key, nil), codingPath: codingPath + [key])
    }

    private func nestedBox(forKey key: Key, _ initial: Node?) -> NodeBox {
        let parent = encoder.box
        return parent.nested(initial) { parent.set(key.stringValue, $0) }
    }
}

struct NodeUnkeyedEncodingContainer: UnkeyedEncodingContainer {
    let encoder: NodeValueEncoder
    var codingPath: [CodingKey] { encoder.codingPath }
    var count: Int { encoder.box.node?.sequence?.count ?? 0 }

    func encodeNil() throws { encoder.box.append(NodeValueEncoder.null) }

    func encode<T: Encodable>(_ value: T) throws {
        let key = NodeCodingKey(intValue: count)
        encoder.box.append(try encoder.child(key: key) { try $0.encodeValue(value) })
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        NodeValueEncoder(box: nestedBox(Node([(Node, Node)](), .implicit, .any)), codingPath: codingPath + [NodeCodingKey(intValue: count)])
            .container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        NodeValueEncoder(box: nestedBox(Node([Node](), .implicit, .any)), codingPath: codingPath + [NodeCodingKey(intValue: count)])
            .unkeyedContainer()
    }

    func superEncoder() -> Encoder {
        NodeValueEncoder(box: nestedBox(Node("", .implicit)), codingPath: codingPath + [NodeCodingKey(intValue: count)])
    }

    /// A place in the list for a container filled later.
    private func nestedBox(_ initial: Node) -> NodeBox {
        let parent = encoder.box
        let index = count
        parent.append(initial)
        return parent.nested(nil) { parent.replace(at: index, with: $0) }
    }
}
