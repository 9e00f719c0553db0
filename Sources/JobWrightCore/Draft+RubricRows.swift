/// Rubric rows proposed from the chosen bullets: one per area, with the bank question that
/// assesses most of the area's chosen bullets. The editor's "add a row", plain mode and import
/// all propose rows this way, so a row means the same wherever it was made.
extension Draft {
    /// A row for `areaID` assessing the draft's chosen bullets of that area (catalog and own).
    /// The question is the area's bank question that names most of them; on a tie, a core
    /// question, then bank order.
    public func proposedRubricRow(forArea areaID: String, in catalog: Catalog) -> RubricRow {
        let chosen = chosenBullets(in: catalog).filter { $0.area == areaID }.map(\.id)
        let chosenSet = Set(chosen)
        var best: (question: Question, named: Int)?
        for question in catalog.questions(inArea: areaID) {
            let named = question.assesses.count(where: chosenSet.contains)
            guard let current = best else { best = (question, named); continue }
            if named > current.named || named == current.named && question.core == true && current.question.core != true {
                best = (question, named)
            }
        }
        var row = RubricRow()
        row.area = areaID
        row.assesses = chosen
        row.weight = 1
        row.question = best?.question.id
        return row
    }

    /// The areas that have chosen bullets but no rubric row yet, in catalog order.
    public func areasWithoutRubricRow(in catalog: Catalog) -> [Area] {
        let chosenAreas = Set(chosenBullets(in: catalog).map(\.area))
        let covered = Set(resolvedRubricRows(in: catalog).compactMap { $0.area?.id })
        return catalog.areas.filter { chosenAreas.contains($0.id) && !covered.contains($0.id) }
    }

    /// Adds a proposed row for each area with chosen bullets and no row, until the rubric has
    /// `limit` rows (structured interviews usually assess five to eight competencies). Returns
    /// how many rows it added.
    @discardableResult
    public mutating func addProposedRubricRows(in catalog: Catalog, limit: Int = 8) -> Int {
        var added = 0
        for area in areasWithoutRubricRow(in: catalog) where rubric.rows.count < limit {
            rubric.rows.append(proposedRubricRow(forArea: area.id, in: catalog))
            added += 1
        }
        return added
    }

    /// Keeps the rubric in step when a bullet of the draft (`old`) is replaced by `new`, dropped
    /// (`new` nil) or joined by `new` (`old` nil): rows that assessed the old bullet assess the new one when it is of their area;
    /// the row of the new bullet's area gains it; a row left assessing nothing is removed.
    public mutating func reassessRubric(replacing old: String?, with new: String?, in catalog: Catalog) {
        let newArea = new.flatMap { bullet($0, in: catalog)?.area }
        func area(of row: RubricRow) -> String? { row.area ?? row.question.flatMap { catalog.question($0)?.area } }
        var rows: [RubricRow] = []
        for var row in rubric.rows {
            guard let old, let at = row.assesses.firstIndex(of: old) else { rows.append(row); continue }
            row.assesses.remove(at: at)
            if let new, newArea == area(of: row), !row.assesses.contains(new) { row.assesses.insert(new, at: at) }
            if !row.assesses.isEmpty { rows.append(row) }
        }
        if let new, let newArea, !rows.contains(where: { $0.assesses.contains(new) }),
           let index = rows.firstIndex(where: { area(of: $0) == newArea }) {
            rows[index].assesses.append(new)
        }
        rubric.rows = rows
    }
}
