import JobWrightEditor
import Testing

/// The screen goldens are only as good as their comparison: these show it sees a lost style
/// and names the row where a screen differs.
@Suite("Screen golden comparison")
struct ScreenGoldenTests {
    @Test func styleLinesListEveryStyledRunWithRoleAndFlags() {
        var canvas = Canvas(width: 10, height: 3)
        canvas.put(0, 0, "Ti", .heading)
        canvas.style(0, 2, 8, .selected)
        canvas.put(1, 4, "!", CellStyle(role: .error, bold: true, underline: true))
        #expect(ScreenGolden.styleLines(canvas) == [
            "row 0: 0-1 title+bold, 2-9 reverse",
            "row 1: 4 error+bold+underline",
            "row 2:",
        ])
    }

    @Test func losingReverseVideoChangesTheStyleLinesButNotTheText() {
        var selected = Canvas(width: 8, height: 1)
        selected.put(0, 0, "▶ Title")
        var unselected = selected
        selected.style(0, 0, 8, .selected)
        #expect(selected.lines == unselected.lines)
        #expect(ScreenGolden.styleLines(selected) != ScreenGolden.styleLines(unselected))
        unselected.style(0, 0, 8, .plain)
        #expect(ScreenGolden.styleLines(unselected) == ["row 0:"])
    }

    @Test func equalScreensHaveNoDifference() {
        #expect(ScreenGolden.difference(expected: ["a", "b"], actual: ["a", "b"], file: "x.txt") == nil)
    }

    @Test func aDifferenceNamesTheFirstDifferingRowsExpectedAboveActual() throws {
        let report = try #require(ScreenGolden.difference(
            expected: ["same", "row 1: 0-9 reverse", "same", "tail"],
            actual: ["same", "row 1: 0-9 accent+reverse", "same", "tall"],
            file: "s.styles.txt"))
        let lines = report.split(separator: "\n").map(String.init)
        #expect(lines[0] == "s.styles.txt: 2 of 4 rows differ; first at row 1")
        #expect(lines[1] == "  row 1, from character 11:")
        #expect(lines[2] == "    expected: \"row 1: 0-9 reverse\"")
        #expect(lines[3] == "    actual:   \"row 1: 0-9 accent+reverse\"")
        #expect(lines[4] == "  row 3, from character 2:")
    }

    @Test func aMissingOrExtraRowIsADifference() throws {
        let report = try #require(ScreenGolden.difference(expected: ["a"], actual: ["a", "b"], file: "x.txt"))
        #expect(report.contains("(row counts: expected 1, actual 2)"))
        #expect(report.contains("expected: (no such row)"))
        #expect(report.contains("actual:   \"b\""))
    }
}
