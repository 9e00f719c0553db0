import JobWrightCore

/// Builds the values of the standards alignment report (`jobwright render alignment`), the
/// school committee's document: the matrix, then each of the profile's ten areas, by the
/// profile's own name, with the chosen bullets and the standards each one serves.
struct AlignmentReportContext {
    let draft: Draft
    let catalog: Catalog
    let options: RenderOptions

    func build() -> [String: Any] {
        var context = AlignmentMatrix(draft: draft, catalog: catalog, ascii: options.ascii).context(format: options.format)
        context["title"] = draft.position.title?.nilIfBlank ?? "Untitled position"
        context["district"] = draft.position.district?.nilIfBlank
        context["postingId"] = draft.position.postingId?.nilIfBlank
        let chosen = draft.chosenBullets(in: catalog)
        context["areas"] = catalog.areas.map { area -> [String: Any] in
            let bullets = chosen.filter { $0.area == area.id }.map { bullet -> [String: Any] in
                ["text": bullet.text.collapsingWhitespace, "kind": bullet.kind == .knowledge ? "knowledge" : "duty",
                 "standards": StandardsLabels.codes(for: bullet.aligns, in: catalog)]
            }
            return ["number": String(area.number), "title": area.title, "heading": area.postingHeading, "bullets": bullets]
        }
        let uncovered = catalog.areas.filter { area in !chosen.contains { $0.area == area.id } }
        context["uncoveredAreas"] = uncovered.map { "\($0.number). \($0.title)" }
        context["profileName"] = catalog.profile.name
        return context
    }
}
