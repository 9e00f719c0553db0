import JobWrightCore
import JobWrightImport

/// A new draft's start screen (profile and core, profile alone, a copy, blank) and the one-screen
/// district profile a first-time user is offered.
enum StartKeys {
    /// The start screen's choices, in order.
    enum Choice: Int, CaseIterable { case core, profile, copy, blank, setUpProfile }

    static func choices(_ state: EditorState) -> [Choice] {
        state.profile == nil && state.profilePath != nil ? [.setUpProfile, .core, .copy, .blank] : [.core, .profile, .copy, .blank]
    }

    static func handle(_ key: Key, screen: StartScreen, in state: inout EditorState) -> [Effect] {
        var screen = screen
        let choices = choices(state)
        if screen.typingPath {
            switch key {
            case .enter:
                let path = screen.copyPath.text.trimmingSpaces
                guard !path.isEmpty else { return [.bell] }
                state.modal = .start(screen)
                return [.readDraft(path: path)]
            case .escape: screen.typingPath = false
            default: _ = screen.copyPath.handle(key)
            }
            state.modal = .start(screen)
            return []
        }
        switch key {
        case .up, .character("k"): screen.selected = max(0, screen.selected - 1)
        case .down, .character("j"): screen.selected = min(choices.count - 1, screen.selected + 1)
        case .character(let digit) where digit.wholeNumberValue.map { (1...choices.count).contains($0) } == true:
            screen.selected = digit.wholeNumberValue! - 1
            return choose(choices[screen.selected], screen, in: &state)
        case .enter, .character(" "):
            return choose(choices[screen.selected], screen, in: &state)
        case .escape:
            // Backing out leaves the blank draft, as before there was a start screen.
            state.modal = nil
            return []
        case .character("q"):
            // The status bar says "q quit": nothing has been written yet, so it quits.
            state.modal = nil
            return Editor.requestQuit(&state)
        default:
            return []
        }
        state.modal = .start(screen)
        return []
    }

    static func choose(_ choice: Choice, _ screen: StartScreen, in state: inout EditorState) -> [Effect] {
        var screen = screen
        let catalog = state.context.catalog
        switch choice {
        case .core, .profile, .blank:
            let start: DraftStart = choice == .core ? .core : (choice == .profile ? .profile : .blank)
            begin(Draft.starting(start, profile: state.profile, catalog: catalog), in: &state)
            state.message = switch choice {
            case .core: "Started from \(state.profile == nil ? "" : "the district profile and ")the recommended core: Ctrl-N goes to the next field to fill in."
            case .profile: "Started from the district profile: choose bullets on 2 Bullets."
            default: "Started a blank draft."
            }
        case .copy:
            screen.typingPath = true
            state.modal = .start(screen)
        case .setUpProfile:
            // The state and country most districts using this have, so nobody types them.
            var form = ProfileForm(fields: ProfileFields.all.map { TextField($0.label == "State" ? "MA" : "") })
            form.initial = form.fields.map(\.text)
            state.modal = .profileSetup(form)
        }
        return []
    }

