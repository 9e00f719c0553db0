import Foundation
import JobWrightCore
import JobWrightMustache
import JobWrightRender

extension Renderer {
    /// The document as a Word file (.docx): the body rendered from the `*.docx` template, packed
    /// with its styles, bulleted-list numbering, settings and properties; the posting's org chart
    /// is drawn as shapes (`OrgChartDrawingML`). The same draft,
    /// catalog, templates and options always give the same bytes. `options.width` does not apply.
    public func renderDocx(_ kind: DocumentKind, draft: Draft, options: RenderOptions) throws(JobWrightError) -> Data {
        var options = options
        options.format = .docx
        var drawings: MustacheObject = [:]
        if kind == .posting, let chart = orgChart(of: draft) {
            drawings[text: "orgChartDrawing"] = OrgChartDrawingML.paragraph(chart, ascii: options.ascii)
        }
        let body = try render(kind, draft: draft, options: options, adding: drawings)
        if let (line, message) = WordBodyCheck.problem(in: body) {
            let template = "\(kind.rawValue).docx"
            throw JobWrightError(.badData, "the template '\(template)' makes a Word body that is not well-formed XML: \(message) (line \(line) of word/document.xml)",
                                 at: SourceLocation(file: templates.sources[template] ?? "Templates/\(template).mustache"))
        }
        let properties = WordProperties(kind: kind, draft: draft, ascii: options.ascii)
        let font = draft.font?.nilIfBlank ?? WordStyles.defaultFont
        return try WordPackage(body: body, font: font, properties: properties).data()
    }
}
