import CNCurses
import Foundation
import JobWrightRender

/// The terminal modes from before curses started, for the crash handler (which can capture nothing).
nonisolated(unsafe) private var savedTerminalModes = termios()
nonisolated(unsafe) private var haveSavedTerminalModes = false

/// On a crash (a Swift trap is SIGILL or SIGTRAP): put the terminal modes back, leave bracketed
/// paste and the alternate screen, show the cursor, then die of the same signal.
private func restoreTerminalAndReraise(_ signalNumber: Int32) {
    if haveSavedTerminalModes { tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminalModes) }
    let reset = "\u{1B}[?2004l\u{1B}[?1049l\u{1B}[?25h\u{1B}[0m\r\n"
    reset.utf8CString.withUnsafeBufferPointer { buffer in _ = write(STDOUT_FILENO, buffer.baseAddress, buffer.count - 1) }
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}

/// The real terminal, through ncursesw. This is the only file that calls ncurses.
public struct NCursesBackend: Backend {
    private var active = false
    private let colors: Bool
    private var pairs: [CellStyle.Role: Int16] = [:]
    /// Events read ahead (a key right after Esc, or the key that ended a burst).
    private var pending: [Event] = []
    /// Key codes ncurses gives modified arrows (Ctrl-Left and Alt-Left, from terminfo's
    /// extended names), found when curses starts.
    private var extendedKeys: [Int32: Key] = [:]
    /// The terminal has gone: see `noteNothingRead`.
    private var lost = false
    private var quickEmptyReads = 0

