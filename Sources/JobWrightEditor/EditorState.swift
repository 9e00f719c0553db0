import JobWrightCore
import JobWrightRender

/// The editor's screens, in Tab order; the number is the key that jumps to it.
public enum Screen: Int, CaseIterable, Sendable {
    case position = 1, competencies, reporting, rubric, preview, export, checks, review

    var title: String {
        switch self {
        case .position: "Position"
        case .competencies: "Bullets"
        case .reporting: "Reporting"
        case .rubric: "Rubric"
        case .preview: "Preview"
        case .export: "Export"
        case .checks: "Checks"
        case .review: "Review"
        }
    }
}

/// A dialog over the current screen; it takes every key until it closes, and acts only on the
/// keys it shows.
public enum Modal: Equatable, Sendable {
    /// The keys of the screen below; `scroll` is the first line shown.
    case help(scroll: Int)
    case confirmQuit
    /// A recovery file newer than the draft was found, with the undo history saved beside it.
    case recovery(recoveredYAML: String, history: String?)
    /// Asks where to save an untitled draft (then saves).
    case savePath(TextField)
    /// The file had errors when opened; saving replaces it.
    case confirmOverwrite
    case customBullet(CustomBulletForm)
    /// Picks a role for a reporting line.
    case rolePicker(RolePicker)
    /// Searches the whole catalog for the bullet an imported line becomes (Review screen).
    case bulletPicker(BulletPicker)
    /// Writes the committee's own question for a rubric row.
    case customQuestion(CustomQuestionForm)
    /// Marks which chosen bullets a rubric row assesses (row index, highlighted bullet).
    case assessedBullets(row: Int, selected: Int)
    /// Edits a list of the draft (qualifications, conditions, committee) one item per row.
    case list(ListEditor)
    /// Picks the optional notices from the catalog (highlighted row).
    case notices(selected: Int)
    /// Export was asked for while the checks find errors: the messages of the errors.
    case confirmExport(errors: [String])
    /// Where a new draft starts: the profile and the core, the profile, a copy, or blank.
    case start(StartScreen)
    /// The district profile on one screen, the first time there is none.
    case profileSetup(ProfileForm)
    /// Another jobwright editor has this draft open.
    case lockedElsewhere(DraftLock.Holder)
    /// A save found the file changed (or removed, or already there) since the editor read or
    /// wrote it: overwrite, save beside, or keep editing.
    case changedOnDisk(path: String, deleted: Bool)

    /// A question is answered by one deliberate key (never one that came in a burst of pasted
    /// text); these are its answers, as the status bar shows them. nil for any other dialog.
    var answerKeys: String? {
        switch self {
        case .confirmQuit: "s save+quit  d discard  Esc back"
        case .recovery: "r restore  d discard  k keep both"
        case .confirmExport: "e export  7 checks  Esc back"
        case .changedOnDisk: "o overwrite  b beside  Esc back"
        case .lockedElsewhere: "e edit here  q quit"
        case .confirmOverwrite: "y save  n cancel"
        default: nil
        }
    }
}

/// The start screen of a new draft.
public struct StartScreen: Equatable, Sendable {
    public var selected = 0
    /// The file to copy, typed on the "copy" row.
    public var copyPath = TextField()
    public var typingPath = false
    public var error: String?
    public init() {}
}

/// The district profile's fields as one form.
public struct ProfileForm: Equatable, Sendable {
    public var fields: [TextField]
    /// What the fields held when the form opened (the state is filled in).
    public var initial: [String] = []
    public var selected = 0
    public var error: String?
    public var confirmingDiscard = false
}

/// The "write your own question" dialog: type, text, probes and an anchor for each level.
public struct CustomQuestionForm: Equatable, Sendable {
    public var row: Int
    public var type: QuestionType
    /// Text, probes (separated by |), then one anchor per level, in the scale's order.
    public var fields: [TextField]
    public var levelIDs: [String]
    public var levelNames: [String]
    /// 0 = type, then the fields.
    public var selected = 1
    /// Why the last Enter did not save, shown in the dialog.
    public var error: String?
    /// The fields as the dialog opened: what counts as written, and what the probes and anchors
    /// were for the bank question.
    public var initial: [String] = []
    /// Esc was pressed once with something written: a second Esc discards it.
    public var confirmingDiscard = false
    /// The user was told the probes and anchors still belong to the bank question.
    public var warnedAboutAnchors = false

    var labels: [String] { ["Question", "Probes (|)"] + levelNames }
}

