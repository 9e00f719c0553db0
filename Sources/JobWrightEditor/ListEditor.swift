import JobWrightCore

/// The list dialog: a list of the draft edited one item per row (add, edit, delete, reorder).
/// Every change goes into the draft at once, so Undo reaches it.
public struct ListEditor: Equatable, Sendable {
    /// Which list of the draft is edited.
    public enum Target: Equatable, Sendable {
        case requiredQualifications, preferredQualifications, physicalDemands, workingConditions
        /// The officer's own notes, never printed (where import keeps what it did not understand).
        case notes
        /// The hiring committee: a name and a role per member.
        case committee
    }

    public var target: Target
    /// The highlighted row; the row after the last item is "add".
    public var selected = 0
    /// The item being typed, one field per column; nil when not typing.
    public var editing: [TextField]?
    public var column = 0
    /// Where a new item goes while it is typed (nil: an existing item is edited).
    public var insertingAt: Int?

    public init(target: Target) { self.target = target }
}

extension ListEditor.Target {
    var title: String {
        switch self {
        case .requiredQualifications: "Required qualifications"
        case .preferredQualifications: "Preferred qualifications"
        case .physicalDemands: "Physical demands"
        case .workingConditions: "Working conditions"
        case .notes: "Your notes (never printed)"
        case .committee: "Hiring committee"
        }
    }

    /// The column labels: one for a list of sentences, name and role for the committee.
    var columns: [String] { self == .committee ? ["Name", "Role"] : ["Item"] }

    var example: String {
        switch self {
        case .requiredQualifications: "e.g. Master's degree in educational technology or a related field"
        case .preferredQualifications: "e.g. Certified Education Technology Leader (CETL)"
        case .physicalDemands: "e.g. Ability to lift and carry equipment up to 25 pounds"
        case .workingConditions: "e.g. Some evening meetings of the School Committee"
        case .notes: "e.g. Ask the superintendent about the start date"
        case .committee: "e.g. Avery Collins, then Tab, then her role: chair"
        }
    }

    func items(in draft: Draft) -> [[String]] {
        switch self {
        case .requiredQualifications: draft.qualifications.required.map { [$0] }
        case .preferredQualifications: draft.qualifications.preferred.map { [$0] }
        case .physicalDemands: draft.physicalDemands.map { [$0] }
        case .workingConditions: draft.workingConditions.map { [$0] }
        case .notes: (draft.notes ?? []).map { [$0] }
        case .committee: draft.rubric.committee.map { [$0.name, $0.role ?? ""] }
        }
    }

    func set(_ items: [[String]], in draft: inout Draft) {
        let first = items.map { $0[0] }
        switch self {
        case .requiredQualifications: draft.qualifications.required = first
        case .preferredQualifications: draft.qualifications.preferred = first
        case .physicalDemands: draft.physicalDemands = first
        case .workingConditions: draft.workingConditions = first
        case .notes: draft.notes = first.isEmpty ? nil : first
        case .committee: draft.rubric.committee = items.map { CommitteeMember(name: $0[0], role: $0[1].isEmpty ? nil : $0[1]) }
        }
    }
}

