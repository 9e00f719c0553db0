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
        FileHandle.standardOutput.write(Data("\u{1B}[?2004h".utf8))
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
        let screen = shim_stdscr()
        wtimeout(screen, Int32(timeoutMilliseconds))
        var character: wint_t = 0
        let result = wget_wch(screen, &character)
        if result == ERR { return nil }
        if result == KEY_CODE_YES { return special(Int32(character)) }
        switch character {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return escapeSequence()
        case 127, 8: return .key(.backspace)
        case 0: return nil
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(character) + 96))))
        default:
            guard let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    /// A lone Esc, or a bracketed paste (`ESC [200~ ... ESC [201~`), or Alt plus a key (read as Esc).
    private mutating func escapeSequence() -> Event {
        let screen = shim_stdscr()
        wtimeout(screen, 0)
        var read: [wint_t] = []
        var character: wint_t = 0
        for _ in 0..<5 {
            guard wget_wch(screen, &character) == OK else { break }
            read.append(character)
        }
        if read == Array("[200~".unicodeScalars.map { wint_t($0.value) }) {
            var text = ""
            var tail: [wint_t] = []
            wtimeout(screen, 200)
            while wget_wch(screen, &character) != ERR {
                tail.append(character)
                if tail.count > 6 { tail.removeFirst() }
                if let scalar = Unicode.Scalar(UInt32(character)) { text.unicodeScalars.append(scalar) }
                if tail == Array("\u{1B}[201~".unicodeScalars.map { wint_t($0.value) }) { break }
            }
            if text.hasSuffix("\u{1B}[201~") { text.removeLast(6) }
            return .paste(text.replacingOccurrences(of: "\r", with: "\n"))
        }
        for value in read.reversed() { unget_wch(wchar_t(truncatingIfNeeded: value)) }
        if let first = read.first, first != 91, first != 79 {
            // Alt plus a key: drop the Alt.
            return .key(.escape)
        }
        return .key(.escape)
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
            for n in 1...12 where code == shim_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    public mutating func bell() { beep() }

    public mutating func restore() {
        guard active else { return }
        active = false
        FileHandle.standardOutput.write(Data("\u{1B}[?2004l".utf8))
        curs_set(1)
        endwin()
    }
}