/// The "add a custom bullet" dialog: text, kind, and alignments picked from the standards.
public struct CustomBulletForm: Equatable, Sendable {
    public var area: String
    public var text = TextField()
    public var kind: Competency.Kind = .duty
    public var standards: [String]
    public var chosen: Set<String> = []
    /// 0 = text, 1 = kind, 2... = standards list.
    public var selected = 0
    public var scroll = 0
    /// Why the last Enter did not add the bullet, shown in the dialog.
    public var error: String?
    /// Esc was pressed once with something written: a second Esc discards it.
    public var confirmingDiscard = false
}

/// Picks a role (or types one) for a reporting line.
public struct PositionScreenState: Equatable, Sendable {
    public var selected = 0
    public var editing: TextField?
    public var error: String?
    /// After Esc, the next key is a command (u, n, q, ...), not text: on this screen a letter
    /// otherwise goes into the highlighted field.
    public var commandNext = false
}

public struct CompetencyScreenState: Equatable, Sendable {
    public enum Focus: Equatable, Sendable { case areas, bullets }
    public var focus: Focus = .areas
    public var area = 0
    public var bullet = 0
    /// The filter text while `/` is active (nil: no filter).
    public var filter: String?
    public var filterEditing = false
}

public struct ReportingScreenState: Equatable, Sendable {
    /// 0 reports-to, then dotted lines, supervised roles and works-with entries, each list
    /// followed by an "add" row.
    public var selected = 0
}

public struct RubricScreenState: Equatable, Sendable {
    public var selected = 0
    public var editingName: TextField?
}

public struct PreviewScreenState: Equatable, Sendable {
    public var document: DocumentKind = .posting
    public var scroll = 0
    /// Rendered lines, made by `update` when the draft, width or document changed.
    public var lines: [String] = []
    public var renderedVersion = -1
    public var renderedWidth = -1
    public var renderedDocument: DocumentKind = .posting
}

public struct ExportScreenState: Equatable, Sendable {
    public static let choices: [(DocumentKind, OutputFormat, String)] = [
        (.posting, .text, "txt"), (.posting, .markdown, "md"), (.posting, .html, "html"), (.posting, .jsonld, "jsonld"),
        (.rubric, .text, "txt"), (.rubric, .markdown, "md"), (.rubric, .html, "html"),
        (.alignment, .text, "txt"), (.alignment, .html, "html"),
        (.posting, .docx, "docx"), (.rubric, .docx, "docx"), (.alignment, .docx, "docx"),
    ]
    /// The highlighted row: a format, the path, or Write.
    public var choice = 0
    /// The format that will be written.
    public var selectedFormat = 0
    public var path = TextField("posting.txt")
    public var editingPath = false
    /// The user typed or pasted the file's name: it is no longer made from the draft's.
    public var nameTyped = false
    public static func == (a: ExportScreenState, b: ExportScreenState) -> Bool {
        a.choice == b.choice && a.selectedFormat == b.selectedFormat && a.path == b.path && a.editingPath == b.editingPath
            && a.nameTyped == b.nameTyped
    }

    /// The name offered for the selected format: the draft's file name with the format's
    /// extension (`riverbend.txt`, `riverbend.rubric.html`); for a draft not saved yet, its
    /// title made into a file name (`director-of-technology.html`), or `posting`.
    func suggestedName(draftPath: String?, title: String?) -> String {
        let (document, _, ext) = Self.choices[selectedFormat]
        let base = draftPath ?? (Self.fileName(from: title ?? "") ?? "posting") + ".yaml"
        return EditorState.exportName(for: base, extension: (document == .posting ? "" : document.rawValue + ".") + ext)
    }

    /// A title as a file name: ASCII letters and digits, small, words joined by hyphens, at most
    /// 40 characters; nil when nothing is left.
    public static func fileName(from title: String) -> String? {
        var name = ""
        for scalar in ASCIIFallback.transliterate(title).lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if name.count >= 40 { break }
                name.unicodeScalars.append(scalar)
            } else if !name.isEmpty && name.last != "-" {
                name.append("-")
            }
        }
        while name.last == "-" { name.removeLast() }
        return name.isEmpty ? nil : name
    }
}

public struct ChecksScreenState: Equatable, Sendable {
    public var selected = 0
    public var findings: [Finding] = []
    public var checkedVersion = -1
}

/// The bullets the Competencies screen lists: the catalog's, by their places in the catalog's
/// array (shared, not copied), then the district's own.
public struct BulletList: RandomAccessCollection, Sendable {
    let catalog: [Competency]
    let positions: [Int]
    let custom: [Competency]

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count + custom.count }
    public subscript(index: Int) -> Competency {
        index < positions.count ? catalog[positions[index]] : custom[index - positions.count]
    }
}

