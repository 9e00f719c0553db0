import JobWrightCore
@testable import JobWrightEditor
import Testing

/// The help names 8 Review: once every imported line is settled it still opens, with the lines
/// still open to change; on a draft that was never imported it says so instead of doing nothing.
@Suite("Review stays reachable")
struct ReviewReachableTests {
    typealias F = EditorFixtures

    @Test func eightOnADraftNeverImportedSaysThereIsNothingToReview() {
        var state = F.state(F.example)
        F.send(&state, [.character("3"), .character("8")])
        #expect(state.screen == .reporting)
        #expect(state.message == ReviewKeys.nothingToReview)
        #expect(View.render(state).lines.contains { $0.contains("Nothing to review: 8 is for a draft just imported") })
    }

    @Test func onceEveryLineIsSettledEightStillShowsThemAndOneCanBeChanged() throws {
        var state = BulletPickerTests.reviewing()
        #expect(state.screen == .review)
        F.send(&state, [.character("a"), .character("a")])
        // The last line settled: on to the bullets, as before.
        #expect(state.screen == .competencies)
        #expect(state.message?.contains("the review is done") == true)
        #expect(state.screens.contains(.review))
        F.send(&state, [.character("8")])
        #expect(state.screen == .review)
        let screen = View.render(state).lines.joined(separator: "\n")
        #expect(screen.contains("Every imported line is settled (old.txt, 2 lines); each can still be changed"))
        #expect(screen.contains("✓ projects.technology-plan"))
        // A settled line dropped after all: the screen stays, the bullet goes.
        F.send(&state, [.home, .character("d")])
        #expect(state.screen == .review)
        #expect(state.message == "Line 4 dropped; every imported line is settled.")
        #expect(!state.draft.competencies.contains("projects.technology-plan"))
        #expect(state.draft.importReview?.lines[0].dropped == true)
        // Undo brings it back; saving writes no finished review.
        F.send(&state, [.character("u")])
        #expect(state.draft.competencies.contains("projects.technology-plan"))
        let saved = F.send(&state, [.control("s")]).compactMap { if case .save(_, let contents, _) = $0 { contents } else { nil } }
        #expect(saved.count == 1 && !saved[0].contains("importReview"))
        #expect(state.draft.importReview != nil, "8 still shows it after the save")
        #expect(!state.modified)
    }
}
