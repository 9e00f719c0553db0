/// The one narrow seam between the editor and a terminal.
public protocol Backend {
    /// The terminal size in columns and rows.
    var size: (width: Int, height: Int) { get }
    /// Shows a canvas (the backend draws only what changed).
    mutating func draw(_ canvas: Canvas)
    /// The next event, or nil when nothing happened within the timeout.
    mutating func nextEvent(timeoutMilliseconds: Int) -> Event?
    mutating func bell()
    /// Gives the terminal back as it was. Safe to call more than once.
    mutating func restore()
    /// True when no event can ever come again (a test backend that ran out of events).
    var isExhausted: Bool { get }
    /// True once the terminal has gone (its window closed, the connection dropped): reading it
    /// fails or ends at once, so no key can ever come again, whether or not a SIGHUP arrived.
    var terminalLost: Bool { get }
}

extension Backend {
    public var isExhausted: Bool { false }
    public var terminalLost: Bool { false }
}

/// An in-memory terminal for tests: events are queued, the last canvas is kept.
public struct TestBackend: Backend {
    public var size: (width: Int, height: Int)
    public var events: [Event]
    public private(set) var screen: Canvas
    public private(set) var bells = 0
    public private(set) var restored = false
    /// When the events run out the terminal is gone (a closed window), rather than the test over.
    public var losesTerminal = false

    public init(width: Int, height: Int, events: [Event] = []) {
        size = (width, height)
        self.events = events
        screen = Canvas(width: width, height: height)
    }

    public mutating func draw(_ canvas: Canvas) { screen = canvas }
    public mutating func nextEvent(timeoutMilliseconds: Int) -> Event? { events.isEmpty ? nil : events.removeFirst() }
    public mutating func bell() { bells += 1 }
    public mutating func restore() { restored = true }
    public var isExhausted: Bool { events.isEmpty && !losesTerminal }
    public var terminalLost: Bool { events.isEmpty && losesTerminal }

    /// The screen as lines, for comparing with expected screens.
    public var lines: [String] { screen.lines }
}
