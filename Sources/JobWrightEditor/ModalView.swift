import JobWrightCore
import JobWrightRender

enum ModalView {
    static func draw(_ modal: Modal, _ state: EditorState, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let width = min(state.width - 4, 72)
        let left = (state.width - width) / 2
        func dialog(_ title: String, _ lines: [String], height: Int? = nil) -> Rect {
            let wrapped = lines.flatMap { $0.isEmpty ? [""] : View.wrap($0, width: width - 4) }
            let rect = Rect(top: max(1, (state.height - (height ?? wrapped.count + 2)) / 2), left: left, width: width,
                            height: min(state.height - 2, height ?? wrapped.count + 2))
            View.box(rect, title, glyphs, &canvas)
            for (offset, line) in wrapped.prefix(rect.height - 2).enumerated() { canvas.put(rect.top + 1 + offset, rect.left + 2, line) }
            return rect
        }
        // Dialogs that take the whole screen hide it entirely, so no marker of the screen below
        // shows beside them.
        switch modal {
        case .list, .notices, .customBullet, .assessedBullets, .customQuestion, .start, .profileSetup, .bulletPicker:
            for row in 1..<max(1, state.height - 1) { canvas.fill(row, 0, state.width, " ") }
        default:
            break
        }
        switch modal {
        case .help(let scroll):
            HelpOverlay.draw(scroll: scroll, state, glyphs, &canvas)
        case .confirmQuit:
            _ = dialog("Unsaved changes", ["The draft has changes that are not saved.", "",
                                           "s    save and quit", "d    quit without saving (discard the changes)", "Esc  keep editing"])
        case .confirmExport(let errors):
            _ = dialog("The checks find \(View.counted(errors.count, "error"))",
                       errors.prefix(4).map { "- " + $0 } + (errors.count > 4 ? ["  and \(errors.count - 4) more"] : [])
                       + ["", "e    export anyway", "7    see them on the Checks screen", "Esc  go back without writing"])
        case .list(let editor):
            ListEditorView.draw(editor, state, glyphs, &canvas)
        case .notices(let selected):
            drawNotices(selected: selected, state, glyphs, &canvas)
        case .start(let screen):
            StartView.draw(screen, state, glyphs, &canvas)
        case .profileSetup(let form):
            StartView.drawProfile(form, state, glyphs, &canvas)
        case .recovery:
            _ = dialog("Recovered edits", ["A recovery copy of \(state.path ?? "the draft") was found: edits that were not saved when the editor last stopped.", "",
                                           "r  restore the recovered edits", "d  discard them and open the file as saved",
                                           "k  keep both: open the file, and write the recovered edits to a separate file"])
        case .savePath(let field):
            let rect = dialog("Save as", ["File name for this draft:", "", "",
                                          field.isSuggestion ? "Type a name, or Enter to take this one. Esc cancels." : "Enter saves, Esc cancels."])
            let (text, cursor) = field.visible(width: width - 6)
            canvas.put(rect.top + 3, rect.left + 2, text, field.isSuggestion ? .selected : CellStyle(underline: true))
            canvas.cursor = (rect.top + 3, rect.left + 2 + cursor)
        case .changedOnDisk(let path, let deleted):
            _ = dialog(deleted ? "The file was removed" : "The file changed on disk",
                       [deleted ? "\(path) was removed since this editor opened or saved it."
                                : "\(path) was changed since this editor opened or saved it: by another program, another editor or a git pull.",
                        "Your changes are kept here until you choose.", "",
                        deleted ? "o    save it again here" : "o    overwrite it with your version (its changes are lost)",
                        "b    save your version beside it, under another name",
                        "Esc  keep editing, nothing written"])
        case .lockedElsewhere(let holder):
            _ = dialog("Open in another editor",
                       ["\(state.path ?? "This draft") is open in another jobwright editor: \(holder.description).",
                        "If both of you save, one set of changes replaces the other.", "",
                        "e    edit here anyway; a save still checks the file first",
                        "q    quit and leave it to the other editor"])
        case .confirmOverwrite:
            _ = dialog("The file had errors", ["\(state.path ?? "The file") had errors when it was opened:"] + state.openErrors.prefix(4)
                       + ["", "y  save anyway (the file is replaced by what you see)", "n or Esc  cancel"])
        case .customBullet(let form):
            drawCustomBullet(form, state, glyphs, &canvas)
        case .bulletPicker(let picker):
            BulletPickerView.draw(picker, state, glyphs, &canvas)
        case .rolePicker(let picker):
            drawPicker(picker, state, glyphs, &canvas)
        case .customQuestion(let form):
            drawQuestionForm(form, state, glyphs, &canvas)
        case .assessedBullets(let row, let selected):
            drawAssessed(row: row, selected: selected, state, glyphs, &canvas)
        }
    }

