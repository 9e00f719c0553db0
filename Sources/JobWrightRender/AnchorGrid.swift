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

    /// Cells side by side, each padded to the column's width, as many lines as the tallest cell;
    /// no line ends in a space. Each line is put together as bytes: padding and joining Strings
    /// cell by cell was most of a rubric's build.
    private func block(_ cells: [[String]], columnWidth: Int) -> [String] {
        let height = cells.map(\.count).max() ?? 0
        var line: [UInt8] = []
        return (0..<height).map { index in
            line.removeAll(keepingCapacity: true)
            for (number, cell) in cells.enumerated() {
                if number > 0 { line.append(contentsOf: repeatElement(0x20, count: Self.gap)) }
                guard index < cell.count else {
                    line.append(contentsOf: repeatElement(0x20, count: columnWidth))
                    continue
                }
                line.append(contentsOf: cell[index].utf8)
                line.append(contentsOf: repeatElement(0x20, count: max(0, columnWidth - DisplayWidth.of(cell[index]))))
            }
            while line.last == 0x20 { line.removeLast() }
            return String(decoding: line, as: UTF8.self)
        }
    }

    /// A single word wider than its column is cut, so no grid line is ever wider than asked.
    private func cut(_ line: String, to width: Int) -> String {
        DisplayWidth.of(line) > width ? DisplayWidth.truncate(line, to: width, ascii: ascii) : line
    }
}
