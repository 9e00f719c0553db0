import JobWrightCore

/// Keys while a dialog is open: each dialog acts only on the keys it shows.
extension Editor {
    static func handleModal(_ key: Key, in state: inout EditorState) -> [Effect] {
        guard let modal = state.modal else { return [] }
        switch modal {
        case .help(let scroll):
            HelpOverlay.handle(key, scroll: scroll, in: &state)
        case .confirmQuit:
            return handleQuitQuestion(key, in: &state)
        case .recovery(let recovered, let history):
            return handleRecoveryQuestion(key, recovered: recovered, history: history, in: &state)
        case .savePath(var field):
            switch key {
            case .enter:
                let path = field.text.trimmingSpaces
                guard !path.isEmpty else { return [.bell] }
                state.modal = nil
                var effects = saveNow(&state, to: path)
                // Asked for by "save and quit": the runtime runs no effect after a failed save,
                // so a save that fails keeps the editor open.
                if state.quitAfterSaveAs { state.quitAfterSaveAs = false; state.quitting = true; effects.append(.quit) }
                return effects
            case .escape:
                state.modal = nil
                state.quitAfterSaveAs = false
            default:
                if !field.handle(key) { return [] }
                state.modal = .savePath(field)
            }
        case .confirmOverwrite:
            switch key {
            case .character("y"), .character("Y"):
                state.modal = nil
                guard let path = state.path else { return [] }
                state.openErrors = []
                return saveNow(&state, to: path)
            case .escape, .character("n"), .character("N"):
                state.modal = nil
            default:
                return [.bell]
            }
        case .changedOnDisk(let path, _):
            return handleChangedOnDisk(key, path: path, in: &state)
        case .lockedElsewhere:
            return handleLockedElsewhere(key, in: &state)
        case .confirmExport:
            switch key {
            case .character("e"), .character("E"):
                state.modal = nil
                return ExportKeys.write(&state, despiteErrors: true)
            case .character("7"):
                state.modal = nil
                switchScreen(&state, to: .checks)
            case .escape:
                state.modal = nil
                state.message = "Nothing was written."
            default:
                return [.bell]
            }
        case .customBullet(let form):
            return CompetencyKeys.handleCustomBullet(key, form: form, in: &state)
        case .rolePicker(let picker):
            return ReportingKeys.handlePicker(key, picker: picker, in: &state)
        case .bulletPicker(let picker):
            return BulletPickerKeys.handle(key, picker: picker, in: &state)
        case .customQuestion(let form):
            return RubricKeys.handleQuestionForm(key, form: form, in: &state)
        case .assessedBullets(let row, let selected):
            return RubricKeys.handleAssessed(key, row: row, selected: selected, in: &state)
        case .list(let editor):
            return ListEditorKeys.handle(key, editor: editor, in: &state)
        case .notices(let selected):
            return handleNoticePicker(key, selected: selected, in: &state)
        case .start(let screen):
            return StartKeys.handle(key, screen: screen, in: &state)
        case .profileSetup(let form):
            return StartKeys.handleProfile(key, form: form, in: &state)
        }
        return []
    }

    /// The catalog's notices: the required ones always print; Space adds or removes an optional one.
    static func handleNoticePicker(_ key: Key, selected: Int, in state: inout EditorState) -> [Effect] {
        let notices = state.context.catalog.notices
        var selected = selected
        state.message = nil
        switch key {
        case .up, .character("k"): selected = max(0, selected - 1)
        case .down, .character("j"): selected = min(notices.count - 1, selected + 1)
        case .character(" "), .character("x"), .enter:
            guard notices.indices.contains(selected) else { return [] }
            let notice = notices[selected]
            if notice.required {
                state.message = notice.id.hasPrefix("flsa-") ? "\(notice.title) is printed when the FLSA status calls for it."
                    : "\(notice.title) is required: it is always printed."
                return [.bell]
            }
            if let index = state.draft.notices.include.firstIndex(of: notice.id) {
                state.draft.notices.include.remove(at: index)
            } else {
                state.draft.notices.include.append(notice.id)
            }
            edited(&state)
        case .character("u"), .control("_"): undo(&state)
        case .control("r"): redo(&state)
        case .escape:
            state.modal = nil
            return []
        default:
            return []
        }
        state.modal = .notices(selected: selected)
        return []
    }
}