    static func drawAssessed(row: Int, selected: Int, _ state: EditorState, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let rect = Rect(top: 1, left: 1, width: state.width - 2, height: state.height - 2)
        let name = state.draft.resolvedRubricRows(in: state.context.catalog)[row].name
        View.box(rect, "What row \(row + 1), \(name), assesses", glyphs, &canvas)
        let assessed = Set(state.draft.rubric.rows[row].assesses)
        let visible = rect.height - 4
        let first = View.scroll(selected: selected, visible: visible)
        let chosen = state.draft.competencies
        for (offset, index) in (first..<max(first, min(chosen.count, first + visible))).enumerated() {
            let text = state.draft.bullet(chosen[index], in: state.context.catalog)?.text.collapsingWhitespace ?? chosen[index]
            View.listRow(&canvas, rect.top + 1 + offset, rect.left + 1, rect.width - 2,
                         (assessed.contains(chosen[index]) ? "[x] " : "[ ] ") + text, selected: index == selected, glyphs: glyphs)
        }
        canvas.put(rect.bottom - 2, rect.left + 2, "Space: assess or not   Enter/Esc: done   (only bullets chosen for the posting can be assessed)", .muted, limit: rect.width - 4)
    }

    static func drawQuestionForm(_ form: CustomQuestionForm, _ state: EditorState, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let height = min(state.height - 2, form.fields.count + 6)
        let rect = Rect(top: max(1, (state.height - height) / 2), left: 1, width: state.width - 2, height: height)
        View.box(rect, "The committee's own question", glyphs, &canvas)
        let labelWidth = form.labels.map { DisplayWidth.of($0) }.max().map { $0 + 4 } ?? 12
        View.listRow(&canvas, rect.top + 1, rect.left + 1, rect.width - 2,
                     "Type: " + (form.type == .behavioural ? "(*) behavioral  ( ) situational" : "( ) behavioral  (*) situational"),
                     selected: form.selected == 0, glyphs: glyphs)
        for (index, field) in form.fields.enumerated() where rect.top + 2 + index < rect.bottom - 2 {
            let row = rect.top + 2 + index
            let selected = form.selected == index + 1
            canvas.put(row, rect.left + 1, (selected ? glyphs.marker : "  ") + DisplayWidth.pad(form.labels[index] + ":", to: labelWidth - 2),
                       selected ? CellStyle(bold: true) : .plain)
            let width = rect.width - labelWidth - 3
            let (text, cursor) = selected ? field.visible(width: width) : (String(field.text.prefix(width - 1)), 0)
            canvas.put(row, rect.left + 1 + labelWidth, text, CellStyle(underline: selected))
            if selected { canvas.cursor = (row, rect.left + 1 + labelWidth + cursor) }
        }
        if let error = form.error { canvas.put(rect.bottom - 3, rect.left + 2, "! " + error, .error, limit: rect.width - 4) }
        canvas.put(rect.bottom - 2, rect.left + 2, "Up/Down or Tab: move   Enter: next, on the last field save   Ctrl-S: save   Esc: cancel", .muted, limit: rect.width - 4)
    }

