/// The fixed parts of every Word file jobwright writes: what each part is, how they relate, and
/// the document's settings.
enum WordParts {
    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#

    static let contentTypes = lines(
        declaration,
        #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
        #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
        #"<Default Extension="xml" ContentType="application/xml"/>"#,
        #"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#,
        #"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#,
        #"<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>"#,
        #"<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>"#,
        #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#,
        #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#,
        "</Types>")

    static let packageRelationships = lines(
        declaration,
        #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
        #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
        #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#,
        #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>"#,
        "</Relationships>")

    static let documentRelationships = lines(
        declaration,
        #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
        #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#,
        #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>"#,
        #"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>"#,
        "</Relationships>")

    /// US Letter is set in the templates' section properties; here the tab stops, the
    /// compatibility mode of Word 2013 and later, and the language.
    static let settings = lines(
        declaration,
        #"<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
        #"<w:defaultTabStop w:val="720"/>"#,
        #"<w:characterSpacingControl w:val="doNotCompress"/>"#,
        #"<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>"#,
        #"<w:themeFontLang w:val="en-US"/>"#,
        "</w:settings>")

    static func lines(_ lines: String...) -> String { lines.joined(separator: "\n") + "\n" }
}
