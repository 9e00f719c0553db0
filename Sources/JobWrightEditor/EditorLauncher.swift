import Foundation
import JobWrightCore

/// Opens a draft for editing: loads it (showing, not hiding, its errors), offers a newer
/// recovery copy, and starts from sensible defaults for a new draft.
public enum EditorLauncher {
    /// A new draft (no file yet) opens on the start screen: from the district `profile` and the
    /// recommended core, the profile alone, a copy of another draft, or blank.
    public static func initialState(path: String?, context: EditorContext, width: Int, height: Int,
                                    profile: DistrictProfile? = nil, profilePath: String? = nil,
                                    lock: DraftLock.Outcome? = nil) -> EditorState {
        var draft = Draft.newPosting()
        var errors: [String] = []
        var opened: OpenedDraft?
        let isNew = path.map { !FileManager.default.fileExists(atPath: $0) } ?? true
        var diskVersion: DiskVersion? = path == nil ? nil : .absent
        if let path, !isNew {
            let data = FileManager.default.contents(atPath: path)
            diskVersion = data.map(DiskVersion.init(contents:))
            let text = data.flatMap { String(data: $0, encoding: .utf8) }
            if let text {
                do {
                    let loaded = try Draft.load(path: path, text: text)
                    draft = loaded.draft
                    opened = OpenedDraft(loaded: loaded)
                    errors = loaded.referenceErrors(against: context.catalog).map(\.description)
                } catch {
                    errors = [error.description]
                }
            } else {
                errors = ["\(path): error: the file cannot be read as UTF-8 text"]
            }
        }
        var state = EditorState(context: context, draft: draft, path: path, width: width, height: height)
        state.openErrors = errors
        state.opened = opened
        state.diskVersion = diskVersion
        state.profile = profile
        state.profilePath = profilePath
        state.isNewFile = isNew
        if isNew { state.modal = .start(StartScreen()) }
        // An imported draft opens where its review left off.
        if let review = draft.importReview, let next = review.lines.firstIndex(where: { $0.settled != true }) {
            state.screen = .review
            state.reviewSelected = next
            state.message = ReviewKeys.opening(review)
        }
        if !errors.isEmpty {
            state.message = "\(errors.count) problem\(errors.count == 1 ? "" : "s") in the file (see 7 Checks): \(errors[0])"
        }
        let recovery = state.recoveryPath
        switch lock {
        case .heldByOther(let holder)?:
            // The recovery copy beside the draft is the other editor's: it is not offered here.
            state.modal = .lockedElsewhere(holder)
            return state
        case .tookOverStale(_, let was)? where state.message == nil:
            state.message = "\(path ?? "The draft") was left locked by \(was.description), which no longer runs; it is yours now."
        case .unavailable(let reason)? where state.message == nil:
            state.message = "No lock could be put beside the draft (\(reason)); another editor would not know it is open here."
        default:
            break
        }
        if FileManager.default.fileExists(atPath: recovery),
           let data = FileManager.default.contents(atPath: recovery), let text = String(data: data, encoding: .utf8) {
            let recoveryDate = modificationDate(recovery) ?? .distantPast
            let draftDate = path.flatMap(modificationDate) ?? .distantPast
            if recoveryDate >= draftDate {
                let history = FileManager.default.contents(atPath: EditorState.historyPath(forRecovery: recovery)).flatMap { String(data: $0, encoding: .utf8) }
                state.modal = .recovery(recoveredYAML: text, history: history)
            }
        }
        return state
    }

    static func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}
