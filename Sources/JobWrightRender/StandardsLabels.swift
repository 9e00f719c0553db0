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
    /// catalog order and codes in the bullet's order.
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
    /// never changes): a posting prints a label per bullet on every render, and working them
    /// out was a seventh of rendering a posting as text.
    final class Memo: Sendable {
        private let known = Mutex<[[String]: String]>([:])

        func codes(for ids: [String], in catalog: Catalog) -> String {
            if let label = known.withLock({ $0[ids] }) { return label }
            let label = StandardsLabels.codes(for: ids, in: catalog)
            known.withLock { $0[ids] = label }
            return label
        }
    }
}
