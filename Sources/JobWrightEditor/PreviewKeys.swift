/// Keys of the Preview screen: scrolling, and posting or rubric.
enum PreviewKeys {
    static func handle(_ key: Key, in state: inout EditorState) -> [Effect] {
        let page = max(1, state.height - View.bodyTop - 3)
        let last = max(0, state.preview.lines.count - page)
        switch key {
        case .up, .character("k"): state.preview.scroll = max(0, state.preview.scroll - 1)
        case .down, .character("j"): state.preview.scroll = min(last, state.preview.scroll + 1)
        case .pageUp, .character("b"): state.preview.scroll = max(0, state.preview.scroll - page)
        case .pageDown, .character(" "): state.preview.scroll = min(last, state.preview.scroll + page)
        case .home, .character("g"): state.preview.scroll = 0
        case .end, .character("G"): state.preview.scroll = last
        case .character("t"), .character("p"), .character("r"):
            state.preview.document = state.preview.document == .posting ? .rubric : .posting
            state.preview.scroll = 0
        default: break
        }
        return []
    }
}
