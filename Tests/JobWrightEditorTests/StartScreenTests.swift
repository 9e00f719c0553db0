import JobWrightCore
import JobWrightEditor
import Testing

/// A new draft's start screen, the one-screen district profile, and `n` (issue 8).
@Suite("Starting a new posting")
struct StartScreenTests {
    typealias F = EditorFixtures

    static func newState(profile: DistrictProfile?) -> EditorState {
        var state = F.state(path: "new.yaml")
        state.profile = profile
        state.profilePath = "/config/jobwright/district.yaml"
        state.modal = .start(StartScreen())
        return state
    }

    @Test func theDefaultIsTheProfileWithTheRecommendedCore() {
        var state = Self.newState(profile: DistrictProfile(from: F.example))
        #expect(View.render(state).lines.contains { $0.contains("1. District profile and the recommended core") })
        F.send(&state, [.enter])
        #expect(state.modal == nil && state.modified)
        #expect(state.draft.position.district == "Riverbend Public Schools")
        #expect(state.draft.competencies == F.context.catalog.coreBullets.map(\.id))
        #expect(state.draft.rubric.rows.count == 6)
        // Undo (Esc u on the Position screen, where letters are text) goes back to the blank draft.
        F.send(&state, [.escape, .character("u")])
        #expect(state.draft.competencies.isEmpty)
    }

    /// At 80 columns a choice too long for its line goes on under its words: nothing is cut.
    @Test func longChoicesWrapAt80Columns() {
        let state = Self.newState(profile: DistrictProfile(from: F.example))
        #expect(state.width == 80)
        let screen = View.render(state).lines
        #expect(screen.contains { $0.contains("1. District profile and the recommended core: 15 bullets over all ten ") })
        #expect(screen.contains { $0.contains("     areas, 6 rubric rows ") })
        #expect(screen.contains { $0.contains("Word, web or text file to ") } && screen.contains { $0.contains("     import ") })
    }

    @Test func profileOnlyBlankAndEsc() {
        var state = Self.newState(profile: DistrictProfile(from: F.example))
        F.send(&state, [.character("2")])
        #expect(state.draft.position.district == "Riverbend Public Schools" && state.draft.competencies.isEmpty)
        state = Self.newState(profile: DistrictProfile(from: F.example))
        F.send(&state, [.character("4")])
        #expect(state.draft == Draft.newPosting() && !state.modified)
        state = Self.newState(profile: nil)
        F.send(&state, [.escape])
        #expect(state.modal == nil && state.draft == Draft.newPosting())
    }

    @Test func aCopyIsReadByTheRuntimeAndLosesItsDates() throws {
        var state = Self.newState(profile: nil)
        F.send(&state, [.down, .down, .enter] + F.type("last-year.yaml"))
        let effects = F.send(&state, [.enter])
        #expect(effects == [.readDraft(path: "last-year.yaml")])
        _ = Editor.update(&state, .draftRead(path: "last-year.yaml", bytes: nil))
        guard case .start(let screen)? = state.modal else { Issue.record("the start screen closed"); return }
        #expect(screen.error == "last-year.yaml cannot be read.")
        _ = Editor.update(&state, .draftRead(path: "last-year.yaml", bytes: Array(try F.example.yaml().utf8)))
        #expect(state.modal == nil && state.draft.competencies == F.example.competencies && state.draft.position.closingDate == nil)
    }

    /// An HR officer's "last year's posting" is usually a Word or web file, not a draft: it is
    /// imported, and the editor opens on the Review screen.
    @Test func anOldPostingThatIsNotADraftIsImportedAndOpensTheReview() throws {
        var state = Self.newState(profile: nil)
        F.send(&state, [.down, .down, .enter] + F.type("old-posting.txt") + [.enter])
        let posting = "Director of Technology\n\nResponsibilities\n- Manage the district's E-rate applications and keep the records the program requires.\n"
        _ = Editor.update(&state, .draftRead(path: "old-posting.txt", bytes: Array(posting.utf8)))
        #expect(state.modal == nil)
        #expect(state.screen == .review)
        #expect(state.draft.position.title == "Director of Technology")
        #expect(state.draft.competencies == ["assets.e-rate"])
        #expect(state.draft.importReview?.source == "old-posting.txt")
        #expect(state.message == "Review 1 line: a accept, c other match, / any bullet, k own words, d drop")
        // A file that is no posting keeps the start screen open and says why.
        var again = Self.newState(profile: nil)
        F.send(&again, [.down, .down, .enter] + F.type("old.docx") + [.enter])
        _ = Editor.update(&again, .draftRead(path: "old.docx", bytes: Array("not a zip".utf8)))
        guard case .start(let screen)? = again.modal else { Issue.record("the start screen closed"); return }
        #expect(screen.error?.contains("not a zip archive") == true)
    }

