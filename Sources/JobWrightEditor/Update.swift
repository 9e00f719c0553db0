import JobWrightCore
import JobWrightRender

/// The editor's only way to change: `update(&state, event)` returns the effects (save, export,
/// quit) for the runtime to carry out. It reads no files and draws nothing.
public enum Editor {
    /// Seconds after an edit by which the recovery copy is written (the promise is 2 s).
    static let recoveryDelay = 1.5
    /// Seconds of quiet before the checks run again.
    static let checksDelay = 0.4

    public static func update(_ state: inout EditorState, _ event: Event) -> [Effect] {
        var effects: [Effect] = []
        switch event {
        case .tick(let now):
            state.now = now
            effects += autosave(&state)
        case .resize(let width, let height):
            state.width = width
            state.height = height
        case .paste(let text):
            paste(text, into: &state)
        case .click(let row, let column):
            click(row: row, column: column, in: &state)
        case .key(let key):
            effects += handle(key, in: &state)
        }
        refreshCaches(&state)
        return effects
    }

    /// Called by the runtime when an effect could not be carried out.
    public static func effectFailed(_ state: inout EditorState, _ effect: Effect, message: String) {
        if case .save = effect {
            state.modified = true
            state.quitting = false
            if state.unsavedSince == nil { state.unsavedSince = state.now }
        }
        state.message = message
    }

    // MARK: - Time

    static func autosave(_ state: inout EditorState) -> [Effect] {
        guard let since = state.unsavedSince, state.now - since >= recoveryDelay else { return [] }
        state.unsavedSince = nil
        state.recoveryWritten = true
        guard let yaml = try? draftWithOpenField(state).yaml() else { return [] }
        return [.writeRecovery(path: state.recoveryPath, contents: yaml)]
    }

    /// The draft with the text of a field still being typed put in (when it is valid), so the
    /// recovery copy holds what is on the screen.
    public static func draftWithOpenField(_ state: EditorState) -> Draft {
        var draft = state.draft
        if let field = state.position.editing, FormField.all.indices.contains(state.position.selected) {
            var candidate = draft
            if FormField.all[state.position.selected].set(&candidate, field.text.trimmingSpaces) == nil { draft = candidate }
        }
        if let field = state.rubric.editingName, draft.rubric.rows.indices.contains(state.rubric.selected) {
            draft.rubric.rows[state.rubric.selected].name = field.text.trimmingSpaces
        }
        return draft
    }

    /// Keeps the preview and the checks current. Checks run after a short quiet spell (or at
    /// once on the Checks screen), the preview whenever it is shown.
    static func refreshCaches(_ state: inout EditorState) {
        if state.screen == .preview && !state.isTooSmall { renderPreview(&state) }
        let quiet = state.now - state.lastEditTime >= checksDelay
        if state.checks.checkedVersion != state.version && (quiet || state.screen == .checks), let checker = state.context.checker {
            if let loaded = try? Draft.load(path: state.path ?? "untitled.yaml", text: (try? state.draft.yaml()) ?? "") {
                state.checks.findings = checker.check(loaded)
            }
            state.checks.checkedVersion = state.version
            state.checks.selected = min(state.checks.selected, max(0, state.checks.findings.count - 1))
        }
    }

