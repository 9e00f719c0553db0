import Foundation
import JobWrightEditor
import Testing

/// A first-time HR officer, who has not read the README, composes a Chief Technology Officer
/// posting and its rubric from an empty file in a real terminal (tmux, 100x30): title, two long
/// fields pasted with line breaks (one bracketed, one as plain keystrokes), twelve bullets found
/// with the filter, one written bullet, reporting lines, a five-row rubric with one written
/// question, a committee of four with roles, `q` then `y` (which must not discard), the terminal
/// closed, reopened and recovered, undo and redo, save, and the posting and rubric exported.
/// The saved draft and both exports are compared byte for byte with the files in Journey/,
/// refreshed with JOBWRIGHT_UPDATE_GOLDEN=1.
@Suite("A first-time HR officer in a real terminal", .enabled(if: Tmux.available), .serialized)
struct FirstTimeOfficerTests {
    static let journey = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Journey")

    static let summary = """
        Riverbend Public Schools seeks a Chief Technology Officer to lead technology for 5,200 students.
        The CTO sits on the superintendent's cabinet and works with principals and the business office.
        """
    static let day = "Mornings often start with a help-desk huddle.\nAfternoons are for planning the new high school network."

    /// Filters that find each bullet first, across all ten areas.
    static let filters = ["dlcs-impl", "pd-plan", "integration-vision", "law.software-lic", "assets.e-rate", "technical.cyber",
                          "mcas-analysis", "cipa-compliance", "new-buildings", "technical-staff-eval", "sis-management", "help-desk"]

    static let committee = [("Avery Collins", "chair, Superintendent"), ("Sam Okafor", "Assistant Superintendent"),
                            ("Jordan Lee", "Network Administrator"), ("Taylor Brooks", "Teacher")]

