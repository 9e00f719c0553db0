import JobWrightCore
import JobWrightRender

/// What Word shows under File > Info: the document's title, the district as author and
/// company, and the posting date as the date it was made (never the clock, so the same draft
/// gives the same file).
struct WordProperties {
    var title: String
    var district: String?
    var created: CalendarDate?

    init(kind: DocumentKind, draft: Draft, ascii: Bool) {
        let position = draft.position.title?.nilIfBlank ?? "Untitled position"
        let title = switch kind {
        case .posting: position
        case .rubric: "Structured interview rubric: \(position)"
        case .alignment: "Standards alignment report: \(position)"
        }
        let district = draft.position.district?.nilIfBlank
        self.title = ascii ? ASCIIFallback.transliterate(title) : title
        self.district = ascii ? district.map { ASCIIFallback.transliterate($0) } : district
        self.created = draft.position.postingDate
    }

    var core: String {
        var lines = [
            WordParts.declaration,
            #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>\(title.markupEscaped)</dc:title>",
        ]
        if let district { lines.append("<dc:creator>\(district.markupEscaped)</dc:creator>") }
        if let created {
            let stamp = "\(created)T00:00:00Z"
            lines.append(#"<dcterms:created xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:created>"#)
            lines.append(#"<dcterms:modified xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:modified>"#)
        }
        lines.append("</cp:coreProperties>")
        return lines.joined(separator: "\n") + "\n"
    }

    var app: String {
        var lines = [
            WordParts.declaration,
            #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#,
            "<Application>jobwright</Application>",
        ]
        if let district { lines.append("<Company>\(district.markupEscaped)</Company>") }
        lines.append("</Properties>")
        return lines.joined(separator: "\n") + "\n"
    }
}