    static func renderPreview(_ state: inout EditorState) {
        let width = max(20, state.width - 2)
        let preview = state.preview
        guard preview.renderedVersion != state.version || preview.renderedWidth != width || preview.renderedDocument != preview.document else { return }
        let options = RenderOptions(format: .text, width: width, ascii: state.context.ascii)
        let text = (try? state.context.renderer.render(preview.document, draft: state.draft, options: options)) ?? "(this draft cannot be rendered yet)"
        state.preview.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0 == "\u{0C}" ? String(repeating: "-", count: 20) + " page break" : String($0) }
        state.preview.renderedVersion = state.version
        state.preview.renderedWidth = width
        state.preview.renderedDocument = preview.document
        state.preview.scroll = min(state.preview.scroll, max(0, state.preview.lines.count - 1))
    }

    /// Records that the draft changed: modified, a new version for the caches, and the clock
    /// for the recovery copy.
    static func edited(_ state: inout EditorState) {
        state.modified = true
        state.version += 1
        state.lastEditTime = state.now
        if state.unsavedSince == nil { state.unsavedSince = state.now }
    }

    // MARK: - Keys

    static func handle(_ key: Key, in state: inout EditorState) -> [Effect] {
        if state.modal != nil { return handleModal(key, in: &state) }
        if state.isTooSmall {
            if key == .character("q") || key == .control("c") { return requestQuit(&state) }
            return []
        }
        if isEditingText(state) { return handleTextEditing(key, in: &state) }
        state.message = nil
        switch key {
        case .control("s"): return save(&state)
        case .control("q"): return requestQuit(&state)
        case .tab:
            switchScreen(&state, to: Screen(rawValue: state.screen.rawValue % Screen.allCases.count + 1)!)
            return []
        case .backTab:
            switchScreen(&state, to: Screen(rawValue: (state.screen.rawValue + Screen.allCases.count - 2) % Screen.allCases.count + 1)!)
            return []
        case .character("?"), .function(1):
            state.modal = .help
            return []
        case .character("q"):
            return requestQuit(&state)
        case .character(let digit) where digit.isASCII && digit.isNumber:
            if let number = digit.wholeNumberValue, let screen = Screen(rawValue: number) { switchScreen(&state, to: screen) }
            return []
        default:
            break
        }
        switch state.screen {
        case .position: return PositionKeys.handle(key, in: &state)
        case .competencies: return CompetencyKeys.handle(key, in: &state)
        case .reporting: return ReportingKeys.handle(key, in: &state)
        case .rubric: return RubricKeys.handle(key, in: &state)
        case .preview: return PreviewKeys.handle(key, in: &state)
        case .export: return ExportKeys.handle(key, in: &state)
        case .checks: return ChecksKeys.handle(key, in: &state)
        }
    }

    static func switchScreen(_ state: inout EditorState, to screen: Screen) {
        state.screen = screen
        if screen == .export, let path = state.path, state.export.path.text.isEmpty {
            state.export.path = TextField(EditorState.exportName(for: path, extension: "txt"))
        }
    }

    static func isEditingText(_ state: EditorState) -> Bool {
        state.position.editing != nil || state.competencies.filterEditing || state.rubric.editingName != nil
            || state.rubric.editingCommittee != nil || state.export.editingPath
    }

    static func handleTextEditing(_ key: Key, in state: inout EditorState) -> [Effect] {
        // Ctrl-S keeps what is typed (as Enter would), then saves.
        if key == .control("s") {
            _ = handleTextEditing(.enter, in: &state)
            return isEditingText(state) ? [.bell] : save(&state)
        }
        // Typing counts for the recovery copy even before the field is kept.
        if case .character = key, state.unsavedSince == nil { state.unsavedSince = state.now }
        switch state.screen {
        case .position: return PositionKeys.handleEditing(key, in: &state)
        case .competencies: return CompetencyKeys.handleFilter(key, in: &state)
        case .rubric: return RubricKeys.handleEditing(key, in: &state)
        case .export: return ExportKeys.handleEditing(key, in: &state)
        default: return []
        }
    }

    static func paste(_ text: String, into state: inout EditorState) {
        if case .savePath(var field)? = state.modal { field.insert(text); state.modal = .savePath(field); return }
        if case .customBullet(var form)? = state.modal, form.selected == 0 { form.text.insert(text); state.modal = .customBullet(form); return }
        if case .rolePicker(var picker)? = state.modal, picker.typing { picker.typed.insert(text); state.modal = .rolePicker(picker); return }
        if case .customQuestion(var form)? = state.modal, form.selected > 0 {
            form.fields[form.selected - 1].insert(text); state.modal = .customQuestion(form); return
        }
        if var field = state.position.editing { field.insert(text); state.position.editing = field }
        else if state.competencies.filterEditing { state.competencies.filter = (state.competencies.filter ?? "") + text.filter { !$0.isNewline } }
        else if var field = state.rubric.editingName { field.insert(text); state.rubric.editingName = field }
        else if var field = state.rubric.editingCommittee { field.insert(text); state.rubric.editingCommittee = field }
        else if state.export.editingPath { state.export.path.insert(text) }
    }

    // MARK: - Saving and quitting

    static func save(_ state: inout EditorState) -> [Effect] {
        guard let path = state.path else {
            state.modal = .savePath(TextField("draft.yaml"))
            return []
        }
        if !state.openErrors.isEmpty {
            state.modal = .confirmOverwrite
            return []
        }
        return saveNow(&state, to: path)
    }

    static func saveNow(_ state: inout EditorState, to path: String) -> [Effect] {
        guard let yaml = try? state.draft.yaml() else {
            state.message = "The draft could not be written as YAML."
            return [.bell]
        }
        let recovery = state.recoveryPath
        state.path = path
        state.modified = false
        state.unsavedSince = nil
        state.recoveryWritten = false
        state.openErrors = []
        state.message = "Saved \(path)"
        var effects: [Effect] = [.save(path: path, contents: yaml), .removeRecovery(path: recovery)]
        if recovery != state.recoveryPath { effects.append(.removeRecovery(path: state.recoveryPath)) }
        return effects
    }

    static func requestQuit(_ state: inout EditorState) -> [Effect] {
        if state.modified {
            state.modal = .confirmQuit
            return []
        }
        state.quitting = true
        return [.removeRecovery(path: state.recoveryPath), .quit]
    }

    // MARK: - Dialogs

    static func handleModal(_ key: Key, in state: inout EditorState) -> [Effect] {
        guard let modal = state.modal else { return [] }
        switch modal {
        case .help:
            state.modal = nil
        case .confirmQuit:
            switch key {
            case .character("s"), .character("S"):
                state.modal = nil
                var effects = save(&state)
                if !state.modified && state.modal == nil { state.quitting = true; effects.append(.quit) }
                return effects
            case .character("d"), .character("D"), .character("y"), .character("Y"):
                state.modal = nil
                state.quitting = true
                return [.removeRecovery(path: state.recoveryPath), .quit]
            case .escape, .character("n"), .character("N"), .character("c"):
                state.modal = nil
            default:
                return [.bell]
            }
        case .recovery(let recovered):
            switch key {
            case .character("r"), .character("R"):
                if let draft = try? Draft.load(path: state.recoveryPath, text: recovered).draft {
                    state.draft = draft
                    edited(&state)
                    state.message = "Restored the unsaved edits; Ctrl-S saves them."
                }
                state.modal = nil
            case .character("d"), .character("D"):
                state.modal = nil
                state.message = "Discarded the recovered edits."
                return [.removeRecovery(path: state.recoveryPath)]
            case .character("k"), .character("K"):
                state.modal = nil
                let kept = EditorState.exportName(for: state.path ?? "untitled.yaml", extension: "recovered.yaml")
                state.message = "Kept the recovered edits in \(kept)."
                return [.export(path: kept, contents: recovered), .removeRecovery(path: state.recoveryPath)]
            default:
                return [.bell]
            }
        case .savePath(var field):
            switch key {
            case .enter:
                let path = field.text.trimmingSpaces
                guard !path.isEmpty else { return [.bell] }
                state.modal = nil
                return saveNow(&state, to: path)
            case .escape:
                state.modal = nil
            default:
                if !field.handle(key) { return [] }
                state.modal = .savePath(field)
            }
        case .confirmOverwrite:
            state.modal = nil
            if key == .character("y") || key == .character("Y"), let path = state.path {
                state.openErrors = []
                return saveNow(&state, to: path)
            }
        case .customBullet(let form):
            return CompetencyKeys.handleCustomBullet(key, form: form, in: &state)
        case .rolePicker(let picker):
            return ReportingKeys.handlePicker(key, picker: picker, in: &state)
        case .customQuestion(let form):
            return RubricKeys.handleQuestionForm(key, form: form, in: &state)
        case .assessedBullets(let row, let selected):
            return RubricKeys.handleAssessed(key, row: row, selected: selected, in: &state)
        }
        return []
    }

    // MARK: - Mouse

    static func click(row: Int, column: Int, in state: inout EditorState) {
        guard state.modal == nil, !state.isTooSmall, !isEditingText(state) else { return }
        if row == 0 {
            if let screen = View.tabHit(column: column, width: state.width) { switchScreen(&state, to: screen) }
            return
        }
        let bodyRow = row - View.bodyTop
        guard bodyRow >= 0 else { return }
        switch state.screen {
        case .position:
            let index = View.positionScroll(state) + bodyRow
            if FormField.all.indices.contains(index) { state.position.selected = index }
        case .competencies:
            let split = View.competencySplit(state.width)
            if column < split {
                if state.context.catalog.areas.indices.contains(bodyRow - 1) {
                    state.competencies.area = bodyRow - 1
                    state.competencies.bullet = 0
                    state.competencies.focus = .areas
                }
            } else {
                let index = View.bulletScroll(state) + (bodyRow - 1)
                guard state.visibleBullets.indices.contains(index) else { return }
                if state.competencies.focus == .bullets && state.competencies.bullet == index {
                    CompetencyKeys.toggle(state.visibleBullets[index].id, in: &state)
                }
                state.competencies.focus = .bullets
                state.competencies.bullet = index
            }
        case .reporting:
            if let index = ReportingView.screenRows(state, top: View.bodyTop).firstIndex(of: row), column < min(44, state.width / 2) {
                state.reporting.selected = index
            }
        case .rubric:
            let index = View.scroll(selected: state.rubric.selected, visible: state.height - View.bodyTop - 2 - 7) + bodyRow - 1
            if index >= 0 && index < RubricKeys.rowCount(state) { state.rubric.selected = index }
        case .export:
            let index = bodyRow - 1
            if ExportScreenState.choices.indices.contains(index) { state.export.choice = index }
            else if bodyRow == ExportScreenState.choices.count + 2 { state.export.choice = ExportKeys.rowCount - 2 }
            else if bodyRow == ExportScreenState.choices.count + 4 { state.export.choice = ExportKeys.rowCount - 1 }
        case .checks where state.openErrors.isEmpty:
            let index = View.scroll(selected: state.checks.selected, visible: state.height - View.bodyTop - 2 - 7) + bodyRow - 1
            if state.checks.findings.indices.contains(index) { state.checks.selected = index }
        default:
            break
        }
    }
}
