/// What `jobwright import` made of each duty or knowledge line of an old posting, kept in the
/// draft until the HR officer has settled every line (accepted the bullet, chosen another of the
/// top matches, kept the district's own wording, or dropped it), so the review survives saving
/// and reopening.
public struct ImportReview: Codable, Sendable, Equatable {
    /// The file the posting came from, as given to `jobwright import`.
    public var source: String
    @Defaulted public var lines: [Line] = []

    public init(source: String, lines: [Line]) {
        self.source = source; self.lines = lines
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        _lines = try c.decode(Defaulted<[Line]>.self, forKey: .lines)
    }

    private enum CodingKeys: String, CodingKey { case source, lines }

    public struct Line: Codable, Sendable, Equatable {
        /// The line (text, Markdown, HTML) or paragraph (Word) of the source.
        public var line: Int
        /// The source's wording.
        public var text: String
        /// The bullet it became: a catalog id, or the `custom.` id of the district's own bullet.
        public var bullet: String
        /// The catalog's best matches, best first, with their similarity.
        @Defaulted public var choices: [Choice] = []
        public var settled: Bool?
        /// The line was dropped: it became no bullet.
        public var dropped: Bool?

        public init(line: Int, text: String, bullet: String, choices: [Choice], settled: Bool? = nil) {
            self.line = line; self.text = text; self.bullet = bullet; self.choices = choices; self.settled = settled
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            line = try c.decode(Int.self, forKey: .line)
            text = try c.decode(String.self, forKey: .text)
            bullet = try c.decode(String.self, forKey: .bullet)
            _choices = try c.decode(Defaulted<[Choice]>.self, forKey: .choices)
            settled = try c.decodeIfPresent(Bool.self, forKey: .settled)
            dropped = try c.decodeIfPresent(Bool.self, forKey: .dropped)
        }

        private enum CodingKeys: String, CodingKey { case line, text, bullet, choices, settled, dropped }
    }

    public struct Choice: Codable, Sendable, Equatable {
        public var id: String
        /// How alike the line and the bullet are, in percent (100: the same words).
        public var similarity: Int

        public init(id: String, similarity: Int) { self.id = id; self.similarity = similarity }
    }

    /// The source's file name, without its folder: what the editor shows.
    public var sourceName: String { source.split(separator: "/").last.map(String.init) ?? source }

    /// Lines not yet settled.
    public var open: [Line] { lines.filter { $0.settled != true } }
}
