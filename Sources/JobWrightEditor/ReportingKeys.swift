import JobWrightCore

/// Keys of the Reporting screen: reports-to, dotted lines, supervised roles with head counts,
/// and who the position works with.
enum ReportingKeys {
    static func handle(_ key: Key, in state: inout EditorState) -> [Effect] {
        let rows = state.reportingRows
        var selected = min(state.reporting.selected, rows.count - 1)
        switch key {
        case .up, .character("k"): selected = max(0, selected - 1)
        case .down, .character("j"): selected = min(rows.count - 1, selected + 1)
        case .home, .character("g"): selected = 0
        case .end, .character("G"): selected = rows.count - 1
        case .enter, .character("a"), .character(" "):
            state.reporting.selected = selected
            openPicker(for: rows[selected], in: &state)
            return []
        case .character("+"), .character("="), .right:
            if case .supervised(let index) = rows[selected] { changeCount(index, by: 1, in: &state) }
        case .character("-"), .left:
            if case .supervised(let index) = rows[selected] { changeCount(index, by: -1, in: &state) }
        case .character("d"), .delete, .backspace:
            remove(rows[selected], in: &state)
            selected = min(selected, state.reportingRows.count - 1)
        default:
            break
        }
        state.reporting.selected = selected
        return []
    }

    static func changeCount(_ index: Int, by step: Int, in state: inout EditorState) {
        let count = (state.draft.reporting.supervises[index].count ?? 1) + step
        guard count >= 1 else { return }
        state.draft.reporting.supervises[index].count = count
        Editor.edited(&state)
    }

    static func remove(_ row: EditorState.ReportingRow, in state: inout EditorState) {
        switch row {
        case .reportsTo: state.draft.reporting.reportsTo = nil
        case .alsoReportsTo(let index): state.draft.reporting.alsoReportsTo.remove(at: index)
        case .dotted(let index): state.draft.reporting.dottedLines.remove(at: index)
        case .supervised(let index): state.draft.reporting.supervises.remove(at: index)
        case .worksWith(let index): state.draft.reporting.worksWith.remove(at: index)
        default: return
        }
        Editor.edited(&state)
    }

    static func openPicker(for row: EditorState.ReportingRow, in state: inout EditorState) {
        let catalog = state.context.catalog
        let central = catalog.roles.filter { $0.level == .centralOffice }.map(\.id)
        let building = catalog.roles.filter { $0.level == .building }.map(\.id)
        let target: RolePicker.Target
        var roles = central + building
        switch row {
        case .reportsTo: target = .reportsTo
        case .alsoReportsTo, .addAlsoReportsTo: target = .alsoReportsTo
        case .dotted, .addDotted: target = .dottedLine
        case .supervised, .addSupervised:
            target = .supervises
            let usual = catalog.role("technology-director")?.usualDirectReports ?? []
            roles = usual + roles.filter { !usual.contains($0) }
        case .worksWith, .addWorksWith: target = .worksWith
        }
        state.modal = .rolePicker(RolePicker(target: target, roles: roles))
    }

    /// In the picker letters (and digits, spaces) search the roles; the commands are keys that
    /// are not letters: the arrows, Enter, Esc, and Ctrl-T for a title the catalog does not list
    /// ("Network" typed to search once ran `t` and typed "work" as a title).
    static func handlePicker(_ key: Key, picker: RolePicker, in state: inout EditorState) -> [Effect] {
        var picker = picker
        if picker.typing {
            switch key {
            case .enter:
                let text = picker.typed.text.trimmingSpaces
                guard !text.isEmpty else { return [.bell] }
                choose(text, picker: picker, in: &state)
            case .escape: picker.typing = false; state.modal = .rolePicker(picker)
            default: if picker.typed.handle(key) { state.modal = .rolePicker(picker) }
            }
            return []
        }
        if picker.move(key) {
            state.modal = .rolePicker(picker)
            return []
        }
        switch key {
        case .control("t"):
            picker.typing = true
            picker.typed = TextField(picker.filter.text.trimmingSpaces)
        case .enter:
            if let role = picker.highlighted {
                choose(role, picker: picker, in: &state)
            } else {
                // No listed role holds the words: they are the title (the list said so).
                let text = picker.filter.text.trimmingSpaces
                guard !text.isEmpty else { return [.bell] }
                choose(text, picker: picker, in: &state)
            }
            return []
        case .character(" ") where picker.filter.text.isEmpty:
            // Space chooses, as in every list, until a search is typed (then it is a space).
            guard let role = picker.highlighted else { return [.bell] }
            choose(role, picker: picker, in: &state)
            return []
        case .escape:
            state.modal = nil
            return []
        default:
            guard picker.search(key, in: state.context.catalog) else { return [] }
        }
        state.modal = .rolePicker(picker)
        return []
    }

    /// Pasted text goes into the title being typed, or else into the search.
    static func pasteIntoPicker(_ text: String, picker: RolePicker, in state: inout EditorState) {
        var picker = picker
        if picker.typing {
            picker.typed.insert(text)
        } else {
            picker.searchPasted(text, in: state.context.catalog)
        }
        state.modal = .rolePicker(picker)
    }

    /// Puts the chosen role (an id, or typed text) on the selected row, or adds it.
    static func choose(_ value: String, picker: RolePicker, in state: inout EditorState) {
        state.modal = nil
        let rows = state.reportingRows
        let row = rows[min(state.reporting.selected, rows.count - 1)]
        var reporting = state.draft.reporting
        switch row {
        case .reportsTo: reporting.reportsTo = value
        case .alsoReportsTo(let index): reporting.alsoReportsTo[index] = value
        case .addAlsoReportsTo: reporting.alsoReportsTo.append(value)
        case .dotted(let index): reporting.dottedLines[index] = value
        case .addDotted: reporting.dottedLines.append(value)
        case .supervised(let index): reporting.supervises[index].role = value
        case .addSupervised: reporting.supervises.append(SupervisedRole(role: value, count: 1))
        case .worksWith(let index): reporting.worksWith[index] = value
        case .addWorksWith: reporting.worksWith.append(value)
        }
        state.draft.reporting = reporting
        Editor.edited(&state)
        if picker.target == .reportsTo || picker.target == .alsoReportsTo,
           let role = state.context.catalog.role(value), role.level == .building {
            state.message = "\(role.title) is a building-level role: the profile places this position at the central office."
        }
    }
}