    /// The runtime read the file to start from: a jobwright draft (`.yaml`) is copied, anything
    /// else is an old posting, imported as `jobwright import` does and opened on the Review screen.
    static func draftRead(path: String, bytes: [UInt8]?, in state: inout EditorState) {
        guard case .start(var screen)? = state.modal else { return }
        guard let bytes else {
            screen.error = "\(path) cannot be read."
            state.modal = .start(screen)
            return
        }
        let lower = path.lowercased()
        guard lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") else {
            importPosting(path: path, bytes: bytes, screen: screen, in: &state)
            return
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            screen.error = "\(path) is not UTF-8 text."
            state.modal = .start(screen)
            return
        }
        do {
            let loaded = try Draft.load(path: path, text: text)
            if let problem = loaded.referenceErrors(against: state.context.catalog).first {
                screen.error = problem.description
                state.modal = .start(screen)
                return
            }
            begin(Draft.starting(.copy, profile: nil, catalog: state.context.catalog, copying: loaded.draft), in: &state)
            state.message = "Started from a copy of \(path), without its dates and posting id."
        } catch {
            screen.error = error.description
            state.modal = .start(screen)
        }
    }

    /// Text pasted on the start screen (not into the file name): lines of an old posting copied
    /// from a district document are imported as a file of them would be, and opened on the
    /// Review screen; anything shorter is not used, and the screen says what to do.
    static func paste(_ text: String, screen: StartScreen, in state: inout EditorState) {
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard lines.count >= 2 else {
            state.message = "Pasted text was not used. To start from an old posting, paste the whole posting here; or choose 1-\(choices(state).count) first."
            state.modal = .start(screen)
            return
        }
        importPosting(path: pastedName, bytes: Array(text.utf8), screen: screen, in: &state)
    }

    /// What an old posting pasted on the start screen is called in messages and the review.
    static let pastedName = "the pasted posting"

    private static func importPosting(path: String, bytes: [UInt8], screen: StartScreen, in state: inout EditorState) {
        var screen = screen
        do {
            let input = try ImportInput(path: path, bytes: bytes)
            let importer = PostingImporter(catalog: state.context.catalog, vocabulary: try MatchVocabulary.load(overrides: state.context.catalogFolder))
            begin(importer.importPosting(input, profile: state.profile).draft, in: &state)
        } catch {
            screen.error = error.description
            state.modal = .start(screen)
            return
        }
        if let review = state.draft.importReview {
            state.screen = .review
            state.reviewSelected = 0
            state.message = ReviewKeys.opening(review)
        } else {
            state.message = "Imported \(path): no duty lines were found; its other lines are in the draft's notes."
        }
    }

    private static func begin(_ draft: Draft, in state: inout EditorState) {
        state.draft = draft
        Editor.edited(&state)
        // A blank start is nothing to save yet: quitting then asks nothing.
        state.modified = draft != state.savedDraft
        state.modal = nil
        state.screen = .position
        state.position.selected = 0
    }

    // MARK: The profile form

    static func handleProfile(_ key: Key, form: ProfileForm, in state: inout EditorState) -> [Effect] {
        var form = form
        switch form.onEscape(key, warning: "Esc again leaves without a profile; Ctrl-S saves it.") {
        case .close: state.modal = .start(StartScreen()); return []
        case .warned: state.modal = .profileSetup(form); return [.bell]
        case .notEscape: break
        }
        switch key {
        case .up, .backTab: form.selected = max(0, form.selected - 1)
        // Down and Tab move on (and stay on the last field); Enter moves on, and on the last
        // field saves.
        case .down, .tab,
             .enter where form.selected < form.fields.count - 1:
            form.selected = min(form.fields.count - 1, form.selected + 1)
        case .enter, .control("s"):
            return saveProfile(form, in: &state)
        default:
            _ = form.fields[form.selected].handle(key)
        }
        state.modal = .profileSetup(form)
        return []
    }

    private static func saveProfile(_ form: ProfileForm, in state: inout EditorState) -> [Effect] {
        var form = form
        var profile = DistrictProfile()
        for (index, (field, value)) in zip(ProfileFields.all, form.fields).enumerated() {
            if let problem = field.set(&profile, value.text.trimmingSpaces) {
                form.error = "\(field.label): \(problem)"
                form.selected = index
                state.modal = .profileSetup(form)
                return [.bell]
            }
        }
        guard let path = state.profilePath, let yaml = try? profile.yaml() else {
            form.error = "There is no folder to keep the profile in."
            state.modal = .profileSetup(form)
            return [.bell]
        }
        state.profile = profile
        state.modal = .start(StartScreen())
        state.message = "Saved the district profile in \(path); every new draft starts with it."
        return [.writeProfile(path: path, contents: yaml)]
    }
}

/// The district profile's fields as the setup screen asks for them. A field that fills a draft
/// field takes that field's hint and check from the Position screen (`FormField`).
struct ProfileFields: @unchecked Sendable {
    let label: String
    let hint: String
    let set: (inout DistrictProfile, String) -> String?

    /// A text field of the profile that fills the draft field at `draftPath`.
    static func text(_ label: String, _ keyPath: WritableKeyPath<DistrictProfile, String?>, fills draftPath: String) -> ProfileFields {
        ProfileFields(label: label, hint: FormField.named(draftPath).hint) { profile, value in
            profile[keyPath: keyPath] = value.nilIfBlank
            return nil
        }
    }

    static func text(_ label: String, _ keyPath: WritableKeyPath<DistrictProfile, String?>, hint: String) -> ProfileFields {
        ProfileFields(label: label, hint: hint) { profile, value in profile[keyPath: keyPath] = value.nilIfBlank; return nil }
    }

    static let all: [ProfileFields] = [
        .text("District", \.district, fills: "position.district"),
        .text("Department", \.department, fills: "position.department"),
        .text("Building", \.location.name, fills: "position.location.name"),
        .text("Street", \.location.street, fills: "position.location.street"),
        .text("City", \.location.city, fills: "position.location.city"),
        .text("State", \.location.state, fills: "position.location.state"),
        .text("ZIP code", \.location.postalCode, fills: "position.location.postalCode"),
        .text("HR contact", \.hrContact.name, fills: "application.contact.name"),
        .text("HR title", \.hrContact.title, fills: "application.contact.title"),
        .text("HR email", \.hrContact.email, fills: "application.contact.email"),
        .text("HR phone", \.hrContact.phone, fills: "application.contact.phone"),
        .text("Coordinator", \.coordinator.name, fills: "notices.coordinator.name"),
        .text("Coord. title", \.coordinator.title, fills: "notices.coordinator.title"),
        .text("Coord. address", \.coordinator.address, fills: "notices.coordinator.address"),
        .text("Coord. email", \.coordinator.email, fills: "notices.coordinator.email"),
        .text("Coord. phone", \.coordinator.phone, fills: "notices.coordinator.phone"),
        .text("Apply at", \.applicationURL, hint: "web address; {postingId} stands for the posting's id"),
        .text("How to apply", \.applicationInstructions, fills: "application.instructions"),
        .text("Work year", \.workYear, fills: "position.workYear"),
        // The same check as the Position screen's, on a scratch draft.
        ProfileFields(label: "Contract days", hint: FormField.named("position.contractDays").hint) { profile, value in
            var draft = Draft()
            if let problem = FormField.named("position.contractDays").set(&draft, value) { return problem }
            profile.contractDays = draft.position.contractDays
            return nil
        },
        .text("Pay note", \.payNote, fills: "compensation.note"),
        .text("Benefits", \.benefits, hint: "one sentence, printed after the pay note"),
    ]
}
