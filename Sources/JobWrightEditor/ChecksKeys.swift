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
            let finding = state.checks.findings[state.checks.selected]
            guard let field = finding.field, !field.isEmpty else {
                state.message = "This finding is about the posting as a whole, not one field."
                return []
            }
            jump(to: field, in: &state)
            if let area = finding.area, let index = state.context.catalog.areas.firstIndex(where: { $0.id == area }) {
                state.competencies.area = index
                state.competencies.filter = nil
                state.competencies.bullet = 0
                state.competencies.focus = .areas
            }
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
            // The row the finding names: reportsTo, alsoReportsTo[1], supervises[0].role, ...
            let index = Int(field.drop { $0 != "[" }.dropFirst().prefix { $0 != "]" })
            let row: EditorState.ReportingRow? = switch field.split(separator: ".").dropFirst().first?.prefix(while: { $0 != "[" }) {
            case "alsoReportsTo": index.map(EditorState.ReportingRow.alsoReportsTo)
            case "dottedLines": index.map(EditorState.ReportingRow.dotted)
            case "supervises": index.map(EditorState.ReportingRow.supervised)
            case "worksWith": index.map(EditorState.ReportingRow.worksWith)
            default: .reportsTo
            }
            state.reporting.selected = row.flatMap { state.reportingRows.firstIndex(of: $0) } ?? 0
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
            if let index = FormField.index(forPath: field) { state.position.selected = index }
        }
    }

    /// `n` or Ctrl-N: the next field, after the highlighted one in the Position screen's order, that the
    /// checks say still needs a value (errors and warnings); then the other screens' findings.
    static func nextToFill(in state: inout EditorState) {
        // Up to date with a value kept in this same key (Ctrl-N in an open field): the findings
        // from before it sent a minimum pay on to the summary instead of the maximum.
        Editor.refreshChecks(&state)
        let serious = state.checks.findings.filter { $0.severity != .notice }
        let needing = Set(serious.compactMap { $0.field.flatMap(FormField.index(forPath:)) })
        let count = FormField.all.count
        let start = state.screen == .position ? state.position.selected + 1 : 0
        if let next = (0..<count).map({ (start + $0) % count }).first(where: needing.contains) {
            state.screen = .position
            state.position.selected = next
            state.message = "Next to fill in: \(FormField.all[next].label) (\(needing.count) field\(needing.count == 1 ? "" : "s") left; Ctrl-N goes on)."
        } else if let other = serious.first(where: { $0.field != nil }) {
            jump(to: other.field!, in: &state)
            state.message = "\(FieldNames.name(other.field)): \(other.message)"
        } else if let unplaced = serious.first {
            // Findings no field holds (the posting's JSON-LD as a whole): still there, so the
            // message must not say the checks are clear.
            state.message = "Nothing left to fill in, but the checks still find: \(unplaced.message) (7 Checks lists \(View.counted(serious.count, "finding")))."
        } else {
            state.message = "Nothing left to fill in: the checks find no errors or warnings."
        }
    }
}
