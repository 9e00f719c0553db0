/// Keys of the Position screen: a form of every draft field.
enum PositionKeys {
    static func handle(_ key: Key, in state: inout EditorState) -> [Effect] {
        let count = FormField.all.count
        let page = max(1, state.height - 6)
        switch key {
        case .up, .character("k"): state.position.selected = max(0, state.position.selected - 1)
        case .down, .character("j"): state.position.selected = min(count - 1, state.position.selected + 1)
        case .pageUp: state.position.selected = max(0, state.position.selected - page)
        case .pageDown: state.position.selected = min(count - 1, state.position.selected + page)
        case .home, .character("g"): state.position.selected = 0
        case .end, .character("G"): state.position.selected = count - 1
        case .enter, .character("e"), .character(" "), .left, .right:
            let field = FormField.all[state.position.selected]
            if case .choice(let choices) = field.kind {
                let current = field.get(state.draft)
                let index = choices.firstIndex(of: current)
                let step = key == .left ? -1 : 1
                let next = index.map { ($0 + step + choices.count) % choices.count } ?? 0
                _ = field.set(&state.draft, choices[next])
                Editor.edited(&state)
            } else if key == .enter || key == .character("e") {
                state.position.editing = TextField(field.get(state.draft))
                state.position.error = nil
            }
        case .delete, .backspace:
            let field = FormField.all[state.position.selected]
            guard !field.get(state.draft).isEmpty else { return [] }
            if case .choice = field.kind { return [] }
            _ = field.set(&state.draft, "")
            Editor.edited(&state)
        default:
            break
        }
        return []
    }

    static func handleEditing(_ key: Key, in state: inout EditorState) -> [Effect] {
        guard var field = state.position.editing else { return [] }
        let descriptor = FormField.all[state.position.selected]
        switch key {
        case .enter, .tab:
            let value = field.text.trimmingSpaces
            if value == descriptor.get(state.draft) {
                state.position.editing = nil
                return []
            }
            var draft = state.draft
            if let error = descriptor.set(&draft, value) {
                state.position.error = error
                return [.bell]
            }
            state.draft = draft
            state.position.editing = nil
            state.position.error = nil
            Editor.edited(&state)
            if key == .tab { state.position.selected = min(FormField.all.count - 1, state.position.selected + 1) }
        case .escape:
            state.position.editing = nil
            state.position.error = nil
        default:
            if field.handle(key) { state.position.editing = field }
        }
        return []
    }
}

/// Keys of the Preview screen: scrolling, and posting or rubric.
enum PreviewKeys {
    static func handle(_ key: Key, in state: inout EditorState) -> [Effect] {
        let page = max(1, state.height - View.bodyTop - 3)
        let last = max(0, state.preview.lines.count - page)
        switch key {
        case .up, .character("k"): state.preview.scroll = max(0, state.preview.scroll - 1)
        case .down, .character("j"): state.preview.scroll = min(last, state.preview.scroll + 1)
        case .pageUp, .character("b"): state.preview.scroll = max(0, state.preview.scroll - page)
        case .pageDown, .character(" "): state.preview.scroll = min(last, state.preview.scroll + page)
        case .home, .character("g"): state.preview.scroll = 0
        case .end, .character("G"): state.preview.scroll = last
        case .character("t"), .character("p"), .character("r"):
            state.preview.document = state.preview.document == .posting ? .rubric : .posting
            state.preview.scroll = 0
        default: break
        }
        return []
    }
}

/// Keys of the Checks screen: the findings, and Enter to jump to the field concerned.
enum ChecksKeys {
    static func handle(_ key: Key, in state: inout EditorState) -> [Effect] {
        let count = state.checks.findings.count
        switch key {
        case .up, .character("k"): state.checks.selected = max(0, state.checks.selected - 1)
        case .down, .character("j"): state.checks.selected = min(max(0, count - 1), state.checks.selected + 1)
        case .home, .character("g"): state.checks.selected = 0
        case .end, .character("G"): state.checks.selected = max(0, count - 1)
        case .enter:
            guard state.checks.findings.indices.contains(state.checks.selected) else { return [] }
            jump(to: state.checks.findings[state.checks.selected].field ?? "", in: &state)
        default: break
        }
        return []
    }

    /// Opens the screen that edits a field path and selects the field.
    static func jump(to field: String, in state: inout EditorState) {
        let head = field.prefix { $0 != "[" && $0 != "." }
        switch head {
        case "reporting":
            state.screen = .reporting
            state.reporting.selected = 0
        case "competencies", "customCompetencies":
            state.screen = .competencies
            if let index = Int(field.drop { $0 != "[" }.dropFirst().prefix { $0 != "]" }),
               head == "competencies", state.draft.competencies.indices.contains(index),
               let bullet = state.draft.bullet(state.draft.competencies[index], in: state.context.catalog),
               let area = state.context.catalog.areas.firstIndex(where: { $0.id == bullet.area }) {
                state.competencies.area = area
                state.competencies.bullet = state.visibleBullets.firstIndex { $0.id == bullet.id } ?? 0
                state.competencies.focus = .bullets
            }
        case "rubric":
            state.screen = .rubric
            if let index = Int(field.drop { $0 != "[" }.dropFirst().prefix { $0 != "]" }) { state.rubric.selected = index }
        default:
            state.screen = .position
            if let index = FormField.all.firstIndex(where: { field == $0.path || field.hasPrefix($0.path + ".") || field.hasPrefix($0.path + "[") })
                ?? FormField.all.firstIndex(where: { $0.path.hasPrefix(field) }) {
                state.position.selected = index
            }
        }
    }
}
