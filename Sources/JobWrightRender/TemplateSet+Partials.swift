import Foundation
import JobWrightCore

/// A district's templates are checked for their partials before anything is rendered: Mustache
/// would print a missing partial as nothing, and a partial that includes itself without end.
extension TemplateSet {
    /// How deep partials may include partials.
    static let partialDepthLimit = 8

    /// The `{{> name}}` tags of a template: the partial's name and where the tag is.
    static func partialReferences(in text: String) -> [(name: String, line: Int, column: Int)] {
        var references: [(String, Int, Int)] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{>") {
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                references.append((name, offset + 1, line.distance(from: line.startIndex, to: open.lowerBound) + 1))
                rest = rest[close.upperBound...]
            }
        }
        return references
    }

    /// A partial that does not exist, a chain of partials that comes back to where it started,
    /// or one nested deeper than `partialDepthLimit`, each at the tag that names it.
    static func partialProblems(_ texts: [String: (path: String, text: String)]) -> [JobWrightError] {
        var problems: [JobWrightError] = []
        let references = texts.mapValues { partialReferences(in: $0.text) }
        for (name, file) in texts.sorted(by: { $0.key < $1.key }) {
            for reference in references[name] ?? [] where texts[reference.name] == nil {
                problems.append(JobWrightError(.badData, "the partial '\(reference.name)' does not exist (looked for Templates/\(reference.name).mustache)",
                                               at: SourceLocation(file: file.path, line: reference.line, column: reference.column)))
            }
        }
        // Walk every chain of partials from each template, remembering the way taken.
        typealias Found = (message: String, template: String, line: Int, column: Int)
        func walk(_ name: String, _ chain: [String]) -> Found? {
            for reference in references[name] ?? [] where texts[reference.name] != nil {
                let way = (chain + [name, reference.name]).joined(separator: " > ")
                if chain.contains(reference.name) || reference.name == name {
                    return ("the partial '\(reference.name)' includes itself: \(way)", name, reference.line, reference.column)
                }
                if chain.count + 1 >= partialDepthLimit {
                    return ("partials nest deeper than \(partialDepthLimit) levels: \(way)", name, reference.line, reference.column)
                }
                if let found = walk(reference.name, chain + [name]) { return found }
            }
            return nil
        }
        // One message per offending tag, however many templates lead to it.
        var reported = Set<String>()
        for name in texts.keys.sorted() {
            guard let found = walk(name, []), let file = texts[found.template],
                  reported.insert("\(found.template):\(found.line):\(found.column)").inserted else { continue }
            problems.append(JobWrightError(.badData, found.message,
                                           at: SourceLocation(file: file.path, line: found.line, column: found.column)))
        }
        return problems
    }
}