    static func drawCustomBullet(_ form: CustomBulletForm, _ state: EditorState, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let catalog = state.context.catalog
        let rect = Rect(top: 1, left: 1, width: state.width - 2, height: state.height - 2)
        View.box(rect, "Your own bullet", glyphs, &canvas)
        let inner = rect.width - 4
        canvas.put(rect.top + 1, rect.left + 2, "Text:", form.selected == 0 ? .heading : CellStyle(bold: true))
        let (text, cursor) = form.selected == 0 ? form.text.visible(width: inner - 7)
            : (DisplayWidth.truncate(form.text.text, to: inner - 8), 0)
        canvas.put(rect.top + 1, rect.left + 8, text, CellStyle(underline: true))
        canvas.style(rect.top + 1, rect.left + 8 + DisplayWidth.of(text), max(0, inner - 7 - DisplayWidth.of(text)), CellStyle(underline: true))
        if form.selected == 0 { canvas.cursor = (rect.top + 1, rect.left + 8 + cursor) }
        let area = catalog.area(form.area).map { "\($0.number). \($0.title)" } ?? form.area
        View.listRow(&canvas, rect.top + 2, rect.left + 2, inner, "Area: < \(area) >  (Space or Left/Right)", selected: form.selected == 1, glyphs: glyphs)
        View.listRow(&canvas, rect.top + 3, rect.left + 2, inner, "Kind: \(form.kind == .duty ? "(*) duty  ( ) knowledge" : "( ) duty  (*) knowledge")",
                     selected: form.selected == 2, glyphs: glyphs)
        canvas.put(rect.top + 4, rect.left + 2, "Aligns to (Space marks; at least one CoSN skill area and one ISTE indicator): \(form.chosen.count) marked", .muted, limit: inner)
        let visible = rect.height - 9
        let first = CompetencyKeys.firstStandardRow
        let selectedStandard = max(0, form.selected - first)
        let top = View.scroll(selected: selectedStandard, visible: visible)
        for (offset, index) in (top..<max(top, min(form.standards.count, top + visible))).enumerated() {
            guard let standard = catalog.standard(form.standards[index]) else { continue }
            let label = shortLabel(standard)
            let box = form.chosen.contains(standard.id) ? "[x] " : "[ ] "
            View.listRow(&canvas, rect.top + 5 + offset, rect.left + 2, inner, box + label + ": " + standard.title,
                         selected: form.selected == index + first, glyphs: glyphs)
        }
        if let error = form.error {
            for (offset, line) in View.wrap("! " + error, width: inner).prefix(2).enumerated() {
                canvas.put(rect.bottom - 4 + offset, rect.left + 2, line, .error, limit: inner)
            }
        }
        canvas.put(rect.bottom - 2, rect.left + 2, "Tab: next part   Space: mark   Enter: add the bullet   Esc: cancel", .muted, limit: inner)
    }

    static func drawPicker(_ picker: RolePicker, _ state: EditorState, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let catalog = state.context.catalog
        let width = min(state.width - 4, 64)
        let rect = Rect(top: 2, left: (state.width - width) / 2, width: width, height: state.height - 4)
        let title = switch picker.target {
        case .reportsTo: "Reports to"
        case .alsoReportsTo: "Also reports to"
        case .dottedLine: "Dotted line to"
        case .supervises: "Supervises"
        case .worksWith: "Works with"
        }
        View.box(rect, title, glyphs, &canvas)
        let inner = rect.width - 4
        // The search, then the roles it finds; the keys at the bottom.
        canvas.put(rect.top + 1, rect.left + 2, "Search: ", CellStyle(bold: true))
        let (search, searchCursor) = picker.filter.visible(width: inner - 9)
        canvas.put(rect.top + 1, rect.left + 10, search, CellStyle(underline: true))
        let words = picker.filter.text.trimmingSpaces
        let listTop = rect.top + 2
        let visible = rect.height - 6
        let first = View.scroll(selected: picker.selected, visible: visible)
        for (offset, index) in (first..<max(first, min(picker.found.count, first + visible))).enumerated() {
            guard let role = catalog.role(picker.found[index]) else { continue }
            let level = role.level == .building ? "  [building]" : "  [central office]"
            View.listRow(&canvas, listTop + offset, rect.left + 2, inner, role.title + level,
                         selected: index == picker.selected && !picker.typing, glyphs: glyphs, style: role.level == .building ? .muted : .plain)
        }
        if picker.found.isEmpty {
            let lines = View.wrap("No listed role holds \"\(words)\": Enter takes it as the title, Ctrl-T edits it first, Backspace widens the search.", width: inner)
            for (offset, line) in lines.prefix(max(1, visible)).enumerated() { canvas.put(listTop + offset, rect.left + 2, line, .muted, limit: inner) }
        }
        if picker.typing {
            canvas.put(rect.bottom - 3, rect.left + 2, "Title: ", CellStyle(bold: true))
            let (text, cursor) = picker.typed.visible(width: rect.width - 12)
            canvas.put(rect.bottom - 3, rect.left + 9, text, CellStyle(underline: true))
            canvas.cursor = (rect.bottom - 3, rect.left + 9 + cursor)
            canvas.put(rect.bottom - 2, rect.left + 2, "A title not listed: Enter keeps it  Esc back to the list", .muted, limit: inner)
        } else {
            canvas.cursor = (rect.top + 1, rect.left + 10 + searchCursor)
            canvas.put(rect.bottom - 2, rect.left + 2, "Type to search  Enter choose  ^T unlisted title  Esc cancel", .muted, limit: inner)
        }
    }
}

