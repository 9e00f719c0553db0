/// Mouse clicks: a tab, or a row of the current screen's list, found through the same layout
/// the screen is drawn with.
extension Editor {
    static func click(row: Int, column: Int, in state: inout EditorState) {
        guard state.modal == nil, !state.isTooSmall, !isEditingText(state) else { return }
        if row == 0 {
            if let screen = View.tabHit(column: column, state: state) { switchScreen(&state, to: screen) }
            return
        }
        switch state.screen {
        case .position:
            if let index = PositionView.layout(state).index(atRow: row) { state.position.selected = index }
        case .competencies:
            let layout = CompetencyView.layout(state)
            if column < layout.split {
                guard let area = layout.areas.index(atRow: row) else { return }
                state.competencies.area = area
                state.competencies.bullet = 0
                state.competencies.focus = .areas
            } else if let index = layout.bullets.index(atRow: row) {
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
            if let index = RubricView.layout(state).index(atRow: row) { state.rubric.selected = index }
        case .export:
            if let index = ExportView.rows(state).firstIndex(of: row) { state.export.choice = index }
        case .checks:
            if let index = ChecksView.layout(state).index(atRow: row) { state.checks.selected = index }
        case .review:
            if let index = ReviewView.layout(state).index(atRow: row) { state.reviewSelected = index }
        case .preview:
            break
        }
    }
}
