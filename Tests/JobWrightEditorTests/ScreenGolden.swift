import Foundation
import JobWrightEditor
import Testing

/// Screen goldens hold a screen twice: `NAME.txt` is its text, one line per row, and
/// `NAME.styles.txt` its style runs, one line per row, so that losing reverse video or a
/// warning's colour fails a test just as a changed word does (ratatui compares cells, not text).
/// Both are refreshed by the one documented command,
///     JOBWRIGHT_UPDATE_GOLDEN=1 swift test --filter ViewTests
/// and a mismatch names the first differing rows, expected above actual, so a failure can be
/// read without opening the files.
enum ScreenGolden {
    static let refreshCommand = "JOBWRIGHT_UPDATE_GOLDEN=1 swift test --filter ViewTests"

    static var isRefreshing: Bool { ProcessInfo.processInfo.environment["JOBWRIGHT_UPDATE_GOLDEN"] == "1" }

    // MARK: The style encoding

    /// One line per row: `row 2: 0-1 accent+bold, 2-79 reverse`. Columns are display columns,
    /// first-last inclusive (a single column is written once); runs in plain style are left out,
    /// so a row with nothing styled reads `row 5:`. Every row has its line, so line N is row N.
    static func styleLines(_ canvas: Canvas) -> [String] {
        canvas.cells.enumerated().map { row, cells in
            let runs = styleRuns(cells.map(\.style)).filter { $0.style != .plain }
            let described = runs.map { run in
                let columns = run.first == run.last ? "\(run.first)" : "\(run.first)-\(run.last)"
                return "\(columns) \(describe(run.style))"
            }
            return "row \(row):" + (described.isEmpty ? "" : " " + described.joined(separator: ", "))
        }
    }

    /// A style as its role (left out when normal) and flags: `title+bold`, `reverse`, `error+bold+underline`.
    static func describe(_ style: CellStyle) -> String {
        var parts: [String] = []
        if style.role != .normal { parts.append("\(style.role)") }
        if style.bold { parts.append("bold") }
        if style.reverse { parts.append("reverse") }
        if style.underline { parts.append("underline") }
        return parts.isEmpty ? "plain" : parts.joined(separator: "+")
    }

    /// Consecutive columns of one style, as (first, last, style).
    static func styleRuns(_ styles: [CellStyle]) -> [(first: Int, last: Int, style: CellStyle)] {
        var runs: [(first: Int, last: Int, style: CellStyle)] = []
        for (column, style) in styles.enumerated() {
            if let last = runs.last, last.style == style, last.last == column - 1 {
                runs[runs.count - 1].last = column
            } else {
                runs.append((column, column, style))
            }
        }
        return runs
    }

    // MARK: Comparing

    /// nil when the lines are equal; otherwise the first `limit` differing rows, each as the
    /// expected line above the actual one, with the row number and the first differing column.
    static func difference(expected: [String], actual: [String], file: String, limit: Int = 3) -> String? {
        let rows = max(expected.count, actual.count)
        let differing = (0..<rows).filter { row in
            row >= expected.count || row >= actual.count || expected[row] != actual[row]
        }
        guard !differing.isEmpty else { return nil }
        var report = ["\(file): \(differing.count) of \(rows) rows differ"
            + (expected.count != actual.count ? " (row counts: expected \(expected.count), actual \(actual.count))" : "")
            + "; first at row \(differing[0])"]
        for row in differing.prefix(limit) {
            let want = row < expected.count ? quoted(expected[row]) : "(no such row)"
            let got = row < actual.count ? quoted(actual[row]) : "(no such row)"
            var heading = "row \(row)"
            if row < expected.count, row < actual.count {
                heading += ", from character \(firstDifference(expected[row], actual[row]))"
            }
            report += ["  \(heading):", "    expected: \(want)", "    actual:   \(got)"]
        }
        if differing.count > limit { report.append("  ... and \(differing.count - limit) more rows") }
        report.append("  (after an intended change: \(refreshCommand), then read the diff)")
        return report.joined(separator: "\n")
    }

    /// The index of the first character where two lines differ (the shorter line's length when
    /// one is a prefix of the other).
    static func firstDifference(_ a: String, _ b: String) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }

    /// Quoted so trailing spaces and empty rows are visible.
    static func quoted(_ line: String) -> String { "\"\(line)\"" }

    // MARK: The files

    /// Compares `lines` with the golden file `name` in Screens/ (or rewrites the file when
    /// refreshing) and records one issue, with the row-by-row difference, on a mismatch.
    static func verify(_ lines: [String], against name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = EditorFixtures.screensDirectory.appendingPathComponent(name)
        if isRefreshing {
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing \(name): \(refreshCommand)", sourceLocation: sourceLocation)
            return
        }
        var expected = text.components(separatedBy: "\n")
        if expected.last == "" { expected.removeLast() }
        if let difference = difference(expected: expected, actual: lines, file: name) {
            Issue.record(Comment(rawValue: difference), sourceLocation: sourceLocation)
        }
    }
}
