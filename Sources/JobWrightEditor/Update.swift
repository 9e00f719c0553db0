import JobWrightCore
import JobWrightRender

/// The editor's only way to change: `update(&state, event)` returns the effects (save, export,
/// quit) for the runtime to carry out. It reads no files and draws nothing. Dialogs, saving,
/// paste, the mouse, undo and the recovery copy each have a file of their own (`Editor+*.swift`).
public enum Editor {
    public static func update(_ state: inout EditorState, _ event: Event) -> [Effect] {
        let effects = step(&state, event)
        refreshChecks(&state)
        return effects
    }

    /// The event's change and everything the next frame shows but the checks. The runtime draws
    /// that frame, then calls `refreshChecks` and draws again: a key is answered at once, and
    /// the status line's counts follow in the next frame, before any other key is read.
    public static func step(_ state: inout EditorState, _ event: Event) -> [Effect] {
        // Keys that arrived together are recorded one by one (in `typed`), so each can be undone.
        if case .typed(let text) = event {
            let effects = typed(text, in: &state)
            refreshViews(&state)
            return effects
        }
        let effects = recordingChanges(&state) { handleEvent(event, in: &$0) }
        refreshViews(&state)
        return effects
    }

    /// Runs one step and, when it changed the draft (and was not Undo or Redo), remembers the
    /// draft as it was for Undo.
    static func recordingChanges(_ state: inout EditorState, _ step: (inout EditorState) -> [Effect]) -> [Effect] {
        let before = state.draft
        let effects = step(&state)
        if state.movedInHistory {
            state.movedInHistory = false
        } else if state.draft != before {
            state.history.record(before)
        }
        return effects
    }