/// Keys of the list dialog.
enum ListEditorKeys {
    static func handle(_ key: Key, editor: ListEditor, in state: inout EditorState) -> [Effect] {
        var editor = editor
        var items = editor.target.items(in: state.draft)
        if var fields = editor.editing {
            switch key {
            case .enter:
                let values = fields.map(\.text.trimmingSpaces)
                editor.editing = nil
                if values[0].isEmpty {
                    if editor.insertingAt == nil { state.message = "An item needs its text; Delete deletes an item." }
                } else if let at = editor.insertingAt {
                    items.insert(values, at: min(at, items.count))
                    editor.selected = min(at, items.count - 1)
                } else if items.indices.contains(editor.selected) {
                    items[editor.selected] = values
                }
                editor.insertingAt = nil
                editor.column = 0
                if items != editor.target.items(in: state.draft) { change(items, editor.target, in: &state) }
            case .escape:
                editor.editing = nil
                editor.insertingAt = nil
                editor.column = 0
            case .tab, .backTab:
                editor.column = (editor.column + (key == .tab ? 1 : fields.count - 1)) % fields.count
            default:
                guard fields[editor.column].handle(key) else { return [] }
                editor.editing = fields
            }
            state.modal = .list(editor)
            return []
        }
        // Only keys that are never text are commands here: what an officer types is a new item
        // (a qualification typed as "demonstrated leadership ..." deleted a row on its d).
        switch key {
        case .up: editor.selected = max(0, editor.selected - 1)
        case .down: editor.selected = min(items.count, editor.selected + 1)
        case .home: editor.selected = 0
        case .end: editor.selected = items.count
        case .enter:
            if items.indices.contains(editor.selected) {
                editor.editing = items[editor.selected].map { TextField($0) }
            } else {
                startAdding(at: items.count, &editor)
            }
        case .character(let character) where !character.isWhitespace && !TextField.isControl(character):
            // A new item, after the highlighted one, starting with what was typed.
            startAdding(at: items.isEmpty ? 0 : min(items.count, editor.selected + 1), &editor)
            editor.editing?[0].insert(String(character))
        case .delete, .backspace:
            guard items.indices.contains(editor.selected) else { return [] }
            items.remove(at: editor.selected)
            change(items, editor.target, in: &state)
            state.message = "Deleted the item; Ctrl-_ brings it back."
        case .shiftDown, .shiftUp:
            let target = editor.selected + (key == .shiftDown ? 1 : -1)
            guard items.indices.contains(editor.selected), items.indices.contains(target) else { return [] }
            items.swapAt(editor.selected, target)
            editor.selected = target
            change(items, editor.target, in: &state)
        case .control("_"):
            Editor.undo(&state)
            editor.selected = min(editor.selected, editor.target.items(in: state.draft).count)
        case .control("r"):
            Editor.redo(&state)
            editor.selected = min(editor.selected, editor.target.items(in: state.draft).count)
        case .escape:
            state.modal = nil
            return []
        case .character(let character) where !character.isWhitespace && !TextField.isControl(character):
            // A letter typed with no item open starts a new item with it, so a sentence typed
            // without `a` or Enter is kept whole instead of running as commands.
            startAdding(at: items.isEmpty ? 0 : min(items.count, editor.selected + 1), &editor)
            editor.editing?[0].insert(String(character))
        default:
            return []
        }
        state.modal = .list(editor)
        return []
    }

    /// Pasted text goes into the item being typed. Several lines pasted into a list of sentences
    /// become several items, one per line, after the one being typed.
    static func paste(_ text: String, editor: ListEditor, in state: inout EditorState) {
        var editor = editor
        guard var fields = editor.editing else { return }
        let lines = text.split(whereSeparator: \.isNewline).map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        guard editor.target.columns.count == 1, lines.count > 1 else {
            fields[editor.column].insert(text)
            editor.editing = fields
            state.modal = .list(editor)
            return
        }
        fields[0].insert(lines[0])
        editor.editing = fields
        _ = handle(.enter, editor: editor, in: &state)
        guard case .list(var kept)? = state.modal else { return }
        var items = kept.target.items(in: state.draft)
        let at = min(items.count, kept.selected + 1)
        items.insert(contentsOf: lines.dropFirst().map { [$0] }, at: at)
        change(items, kept.target, in: &state)
        kept.selected = at + lines.count - 2
        state.modal = .list(kept)
        state.message = "Pasted \(lines.count) items, one per line."
    }

    static func startAdding(at index: Int, _ editor: inout ListEditor) {
        editor.insertingAt = index
        editor.selected = index
        editor.editing = editor.target.columns.map { _ in TextField() }
        editor.column = 0
    }

    private static func change(_ items: [[String]], _ target: ListEditor.Target, in state: inout EditorState) {
        target.set(items, in: &state.draft)
        Editor.edited(&state)
    }
}
