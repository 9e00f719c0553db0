/// The one list style the templates use: bullets (numbering id 1), so that Word and every
/// reader see real lists, not lines that start with a dot.
enum WordNumbering {
    static let xml = WordParts.lines(
        WordParts.declaration,
        #"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
        #"<w:abstractNum w:abstractNumId="0">"#,
        #"<w:multiLevelType w:val="hybridMultilevel"/>"#,
        #"<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="270"/></w:pPr></w:lvl>"#,
        #"<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="270"/></w:pPr></w:lvl>"#,
        "</w:abstractNum>",
        #"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#,
        "</w:numbering>")
}
