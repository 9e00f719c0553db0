import Foundation
import JobWrightEditor
import Testing

/// Issue 8, measured by counting keys (not by timing): with no district profile, an HR officer sets
/// one up on the editor's one screen, then composes a Chief Technology Officer posting from the
/// recommended core with the position's own facts; a second posting with the profile in place
/// needs only the facts. Each saved draft passes `jobwright check` and renders.
@Suite("A posting in minutes, not an hour", .enabled(if: Tmux.available), .serialized)
struct MinutesNotAnHourTests {
    /// What every run types: the position's own facts.
    static func composeFromTheCore(_ tmux: Tmux, title: String, summary: String) throws {
        try tmux.waitFor("Start a new posting")
        try tmux.keys("Enter"); try tmux.waitFor("recommended core: Ctrl-N goes")
        // The new draft opens on the title; Ctrl-N goes from one field to fill in to the next
        // (on the Position screen letters are text).
        try tmux.keys("Enter"); try tmux.type(title); try tmux.keys("Enter"); try tmux.waitFor("Enter edit")
        for value in ["2027-03-01", "2027-03-31", "150000", "170000"] {
            try tmux.keys("C-n"); try tmux.waitFor("Next to fill in")
            try tmux.keys("Enter"); try tmux.type(value); try tmux.keys("Enter"); try tmux.waitFor("Enter edit")
        }
        try tmux.keys("C-n"); try tmux.waitFor("Next to fill in: Summary")
        try tmux.keys("Enter"); try tmux.waitFor("words.")
        try tmux.type(summary); try tmux.keys("Escape"); try tmux.waitFor("Type to fill")
        try tmux.keys("C-n"); try tmux.waitFor("Nothing left to fill in")
        try tmux.keys("C-s"); try tmux.waitFor("Saved")
        try tmux.keys("C-q"); try tmux.waitFor("EDITOR-EXITED=0")
    }

    static func checkAndRender(_ tmux: Tmux, _ file: String) throws {
        try tmux.run("new-window -d \"'\(tmux.binary)' check \(file) > check.txt; echo CHECK=\\$? >> check.txt; "
                     + "'\(tmux.binary)' render posting \(file) > posting.txt && '\(tmux.binary)' render rubric \(file) > rubric.txt; echo RENDER=\\$? >> check.txt\"")
        // Generous: the wait ends as soon as the file is written, and a full parallel test run
        // has left this one waiting over 15 s on a 2-core machine.
        let deadline = Date().addingTimeInterval(60)
        while tmux.file("check.txt")?.contains("RENDER=") != true && Date() < deadline { usleep(100_000) }
        let report = try #require(tmux.file("check.txt"))
        #expect(report.contains("CHECK=0") && report.contains("0 errors, 0 warnings"), "\(report)")
        #expect(report.contains("RENDER=0"))
        #expect(tmux.file("posting.txt")?.contains("HOW TO APPLY") == true)
        #expect(tmux.file("rubric.txt")?.contains("STRUCTURED INTERVIEW RUBRIC") == true)
    }

    @Test func firstAProfileThenTwoPostings() throws {
        let tmux = try Tmux()
        // First run: no profile. The start screen offers to set one up on one screen.
        try tmux.start("edit cto.yaml", startChoice: nil)
        try tmux.waitFor("1. Set up the district profile now")
        try tmux.keys("Enter"); try tmux.waitFor("Your district profile")
        let profile: [(label: String, value: String)] = [
            ("District", "Lakeside Public Schools"), ("Street", "12 Harbor Road"), ("City", "Lakeside"),
            ("HR contact", "Jamie Rivera"), ("HR email", "hr@lakeside.example.org"),
            ("Coordinator", "Pat Lee"), ("Coord. title", "Civil Rights Coordinator"),
            ("Coord. address", "12 Harbor Road, Lakeside, MA 01888"), ("Coord. email", "civilrights@lakeside.example.org"),
            ("Coord. phone", "(978) 555-0110"), ("Apply at", "https://jobs.lakeside.example.org/{postingId}"),
        ]
        var row = 0
        for field in profile {
            let target = ProfileFieldOrder.labels.firstIndex(of: field.label)!
            try tmux.keys(Array(repeating: "Down", count: target - row))
            try tmux.type(field.value)
            row = target
        }
        try tmux.keys("C-s"); try tmux.waitFor("Saved the district profile")
        #expect(tmux.file("config/jobwright/district.yaml")?.contains("district: Lakeside Public Schools") == true)
        try Self.composeFromTheCore(tmux, title: "Chief Technology Officer",
                                    summary: "Lakeside seeks a Chief Technology Officer for its five schools. The CTO joins the superintendent's cabinet and works with principals, staff and families.")
        try Self.checkAndRender(tmux, "cto.yaml")
        let first = (keys: tmux.keystrokes - tmux.typedCharacters, typed: tmux.typedCharacters)

        // Second run: the profile is in place; only the facts are typed.
        try tmux.endSession()
        let before = (keys: tmux.keystrokes - tmux.typedCharacters, typed: tmux.typedCharacters)
        try tmux.start("edit cio.yaml", startChoice: nil)
        try Self.composeFromTheCore(tmux, title: "Chief Information Officer",
                                    summary: "Lakeside seeks a Chief Information Officer for its five schools. The CIO joins the superintendent's cabinet and works with principals, staff and families.")
        try Self.checkAndRender(tmux, "cio.yaml")
        let second = (keys: tmux.keystrokes - tmux.typedCharacters - before.keys, typed: tmux.typedCharacters - before.typed)
        print("With no profile: \(first.keys) keys and \(first.typed) typed characters; with the profile: \(second.keys) keys and \(second.typed) typed characters.")
        #expect(first.keys <= 400 && first.typed <= 800)
        #expect(second.keys <= 150 && second.typed <= 300)
    }
}

/// The profile screen's labels in order (as `ProfileFields.all` lists them).
enum ProfileFieldOrder {
    static let labels = ["District", "Department", "Building", "Street", "City", "State", "ZIP code", "HR contact", "HR title",
                         "HR email", "HR phone", "Coordinator", "Coord. title", "Coord. address", "Coord. email", "Coord. phone",
                         "Apply at", "How to apply", "Work year", "Contract days", "Pay note", "Benefits"]
}
