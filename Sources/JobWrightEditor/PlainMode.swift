import Foundation
import JobWrightCore

/// The linear mode for screen readers and very small terminals: numbered questions, one line
/// at a time, no redrawing. It produces the same draft as the full-screen editor.
public struct PlainMode {
    let context: EditorContext
    var readLine: () -> String?
    var write: (String) -> Void

    public init(context: EditorContext, readLine: @escaping () -> String? = { Swift.readLine(strippingNewline: true) },
                write: @escaping (String) -> Void = { FileHandle.standardOutput.write(Data($0.utf8)) }) {
        self.context = context
        self.readLine = readLine
        self.write = write
    }

    /// Asks everything, then saves. Returns the exit status.
    public mutating func run(draft initial: Draft, path: String?) -> Int32 {
        var draft = initial
        var question = 0
        func ask(_ prompt: String) -> String? {
            question += 1
            write("\(question). \(prompt): ")
            guard let line = readLine() else { write("\n"); return nil }
            return line.trimmingCharacters(in: .whitespaces)
        }
        write("jobwright, linear mode. Press Enter to keep the value in brackets; type - to clear it.\n\nPOSITION\n")
        for field in FormField.all {
            while true {
                let current = field.get(draft)
                var prompt = "\(field.label) (\(field.hint))"
                if case .choice(let choices) = field.kind { prompt += ", one of \(choices.joined(separator: ", "))" }
                guard let answer = ask(prompt + " [\(current)]") else { break }
                if answer.isEmpty { break }
                if let error = field.set(&draft, answer == "-" ? "" : answer) { write("   Not changed: \(error)\n"); continue }
                break
            }
        }
        write("\nCOMPETENCIES: for each area, type the numbers of bullets to choose or drop, e.g. 1 3 5\n")
        for area in context.catalog.areas {
            let bullets = context.catalog.competencies(inArea: area.id)
            write("\nArea \(area.number), \(area.title)\n")
            for (index, bullet) in bullets.enumerated() {
                write("  \(index + 1). [\(draft.competencies.contains(bullet.id) ? "x" : " ")] \(bullet.text.collapsingWhitespace)\n")
            }
            guard let answer = ask("Numbers to choose or drop in area \(area.number) [keep]") else { continue }
            for token in answer.split(whereSeparator: { $0 == " " || $0 == "," }) {
                guard let number = Int(token), bullets.indices.contains(number - 1) else { write("   Skipped '\(token)': not a bullet number.\n"); continue }
                let id = bullets[number - 1].id
                if let at = draft.competencies.firstIndex(of: id) { draft.competencies.remove(at: at) } else { draft.competencies.append(id) }
            }
        }
        let roles = context.catalog.roles
        write("\nREPORTING LINES\n")
        for (index, role) in roles.enumerated() { write("  \(index + 1). \(role.title) [\(role.level == .building ? "building" : "central office")]\n") }
        if let answer = ask("Reports to: a number or a title [\(draft.reporting.reportsTo ?? "")]"), !answer.isEmpty {
            let value = Int(answer).flatMap { roles.indices.contains($0 - 1) ? roles[$0 - 1].id : nil } ?? answer
            draft.reporting.reportsTo = value
            if let role = context.catalog.role(value), role.level == .building {
                write("   Note: \(role.title) is a building-level role; the profile places this position at the central office.\n")
            }
        }
        while let answer = ask("Supervises: a number (or title) and a head count, e.g. 14 2; Enter when done"), !answer.isEmpty {
            var parts = answer.split(separator: " ").map(String.init)
            let count = parts.count > 1 ? Int(parts.last!) : nil
            if count != nil { parts.removeLast() }
            let name = parts.joined(separator: " ")
            let value = Int(name).flatMap { roles.indices.contains($0 - 1) ? roles[$0 - 1].id : nil } ?? name
            draft.reporting.supervises.append(SupervisedRole(role: value, count: count ?? 1))
        }
        write("\nRUBRIC\n")
        if draft.rubric.rows.isEmpty, let answer = ask("Add one row per area with chosen bullets (up to 8)? y or n [y]"), answer.lowercased() != "n" {
            let chosen = draft.chosenBullets(in: context.catalog)
            for area in context.catalog.areas where draft.rubric.rows.count < 8 && chosen.contains(where: { $0.area == area.id }) {
                var row = RubricRow()
                row.area = area.id
                row.assesses = chosen.filter { $0.area == area.id }.map(\.id)
                row.weight = 1
                row.question = context.catalog.questions(inArea: area.id).first?.id
                draft.rubric.rows.append(row)
            }
        }
        let resolved = draft.resolvedRubricRows(in: context.catalog)
        for index in draft.rubric.rows.indices {
            if let answer = ask("Weight of '\(resolved[index].name)' [\(Amount(resolved[index].weight))]"), !answer.isEmpty {
                if let weight = Double(answer), weight > 0 { draft.rubric.rows[index].weight = Amount(weight) }
                else { write("   Not changed: a weight is a positive number.\n") }
            }
        }
        if let answer = ask("Committee members, separated by | [\(draft.rubric.committee.map(\.name).joined(separator: " | "))]"), !answer.isEmpty {
            draft.rubric.committee = answer.split(separator: "|").map { CommitteeMember(name: $0.trimmingCharacters(in: .whitespaces)) }
        }
        let target = ask("Save to [\(path ?? "draft.yaml")]").flatMap { $0.isEmpty ? nil : $0 } ?? path ?? "draft.yaml"
        do {
            try AtomicFile.write(Data(try draft.yaml().utf8), to: target)
            write("Saved \(target).\n")
            return 0
        } catch {
            write("Not saved: \(error.description)\n")
            return 73
        }
    }
}