    @Test func composesAPostingAndRubricFromAnEmptyFile() throws {
        let tmux = try Tmux()
        try tmux.start("edit cto.yaml")
        var at = 0
        func go(_ path: String) throws {
            let target = try #require(EditorFieldPaths.all.firstIndex(of: path))
            try tmux.keys(Array(repeating: target > at ? "Down" : "Up", count: abs(target - at)))
            at = target
        }
        func fill(_ path: String, _ value: String) throws {
            try go(path)
            try tmux.keys("Enter"); try tmux.type(value); try tmux.keys("Enter")
            try tmux.waitFor(String(value.prefix(16)))
        }
        try fill("position.title", "Chief Technology Officer")
        try fill("position.district", "Riverbend Public Schools")
        try fill("position.postingDate", "2027-01-04")
        try fill("position.closingDate", "2027-02-05")
        try fill("compensation.minimum", "150000")
        try fill("compensation.maximum", "170000")
        // The summary arrives as a bracketed paste, the day in the life as plain keystrokes.
        try go("summary")
        try tmux.keys("Enter"); try tmux.waitFor("words.")
        try tmux.paste(Self.summary); try tmux.waitFor("cabinet")
        try tmux.keys("Escape"); try tmux.waitFor("▶ Summary")
        try go("dayInTheLife")
        try tmux.keys("Enter"); try tmux.waitFor("words.")
        try tmux.type(Self.day); try tmux.waitFor("Afternoons are")
        try tmux.keys("Escape"); try tmux.waitFor("▶ Day in the life")
        try go("qualifications.required")
        try tmux.keys("Enter"); try tmux.waitFor("+ add")
        try tmux.keys("Enter"); try tmux.type("Master's degree"); try tmux.keys("Enter"); try tmux.waitFor("1. Master's")
        try tmux.type("Five years leading technology staff"); try tmux.keys("Enter"); try tmux.waitFor("2. Five")
        try tmux.keys("Escape"); try tmux.waitFor("2 items")

        // Twelve bullets, each found with the filter.
        try tmux.keys("2")
        for (index, filter) in Self.filters.enumerated() {
            try tmux.keys("/"); try tmux.type(filter); try tmux.waitFor("/\(filter)")
            try tmux.keys("Enter", "Space")
            try tmux.waitFor("| \(index + 1) bullet\(index == 0 ? "" : "s") |")
            try tmux.keys("Escape"); try tmux.waitUntil("the filter is cleared") { !$0.contains("Filter: /") }
        }
        // One bullet the district writes, aligned to a CoSN skill area and an ISTE indicator.
        try tmux.keys("a"); try tmux.waitFor("Your own bullet")
        try tmux.type("Plan the district's move to a new student information system")
        try tmux.keys("Tab", "Tab", "Tab", "Space"); try tmux.keys(Array(repeating: "Down", count: 10)); try tmux.keys("Space", "Enter")
        try tmux.waitFor("| 13 bullets |")

        // Reports to the superintendent; supervises two roles.
        try tmux.keys("3", "Enter"); try tmux.waitFor("[central office]")
        try tmux.keys("Down", "Enter"); try tmux.waitFor("Superintendent of Schools")
        try tmux.keys("Down", "Down", "Down", "Enter"); try tmux.waitFor("[central office]"); try tmux.keys("Enter")
        try tmux.keys("Down", "Enter"); try tmux.waitFor("[central office]"); try tmux.keys("Down", "Enter")
        try tmux.waitFor("(1)")

        // Five rubric rows, the first with the committee's own question; four members.
        try tmux.keys("4", "a", "a", "a", "a", "a"); try tmux.waitFor("5 competencies")
        try tmux.keys("w"); try tmux.waitFor("The committee's own question")
        try tmux.keys("C-u"); try tmux.type("Tell us how you would plan the first year of a new high school's network.")
        // The bank question's probes and anchors are still in the dialog: it says so once.
        try tmux.keys("C-s"); try tmux.waitFor("written for the bank question")
        try tmux.keys("C-s"); try tmux.waitFor("own: Tell us how")
        try tmux.keys(Array(repeating: "Down", count: 6) + ["Enter"]); try tmux.waitFor("Hiring committee")
        try tmux.keys("Enter")
        // The first member after Enter on "+ add"; then typing on the list adds the next.
        for (index, member) in Self.committee.enumerated() {
            try tmux.type(member.0); try tmux.keys("Tab"); try tmux.type(member.1); try tmux.keys("Enter")
            try tmux.waitFor("\(index + 1). \(member.0)")
        }
        try tmux.keys("Escape"); try tmux.waitFor("Committee: Avery Collins")

        // `q` then `y`: the question stays, nothing is discarded.
        try tmux.keys("q"); try tmux.waitFor("Unsaved changes")
        try tmux.keys("y")
        let asked = try tmux.waitFor("press s to save and quit")
        #expect(asked.contains("d    quit without saving"))
        try tmux.keys("Escape")
        // The terminal is closed (SIGHUP); reopening offers the edits, with their undo history.
        kill(try #require(tmux.editorPID), SIGHUP)
        try tmux.waitFor("EDITOR-EXITED=129")
        try tmux.endSession()
        try tmux.start("edit cto.yaml")
        try tmux.waitFor("Recovered edits")
        try tmux.keys("r"); try tmux.waitFor("Restored the unsaved edits")
        try tmux.keys("4", "u")
        let undone = try tmux.waitFor("Undone")
        #expect(!undone.contains("Taylor Brooks"), "undo takes back the last member")
        try tmux.keys("C-r"); try tmux.waitFor("Redone")
        try tmux.keys("C-s"); try tmux.waitFor("Saved cto.yaml")

        // Export the posting and the rubric as text; the checks still find errors, so it asks.
        try tmux.keys("6", "w"); try tmux.waitFor("The checks find")
        try tmux.keys("e"); try tmux.waitFor("Wrote cto.txt")
        try tmux.keys("Down", "Down", "Down", "Down", "Enter", "w"); try tmux.waitFor("The checks find")
        try tmux.keys("e"); try tmux.waitFor("Wrote cto.rubric.txt")
        try tmux.keys("q"); try tmux.waitFor("EDITOR-EXITED=0")
        print("A first-time HR officer's posting and rubric took \(tmux.keystrokes) keystrokes.")

        let draft = try #require(tmux.file("cto.yaml"))
        #expect(draft.contains("Mornings often start with a help-desk huddle.\n"), "the line break typed as a key is kept")
        #expect(draft.contains("custom.plan-the-districts-move"))
        for name in ["cto.yaml", "cto.txt", "cto.rubric.txt"] {
            let actual = try #require(tmux.file(name), "\(name) was not written")
            let golden = Self.journey.appendingPathComponent(name)
            if ProcessInfo.processInfo.environment["JOBWRIGHT_UPDATE_GOLDEN"] != nil {
                try Data(actual.utf8).write(to: golden)
            }
            let expected = try String(contentsOf: golden, encoding: .utf8)
            #expect(actual == expected, "\(name) differs from Journey/\(name) (refresh with JOBWRIGHT_UPDATE_GOLDEN=1 after an intended change)")
        }
    }
}