/// The bullets the Competencies screen lists, and what they were found for.
struct VisibleBullets: Sendable {
    var filter: String?
    var area: Int
    var custom: [Competency]
    var bullets: BulletList
    /// What the last filters found, kept from one list to the next.
    var recentSearches = RecentSearches()

    func isCurrent(for state: EditorState) -> Bool {
        filter == state.competencies.filter && area == state.competencies.area && custom == state.draft.customCompetencies
    }
}

/// The catalog places the last filters found (lower-cased filter → places, oldest first), so
/// that erasing a letter lists what the shorter filter found without a search, and a new letter
/// narrows the longest earlier filter it contains. The catalog does not change while the editor
/// runs, so what a filter found stays true.
struct RecentSearches: Sendable {
    private(set) var entries: [(filter: String, positions: [Int])] = []
    static let limit = 32

    /// The places `filter` found before (`exact`), or those of the longest earlier filter it
    /// contains, which hold all of its places.
    func positions(for filter: String) -> (exact: Bool, positions: [Int])? {
        if let hit = entries.last(where: { $0.filter == filter }) { return (true, hit.positions) }
        let widest = entries.filter { filter.contains($0.filter) }.max { $0.filter.count < $1.filter.count }
        return widest.map { (false, $0.positions) }
    }

    mutating func remember(_ filter: String, _ positions: [Int]) {
        entries.append((filter, positions))
        if entries.count > Self.limit { entries.removeFirst() }
    }
}

/// A draft file as it was read. Its YAML node tree is immutable once read, so it is shared
/// across threads safely although Yams does not mark it Sendable.
struct OpenedDraft: @unchecked Sendable {
    let loaded: LoadedDraft
}

/// Everything the editor shows and remembers. Changed only by `update`.
public struct EditorState: Sendable {
    public let context: EditorContext
    public var draft: Draft
    /// The district profile new drafts start from, and where it is kept (nil: nowhere known).
    public var profile: DistrictProfile?
    public var profilePath: String?
    /// The draft as last saved (or opened): `modified` is whether the draft differs from it.
    public var savedDraft: Draft
    /// The saved draft before the last save was asked for, put back if that save fails.
    var savedDraftBeforeSave: Draft?
    /// The file did not exist when the editor opened it.
    public var isNewFile = false
    /// Draft changes that Undo and Redo step through; kept in the recovery copy.
    public var history = UndoHistory()
    /// Set by Undo and Redo so that their own change is not recorded as a new one.
    var movedInHistory = false
    /// The draft file; nil for a new untitled draft.
    public var path: String?
    /// The file whose lock this editor holds, or would hold: the draft it was opened on, then
    /// the file it was last saved as. Saving to any other file takes that file's lock first.
    var lockedPath: String?
    public var modified = false
    /// Bumped on every change to the draft, so caches know when to refresh.
    public var version = 0
    public var screen: Screen = .position
    public var width: Int
    public var height: Int
    public var now: Double = 0
    /// When the first edit not yet in the recovery file was made.
    public var unsavedSince: Double?
    public var recoveryWritten = false
    /// The draft file as this editor last read or wrote it; a save first checks that the file
    /// still holds this (nil: nothing known, no check).
    public var diskVersion: DiskVersion?
    /// Problems found when the draft was opened (`file:line: message`).
    public var openErrors: [String] = []
    public var message: String?
    public var modal: Modal?
    public var position = PositionScreenState()
    public var competencies = CompetencyScreenState()
    public var reporting = ReportingScreenState()
    public var rubric = RubricScreenState()
    public var preview = PreviewScreenState()
    public var export = ExportScreenState()
    public var checks = ChecksScreenState()
    /// The draft as it was read from its file, with its node tree: the first checks use it
    /// instead of writing the draft out and reading it back (a third of the time to the first
    /// screen). Used only while the draft is still exactly what was read.
    var opened: OpenedDraft?
    var visibleCache: VisibleBullets?
    /// The highlighted line of the Review screen (an imported draft's lines).
    public var reviewSelected = 0
    public var quitting = false
    /// "s save and quit" on a draft with no file yet: the editor quits once the Save as dialog
    /// has saved it (Esc there keeps editing).
    var quitAfterSaveAs = false

    public static let minimumWidth = 60
    public static let minimumHeight = 18

    public init(context: EditorContext, draft: Draft, path: String?, width: Int, height: Int) {
        self.context = context
        self.draft = draft
        self.savedDraft = draft
        self.path = path
        self.lockedPath = path
        self.width = width
        self.height = height
        export.path = TextField(export.suggestedName(draftPath: path, title: draft.position.title?.nilIfBlank))
    }

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// The screens with a tab: Review only while an imported draft has lines to review.
    public var screens: [Screen] {
        Screen.allCases.filter { $0 != .review || draft.importReview != nil }
    }

