import JobWrightCore
import JobWrightMustache

/// Which CoSN skill areas, ISTE indicators and 603 CMR 35.04 standards the chosen bullets cover,
/// computed from the bullets' alignments (never typed by hand).
struct AlignmentMatrix {
    /// The draft's chosen bullets, catalog and custom.
    let chosen: [Competency]
    let catalog: Catalog

    var coveredIDs: Set<String> {
        // Room for every alignment at once: grown bullet by bullet, it was rehashed dozens of times.
        var covered = Set<String>(minimumCapacity: chosen.reduce(0) { $0 + $1.aligns.count })
        for bullet in chosen { covered.formUnion(bullet.aligns) }
        return covered
    }

    private struct CoSNRow { let code: String, title: String, weight: String?, mark: String }
    private struct ISTERow { let code: String, title: String, cells: [(letter: String, mark: String)], covered: String }
    private struct StandardRow { let code: String, title: String, covered: String }

    /// The summary sentence and the frameworks' names; with `tables`, the rows of the matrix too
    /// (`cosn`, `iste`, `maAdmin`, and for plain text `textMatrix`).
    func context(format: OutputFormat, tables: Bool) -> MustacheObject {
        let covered = coveredIDs
        let cosnAreas = catalog.framework("cosn")?.standards.filter { $0.kind == .skillArea } ?? []
        let iste = catalog.framework("iste")?.standards ?? []
        let isteIndicators = iste.filter { $0.kind == .indicator }
        let coveredCoSN = cosnAreas.filter { covered.contains($0.id) }.count
        let coveredISTE = isteIndicators.filter { covered.contains($0.id) }.count
        var values: MustacheObject = [
            "summary": .text("The chosen duties and knowledge cover \(coveredCoSN) of \(cosnAreas.count) CoSN skill areas "
                + "and \(coveredISTE) of \(isteIndicators.count) ISTE indicators."),
            "cosnName": .text(frameworkTitle("cosn")), "isteName": .text(frameworkTitle("iste")), "maAdminName": .text(frameworkTitle("ma-admin")),
        ]
        if tables { addTables(to: &values, format: format, covered: covered, cosnAreas: cosnAreas, iste: iste, isteIndicators: isteIndicators) }
        return values
    }

    private func addTables(to values: inout MustacheObject, format: OutputFormat, covered: Set<String>, cosnAreas: [Standard],
                           iste: [Standard], isteIndicators: [Standard]) {
        let isteStandards = iste.filter { $0.kind == .standard }
        let maAdmin = catalog.framework("ma-admin")?.standards ?? []
        let mark = format == .html || format == .docx ? "✓" : "x"
        let blank = format == .text ? "." : ""

        let cosnRows = cosnAreas.map { standard in
            CoSNRow(code: standard.code, title: standard.title, weight: standard.weight.map { Amount($0).description + "%" },
                    mark: covered.contains(standard.id) ? mark : blank)
        }
        let letters = ["a", "b", "c", "d", "e"]
        let isteRows = isteStandards.map { standard in
            let children = isteIndicators.filter { $0.parent == standard.id || $0.id.hasPrefix(standard.id + ".") }
            let cells = letters.map { letter in
                guard let indicator = children.first(where: { $0.id == standard.id + "." + letter }) else { return (letter, "") }
                return (letter, covered.contains(indicator.id) ? mark : blank)
            }
            let codes = children.filter { covered.contains($0.id) }.map(\.code)
            return ISTERow(code: standard.code, title: standard.title, cells: cells,
                           covered: codes.isEmpty ? "none" : codes.joined(separator: ", "))
        }
        let maRows = maAdmin.filter { $0.kind == .standard }.map { standard in
            let codes = maAdmin.filter { $0.parent == standard.id && covered.contains($0.id) }.map(StandardsLabels.shortLabel)
            let direct = covered.contains(standard.id)
            return StandardRow(code: standard.code, title: standard.title,
                               covered: codes.isEmpty ? (direct ? "yes" : "none") : codes.joined(separator: ", "))
        }
        values["cosn"] = .list(cosnRows.map { row in
            var object: MustacheObject = ["code": .text(row.code), "title": .text(row.title), "mark": .text(row.mark)]
            object[text: "weight"] = row.weight
            return .object(object)
        })
        values["iste"] = .list(isteRows.map { row in
            ["code": .text(row.code), "title": .text(row.title), "covered": .text(row.covered),
             "cells": .list(row.cells.map { ["letter": .text($0.letter), "mark": .text($0.mark)] })]
        })
        values["maAdmin"] = .list(maRows.map { ["code": .text($0.code), "title": .text($0.title), "covered": .text($0.covered)] })
        if format == .text { values[text: "textMatrix"] = textMatrix(cosn: cosnRows, iste: isteRows, ma: maRows) }
    }

    private func frameworkTitle(_ id: String) -> String {
        guard let framework = catalog.framework(id) else { return id }
        return "\(framework.name) (\(framework.version))"
    }

    /// The fixed-width matrix for plain text.
    private func textMatrix(cosn: [CoSNRow], iste: [ISTERow], ma: [StandardRow]) -> String {
        var lines: [String] = []
        let labelWidth = 42
        func row(_ label: String, _ cells: String) -> String {
            DisplayWidth.pad("  " + label, to: labelWidth) + " " + cells
        }
        lines.append(row("ISTE Standards for Education Leaders", "a  b  c  d  e"))
        for standard in iste {
            let cells = standard.cells.map { $0.mark.isEmpty ? " " : $0.mark }
            lines.append(row("\(standard.code) \(standard.title)", cells.joined(separator: "  ")))
        }
        // The CoSN checklist and the 603 CMR lines may be long, so they wrap like list items.
        var wrapped = ["", "  CoSN skill areas, with their weight on the CETL exam"]
        for area in cosn {
            let weight = area.weight.map { " (\($0))" } ?? ""
            let box = area.mark == "x" ? "[x]" : "[ ]"
            wrapped.append("  \(box) \(area.code). \(area.title)\(weight)")
        }
        wrapped += ["", "  603 CMR 35.04 administrator standards"]
        for standard in ma {
            wrapped.append("    \(standard.code) \(standard.title):  \(standard.covered)")
        }
        return lines.joined(separator: "\n").markedVerbatim + "\n" + wrapped.joined(separator: "\n")
    }
}