extension ModalView {
    /// The catalog's notices: required ones marked as always printed, optional ones with a box.
    static func drawNotices(selected: Int, _ state: EditorState, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let notices = state.context.catalog.notices
        let rect = Rect(top: 1, left: 1, width: state.width - 2, height: state.height - 2)
        View.box(rect, "Notices printed on the posting", glyphs, &canvas)
        let included = Set(state.draft.notices.include)
        let detailRows = 4
        let visible = rect.height - detailRows - 3
        let first = View.scroll(selected: selected, visible: visible)
        for (offset, index) in (first..<max(first, min(notices.count, first + visible))).enumerated() {
            let notice = notices[index]
            let box = notice.id.hasPrefix("flsa-") ? "[auto] " : notice.required ? "[always] " : (included.contains(notice.id) ? "[x] " : "[ ] ")
            View.listRow(&canvas, rect.top + 1 + offset, rect.left + 1, rect.width - 2, box + notice.title, selected: index == selected,
                         glyphs: glyphs, style: notice.required ? .muted : .plain)
        }
        canvas.fill(rect.bottom - detailRows - 2, rect.left + 1, rect.width - 2, glyphs.horizontal, .muted)
        if notices.indices.contains(selected) {
            let notice = notices[selected]
            var lines: [String] = []
            if let message = state.message { lines.append(message) }
            if notice.id.hasPrefix("flsa-") { lines.append("Printed automatically for the position's FLSA status (Position screen).") }
            let basis = notice.basis.joined(separator: "; ")
            if !basis.isEmpty { lines += View.wrap("Basis: " + basis, width: rect.width - 4) }
            for (offset, line) in lines.prefix(detailRows).enumerated() {
                canvas.put(rect.bottom - detailRows - 1 + offset, rect.left + 2, line, offset == 0 && state.message != nil ? .warning : .muted, limit: rect.width - 4)
            }
        }
        canvas.put(rect.bottom - 2, rect.left + 2, "Space: include or leave out   u: undo   Esc: done", .muted, limit: rect.width - 4)
    }
}

/// The keys of each screen, for the help overlay and the hint line.
enum HelpText {
    static let everywhere = [
        "Tab / Shift-Tab  next / previous screen;  1-7 jump to a screen (8 Review after an import)",
        "Up/Down or j/k  move (on the Position screen, the arrows: letters are text there);  Enter  edit or choose",
        "u or Ctrl-_  undo;  Ctrl-R  redo (the last \(UndoHistory.limit) changes, on every screen)",
        "n or Ctrl-N  the next field that still needs a value (from the checks)",
        "Ctrl-S  save;  q  quit (asks when there are unsaved changes);  ?  this help",
        "Ctrl-Z  suspend (fg resumes);  the mouse can pick tabs and list rows",
    ]

