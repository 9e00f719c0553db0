import JobWrightCore
import JobWrightMustache

/// Builds the values of the standards alignment report (`jobwright render alignment`), the
/// school committee's document: the matrix, then each of the profile's ten areas, by the
/// profile's own name, with the chosen bullets and the standards each one serves.
struct AlignmentReportContext {
    let draft: Draft
    let catalog: Catalog
    let options: RenderOptions
    /// The renderer's labels of alignments, kept between renders.
    var labels = StandardsLabels.Memo()

    func build() -> MustacheObject {
        let chosen = draft.chosenBullets(in: catalog)
        var context = AlignmentMatrix(chosen: chosen, catalog: catalog).context(format: options.format, tables: true)
        context[text: "title"] = draft.position.title?.nilIfBlank ?? "Untitled position"
        context[text: "district"] = draft.position.district?.nilIfBlank
        context[text: "postingId"] = draft.position.postingId?.nilIfBlank
        context["areas"] = .list(catalog.areas.map { area -> MustacheValue in
            let bullets = chosen.filter { $0.area == area.id }.map { bullet -> MustacheValue in
                ["text": .text(bullet.text.collapsingWhitespace), "kind": bullet.kind == .knowledge ? "knowledge" : "duty",
                 "standards": .text(labels.codes(for: bullet.aligns, in: catalog))]
            }
            return ["number": .text(String(area.number)), "title": .text(area.title), "heading": .text(area.postingHeading), "bullets": .list(bullets)]
        })
        let uncovered = catalog.areas.filter { area in !chosen.contains { $0.area == area.id } }
        context["uncoveredAreas"] = .texts(uncovered.map { "\($0.number). \($0.title)" })
        context[text: "profileName"] = catalog.profile.name
        return context
    }
}
