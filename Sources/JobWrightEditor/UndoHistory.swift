import Foundation
import JobWrightCore

/// The drafts before each change, for Undo, and the ones undone, for Redo. It is kept in the
/// recovery copy (as JSON beside it), so a restored session can still undo.
public struct UndoHistory: Equatable, Sendable, Codable {
    /// How many changes can be undone; the oldest are forgotten first.
    public static let limit = 200

    public var undo: [Draft] = []
    public var redo: [Draft] = []

    public init() {}

    /// Remembers the draft as it was before a change; a new change forgets what was undone.
    mutating func record(_ before: Draft) {
        undo.append(before)
        if undo.count > Self.limit { undo.removeFirst(undo.count - Self.limit) }
        redo.removeAll()
    }

    public var isEmpty: Bool { undo.isEmpty && redo.isEmpty }

    /// The history as JSON, for the file beside the recovery copy.
    public func json() -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        guard !isEmpty, let data = try? encoder.encode(self) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    /// Reads the JSON written by `json()`; nil when it is missing or unreadable (the recovered
    /// draft is then restored without its history, never refused).
    static func read(_ json: String?) -> UndoHistory? {
        guard let json else { return nil }
        return try? JSONDecoder().decode(UndoHistory.self, from: Data(json.utf8))
    }
}
