/// A rubric row's anchors as a grid for plain text: one column per level, the level on top, its
/// anchor below, and a box to tick at the foot of each column:
///
///     1 Unsatisfactory    2 Needs             3 Proficient        4 Exemplary
///                         Improvement
///     ----------------    ----------------    ----------------    ----------------
///     No example, or a    A general answer    A specific example  ...
///     ...
///     [ ] 1               [ ] 2               [ ] 3               [ ] 4
///
/// Only where the width gives every column room for a few words; otherwise the rubric keeps its
/// list of anchors.
struct AnchorGrid {
    struct Column {
        var value: Int
        var name: String
        var text: String
    }

    static let gap = 2
    /// The narrowest column worth reading; below it the list layout is used.
    static let narrowestColumn = 14

    let columns: [Column]
    /// Plain ASCII: a cut word ends in "..." rather than "…".
    var ascii = false

    /// The grid's lines, none wider than `width`; nil when the columns would be too narrow
    /// (or `width` is 0: unwrapped text has no page to lay a grid on).
    func lines(width: Int) -> [String]? {
        guard !columns.isEmpty, width > 0 else { return nil }
        let count = columns.count
        let columnWidth = (width - Self.gap * (count - 1)) / count
        guard columnWidth >= Self.narrowestColumn else { return nil }
        let layout = TextLayout(width: columnWidth)
        func cells(_ text: (Column) -> String) -> [[String]] {
            columns.map { column in layout.wrap(text(column)).map { cut($0, to: columnWidth) } }
        }
        let rule = String(repeating: "-", count: columnWidth)
        var lines = block(cells { "\($0.value) \($0.name)" }, columnWidth: columnWidth)
        lines += block(columns.map { _ in [rule] }, columnWidth: columnWidth)
        lines += block(cells(\.text), columnWidth: columnWidth)
        lines.append("")
        lines += block(columns.map { ["[ ] \($0.value)"] }, columnWidth: columnWidth)
        return lines
    }

    /// Cells side by side, each padded to the column's width, as many lines as the tallest cell.
    private func block(_ cells: [[String]], columnWidth: Int) -> [String] {
        let height = cells.map(\.count).max() ?? 0
        let separator = String(repeating: " ", count: Self.gap)
        return (0..<height).map { index in
            cells.map { DisplayWidth.pad(index < $0.count ? $0[index] : "", to: columnWidth) }
                .joined(separator: separator).trimmingTrailingSpaces
        }
    }

    /// A single word wider than its column is cut, so no grid line is ever wider than asked.
    private func cut(_ line: String, to width: Int) -> String {
        DisplayWidth.of(line) > width ? DisplayWidth.truncate(line, to: width, ascii: ascii) : line
    }
}