    /// The recovery copy lives beside the draft: `.draft.yaml.recovery`.
    public var recoveryPath: String {
        guard let path else { return ".untitled.jobwright.yaml.recovery" }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        // Opened over another editor's lock ("edit here anyway"), the recovery copy beside the
        // draft is that editor's: this one keeps its own apart, and never writes over or removes
        // the other's (a first-time officer's unsaved edits were deleted that way).
        return directory + "." + name + (besideAnotherEditor ? ".recovery.2" : ".recovery")
    }

    /// Opened with "edit here anyway" while another editor holds the draft's lock.
    public var besideAnotherEditor = false

    /// The undo history is kept beside the recovery copy: `.draft.yaml.recovery.undo.json`.
    public static func historyPath(forRecovery path: String) -> String { path + ".undo.json" }

    static func exportName(for path: String, extension ext: String) -> String {
        var base = path
        if base.hasSuffix(".yaml") { base.removeLast(5) }
        if base.hasSuffix(".jobwright") { base.removeLast(10) }
        return base + "." + ext
    }

    /// Bullets of the focused area, or every match of the filter across areas. A keystroke asks
    /// for them several times (keys, view): the list is kept from the last update while the
    /// filter, the area and the custom bullets are unchanged, and it holds the catalog's bullets
    /// by their place in the catalog, so that 10,000 matches are not 10,000 copies.
    public var visibleBullets: BulletList {
        if let cache = visibleCache, cache.isCurrent(for: self) { return cache.bullets }
        var recent = visibleCache?.recentSearches ?? RecentSearches()
        return searchVisibleBullets(recent: &recent)
    }

    /// Keeps `visibleBullets` for the next reads; called after every update.
    mutating func refreshVisibleBullets() {
        guard visibleCache?.isCurrent(for: self) != true else { return }
        var recent = visibleCache?.recentSearches ?? RecentSearches()
        let bullets = searchVisibleBullets(recent: &recent)
        visibleCache = VisibleBullets(filter: competencies.filter, area: competencies.area,
                                      custom: draft.customCompetencies, bullets: bullets, recentSearches: recent)
    }

    /// The catalog's matches (a recent filter's, or narrowed from the longest recent filter the
    /// new one contains) and then the district's own bullets that match.
    private func searchVisibleBullets(recent: inout RecentSearches) -> BulletList {
        let catalog = context.catalog
        if let filter = competencies.filter, !filter.isEmpty {
            let lowered = filter.lowercased()
            let known = recent.positions(for: lowered)
            let positions: [Int]
            if let known, known.exact {
                positions = known.positions
            } else {
                positions = catalog.searchPositions(filter, among: known?.positions)
                recent.remember(lowered, positions)
            }
            let custom = draft.customCompetencies.filter { $0.text.lowercased().contains(lowered) || $0.id.contains(lowered) }
            return BulletList(catalog: catalog.competencies, positions: positions, custom: custom)
        }
        guard catalog.areas.indices.contains(competencies.area) else { return BulletList(catalog: [], positions: [], custom: []) }
        let area = catalog.areas[competencies.area].id
        return BulletList(catalog: catalog.competencies, positions: catalog.positions(inArea: area),
                          custom: draft.customCompetencies.filter { $0.area == area })
    }

    /// The rows of the Reporting screen, each an entry or an "add" row.
    public enum ReportingRow: Equatable, Sendable {
        case reportsTo
        /// More roles reported to, for a joint town and school position.
        case alsoReportsTo(Int), addAlsoReportsTo
        case dotted(Int), addDotted
        case supervised(Int), addSupervised
        case worksWith(Int), addWorksWith
    }

    public var reportingRows: [ReportingRow] {
        [.reportsTo] + draft.reporting.alsoReportsTo.indices.map(ReportingRow.alsoReportsTo) + [.addAlsoReportsTo]
            + draft.reporting.dottedLines.indices.map(ReportingRow.dotted) + [.addDotted]
            + draft.reporting.supervises.indices.map(ReportingRow.supervised) + [.addSupervised]
            + draft.reporting.worksWith.indices.map(ReportingRow.worksWith) + [.addWorksWith]
    }

    /// Error findings first, for the status bar.
    public var findingCounts: (errors: Int, warnings: Int) {
        (checks.findings.filter { $0.severity == .error }.count, checks.findings.filter { $0.severity == .warning }.count)
    }
}
