import FuzzSupport
@testable import JobWrightRender

/// Text wrapping (`TextLayout`, which lays out every plain-text document) and the display-width
/// helpers. The first byte is the width (bits 0-6, 0 = no wrapping) and bit 7 asks for the ASCII
/// ellipsis; the rest is the text. What the wrapper promises: a line that fits, or any line at
/// width 0, comes back as it is; otherwise the first line starts with the line's own prefix
/// (indent, bullet, number or label) and every later one with the hanging indent; no line is
/// wider than the width unless it holds a single word (a word is never broken); no word is
/// lost, added or reordered; only runs of spaces between words change.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWrap(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = fuzz  // the UTF-8 locale that display widths need
    let input = bytes(data, size)
    guard let first = input.first, let text = utf8Text(input.dropFirst()) else { return 0 }
    let width = Int(first & 0x7F)
    let ascii = first & 0x80 != 0
    let layout = TextLayout(width: width)

    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
        checkWrap(line, layout: layout)
    }

    // The whole document: verbatim lines lose their marker and nothing else; other lines keep
    // their words in order; no line ends in a space.
    let laidOut = layout.layout(text)
    var expected: [[Substring]] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        expected.append(line.first == TextLayout.verbatimMarker ? [line.dropFirst()] : words(line))
    }
    let outputLines = laidOut.split(separator: "\n", omittingEmptySubsequences: false)
    if let spaced = outputLines.first(where: { $0.last == " " }) { fail("a laid-out line ends in a space: \(quoted(String(spaced)))") }
    let verbatim = text.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.first == TextLayout.verbatimMarker }
    if !verbatim && scalarWords(laidOut) != scalarWords(text) {
        fail("layout changed the words at width \(width): \(quoted(text)) -> \(quoted(laidOut))")
    }
    if outputLines.count < expected.count { fail("layout lost lines: \(expected.count) -> \(outputLines.count)") }

    // Truncation and padding, which the editor and the org chart use.
    for target in [3, 10, width] where target >= 3 {
        for line in text.split(separator: "\n").prefix(4) {
            let cut = DisplayWidth.truncate(String(line), to: target, ascii: ascii)
            if DisplayWidth.of(cut) > target { fail("truncate to \(target) gave \(DisplayWidth.of(cut)) columns: \(quoted(cut))") }
            if DisplayWidth.of(line) <= target && cut != String(line) { fail("truncate changed a line that fits: \(quoted(String(line)))") }
            let padded = DisplayWidth.pad(String(line), to: target)
            if DisplayWidth.of(padded) != max(target, DisplayWidth.of(line)) { fail("pad to \(target) gave \(DisplayWidth.of(padded)) columns") }
        }
    }
    return 0
}

/// Words as the wrapper sees them: runs of characters between spaces.
func words<S: StringProtocol>(_ text: S) -> [Substring] where S.SubSequence == Substring {
    text.split(separator: " ", omittingEmptySubsequences: true)
}

/// Runs of scalars between spaces and line feeds: what must survive layout, compared scalar by
/// scalar (a trimmed space can join "\r" and "\n" into one Character, which is no loss).
func scalarWords(_ text: String) -> [[Unicode.Scalar]] {
    Array(text.unicodeScalars).split { $0 == " " || $0 == "\n" }.map(Array.init)
}

func checkWrap(_ line: String, layout: TextLayout) {
    let width = layout.width
    let lines = layout.wrap(line)
    if width == 0 || DisplayWidth.of(line) <= width {
        if lines != [line] { fail("a line that fits (or width 0) was changed: \(quoted(line)) -> \(lines)") }
        return
    }
    let (prefix, hang, _) = TextLayout.split(line)
    let hangText = String(repeating: " ", count: hang)
    guard !lines.isEmpty else { fail("wrapping \(quoted(line)) gave no lines") }
    for (index, output) in lines.enumerated() {
        let lead = index == 0 ? prefix : hangText
        guard output.unicodeScalars.starts(with: lead.unicodeScalars) else {
            fail("line \(index) of \(quoted(line)) at width \(width) does not start with \(quoted(lead)): \(lines)")
        }
        let body = String(String.UnicodeScalarView(output.unicodeScalars.dropFirst(lead.unicodeScalars.count)))
        if DisplayWidth.of(output) > width && words(body).count > 1 {
            fail("line \(index) of \(quoted(line)) is \(DisplayWidth.of(output)) columns at width \(width) with more than one word: \(lines)")
        }
    }
    if scalarWords(lines.joined(separator: " ")) != scalarWords(line) {
        fail("wrapping \(quoted(line)) at width \(width) changed its words: \(lines)")
    }
}

@_cdecl("FuzzWrap_main")
public func fuzzWrapMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzWrap)
}
