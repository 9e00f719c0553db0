import JobWrightCore

/// Keys of the Competencies screen: the ten areas beside the bullets of the focused area.
enum CompetencyKeys {
    static func handle(_ key: Key, in state: inout EditorState) -> [Effect] {
        let areas = state.context.catalog.areas.count
        let bullets = state.visibleBullets
        var screen = state.competencies
        switch key {
        case .left, .character("h"): screen.focus = .areas
        case .right, .character("l"): if !bullets.isEmpty { screen.focus = .bullets }
        case .enter where screen.focus == .areas: if !bullets.isEmpty { screen.focus = .bullets; screen.bullet = 0 }
        case .up, .character("k"):
            if screen.focus == .areas && screen.filter == nil { screen.area = max(0, screen.area - 1); screen.bullet = 0 }
            else { screen.bullet = max(0, screen.bullet - 1) }
        case .down, .character("j"):
            if screen.focus == .areas && screen.filter == nil { screen.area = min(areas - 1, screen.area + 1); screen.bullet = 0 }
            else { screen.bullet = min(max(0, bullets.count - 1), screen.bullet + 1) }
        case .pageDown: screen.bullet = min(max(0, bullets.count - 1), screen.bullet + 10)
        case .pageUp: screen.bullet = max(0, screen.bullet - 10)
        case .character(" "), .enter:
            guard screen.focus == .bullets, bullets.indices.contains(screen.bullet) else { return [] }
            state.competencies = screen
            toggle(bullets[screen.bullet].id, in: &state)
            return []
        case .character("/"):
            screen.filter = ""
            screen.filterEditing = true
            screen.focus = .bullets
            screen.bullet = 0
        case .escape:
            if screen.filter != nil { screen.filter = nil; screen.bullet = 0 } else { screen.focus = .areas }
        case .character("a"):
            state.modal = .customBullet(CustomBulletForm(area: state.context.catalog.areas[screen.area].id,
                                                         standards: customBulletStandards(state.context.catalog)))
        case .character("J"), .shiftDown:
            state.competencies = screen
            move(by: 1, in: &state)
            return []
        case .character("K"), .shiftUp:
            state.competencies = screen
            move(by: -1, in: &state)
            return []
        default:
            break
        }
        state.competencies = screen
        return []
    }

    static func handleFilter(_ key: Key, in state: inout EditorState) -> [Effect] {
        var filter = TextField(state.competencies.filter ?? "")
        switch key {
        case .enter, .down, .tab:
            state.competencies.filterEditing = false
        case .escape:
            state.competencies.filterEditing = false
            state.competencies.filter = nil
        default:
            guard filter.handle(key) else { return [] }
            state.competencies.filter = filter.text
            state.competencies.bullet = 0
        }
        return []
    }

    static func toggle(_ id: String, in state: inout EditorState) {
        if let index = state.draft.competencies.firstIndex(of: id) {
            state.draft.competencies.remove(at: index)
        } else {
            state.draft.competencies.append(id)
        }
        Editor.edited(&state)
    }

    /// Moves the highlighted chosen bullet earlier or later in the printed order.
    static func move(by offset: Int, in state: inout EditorState) {
        let bullets = state.visibleBullets
        guard bullets.indices.contains(state.competencies.bullet),
              let index = state.draft.competencies.firstIndex(of: bullets[state.competencies.bullet].id) else {
            state.message = "Choose the bullet (Space) before moving it."
            return
        }
        let target = index + offset
        guard state.draft.competencies.indices.contains(target) else { return }
        state.draft.competencies.swapAt(index, target)
        Editor.edited(&state)
        state.message = "Moved to position \(target + 1) of \(state.draft.competencies.count) in the posting."
    }

    /// What a custom bullet may align to: CoSN skill areas, ISTE indicators, 603 CMR indicators.
    static func customBulletStandards(_ catalog: Catalog) -> [String] {
        catalog.allStandards.filter {
            ($0.frameworkID == "cosn" && $0.kind == .skillArea) || ($0.frameworkID == "iste" && $0.kind == .indicator)
                || ($0.frameworkID == "ma-admin" && $0.kind == .indicator)
        }.map(\.id)
    }

