import Foundation
import JobWrightCore

/// The linear mode for screen readers and very small terminals: numbered questions, one line
/// at a time, no redrawing. It produces the same draft as the full-screen editor.
public struct PlainMode {
    let context: EditorContext
    var readLine: () -> String?
    /// A prompt that cannot be shown (standard output full or closed) is dropped, never a crash:
    /// the answers are still saved.
    var write: (String) -> Void

    public init(context: EditorContext, readLine: @escaping () -> String? = { Swift.readLine(strippingNewline: true) },
                write: @escaping (String) -> Void = { _ = AtomicFile.writeAll(Array($0.utf8), to: STDOUT_FILENO) }) {
        self.context = context
        self.readLine = readLine
        self.write = write
    }

    /// Asks everything, then saves. Returns the exit status. A draft that could not be read
    /// (`openErrors`) is never replaced: fix it, or start a new file.
    public mutating func run(draft initial: Draft, path: String?, openErrors: [String] = []) -> Int32 {
        if !openErrors.isEmpty {
            write("The draft has problems, so linear mode will not replace it:\n" + openErrors.map { "  " + $0 + "\n" }.joined()
                  + "Fix them in the file (or use the full-screen editor, which shows them), then run again.\n")
            return 65
        }
        var draft = initial
        var question = 0
        var inputEnded = false
        func ask(_ prompt: String) -> String? {
            question += 1
            write("\(question). \(prompt): ")
            guard let line = readLine() else { write("\n"); inputEnded = true; return nil }
            return line.trimmingSpaces
        }
        let catalog = context.catalog
        func roleValue(_ answer: String) -> String {
            Int(answer).flatMap { catalog.roles.indices.contains($0 - 1) ? catalog.roles[$0 - 1].id : nil } ?? answer
        }
        write("jobwright, linear mode. Press Enter to keep the value in brackets; type - to clear it.\n\nPOSITION\n")
        for field in FormField.all {
            while true {
                let current = field.get(draft)
                var prompt = "\(field.label) (\(field.hint))"
                switch field.kind {
                case .choice(let choices): prompt += ", one of \(choices.joined(separator: ", "))"
                case .list: prompt += ", items separated by |"
                case .notices: prompt += ", separated by |, from: \(catalog.notices.filter { !$0.required }.map(\.id).joined(separator: ", "))"
                default: break
                }
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
            // The district's own bullet, aligned to the standards the profile maps this area to.
            if let text = ask("Your own bullet for area \(area.number), or Enter for none"), !text.isEmpty {
                let id = CompetencyKeys.uniqueID(for: text, in: draft)
                draft.customCompetencies.append(Competency(id: id, area: area.id, kind: .duty, text: text, aligns: area.crosswalk))
                draft.competencies.append(id)
                write("   Added \(id), aligned to \(area.crosswalk.joined(separator: ", ")).\n")
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
        if let answer = ask("Dotted lines: numbers or titles separated by commas [\(draft.reporting.dottedLines.joined(separator: ", "))]"), !answer.isEmpty {
            draft.reporting.dottedLines = answer.split(separator: ",").map { roleValue(String($0).trimmingSpaces) }.filter { !$0.isEmpty }
        }
        while let answer = ask("Supervises: a number (or title) and a head count, e.g. 14 2; Enter when done"), !answer.isEmpty {
            var parts = answer.split(separator: " ").map(String.init)
            let count = parts.count > 1 ? Int(parts.last!) : nil
            if count != nil { parts.removeLast() }
            draft.reporting.supervises.append(SupervisedRole(role: roleValue(parts.joined(separator: " ")), count: count ?? 1))
        }
        if let answer = ask("Works with: numbers or titles separated by commas [\(draft.reporting.worksWith.joined(separator: ", "))]"), !answer.isEmpty {
            draft.reporting.worksWith = answer.split(separator: ",").map { roleValue(String($0).trimmingSpaces) }.filter { !$0.isEmpty }
        }
        write("\nRUBRIC\n")
        if draft.rubric.rows.isEmpty, let answer = ask("Add one row per area with chosen bullets (up to 8)? y or n [y]"), answer.lowercased() != "n" {
            draft.addProposedRubricRows(in: context.catalog)
        }
        let resolved = draft.resolvedRubricRows(in: context.catalog)
        let levels = draft.rubricScale(in: catalog)?.levels ?? []
        for index in draft.rubric.rows.indices {
            let row = resolved[index]
            if let answer = ask("Weight of '\(row.name)' [\(Amount(row.weight))]"), !answer.isEmpty {
                if let weight = Double(answer), weight.isFinite, weight > 0 { draft.rubric.rows[index].weight = Amount(weight) }
                else { write("   Not changed: a weight is a positive number.\n") }
            }
            let bank = row.area.map { catalog.questions(inArea: $0.id) } ?? []
            for (number, question) in bank.enumerated() { write("  \(number + 1). (\(question.type.rawValue)) \(question.text.collapsingWhitespace)\n") }
            guard let answer = ask("Question for '\(row.name)': a number, or your own question [keep]"), !answer.isEmpty else { continue }
            if let number = Int(answer), bank.indices.contains(number - 1) {
                draft.rubric.rows[index].question = bank[number - 1].id
                draft.rubric.rows[index].customQuestion = nil
            } else {
                var anchors = Anchors([:])
                for level in levels {
                    if let anchor = ask("What an answer at \(level.value) \(level.name) looks like"), !anchor.isEmpty { anchors[level.id] = anchor }
                }
                if draft.rubric.rows[index].area == nil { draft.rubric.rows[index].area = row.area?.id }
                draft.rubric.rows[index].question = nil
                draft.rubric.rows[index].customQuestion = CustomQuestion(type: answer.lowercased().hasPrefix("what would you do") ? .situational : .behavioural,
                                                                         text: answer, anchors: anchors)
            }
        }
        if let answer = ask("Committee members as Name (role), separated by | [\(draft.rubric.committee.map(\.name).joined(separator: " | "))]"), !answer.isEmpty {
            draft.rubric.committee = Self.committee(from: answer)
        }
        let target = ask("Save to [\(path ?? "draft.yaml")]").flatMap { $0.isEmpty ? nil : $0 } ?? path ?? "draft.yaml"
        if inputEnded {
            write("Input ended before the last question: nothing was saved.\n")
            return 1
        }
        do {
            try AtomicFile.write(Data(try draft.yaml().utf8), to: target)
            write("Saved \(target).\n")
            return 0
        } catch {
            write("Not saved: \(error.description)\n")
            return 73
        }
    }

    /// "Avery Collins (chair) | Sam Okafor" as committee members.
    static func committee(from text: String) -> [CommitteeMember] {
        text.split(separator: "|").map { (part: Substring) -> CommitteeMember in
            let entry = String(part).trimmingSpaces
            if let open = entry.firstIndex(of: "("), entry.hasSuffix(")") {
                return CommitteeMember(name: String(entry[..<open]).trimmingSpaces,
                                       role: String(entry[entry.index(after: open)..<entry.index(before: entry.endIndex)]))
            }
            return CommitteeMember(name: entry)
        }.filter { !$0.name.isEmpty }
    }
}
