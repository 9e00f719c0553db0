import Foundation
import JobWrightCore

/// A key as the editor understands it, independent of the terminal library.
public enum Key: Equatable, Sendable, Hashable {
    case character(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case shiftUp, shiftDown
    /// Ctrl-Left and Ctrl-Right: a word back or forward in a text field.
    case controlLeft, controlRight
    /// Control plus a letter, e.g. `.control("s")` for Ctrl-S; `.control("_")` for Ctrl-_.
    case control(Character)
    /// Alt (Meta) plus a key, e.g. `.alt("b")`; terminals send it as Esc followed by the key.
    case alt(Character)
    /// Alt-Backspace: delete the word before the cursor.
    case altBackspace
    case function(Int)
}

/// Everything that can happen to the editor.
public enum Event: Equatable, Sendable {
    case key(Key)
    /// Text pasted in one go (bracketed paste), inserted as typed.
    case paste(String)
    /// Printable keys, Enter ("\n") and Tab that arrived together: a paste from a terminal
    /// without bracketed paste, or typing faster than the screen redraws. Handled key by key,
    /// except that a line break inside it, while a one-line field is edited, becomes a space.
    case typed(String)
    case resize(width: Int, height: Int)
    /// Time passes: drives the recovery autosave. Seconds since start.
    case tick(Double)
    /// A click at a screen position.
    case click(row: Int, column: Int)
    /// A file the editor asked for (`Effect.readDraft`): a draft to copy or an old posting to
    /// import; its bytes, or nil when it could not be read.
    case draftRead(path: String, bytes: [UInt8]?)
}

/// What `update` asks the runtime to do; `update` itself never touches files or the terminal.
public enum Effect: Equatable, Sendable {
    /// Write the draft file atomically, but only while the file still holds `expecting` (nil:
    /// write whatever is there); otherwise the runtime answers with `Editor.saveConflict`.
    case save(path: String, contents: String, expecting: DiskVersion?)
    /// Write (or replace) the recovery copy, and beside it the undo history (JSON) when there is one.
    case writeRecovery(path: String, contents: String, history: String?)
    /// Remove the recovery copy and its undo history.
    case removeRecovery(path: String)
    /// Write an export atomically.
    case export(path: String, contents: String)
    /// Write a binary export (a Word file) atomically.
    case exportBytes(path: String, contents: Data)
    /// Write the district profile atomically, making its folder when needed.
    case writeProfile(path: String, contents: String)
    /// Replace another editor's lock on the draft with this one's ("edit anyway").
    case takeLock(draftPath: String)
    /// Read a draft file (to start a new draft from a copy); the runtime answers with `.draftRead`.
    case readDraft(path: String)
    case quit
    case bell
}