    /// The dialog's rows: 0 the text, 1 the area, 2 the kind, then one per standard.
    static let firstStandardRow = 3

    static func handleCustomBullet(_ key: Key, form: CustomBulletForm, in state: inout EditorState) -> [Effect] {
        var form = form
        let rows = firstStandardRow + form.standards.count
        switch form.onEscape(key, warning: "Esc again discards this bullet; Enter adds it.") {
        case .close: state.modal = nil; return []
        case .warned: state.modal = .customBullet(form); return [.bell]
        case .notEscape: break
        }
        switch key {
        case .tab: form.selected = form.selected < firstStandardRow ? form.selected + 1 : 0
        case .backTab: form.selected = form.selected == 0 ? firstStandardRow : min(form.selected - 1, firstStandardRow - 1)
        case .enter:
            return addCustomBullet(form, in: &state)
        default:
            switch form.selected {
            case 0:
                if key == .down { form.selected = 1 } else { _ = form.text.handle(key) }
            case 1:
                let areas = state.context.catalog.areas
                let index = areas.firstIndex { $0.id == form.area } ?? 0
                switch key {
                case .character(" "), .right: form.area = areas[(index + 1) % areas.count].id
                case .left: form.area = areas[(index + areas.count - 1) % areas.count].id
                case .up: form.selected = 0
                case .down: form.selected = 2
                default: break
                }
            case 2:
                switch key {
                case .character(" "), .left, .right: form.kind = form.kind == .duty ? .knowledge : .duty
                case .up: form.selected = 1
                case .down: form.selected = firstStandardRow
                default: break
                }
            default:
                switch key {
                case .up, .character("k"): form.selected = max(2, form.selected - 1)
                case .down, .character("j"): form.selected = min(rows - 1, form.selected + 1)
                case .pageDown: form.selected = min(rows - 1, form.selected + 10)
                case .pageUp: form.selected = max(firstStandardRow, form.selected - 10)
                case .character(" "), .character("x"):
                    let id = form.standards[form.selected - firstStandardRow]
                    if form.chosen.contains(id) { form.chosen.remove(id) } else { form.chosen.insert(id) }
                default: break
                }
            }
        }
        state.modal = .customBullet(form)
        return []
    }

    private static func addCustomBullet(_ form: CustomBulletForm, in state: inout EditorState) -> [Effect] {
        var form = form
        var text = form.text.text.trimmingSpaces
        let problems = AlignmentRules.problems(Array(form.chosen), in: state.context.catalog)
        guard !text.isEmpty else {
            form.error = "Write the bullet's text first (the Text line at the top)."
            state.modal = .customBullet(form)
            return [.bell]
        }
        guard problems.isEmpty else {
            form.error = "Mark its alignments with Space (Tab moves to the list): " + problems.map(\.message).joined(separator: "; ")
            state.modal = .customBullet(form)
            return [.bell]
        }
        // Bullets are sentences: the posting prints them with a full stop like the catalog's.
        if let last = text.last, last.isLetter || last.isNumber || last == ")" { text += "." }
        let id = uniqueID(for: text, in: state.draft)
        let ordered = form.standards.filter { form.chosen.contains($0) }
        state.draft.customCompetencies.append(Competency(id: id, area: form.area, kind: form.kind, text: text, aligns: ordered))
        state.draft.competencies.append(id)
        Editor.edited(&state)
        state.modal = nil
        let area = state.context.catalog.area(form.area)
        state.message = "Added your bullet to the posting, under \(area.map { "\($0.number). \($0.title)" } ?? form.area)."
        return []
    }

    /// `custom.` plus the first words of the text, made unique.
    static func uniqueID(for text: String, in draft: Draft) -> String {
        // "district's" is one word in an id, not "district" and "s".
        let words = text.lowercased().filter { $0 != "'" && $0 != "’" }.split { !$0.isLetter && !$0.isNumber }.prefix(4).map(String.init)
        let base = "custom." + (words.isEmpty ? "bullet" : words.joined(separator: "-"))
        var id = base
        var number = 2
        while draft.customCompetencies.contains(where: { $0.id == id }) { id = base + "-\(number)"; number += 1 }
        return id
    }
}