    static func lines(for screen: Screen) -> [String] {
        let own: [String] = switch screen {
        case .position: ["Letters typed go into the highlighted field and replace a one-line value (Esc brings it back);",
                         "  here letters are never commands: Esc, then the key, is one (Esc u undo, Esc n next, Esc q quit);",
                         "  Ctrl-Q quits and Ctrl-N goes to the next field to fill from anywhere, even inside a field",
                         "Enter  edit the field as it is (Enter keeps, Esc cancels, Tab or Down keeps and moves on)",
                         "Long text (summary, day in the life, pay note, instructions) opens a text area:",
                         "  Enter  new line;  Tab or Esc  keep and close;  Ctrl-S  keep and save",
                         "Lists (qualifications, conditions, notes) open a list: typing adds an item, Enter edits, Delete deletes, Shift-Up/Down move, Ctrl-_ undoes",
                         "Space or Left/Right  change a choice (FLSA status, employment, pay period)",
                         "Delete  clear the field (Esc u brings it back);  dates are YYYY-MM-DD, pay is a number",
                         "On a pay, date or number field, a street, ZIP code, address or telephone, digits typed are its new value (Esc brings the old one back)",
                         "Typing: Ctrl-A/E  line start/end;  Ctrl-B/F  a character;  Ctrl-Left/Right or Alt-B/F  a word",
                         "  Ctrl-W or Alt-Backspace  delete a word;  Ctrl-K  delete to the end;  Ctrl-U  to the start;  Ctrl-Y  put it back"]
        case .competencies: ["Left/Right or h/l  areas / bullets;  Space or Enter  choose or drop a bullet",
                             "/  filter every area as you type (Enter keeps the filter, Esc clears it)",
                             "a  add your own bullet with its alignments;  J/K or Shift-Down/Up  move a chosen bullet later/earlier"]
        case .reporting: ["Enter  pick a role: letters typed in the list search it (\"net\" finds Network Administrator);",
                          "  Ctrl-T there types a title the list does not have;  d  remove",
                          "+ / -  change the head count of a supervised role"]
        case .rubric: ["+ / -  weight;  Enter or w  the row's question (write your own);  o  the next question from the bank;  r  rename",
                       "b  mark which chosen bullets the row assesses;  a  add a row;  d  delete the row;  s  change the scale",
                       "Enter on Committee  the members, each with a name and a role;  u  undo any of these"]
        case .preview: ["PgUp/PgDn, Space/b  page;  Home/End or g/G  top/bottom;  t  posting or rubric"]
        case .export: ["Enter on a format  choose it;  Enter on File  edit the name;  w or Enter on Write  write the file"]
        case .checks: ["Enter  go to the field the finding is about"]
        case .review: ["Each line of the imported posting beside the bullet it became (jobwright import):",
                       "a or Enter  accept it;  c  change it to the next of its top matches (then a);",
                       "/  search the whole catalog and choose any bullet for the line;",
                       "k  keep the old posting's wording as the district's own bullet;  d  drop the line",
                       "The review is saved with the draft until every line is settled; then 8 still shows it,",
                       "  and a settled line can still be changed, until the editor closes"]
        }
        return own + [""] + everywhere
    }

    static func hint(for state: EditorState) -> String {
        if state.position.editing?.isMultiline == true {
            return "Enter new line  Tab/Esc keep  ^N keep+next  ^S keep+save  ^W del word  ^K/^U del to end/start  ^Y put back"
        }
        if state.position.editing != nil {
            return "Enter keep  ^N keep+next to fill  Esc cancel  ^W del word  ^K/^U del to end/start  ^Y put back"
        }
        if state.position.editing != nil || state.rubric.editingName != nil || state.export.editingPath {
            return "Enter keep  Esc cancel  ^A/^E start/end  ^W del word  ^K/^U del to end/start  ^Y put back"
        }
        if state.competencies.filterEditing { return "Filtering: type to narrow, Enter keeps the filter, Esc clears it" }
        return switch state.screen {
        case .position: state.position.commandNext ? PositionKeys.commandPrompt
            : "Type to fill  Enter edit  ^N next to fill  Space choice  Esc u undo  ^Q quit  Del clear  Tab screen"
        case .competencies: "Space choose  / filter  a add bullet  J/K reorder  Left/Right panes  u undo"
        case .reporting: "Enter pick role  +/- head count  d remove  u undo"
        case .rubric: "Enter question  +/- weight  o bank question  r rename  a add  d delete  u undo"
        case .preview: "PgUp/PgDn scroll  g/G top/bottom  t posting/rubric"
        case .export: "Enter choose  w write"
        case .checks: "Enter go to the field"
        case .review: "a/Enter accept  c other match  / any bullet  k keep own wording  d drop  u undo"
        }
    }
}
