/// A key as the editor understands it, independent of the terminal library.
public enum Key: Equatable, Sendable, Hashable {
    case character(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case shiftUp, shiftDown
    /// Control plus a letter, e.g. `.control("s")` for Ctrl-S.
    case control(Character)
    case function(Int)
}

/// Everything that can happen to the editor.
public enum Event: Equatable, Sendable {
    case key(Key)
    /// Text pasted in one go (bracketed paste), inserted as typed.
    case paste(String)
    case resize(width: Int, height: Int)
    /// Time passes: drives the recovery autosave and the deferred checks. Seconds since start.
    case tick(Double)
    /// A click at a screen position.
    case click(row: Int, column: Int)
}

/// What `update` asks the runtime to do; `update` itself never touches files or the terminal.
public enum Effect: Equatable, Sendable {
    /// Write the draft file atomically.
    case save(path: String, contents: String)
    /// Write (or replace) the recovery copy.
    case writeRecovery(path: String, contents: String)
    case removeRecovery(path: String)
    /// Write an export atomically.
    case export(path: String, contents: String)
    case quit
    case bell
}