    private static func handleEvent(_ event: Event, in state: inout EditorState) -> [Effect] {
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
        case .typed:
            break  // handled key by key by `update`, before this switch
        case .click(let row, let column):
            click(row: row, column: column, in: &state)
        case .draftRead(let path, let bytes):
            StartKeys.draftRead(path: path, bytes: bytes, in: &state)
        case .key(let key):
            effects += handle(key, in: &state)
        }
        return effects
    }

    /// Called by the runtime when an effect could not be carried out.
    public static func effectFailed(_ state: inout EditorState, _ effect: Effect, message: String) {
        if case .save = effect {
            if let previous = state.savedDraftBeforeSave { state.savedDraft = previous }
            state.modified = true
            state.quitting = false
            if state.unsavedSince == nil { state.unsavedSince = state.now }
        }
        state.message = message
        if case .writeProfile = effect {
            // The profile still serves this session; the user is told it is not on disk.
            state.message = message + " The district profile is used for this draft only."
        }
    }

    /// Keeps the preview and the checks current: both are brought up to date after every change,
    /// so the status bar never shows counts from before the last edit.
    static func refreshCaches(_ state: inout EditorState) {
        refreshViews(&state)
        refreshChecks(&state)
    }

    /// The visible bullets and the preview.
    static func refreshViews(_ state: inout EditorState) {
        state.refreshVisibleBullets()
        if state.screen == .preview && !state.isTooSmall { renderPreview(&state) }
    }

    /// Runs the checks when the draft changed since they last ran; true when they ran.
    @discardableResult
    public static func refreshChecks(_ state: inout EditorState) -> Bool {
        guard state.checks.checkedVersion != state.version, let checker = state.context.checker else { return false }
        // The file as read, while the draft is still what was read; else the draft written out.
        if let opened = state.opened, opened.loaded.draft != state.draft { state.opened = nil }
        let loaded = state.opened?.loaded
            ?? (try? Draft.load(path: state.path ?? "untitled.yaml", text: (try? state.draft.yaml()) ?? ""))
        if let loaded {
            // Errors first, then warnings, then notices, each in the order of the draft.
            state.checks.findings = checker.check(loaded).enumerated()
                .sorted { ($0.element.severity, -$0.offset) > ($1.element.severity, -$1.offset) }.map(\.element)
        }
        state.checks.checkedVersion = state.version
        state.checks.selected = min(state.checks.selected, max(0, state.checks.findings.count - 1))
        return true
    }

    static func renderPreview(_ state: inout EditorState) {
        // The width `jobwright render` prints at (78), or the pane's when it is narrower.
        let width = max(20, min(RenderOptions().width, state.width - 2))
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
        if state.unsavedSince == nil { state.unsavedSince = state.now }
    }

    // MARK: - Keys

    static func handle(_ key: Key, in state: inout EditorState) -> [Effect] {
        // Esc and a key pressed right after it reach us as Alt plus the key; unless a text field
        // uses that Alt key (word motion), they are the two keys they were.
        if case .alt(let character) = key, !(isTyping(state) && "bfd".contains(character)) {
            return handle(.escape, in: &state) + handle(.character(character), in: &state)
        }
        if state.modal != nil {
            // Text typed in a dialog counts for the recovery copy too.
            if isTypingOneLine(state), state.unsavedSince == nil { state.unsavedSince = state.now }
            return handleModal(key, in: &state)
        }
        if state.isTooSmall {
            if key == .character("q") || key == .control("c") { return requestQuit(&state) }
            return []
        }
        if isEditingText(state) { return handleTextEditing(key, in: &state) }
        state.message = nil
        // The Position screen is a form: a letter typed there goes into the highlighted field, so
        // a department named "united ..." or a title typed without Enter is never read as
        // commands (u undid, n jumped, j moved). A digit on a pay, date or number field (or a street, ZIP code, address, telephone) is the
        // start of its value, not a screen number (125000 went to screen 2). After Esc, u, n or q
        // is the command it is on every other screen.
        if state.screen == .position {
            let command = state.position.commandNext
            state.position.commandNext = false
            if !command && key == .escape {
                state.position.commandNext = true
                state.message = PositionKeys.commandPrompt
                return []
            }
            // After Esc only the command letters are commands; any other letter is typed, as it
            // would have been (Esc, then "Boston", is Boston).
            let commandLetters: Set<Character> = ["u", "n", "q"]
            if case .character(let character) = key, character.isLetter && !(command && commandLetters.contains(character))
                || !command && character.isASCII && character.isNumber && FormField.all[state.position.selected].takesDigits {
                return PositionKeys.handle(key, in: &state)
            }
        }
        switch key {
        case .control("n"):
            ChecksKeys.nextToFill(in: &state)
            return []
        case .control("s"): return save(&state)
        case .control("q"): return requestQuit(&state)
        case .character("u"), .control("_"):
            undo(&state)
            return []
        case .control("r"):
            redo(&state)
            return []
        case .character("n"):
            ChecksKeys.nextToFill(in: &state)
            return []
        case .tab, .backTab:
            let screens = state.screens
            let index = screens.firstIndex(of: state.screen) ?? 0
            switchScreen(&state, to: screens[(index + (key == .tab ? 1 : screens.count - 1)) % screens.count])
            return []
        case .character("?"), .function(1):
            state.modal = .help(scroll: 0)
            return []
        case .character("q"):
            return requestQuit(&state)
        case .character(let digit) where digit.isASCII && digit.isNumber:
            if let number = digit.wholeNumberValue, let screen = Screen(rawValue: number), state.screens.contains(screen) {
                switchScreen(&state, to: screen)
            } else if digit == "8" {
                // The help names 8: it says why there is nothing, rather than doing nothing.
                state.message = ReviewKeys.nothingToReview
            }
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
        case .review: return ReviewKeys.handle(key, in: &state)
        }
    }

    static func switchScreen(_ state: inout EditorState, to screen: Screen) {
        state.screen = screen
        // The name follows the draft's (saved under a name, or given a title, since).
        if screen == .export { ExportKeys.suggestName(&state) }
    }

    static func isEditingText(_ state: EditorState) -> Bool {
        state.position.editing != nil || state.competencies.filterEditing || state.rubric.editingName != nil || state.export.editingPath
    }

    static func handleTextEditing(_ key: Key, in state: inout EditorState) -> [Effect] {
        // Ctrl-S keeps what is typed, then saves; Ctrl-Q keeps it, then quits (asking first
        // when there are unsaved changes), so the way out the status bar shows works anywhere.
        if key == .control("s") || key == .control("q") {
            if let field = state.position.editing {
                _ = PositionKeys.keep(field, in: &state)
            } else {
                _ = handleTextEditing(.enter, in: &state)
            }
            return isEditingText(state) ? [.bell] : key == .control("s") ? save(&state) : requestQuit(&state)
        }
        // Typing counts for the recovery copy even before the field is kept.
        if state.unsavedSince == nil { state.unsavedSince = state.now }
        switch state.screen {
        case .position: return PositionKeys.handleEditing(key, in: &state)
        case .competencies: return CompetencyKeys.handleFilter(key, in: &state)
        case .rubric: return RubricKeys.handleEditing(key, in: &state)
        case .export: return ExportKeys.handleEditing(key, in: &state)
        default: return []
        }
    }
}
