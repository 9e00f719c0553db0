import JobWrightCore

/// Keys of the Rubric screen: what is assessed, weights, questions, scale and committee.
enum RubricKeys {
    /// Rows: one per rubric row, then "add a row", then the committee line.
    static func rowCount(_ state: EditorState) -> Int { state.draft.rubric.rows.count + 2 }

    static func handle(_ key: Key, in state: inout EditorState) -> [Effect] {
        let count = rowCount(state)
        var selected = min(state.rubric.selected, count - 1)
        let rows = state.draft.rubric.rows
        switch key {
        case .up, .character("k"): selected = max(0, selected - 1)
        case .down, .character("j"): selected = min(count - 1, selected + 1)
        case .character("+"), .character("="), .right:
            guard rows.indices.contains(selected) else { break }
            state.draft.rubric.rows[selected].weight = Amount(rows[selected].effectiveWeight + 1)
            Editor.edited(&state)
        case .character("-"), .left:
            guard rows.indices.contains(selected), rows[selected].effectiveWeight > 1 else { break }
            state.draft.rubric.rows[selected].weight = Amount(rows[selected].effectiveWeight - 1)
            Editor.edited(&state)
        case .character("o"):
            guard rows.indices.contains(selected) else { break }
            nextQuestion(for: selected, in: &state)
        case .character("b"):
            guard rows.indices.contains(selected), !state.draft.competencies.isEmpty else { break }
            state.modal = .assessedBullets(row: selected, selected: 0)
        case .character("w"):
            guard rows.indices.contains(selected) else { break }
            state.modal = .customQuestion(questionForm(for: selected, in: state))
        case .character("r"):
            guard rows.indices.contains(selected) else { break }
            state.rubric.editingName = TextField(state.draft.resolvedRubricRows(in: state.context.catalog)[selected].name)
        case .character("d"), .delete:
            guard rows.indices.contains(selected) else { break }
            state.draft.rubric.rows.remove(at: selected)
            Editor.edited(&state)
            state.message = "Deleted row \(selected + 1); u brings it back."
        case .character("s"):
            let scales = state.context.catalog.scales.map(\.id)
            let current = scales.firstIndex(of: state.draft.rubric.scale ?? scales.first ?? "") ?? 0
            state.draft.rubric.scale = scales[(current + 1) % scales.count]
            Editor.edited(&state)
        case .enter, .character("a"):
            if selected == rows.count || key == .character("a") {
                addRow(in: &state)
                selected = max(0, min(state.draft.rubric.rows.count - 1, selected))
            } else if selected == rows.count + 1 {
                state.modal = .list(ListEditor(target: .committee))
            } else if rows.indices.contains(selected) {
                // Enter opens the row's question (o swaps in another from the bank).
                state.modal = .customQuestion(questionForm(for: selected, in: state))
            }
        default: break
        }
        state.rubric.selected = selected
        return []
    }

    static func handleEditing(_ key: Key, in state: inout EditorState) -> [Effect] {
        if var field = state.rubric.editingName {
            switch key {
            case .enter:
                let index = state.rubric.selected
                state.draft.rubric.rows[index].name = field.text.trimmingSpaces.isEmpty ? nil : field.text.trimmingSpaces
                state.rubric.editingName = nil
                Editor.edited(&state)
            case .escape: state.rubric.editingName = nil
            default: if field.handle(key) { state.rubric.editingName = field }
            }
        }
        return []
    }

    /// The dialog for the committee's own question, filled from the row's current question so a
    /// bank question can be adapted.
    static func questionForm(for index: Int, in state: EditorState) -> CustomQuestionForm {
        let resolved = state.draft.resolvedRubricRows(in: state.context.catalog)[index]
        let levels = state.draft.rubricScale(in: state.context.catalog)?.levels ?? []
        let fields = [TextField(resolved.questionText.collapsingWhitespace), TextField(resolved.probes.joined(separator: " | "))]
            + levels.map { TextField(resolved.anchors[$0.id]?.collapsingWhitespace ?? "") }
        var form = CustomQuestionForm(row: index, type: resolved.questionType ?? .behavioural, fields: fields,
                                      levelIDs: levels.map(\.id), levelNames: levels.map(\.name))
        form.initial = fields.map(\.text)
        return form
    }