    /// An old posting copied from a district document and pasted on the start screen is
    /// imported as its file would be (it used to be dropped without a word); a line or two is not
    /// a posting, and the screen says what to do. A terminal without bracketed paste sends the
    /// same text as keys in a burst: it is imported too, never read as choices.
    @Test func anOldPostingPastedOnTheStartScreenIsImported() throws {
        let posting = "Director of Technology\n\nResponsibilities\n- Manage the district's E-rate applications and keep the records the program requires.\n"
        for bracketed in [true, false] {
            var state = Self.newState(profile: nil)
            _ = Editor.update(&state, bracketed ? .paste(posting) : .typed(posting))
            #expect(state.modal == nil, "bracketed: \(bracketed)")
            #expect(state.screen == .review)
            #expect(state.draft.position.title == "Director of Technology")
            #expect(state.draft.competencies == ["assets.e-rate"])
            #expect(state.draft.importReview?.source == "the pasted posting")
        }
        var short = Self.newState(profile: nil)
        _ = Editor.update(&short, .paste("Director of Technology"))
        guard case .start? = short.modal else { Issue.record("the start screen closed"); return }
        #expect(short.message?.hasPrefix("Pasted text was not used. To start from an old posting, paste the whole posting here") == true)
        #expect(short.draft == Self.newState(profile: nil).draft)
    }

    /// After an import the Review tab makes eight: at 80 columns they used to shrink to bare
    /// numbers ("1  2  3  4  5  6  7 [8 Review]"); with one space between titles all eight keep
    /// their titles, and a click still lands on the tab under it. Narrower, numbers remain.
    @Test func eightTabsKeepTheirTitlesAt80Columns() throws {
        let posting = "Director of Technology\n\nResponsibilities\n- Manage the district's E-rate applications and keep the records the program requires.\n"
        var state = Self.newState(profile: nil)
        _ = Editor.update(&state, .paste(posting))
        #expect(state.screens.count == 8)
        let bar = View.render(state).lines[0]
        #expect(bar == "1 Position 2 Bullets 3 Reporting 4 Rubric 5 Preview 6 Export 7 Checks [8 Review]", "\(bar)")
        for (column, screen) in [(11, Screen.competencies), (44, .preview), (79, .review), (0, .position)] {
            _ = Editor.update(&state, .click(row: 0, column: column))
            #expect(state.screen == screen, "column \(column)")
        }
        #expect(View.render(state).lines[0] == "[1 Position] 2 Bullets 3 Reporting 4 Rubric 5 Preview 6 Export 7 Checks 8 Review")
        state.width = 70
        #expect(View.render(state).lines[0].hasPrefix("[1 Position] 2  3  4"))
    }

    /// With a district profile, the imported draft takes from it what the old posting leaves
    /// empty, as `jobwright import` does.
    @Test func anImportedPostingTakesTheBlanksFromTheDistrictProfile() throws {
        var state = Self.newState(profile: DistrictProfile(from: F.example))
        F.send(&state, [.down, .down, .enter] + F.type("old-posting.txt") + [.enter])
        let posting = "Director of Technology\n\nResponsibilities\n- Manage the district's E-rate applications and keep the records the program requires.\n"
        _ = Editor.update(&state, .draftRead(path: "old-posting.txt", bytes: Array(posting.utf8)))
        #expect(state.screen == .review)
        #expect(state.draft.position.title == "Director of Technology")
        #expect(state.draft.notices.coordinator == F.example.notices.coordinator)
        #expect(state.draft.position.location == F.example.position.location)
        #expect(state.draft.rubric.rows.map(\.assesses) == [["assets.e-rate"]])
    }

    /// The status bar says "q quit", and on the start screen it does (a helper pressed q there
    /// and nothing happened).
    @Test func qOnTheStartScreenQuits() {
        var state = Self.newState(profile: nil)
        let effects = F.send(&state, [.character("q")])
        #expect(effects.contains(.quit) && state.quitting)
    }

    @Test func withNoProfileTheFirstChoiceSetsOneUpOnOneScreen() throws {
        var state = Self.newState(profile: nil)
        #expect(View.render(state).lines.contains { $0.contains("1. Set up the district profile now") })
        F.send(&state, [.enter] + F.type("Lakeside Public Schools") + [.enter])
        guard case .profileSetup(let form)? = state.modal else { Issue.record("no profile form"); return }
        #expect(form.selected == 1)
        #expect(View.render(state).lines.contains { $0.contains("Lakeside Public Schools") })
        let effects = F.send(&state, [.control("s")])
        guard case .writeProfile(let path, let yaml)? = effects.first else { Issue.record("not saved: \(effects)"); return }
        #expect(path == "/config/jobwright/district.yaml")
        #expect(try DistrictProfile.load(path: path, text: yaml).district == "Lakeside Public Schools")
        #expect(try DistrictProfile.load(path: path, text: yaml).location.state == "MA", "the state is filled in")
        // Back on the start screen, now with the profile.
        F.send(&state, [.enter])
        #expect(state.draft.position.district == "Lakeside Public Schools" && !state.draft.competencies.isEmpty)
    }

    @Test func leavingAnUntouchedProfileFormTakesOneEsc() {
        var state = Self.newState(profile: nil)
        F.send(&state, [.enter, .escape])
        guard case .start? = state.modal else { Issue.record("one Esc did not leave the untouched form"); return }
    }

    @Test func nGoesToTheNextFieldToFillIn() {
        var state = Self.newState(profile: DistrictProfile(from: F.example))
        F.send(&state, [.enter])
        // The first field to fill in is where the new draft opens: the title.
        #expect(state.screen == .position && EditorFieldPaths.all[state.position.selected] == "position.title")
        F.send(&state, [.enter] + F.type("Chief Technology Officer") + [.enter, .control("n")])
        #expect(EditorFieldPaths.all[state.position.selected] == "position.postingDate")
        #expect(state.message?.contains("Next to fill in") == true)
    }
}
