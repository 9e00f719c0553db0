import Foundation
import Testing

/// An HR officer imports last year's posting and settles it in the editor's Review screen, in a
/// real terminal: the review opens by itself, each key does what the hint line says, and the
/// review survives saving, quitting and opening again.
@Suite("Import review end to end in tmux", .enabled(if: Tmux.available), .serialized)
struct ImportReviewEndToEndTests {
    static let oldPosting = """
        Director of Technology
        Lakeside Public Schools

        Responsibilities
        - Manage the district's E-rate applications and keep the records the program requires.
        - Run the help desk and track how quickly tickets are closed.
        - Coach the middle school robotics team after school.
        - Lead the district's cybersecurity program, including staff training on phishing.
        """

    @Test func theReviewOpensSettlesLineByLineAndSurvivesReopening() throws {
        let tmux = try Tmux()
        try Data(Self.oldPosting.utf8).write(to: tmux.directory.appendingPathComponent("old.txt"))
        let status = system("cd '\(tmux.directory.path)' && '\(tmux.binary)' import old.txt --output draft.yaml >/dev/null 2>&1")
        #expect(status == 0)

        try tmux.start("edit draft.yaml")
        var screen = try tmux.waitFor("Imported from old.txt: 4 lines of 4 to review")
        #expect(screen.contains("[8 Review]"))
        #expect(screen.contains("assets.e-rate"))
        // Accept the first line; the highlight moves on to the next open one.
        try tmux.keys("a")
        screen = try tmux.waitFor("3 lines left to review")
        // Second line: go through its other matches once, then accept what it became.
        try tmux.keys("c")
        screen = try tmux.waitFor("a accepts it, c shows the next match")
        try tmux.keys("a")
        try tmux.waitFor("2 lines left to review")
        // The robotics team is not the job: drop it.
        try tmux.keys("d")
        try tmux.waitFor("dropped; 1 line left to review")
        try tmux.keys("C-s"); try tmux.waitFor("Saved draft.yaml")
        try tmux.keys("q"); try tmux.waitFor("EDITOR-EXITED=0")

        let saved = try #require(tmux.file("draft.yaml"))
        #expect(saved.contains("importReview:"))
        #expect(saved.contains("dropped: true"))
        #expect(!saved.contains("robotics") || saved.components(separatedBy: "robotics").count == 2)  // only in the review's own text

        // Opened again: the review goes on at the last open line; keeping its own words ends it.
        let again = try Tmux()
        try FileManager.default.copyItem(at: tmux.directory.appendingPathComponent("draft.yaml"),
                                         to: again.directory.appendingPathComponent("draft.yaml"))
        try again.start("edit draft.yaml")
        screen = try again.waitFor("Review 1 line: a accept")
        #expect(screen.contains("✓"))
        try again.keys("k")
        screen = try again.waitFor("the review is done")
        // Done, the review is still one key away, and its lines can still be changed.
        #expect(screen.contains("8 Review"))
        try again.keys("8")
        screen = try again.waitFor("Every imported line is settled")
        #expect(screen.contains("✓ own wording"))
        try again.keys("C-s"); try again.waitFor("Saved draft.yaml")
        try again.keys("q"); try again.waitFor("EDITOR-EXITED=0")
        let done = try #require(again.file("draft.yaml"))
        #expect(!done.contains("importReview:"))
        #expect(done.contains("assets.e-rate"))
        #expect(!done.contains("robotics"))
    }

    /// A line whose right bullet is not among its top matches: `/` searches the whole catalog,
    /// the officer types two words, and Enter makes the line that bullet.
    @Test func aSearchOfTheWholeCatalogGivesALineAnyBullet() throws {
        let tmux = try Tmux()
        try Data(Self.oldPosting.utf8).write(to: tmux.directory.appendingPathComponent("old.txt"))
        #expect(system("cd '\(tmux.directory.path)' && '\(tmux.binary)' import old.txt --output draft.yaml >/dev/null 2>&1") == 0)
        try tmux.start("edit draft.yaml")
        try tmux.waitFor("/ any bullet")
        try tmux.keys("/")
        try tmux.waitFor("Choose any bullet of the catalog")
        try tmux.type("retire equip")
        let screen = try tmux.waitFor("with every word of \"retire equip\"")
        #expect(screen.contains("Retire old equipment safely"))
        try tmux.keys("Enter")
        try tmux.waitFor("now assets.secure-disposal; 3 lines left to review")
        try tmux.keys("C-s"); try tmux.waitFor("Saved draft.yaml")
        try tmux.keys("q"); try tmux.waitFor("EDITOR-EXITED=0")
        let saved = try #require(tmux.file("draft.yaml"))
        #expect(saved.contains("- assets.secure-disposal"))
        #expect(saved.contains("bullet: assets.secure-disposal"))
    }
}
