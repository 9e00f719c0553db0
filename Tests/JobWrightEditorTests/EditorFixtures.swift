import Foundation
import JobWrightChecks
import JobWrightCore
import JobWrightEditor
import JobWrightRender

enum EditorFixtures {
    static let context: EditorContext = {
        DisplayWidth.prepareLocale()
        let rules = try! RuleData.load()
        var renderer = try! Renderer(catalog: try! CatalogSource.load(), templates: try! TemplateSet.load())
        renderer.neverAsk = rules.interview.printedNeverAsk
        return EditorContext(renderer: renderer, checker: try! Checker(renderer: renderer, rules: rules), ascii: false)
    }()

    static let example: Draft = try! Draft.load(path: "example.draft.yaml", text: DraftTemplates.example).draft

    static func state(_ draft: Draft = Draft.newPosting(), path: String? = "draft.yaml", width: Int = 80, height: Int = 24) -> EditorState {
        EditorState(context: context, draft: draft, path: path, width: width, height: height)
    }

    /// Sends keys (and a tick after each) and returns all effects.
    @discardableResult
    static func send(_ state: inout EditorState, _ keys: [Key]) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects += Editor.update(&state, .key(key)) }
        return effects
    }

    static func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

    /// The Position screen, with the field at `path` selected.
    static func select(_ path: String, in state: inout EditorState) {
        state.screen = .position
        state.position.selected = EditorFieldPaths.all.firstIndex(of: path)!
    }

    static let screensDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Screens")
}
