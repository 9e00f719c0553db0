import JobWrightCore

/// Keys of the Review screen, where an imported draft's lines are settled one by one: accept
/// what a line became, change it to another of its top matches or to any bullet of the catalog
/// (`/`, a search), keep the old posting's wording as the district's own bullet, or drop it.
enum ReviewKeys {
    static func handle(_ key: Key, in state: inout EditorState) -> [Effect] {
        guard let review = state.draft.importReview else {
            state.message = nothingToReview
            return []
        }
        let count = review.lines.count
        let index = min(state.reviewSelected, max(0, count - 1))
        switch key {
        case .up: state.reviewSelected = max(0, index - 1)
        case .down, .character("j"): state.reviewSelected = min(max(0, count - 1), index + 1)
        case .home, .character("g"): state.reviewSelected = 0
        case .end, .character("G"): state.reviewSelected = max(0, count - 1)
        case .enter, .character("a"):
            settle(index, .accept, in: &state)
        case .character("c"):
            let line = review.lines[index]
            let choices = line.choices.map(\.id)
            guard !choices.isEmpty else {
                state.message = "No other match was found for this line: / searches the whole catalog, k keeps its own wording, d drops it."
                return []
            }
            // The next of the line's top matches after the bullet it is now.
            let next = choices[((choices.firstIndex(of: line.bullet) ?? -1) + 1) % choices.count]
            state.draft.changeImportLine(index, to: next, catalog: state.context.catalog)
            Editor.edited(&state)
            state.message = "Line \(line.line) is now \(next). a accepts it, c shows the next match."
        case .character("/"):
            BulletPickerKeys.open(forLine: index, in: &state)
        case .character("k"):
            settle(index, .keepWording, in: &state)
        case .character("d"):
            settle(index, .drop, in: &state)
        default:
            break
        }
        return []
    }

    /// What the status line says when an imported draft opens on the Review screen: short
    /// enough for 80 columns (the heading above names the file).
    static func opening(_ review: ImportReview) -> String {
        "Review \(View.counted(review.open.count, "line")): a accept, c other match, / any bullet, k own words, d drop"
    }

    /// Said by `8` (and the Review screen) when the draft holds no review: it was never
    /// imported, or its review was finished and saved.
    static let nothingToReview = "Nothing to review: 8 is for a draft just imported (jobwright import)."

    /// Applies a decision, moves to the next open line, and says what happened.
    static func settle(_ index: Int, _ decision: Draft.ReviewDecision, in state: inout EditorState) {
        guard let before = state.draft.importReview, before.lines.indices.contains(index) else { return }
        let line = before.lines[index]
        state.draft.settleImportLine(index, decision, catalog: state.context.catalog)
        Editor.edited(&state)
        guard let review = state.draft.importReview else { return }
        let done: String = switch decision {
        case .accept: "kept as \(line.bullet)"
        case .choose(let id): "now \(id)"
        case .keepWording: "kept in its own words"
        case .drop: "dropped"
        }
        if review.open.isEmpty {
            // The last open line: on to the bullets. A line changed once all were settled: stay.
            if !before.open.isEmpty {
                state.screen = .competencies
                state.message = "Every line is settled: the review is done (8 shows it). Ctrl-S saves."
            } else {
                state.message = "Line \(line.line) \(done); every imported line is settled."
            }
            return
        }
        let open = review.open.count
        state.reviewSelected = review.lines.indices.first { $0 > index && review.lines[$0].settled != true }
            ?? review.lines.indices.first { review.lines[$0].settled != true } ?? index
        state.message = "Line \(line.line) \(done); \(open) line\(open == 1 ? "" : "s") left to review."
    }
}
