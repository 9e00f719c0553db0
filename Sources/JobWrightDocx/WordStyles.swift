import JobWrightRender
/// The paragraph, character and table styles the `*.docx` templates name, in the district's
/// font. Headings are Word's own (Heading 1 to 3), so the navigation pane, a table of contents
/// and converters see the document's outline.
enum WordStyles {
    /// Word's default face since 2007; LibreOffice sets it in Carlito, which has its metrics.
    static let defaultFont = "Calibri"

    static func xml(font: String) -> String {
        let face = font.markupEscaped
        return WordParts.lines(
            WordParts.declaration,
            #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
            #"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="\#(face)" w:hAnsi="\#(face)" w:eastAsia="\#(face)" w:cs="\#(face)"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>"#,
            #"<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#,
            paragraph("Normal", "Normal", default: true),
            paragraph("Title", "Title", pPr: #"<w:keepNext/><w:spacing w:after="60"/>"#,
                      rPr: #"<w:b/><w:color w:val="1F3864"/><w:sz w:val="32"/><w:szCs w:val="32"/>"#),
            paragraph("Subtitle", "Subtitle", pPr: #"<w:keepNext/><w:spacing w:after="160"/>"#,
                      rPr: #"<w:color w:val="404040"/><w:sz w:val="22"/><w:szCs w:val="22"/>"#),
            // No rule under Heading 1: LibreOffice then drops its keep-with-next (seen in 7.4).
            heading(1, size: 26, before: 240, after: 80),
            heading(2, size: 24, before: 200, after: 80),
            heading(3, size: 21, before: 160, after: 60),
            paragraph("ListBullet", "List Bullet",
                      pPr: #"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/>"#),
            paragraph("ListBulletSmall", "List Bullet Small", basedOn: "ListBullet",
                      pPr: #"<w:spacing w:after="0" w:line="228" w:lineRule="auto"/>"#, rPr: #"<w:sz w:val="16"/><w:szCs w:val="16"/>"#),
            paragraph("Small", "Small Text", pPr: #"<w:spacing w:after="60"/>"#, rPr: #"<w:sz w:val="18"/><w:szCs w:val="18"/>"#),
            paragraph("Caption", "Caption", pPr: #"<w:keepNext/><w:spacing w:before="200" w:after="60"/>"#,
                      rPr: #"<w:b/><w:color w:val="1F3864"/><w:sz w:val="20"/><w:szCs w:val="20"/>"#),
            paragraph("TableText", "Table Text", pPr: #"<w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/>"#,
                      rPr: #"<w:sz w:val="19"/><w:szCs w:val="19"/>"#),
            paragraph("TableLabel", "Table Label", basedOn: "TableText", rPr: #"<w:b/>"#),
            paragraph("TableHeading", "Table Heading", basedOn: "TableText", pPr: "<w:keepNext/>", rPr: #"<w:b/>"#),
            paragraph("AnchorText", "Anchor Text", basedOn: "TableText", rPr: #"<w:sz w:val="16"/><w:szCs w:val="16"/>"#),
            paragraph("TickBox", "Tick Box", basedOn: "TableText", pPr: #"<w:jc w:val="center"/>"#, rPr: #"<w:sz w:val="24"/><w:szCs w:val="24"/>"#),
            paragraph("TableAfter", "After Table", pPr: #"<w:spacing w:before="80" w:after="120"/>"#),
            paragraph("Spacer", "Spacer", pPr: #"<w:spacing w:before="0" w:after="0" w:line="120" w:lineRule="exact"/>"#, rPr: #"<w:sz w:val="8"/><w:szCs w:val="8"/>"#),
            #"<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>"#,
            #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#,
            #"<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>\#(borders("single", "8C8C8C"))</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>"#
                + #"<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DCE3F0"/></w:tcPr></w:tblStylePr></w:style>"#,
            #"<w:style w:type="table" w:styleId="FactsTable"><w:name w:val="Facts Table"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/></w:tblBorders><w:tblCellMar><w:top w:w="30" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="30" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#,
            "</w:styles>")
    }

    private static func borders(_ kind: String, _ color: String) -> String {
        ["top", "left", "bottom", "right", "insideH", "insideV"]
            .map { #"<w:\#($0) w:val="\#(kind)" w:sz="4" w:space="0" w:color="\#(color)"/>"# }.joined()
    }

    private static func paragraph(_ id: String, _ name: String, basedOn: String = "Normal", default isDefault: Bool = false,
                                  pPr: String = "", rPr: String = "") -> String {
        var xml = #"<w:style w:type="paragraph""# + (isDefault ? #" w:default="1""# : "") + #" w:styleId="\#(id)"><w:name w:val="\#(name)"/>"#
        if !isDefault { xml += #"<w:basedOn w:val="\#(basedOn)"/><w:qFormat/>"# } else { xml += "<w:qFormat/>" }
        if !pPr.isEmpty { xml += "<w:pPr>\(pPr)</w:pPr>" }
        if !rPr.isEmpty { xml += "<w:rPr>\(rPr)</w:rPr>" }
        return xml + "</w:style>"
    }

    /// Word's built-in "heading N": kept with the next paragraph and on the outline at level N.
    private static func heading(_ level: Int, size: Int, before: Int, after: Int) -> String {
        paragraph("Heading\(level)", "heading \(level)",
                  pPr: #"<w:keepNext/><w:keepLines/><w:spacing w:before="\#(before)" w:after="\#(after)"/><w:outlineLvl w:val="\#(level - 1)"/>"#,
                  rPr: #"<w:b/><w:color w:val="1F3864"/><w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/>"#)
    }
}