    /// Starts curses: UTF-8 locale, cbreak (Ctrl-C stays a signal), keypad, 25 ms Esc delay,
    /// mouse clicks, bracketed paste, colours unless `colors` is false or the terminal has none.
    public init(colors: Bool) {
        haveSavedTerminalModes = tcgetattr(STDIN_FILENO, &savedTerminalModes) == 0
        for crash in [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE] {
            signal(crash) { restoreTerminalAndReraise($0) }
        }
        setlocale(LC_ALL, "")
        DisplayWidth.prepareLocale()
        initscr()
        cbreak()
        // Ctrl-S saves: take it back from XON/XOFF flow control (Ctrl-C stays a signal).
        var modes = termios()
        if tcgetattr(STDIN_FILENO, &modes) == 0 {
            modes.c_iflag &= ~tcflag_t(IXON | IXOFF)
            tcsetattr(STDIN_FILENO, TCSANOW, &modes)
        }
        def_prog_mode()
        noecho()
        nonl()
        keypad(shim_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        mousemask(shim_button1_clicked(), nil)
        mouseinterval(0)
        var useColors = colors && has_colors()
        if useColors {
            useColors = start_color() == OK
            use_default_colors()
        }
        self.colors = useColors
        if useColors {
            let table: [(CellStyle.Role, Int16)] = [(.accent, Int16(COLOR_CYAN)), (.warning, Int16(COLOR_YELLOW)),
                                                    (.error, Int16(COLOR_RED)), (.title, Int16(COLOR_BLUE)), (.muted, -1)]
            for (index, entry) in table.enumerated() {
                init_pair(Int16(index + 1), entry.1, -1)
                pairs[entry.0] = Int16(index + 1)
            }
        }
        for (body, key) in Self.modifiedArrows {
            let code = key_defined("\u{1B}[" + body)
            if code > 0 { extendedKeys[code] = key }
        }
        Self.writeToTerminal("\u{1B}[?2004h")
        active = true
    }

    public var size: (width: Int, height: Int) { (Int(shim_cols()), Int(shim_lines())) }

    public mutating func draw(_ canvas: Canvas) {
        let screen = shim_stdscr()
        for row in 0..<min(canvas.height, Int(shim_lines())) {
            var column = 0
            let cells = canvas.cells[row]
            while column < min(canvas.width, Int(shim_cols())) {
                let style = cells[column].style
                var run: [wchar_t] = []
                let start = column
                while column < canvas.width, cells[column].style == style {
                    if !cells[column].isContinuation {
                        for scalar in cells[column].character.unicodeScalars { run.append(wchar_t(truncatingIfNeeded: scalar.value)) }
                    }
                    column += 1
                }
                wattrset(screen, Int32(bitPattern: attributes(for: style)))
                run.append(0)
                _ = mvwaddnwstr(screen, Int32(row), Int32(start), run, Int32(run.count - 1))
            }
        }
        wattrset(screen, Int32(bitPattern: shim_a_normal()))
        if let cursor = canvas.cursor {
            curs_set(1)
            wmove(screen, Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wrefresh(screen)
    }

    private func attributes(for style: CellStyle) -> UInt32 {
        var value = shim_a_normal()
        if style.bold { value |= shim_a_bold() }
        if style.reverse { value |= shim_a_reverse() }
        if style.underline { value |= shim_a_underline() }
        if style.role == .muted && !colors { value |= shim_a_dim() }
        if colors, let pair = pairs[style.role] { value |= shim_color_pair(pair) }
        return UInt32(truncatingIfNeeded: value)
    }

    public mutating func nextEvent(timeoutMilliseconds: Int) -> Event? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard let first = read(timeoutMilliseconds: timeoutMilliseconds) else { return nil }
        guard let text = Self.burstText(first) else { return event(for: first) }
        // Printable keys, Enter and Tab already waiting behind this one arrived together: a
        // paste without bracketed paste, or typing ahead of the screen. They go as one event, so
        // that a line break inside pasted text cannot end a field and run the rest as commands.
        var burst = text
        while let next = read(timeoutMilliseconds: 0) {
            guard let more = Self.burstText(next) else {
                // Whatever reading it puts in `pending` (a key right after Esc) comes after it.
                let queued = pending.count
                if let other = event(for: next) { pending.insert(other, at: queued) }
                break
            }
            burst += more
        }
        if burst.count == 1 { return event(for: first) }
        return .typed(burst)
    }

    /// One thing read from the terminal: a key code ncurses decoded, or a character.
    private enum Input { case special(Int32), character(UInt32) }

    private mutating func read(timeoutMilliseconds: Int) -> Input? {
        let screen = shim_stdscr()
        wtimeout(screen, Int32(timeoutMilliseconds))
        var character: wint_t = 0
        let started = Self.milliseconds()
        let result = wget_wch(screen, &character)
        if result == ERR {
            noteNothingRead(waited: Self.milliseconds() - started, timeout: timeoutMilliseconds)
            return nil
        }
        quickEmptyReads = 0
        return result == KEY_CODE_YES ? .special(Int32(character)) : .character(UInt32(character))
    }

    /// Nothing was read: the timeout passed, or the terminal has gone. A terminal that is gone
    /// (its window closed, the connection dropped) says so when polled (hang-up or error); one
    /// that ends or fails every read at once, long before the timeout, is taken as gone too.
    private mutating func noteNothingRead(waited: Int, timeout: Int) {
        var input = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        if poll(&input, 1, 0) >= 0, Int32(input.revents) & (POLLHUP | POLLERR | POLLNVAL) != 0 {
            lost = true
            return
        }
        guard timeout >= 40 else { return }
        quickEmptyReads = waited < timeout / 4 ? quickEmptyReads + 1 : 0
        if quickEmptyReads >= Self.quickEmptyReadsWhenGone { lost = true }
    }

    /// Reads that came back empty long before their timeout, in a row, that mean the terminal
    /// is gone: about a second's worth of the editor's 100 ms waits, spent in a few milliseconds.
    static let quickEmptyReadsWhenGone = 10

    private static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }

    public var terminalLost: Bool { lost }

    /// The text a character adds to a burst (printable, Enter as a line break, Tab), or nil.
    private static func burstText(_ input: Input) -> String? {
        guard case .character(let value) = input else { return nil }
        switch value {
        case 9: return "\t"
        case 10, 13: return "\n"
        case 0..<32, 127..<160: return nil
        default: return Unicode.Scalar(value).map { String(Character($0)) }
        }
    }

    private mutating func event(for input: Input) -> Event? {
        switch input {
        case .special(let code): return special(code)
        case .character(let value):
            switch value {
            case 9: return .key(.tab)
            case 10, 13: return .key(.enter)
            case 27: return escapeSequence()
            case 127, 8: return .key(.backspace)
            case 0: return nil
            case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(value) + 96))))
            case 31: return .key(.control("_"))
            case 28...30: return nil
            default:
                guard let scalar = Unicode.Scalar(value) else { return nil }
                return .key(.character(Character(scalar)))
            }
        }
    }

    /// After Esc: a lone Esc; Alt plus a key (Esc then the key); a CSI or SS3 sequence ncurses
    /// did not decode (bracketed paste, Ctrl-arrows on some terminals); or Esc followed at once
    /// by another key, which is kept (not dropped) for the next call.
    private mutating func escapeSequence() -> Event? {
        guard let next = read(timeoutMilliseconds: 0) else { return .key(.escape) }
        switch next {
        case .special(let code):
            if let event = special(code) { pending.append(event) }
            return .key(.escape)
        case .character(let value):
            switch value {
            case 91, 79: return controlSequence(introducer: value)
            case 127, 8: return .key(.altBackspace)
            case 27:
                unget_wch(wchar_t(27))
                return .key(.escape)
            case 0..<32:
                if let event = event(for: next) { pending.append(event) }
                return .key(.escape)
            default:
                guard let scalar = Unicode.Scalar(value) else { return .key(.escape) }
                return .key(.alt(Character(scalar)))
            }
        }
    }

    /// Reads the rest of `ESC [ ...` or `ESC O x` and names the key; unknown sequences are
    /// swallowed whole rather than typed as text.
    private mutating func controlSequence(introducer: UInt32) -> Event? {
        var body = ""
        while let input = read(timeoutMilliseconds: 5), case .character(let value) = input, let scalar = Unicode.Scalar(value) {
            body.unicodeScalars.append(scalar)
            // SS3 has one final character; CSI ends with a byte from @ to ~.
            if introducer == 79 || (0x40...0x7E).contains(value) { break }
            if body.count > 16 { break }
        }
        if introducer == 91 && body == "200~" { return bracketedPaste() }
        return Self.sequenceKeys[body].map { .key($0) }
    }

    /// Ctrl-, Alt- and Shift-arrows as xterm sends them after `ESC [`: ncurses decodes them when
    /// terminfo names them (looked up when curses starts), and `controlSequence` when it does not.
    private static let modifiedArrows: [String: Key] = [
        "1;5D": .controlLeft, "1;5C": .controlRight, "1;3D": .controlLeft, "1;3C": .controlRight,
        "1;2A": .shiftUp, "1;2B": .shiftDown,
    ]

    /// Every `ESC [ ...` or `ESC O x` body read by hand, and its key.
    private static let sequenceKeys: [String: Key] = modifiedArrows.merging([
        "A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end, "Z": .backTab,
        "5D": .controlLeft, "5C": .controlRight, "3~": .delete, "5~": .pageUp, "6~": .pageDown,
        "1~": .home, "4~": .end, "7~": .home, "8~": .end,
    ]) { first, _ in first }

    /// The text between `ESC [200~` and `ESC [201~`, line breaks as `\n`.
    private mutating func bracketedPaste() -> Event {
        var text = ""
        var tail: [UInt32] = []
        let end = Array("\u{1B}[201~".unicodeScalars.map(\.value))
        while let input = read(timeoutMilliseconds: 200) {
            guard case .character(let value) = input else { continue }
            tail.append(value)
            if tail.count > end.count { tail.removeFirst() }
            if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
            if tail == end { break }
        }
        if text.hasSuffix("\u{1B}[201~") { text.removeLast(6) }
        return .paste(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
    }

    private func special(_ code: Int32) -> Event? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_SR: return .key(.shiftUp)
        case KEY_SF: return .key(.shiftDown)
        case KEY_RESIZE: return .resize(width: Int(shim_cols()), height: Int(shim_lines()))
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            return .click(row: Int(event.y), column: Int(event.x))
        default:
            if let key = extendedKeys[code] { return .key(key) }
            for n in 1...12 where code == shim_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    public mutating func bell() { beep() }

    public mutating func restore() {
        guard active else { return }
        active = false
        Self.writeToTerminal("\u{1B}[?2004l")
        curs_set(1)
        endwin()
    }

    /// Writes straight to the terminal, whatever becomes of it: FileHandle.write stops the
    /// program when the write fails, as it does (EIO) once the terminal has gone, and that
    /// left the draft's lock behind after a closed window.
    private static func writeToTerminal(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }
}
