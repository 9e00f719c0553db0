import Synchronization
import Yams

/// Where each field of a document stands, by field path, built on the first lookup. A draft's
/// checks ask for the location of every text they read (a hundred fields); walking down the tree
/// for each compared every key of every mapping on the way.
final class NodeLocations: Sendable {
    private let marks = Mutex<[String: Mark]?>(nil)
    private static let separator = "\u{1}"

    /// The mark of the node at `path`, or of its deepest ancestor that exists and has one. A
    /// mapping's value is located at the value, or at its key when the value has no mark.
    func mark(of path: [String], in root: Node?) -> Mark? {
        guard let root else { return nil }
        return marks.withLock { cached -> Mark? in
            if cached == nil { cached = Self.index(root) }
            var length = path.count
            while length > 0 {
                if let mark = cached?[Self.key(path.prefix(length))] { return mark }
                length -= 1
            }
            return root.mark
        }
    }

    private static func key(_ path: ArraySlice<String>) -> String {
        path.reduce(into: "") { $0 += separator; $0 += $1 }
    }

    private static func index(_ root: Node) -> [String: Mark] {
        var marks: [String: Mark] = [:]
        func add(_ node: Node, at key: String) {
            switch node {
            case .mapping(let mapping):
                for (keyNode, value) in mapping {
                    guard let name = keyNode.string else { continue }
                    let child = key + separator + name
                    // The first of a repeated key, as a walk down the tree finds it.
                    guard marks[child] == nil else { continue }
                    if let mark = value.mark ?? keyNode.mark { marks[child] = mark }
                    add(value, at: child)
                }
            case .sequence(let sequence):
                for (index, item) in sequence.enumerated() {
                    let child = key + separator + String(index)
                    if let mark = item.mark { marks[child] = mark }
                    add(item, at: child)
                }
            default:
                return
            }
        }
        add(root, at: "")
        return marks
    }
}
