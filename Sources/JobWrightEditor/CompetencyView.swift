import JobWrightCore
import JobWrightRender

/// The Competencies screen ("Bullets"): the ten areas beside the bullets of the focused area (or
/// the filter's matches), and below them the highlighted bullet in full with its alignments.
enum CompetencyView {
    /// Where everything sits; shared by drawing and clicks.
    struct Layout {
        var split: Int
        var areas: RowLayout
        var bullets: RowLayout
        var detailTop: Int
    }

    /// `bulletCount` is the number of visible bullets when the caller has them already (a search
    /// of a large catalog is the costly part of drawing this screen).
    static func layout(_ state: EditorState, bulletCount: Int? = nil) -> Layout {
        let body = View.body(state)
        let split = min(40, state.width * 2 / 5)
        let detailHeight = max(5, min(9, (state.height - 6) / 3 + 1))
        let listRows = body.height - detailHeight - 1
        let areaCount = state.context.catalog.areas.count
        let areaFirst = View.scroll(selected: state.competencies.area, visible: listRows)
        let bulletCount = bulletCount ?? state.visibleBullets.count
        let bulletFirst = View.scroll(selected: state.competencies.bullet, visible: listRows)
        return Layout(split: split,
                      areas: RowLayout(top: body.top + 1, first: areaFirst, count: min(areaCount - areaFirst, listRows)),
                      bullets: RowLayout(top: body.top + 1, first: bulletFirst, count: max(0, min(bulletCount - bulletFirst, listRows))),
                      detailTop: body.top + 1 + listRows)
    }

    static func draw(_ state: EditorState, _ body: Rect, _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        let catalog = state.context.catalog
        let bullets = state.visibleBullets
        let layout = layout(state, bulletCount: bullets.count)
        let split = layout.split
        let chosen = Set(state.draft.competencies)
        let screen = state.competencies
        // Areas, with chosen/total (counted from the few chosen ids, not the whole library).
        canvas.put(body.top, 0, "Areas (chosen/total)", screen.focus == .areas ? .heading : CellStyle(bold: true))
        var chosenPerArea: [String: Int] = [:]
        for id in state.draft.competencies {
            if let area = state.draft.bullet(id, in: catalog)?.area { chosenPerArea[area, default: 0] += 1 }
        }
        for (row, index) in layout.areas.rows {
            let area = catalog.areas[index]
            let total = catalog.competencies(inArea: area.id).count + state.draft.customCompetencies.filter { $0.area == area.id }.count
            let count = "\(chosenPerArea[area.id] ?? 0)/\(total)"
            let title = DisplayWidth.pad(DisplayWidth.truncate("\(area.number). \(area.title)", to: split - count.count - 4), to: split - count.count - 3)
            View.listRow(&canvas, row, 0, split - 1, title + count, selected: index == screen.area && screen.filter == nil,
                         focused: screen.focus == .areas, glyphs: glyphs)
        }
        for row in body.top..<layout.detailTop { canvas.put(row, split - 1, String(glyphs.vertical), .muted) }
        // Bullets of the area, or the filter's matches.
        let left = split + 1, width = state.width - split - 1
        if let filter = screen.filter {
            // A long filter shows its end, where the typing is.
            let (shown, cursor) = TextField(filter).visible(width: max(2, width - 10))
            let heading = "Filter: /\(shown)\(screen.filterEditing ? "_" : "")  \(bullets.count) match\(bullets.count == 1 ? "" : "es") in all areas"
            canvas.put(body.top, left, heading, .heading, limit: width)
            if screen.filterEditing { canvas.cursor = (body.top, min(state.width - 1, left + 9 + cursor)) }
        } else if catalog.areas.indices.contains(screen.area) {
            canvas.put(body.top, left, catalog.areas[screen.area].title, screen.focus == .bullets ? .heading : CellStyle(bold: true), limit: width)
        }
        for (row, index) in layout.bullets.rows {
            let bullet = bullets[index]
            let box = chosen.contains(bullet.id) ? "[x] " : "[ ] "
            let kind = bullet.kind == .knowledge ? "(K) " : ""
            View.listRow(&canvas, row, left, width, box + kind + bullet.text.collapsingWhitespace, selected: index == screen.bullet,
                         focused: screen.focus == .bullets, glyphs: glyphs)
        }
        if bullets.isEmpty { canvas.put(body.top + 1, left + 2, screen.filter != nil ? "No bullet matches." : "No bullets.", .muted) }
        drawDetail(state, bullets, chosen, layout.detailTop, body.bottom, glyphs, &canvas)
    }

    /// The highlighted bullet's whole text, wrapped, then what it aligns to.
    static func drawDetail(_ state: EditorState, _ bullets: BulletList, _ chosen: Set<String>, _ top: Int, _ bottom: Int,
                           _ glyphs: View.Glyphs, _ canvas: inout Canvas) {
        canvas.fill(top, 0, state.width, glyphs.horizontal, .muted)
        guard bullets.indices.contains(state.competencies.bullet) else { return }
        let catalog = state.context.catalog
        let bullet = bullets[state.competencies.bullet]
        let status = chosen.contains(bullet.id)
            ? "chosen, #\((state.draft.competencies.firstIndex(of: bullet.id) ?? 0) + 1) in the posting"
            : "not chosen (Space chooses)"
        canvas.put(top, 2, " \(bullet.kind == .knowledge ? "Knowledge" : "Duty"), \(status) ", .muted, limit: state.width - 4)
        var lines = View.wrap(bullet.text.collapsingWhitespace, width: state.width - 2).map { ($0, CellStyle(bold: true)) }
        let labels = bullet.aligns.compactMap { catalog.standard($0) }.map { "\(shortLabel($0)) \($0.title)" }
        if !labels.isEmpty { lines += View.wrap("Aligns to: " + labels.joined(separator: "; "), width: state.width - 2).map { ($0, CellStyle.muted) } }
        for (offset, line) in lines.prefix(bottom - top - 1).enumerated() {
            canvas.put(top + 1 + offset, 1, line.0, line.1, limit: state.width - 2)
        }
    }
}

/// A standard as the editor names it beside its title: "CoSN", "ISTE 3.4.c", "603 CMR II-d".
func shortLabel(_ standard: Standard) -> String {
    switch standard.frameworkID {
    case "cosn": "CoSN"
    case "iste": "ISTE \(standard.code)"
    case "ma-admin": "603 CMR \(standard.code)"
    case "dlcs": "DLCS \(standard.code)"
    case "iste-coaches": "ISTE Coaches \(standard.code)"
    default: "\(standard.frameworkID.uppercased()) \(standard.code)"
    }
}
