/// The output formats jobwright renders. `docx` is a Word file: `Renderer.render` gives its
/// body (`word/document.xml`), and `JobWrightDocx` packs the body into the file.
public enum OutputFormat: String, Sendable, CaseIterable {
    case text, markdown, html, jsonld, docx
}

/// The documents a draft yields: the posting, the committee's rubric packets, and the standards
/// alignment report for the school committee.
public enum DocumentKind: String, Sendable, CaseIterable {
    case posting, rubric, alignment
}

/// How to render: format, width and character set, and who the rubric packets are for.
public struct RenderOptions: Sendable, Equatable {
    public var format: OutputFormat
    /// Columns for plain text (0 = no wrapping). Other formats are not wrapped.
    public var width: Int
    /// Plain ASCII only: no box drawing, no typographic characters.
    public var ascii: Bool
    public var candidates: [String]
    public var interviewers: [String]
    /// Print the full standards matrix in the posting whatever the draft says (nil: as the draft says).
    public var standardsMatrix: Bool?

    public init(format: OutputFormat = .text, width: Int = 78, ascii: Bool = false,
                candidates: [String] = [], interviewers: [String] = [], standardsMatrix: Bool? = nil) {
        self.format = format; self.width = width; self.ascii = ascii
        self.candidates = candidates; self.interviewers = interviewers; self.standardsMatrix = standardsMatrix
    }
}