    static func handleQuestionForm(_ key: Key, form: CustomQuestionForm, in state: inout EditorState) -> [Effect] {
        var form = form
        switch form.onEscape(key, warning: "Esc again discards what you wrote; Ctrl-S saves it.") {
        case .close: state.modal = nil; return []
        case .warned: state.modal = .customQuestion(form); return [.bell]
        case .notEscape: break
        }
        switch key {
        case .up, .backTab: form.selected = max(0, form.selected - 1)
        case .down, .tab: form.selected = min(form.fields.count, form.selected + 1)
        case .enter where form.selected < form.fields.count:
            form.selected += 1
        case .enter, .control("s"):
            let text = form.fields[0].text.trimmingSpaces
            guard !text.isEmpty else {
                form.error = "Write the question first."
                state.modal = .customQuestion(form)
                return [.bell]
            }
            var anchors = Anchors([:])
            for (offset, id) in form.levelIDs.enumerated() where !form.fields[offset + 2].text.trimmingSpaces.isEmpty {
                anchors[id] = form.fields[offset + 2].text.trimmingSpaces
            }
            // A new question with the bank question's probes and anchors is probably a mistake.
            let rewritten = text != form.initial.first?.trimmingSpaces
            if rewritten && Array(form.fields.dropFirst().map(\.text)) == Array(form.initial.dropFirst()) && !form.warnedAboutAnchors
                && form.initial.dropFirst().contains(where: { !$0.isEmpty }) {
                form.warnedAboutAnchors = true
                form.error = "The probes and anchors below were written for the bank question: rewrite them, or Ctrl-S again to keep them."
                state.modal = .customQuestion(form)
                return [.bell]
            }
            let probes = form.fields[1].text.split(separator: "|").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            let catalog = state.context.catalog
            let row = state.draft.rubric.rows[form.row]
            if row.area == nil {
                state.draft.rubric.rows[form.row].area = row.question.flatMap { catalog.question($0)?.area }
                    ?? row.assesses.first.flatMap { state.draft.bullet($0, in: catalog)?.area }
            }
            state.draft.rubric.rows[form.row].question = nil
            state.draft.rubric.rows[form.row].customQuestion = CustomQuestion(type: form.type, text: text, probes: probes, anchors: anchors)
            Editor.edited(&state)
            state.modal = nil
            state.message = anchors.byLevel.count < form.levelIDs.count
                ? "Kept the question; write an anchor for every level before the interviews (see 7 Checks). Ctrl-S saves the file."
                : "Kept the committee's own question; Ctrl-S saves the file."
            return []
        default:
            if form.selected == 0 {
                if key == .character(" ") || key == .left || key == .right { form.type = form.type == .behavioural ? .situational : .behavioural }
            } else {
                _ = form.fields[form.selected - 1].handle(key)
            }
        }
        state.modal = .customQuestion(form)
        return []
    }

    /// Space marks or unmarks a chosen bullet as assessed by the row; Enter or Esc closes.
    static func handleAssessed(_ key: Key, row: Int, selected: Int, in state: inout EditorState) -> [Effect] {
        let chosen = state.draft.competencies
        var selected = selected
        switch key {
        case .up, .character("k"): selected = max(0, selected - 1)
        case .down, .character("j"): selected = min(chosen.count - 1, selected + 1)
        case .character(" "), .character("x"):
            let id = chosen[selected]
            var assesses = state.draft.rubric.rows[row].assesses
            if let at = assesses.firstIndex(of: id) { assesses.remove(at: at) } else { assesses.append(id) }
            state.draft.rubric.rows[row].assesses = assesses
            Editor.edited(&state)
        case .enter, .escape:
            state.modal = nil
            return []
        default: break
        }
        state.modal = .assessedBullets(row: row, selected: selected)
        return []
    }

    /// Cycles the row through its area's questions in the bank.
    static func nextQuestion(for index: Int, in state: inout EditorState) {
        let catalog = state.context.catalog
        let row = state.draft.rubric.rows[index]
        let area = row.area ?? row.question.flatMap { catalog.question($0)?.area }
            ?? row.assesses.first.flatMap { state.draft.bullet($0, in: catalog)?.area }
        guard let area else { return }
        let questions = catalog.questions(inArea: area).map(\.id)
        guard !questions.isEmpty else { return }
        let current = row.question.flatMap { questions.firstIndex(of: $0) } ?? -1
        state.draft.rubric.rows[index].question = questions[(current + 1) % questions.count]
        if row.customQuestion != nil {
            state.draft.rubric.rows[index].customQuestion = nil
            state.message = "Replaced the committee's own question with one from the bank; u brings it back."
        }
        Editor.edited(&state)
    }

    /// Adds a row for the next area that has chosen bullets but no row yet.
    static func addRow(in state: inout EditorState) {
        let catalog = state.context.catalog
        guard let area = state.draft.areasWithoutRubricRow(in: catalog).first else {
            state.message = "Every area with chosen bullets has a row; choose more bullets first."
            return
        }
        state.draft.rubric.rows.append(state.draft.proposedRubricRow(forArea: area.id, in: catalog))
        Editor.edited(&state)
        state.message = "Added a row for \(area.title)."
    }
}
