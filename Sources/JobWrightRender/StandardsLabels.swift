import JobWrightCore
import Synchronization

/// How standards are named in rendered documents. Documents never print whether a name was
/// verified: that lives in the catalog data and shows in `jobwright catalog standards`.
enum StandardsLabels {
    static func frameworkLabel(_ id: String) -> String {
        switch id {
        case "cosn": "CoSN"
        case "iste": "ISTE"
        case "iste-coaches": "ISTE Coaches"
        case "ma-admin": "603 CMR 35.04"
        case "dlcs": "DLCS"
        default: id
        }
    }

    /// A standard as a short label: CoSN skill areas by name, others by code.
    static func shortLabel(_ standard: Standard) -> String {
        standard.frameworkID == "cosn" ? standard.title : standard.code
    }

    /// "CoSN Data Management; ISTE 3.2.c, 3.3.e; 603 CMR 35.04 I-C", frameworks in
    /// catalog order and codes in the bullet's order. The definition: renderers read the same
    /// labels from `Memo`'s table, and a test holds the two together.
    static func codes(for ids: [String], in catalog: Catalog) -> String {
        guard !ids.isEmpty else { return "" }
        // A bullet names a few standards: a list, read once per framework, is quicker than a
        // dictionary of groups.
        let labelled = ids.compactMap { id in catalog.standard(id).map { (framework: $0.frameworkID, label: shortLabel($0)) } }
        var groups: [String] = []
        for framework in catalog.frameworks {
            var labels: [String] = []
            for entry in labelled where entry.framework == framework.id && !labels.contains(entry.label) {
                labels.append(entry.label)
            }
            if !labels.isEmpty { groups.append(frameworkLabel(framework.id) + " " + labels.joined(separator: ", ")) }
        }
        return groups.joined(separator: "; ")
    }

    /// The labels of each set of alignments printed so far, for one renderer's catalog (which
    /// never changes), worked out from a table of the catalog's standards made on first use: a
    /// posting prints a label per bullet on every render, and grouping each bullet's standards
    /// by framework from the catalog was a sixth of rendering a posting.
    final class Memo: Sendable {
        private let known = Mutex<(table: Table?, labels: [[String]: String])>((nil, [:]))

        func codes(for ids: [String], in catalog: Catalog) -> String {
            guard !ids.isEmpty else { return "" }
            return known.withLock { known in
                if let label = known.labels[ids] { return label }
                if known.table == nil {
                    // A set of alignments per bullet and rubric row: no growing on the way.
                    known.labels.reserveCapacity(catalog.competencies.count + catalog.questions.count)
                }
                let table = known.table ?? Table(catalog)
                let label = table.codes(for: ids)
                known.table = table
                known.labels[ids] = label
                return label
            }
        }
    }

    /// Each standard's framework, by its place in the catalog's order, and its short label.
    struct Table: Sendable {
        private let frameworkLabels: [String]
        private let entries: [String: (framework: Int, label: String)]

        init(_ catalog: Catalog) {
            var places: [String: Int] = [:]
            for (place, framework) in catalog.frameworks.enumerated() where places[framework.id] == nil {
                places[framework.id] = place
            }
            frameworkLabels = catalog.frameworks.map { frameworkLabel($0.id) }
            var entries: [String: (framework: Int, label: String)] = [:]
            for framework in catalog.frameworks {
                for standard in framework.standards {
                    if let place = places[standard.frameworkID] { entries[standard.id] = (place, shortLabel(standard)) }
                }
            }
            self.entries = entries
        }

        /// As `StandardsLabels.codes(for:in:)` gives them, from the table: each framework's
        /// labels in the order of `ids`, the frameworks in the catalog's order.
        func codes(for ids: [String]) -> String {
            var picked: [(framework: Int, label: String)] = []
            picked.reserveCapacity(ids.count)
            for id in ids {
                guard let entry = entries[id] else { continue }
                if !picked.contains(where: { $0.framework == entry.framework && $0.label == entry.label }) { picked.append(entry) }
            }
            // A stable sort by framework: a bullet names a few standards.
            for index in picked.indices.dropFirst() {
                var place = index
                while place > 0 && picked[place - 1].framework > picked[place].framework {
                    picked.swapAt(place - 1, place)
                    place -= 1
                }
            }
            var text = ""
            var framework = -1
            for entry in picked {
                if entry.framework != framework {
                    if framework >= 0 { text += "; " }
                    text += frameworkLabels[entry.framework]
                    text += " "
                    framework = entry.framework
                } else {
                    text += ", "
                }
                text += entry.label
            }
            return text
        }
    }
}
