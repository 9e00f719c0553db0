import Foundation
@testable import JobWrightChecks
import JobWrightCore
@testable import JobWrightImport
import JobWrightRender
import Testing

/// The built-in catalog and rule data are compiled into the binary as Swift values, generated
/// from the YAML in `Catalog/` (which people edit): no YAML is parsed when jobwright starts.
/// This test regenerates the code from the YAML, validated by the same loader as a district's
/// catalog (so a mistake reads `file:line:column`), and fails when the checked-in code differs.
/// After editing `Catalog/*.yaml`:
///
///     JOBWRIGHT_UPDATE_GENERATED=1 swift test --filter BuiltInCode
@Suite("Generated built-in data")
struct BuiltInCodeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalogFile = root.appendingPathComponent("Sources/JobWrightCore/Generated/BuiltInCatalog.swift")
    static let rulesFile = root.appendingPathComponent("Sources/JobWrightChecks/Generated/BuiltInRules.swift")
    static let vocabularyFile = root.appendingPathComponent("Sources/JobWrightImport/Generated/BuiltInMatchVocabulary.swift")
    static let matchIndexFile = root.appendingPathComponent("Sources/JobWrightImport/Generated/BuiltInMatchIndex.swift")
    static let literalFiltersFile = root.appendingPathComponent("Sources/JobWrightChecks/Generated/BuiltInLiteralFilters.swift")
    static var updating: Bool { ProcessInfo.processInfo.environment["JOBWRIGHT_UPDATE_GENERATED"] != nil }

    static func compare(_ generated: String, with file: URL) throws {
        if updating { try generated.write(to: file, atomically: true, encoding: .utf8) }
        let current = try String(contentsOf: file, encoding: .utf8)
        #expect(current == generated, """
            \(file.lastPathComponent) is not what Catalog/*.yaml gives; regenerate it with \
            JOBWRIGHT_UPDATE_GENERATED=1 swift test --filter BuiltInCode
            """)
    }

    @Test func theCompiledCatalogIsTheYAMLCatalog() throws {
        let fromYAML = try CatalogSource.loadYAML()
        try Self.compare(SwiftCode.catalogFile(fromYAML), with: Self.catalogFile)
        // And the value compiled from that code is the same catalog, field by field.
        #expect(SwiftCode.catalogFile(Catalog.builtIn) == SwiftCode.catalogFile(fromYAML))
        #expect(Catalog.builtIn.competencies == fromYAML.competencies)
        #expect(Catalog.builtIn.questions == fromYAML.questions)
    }

    @Test func theCompiledRulesAreTheYAMLRules() throws {
        let fromYAML = try RuleData.loadYAML()
        try Self.compare(SwiftCode.rulesFile(fromYAML), with: Self.rulesFile)
        #expect(SwiftCode.rulesFile(RuleData.builtIn) == SwiftCode.rulesFile(fromYAML))
    }

    @Test func theCompiledMatchVocabularyIsTheYAMLVocabulary() throws {
        let fromYAML = try MatchVocabulary.loadYAML()
        try Self.compare(SwiftCode.vocabularyFile(fromYAML), with: Self.vocabularyFile)
        #expect(MatchVocabulary.builtIn == fromYAML)
        #expect(try MatchVocabulary.load() == fromYAML)
    }

    /// The matcher's index of the built-in catalog is compiled in: it must be, number for number,
    /// what the matcher works out at run time from the YAML catalog and vocabulary.
    @Test func theCompiledMatchIndexIsTheOneWorkedOutAtRunTime() throws {
        let worked = BulletMatcher.Index(catalog: try CatalogSource.loadYAML(), vocabulary: try MatchVocabulary.loadYAML())
        try Self.compare(SwiftCode.matchIndexFile(worked), with: Self.matchIndexFile)
        #expect(BulletMatcher.Index.builtIn == worked)
        #expect(BulletMatcher.Index.of(catalog: .builtIn, vocabulary: .builtIn) == worked)
        // A district's vocabulary, or its own bullets, get an index of their own.
        var vocabulary = MatchVocabulary.builtIn
        vocabulary.stopWords.append("network")
        #expect(BulletMatcher.Index.of(catalog: .builtIn, vocabulary: vocabulary) != worked)
        var catalog = Catalog.builtIn
        catalog.competencies[0].text += " and the district's own firewall"
        #expect(BulletMatcher.Index.of(catalog: catalog, vocabulary: .builtIn) != worked)
    }

    /// The literal filters of the built-in rules' patterns, the glossary's and a pasted posting's
    /// are compiled in: each is what `LiteralFilter.of` works out from its source.
    @Test func theCompiledLiteralFiltersAreTheOnesWorkedOut() throws {
        let rules = try RuleData.loadYAML()
        let sources = rules.interview.neverAskRules.flatMap { $0.patterns + ($0.allow ?? []) }
            + rules.wording.phrases.flatMap { $0.items.map(\.pattern) }
            + (try CatalogSource.loadYAML()).glossary.map { WordingChecks.acronymPattern($0.term) }
            + PastedPosting.requirements.map(\.pattern)
        try Self.compare(SwiftCode.literalFiltersFile(sources), with: Self.literalFiltersFile)
        for source in sources { #expect(LiteralFilter.builtIn[source] == .some(LiteralFilter.of(source)), "\(source)") }
    }

    @Test func literalsRoundTrip() {
        #expect(SwiftCode.literal("a \"q\" \\(x) \n\t\u{1B} é") == #""a \"q\" \\(x) \n\t\u{1B} é""#)
        #expect(SwiftCode.value(Optional<Double>.some(0.25) as Any) == "0.25")
        #expect(SwiftCode.value(Standard.Kind.skillArea) == ".skillArea")
    }
}

/// Writes values as the Swift code that rebuilds them: structs through their initializer
/// (whose labels follow the stored properties), enums as `.case`, arrays, dictionaries with
/// sorted keys, and string literals with every special character escaped.
enum SwiftCode {
    static func literal(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .format {
                    out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func value(_ thing: Any, indent: String = "") -> String {
        switch thing {
        case let text as String: return literal(text)
        case let flag as Bool: return flag ? "true" : "false"
        case let number as Int: return String(number)
        case let number as Double: return "\(number)"
        case let anchors as Anchors: return value(anchors.byLevel, indent: indent)
        default: break
        }
        let mirror = Mirror(reflecting: thing)
        let inner = indent + "    "
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { value($0.value, indent: indent) } ?? "nil"
        case .collection:
            guard !mirror.children.isEmpty else { return "[]" }
            return "[\n" + mirror.children.map { inner + value($0.value, indent: inner) + ",\n" }.joined() + indent + "]"
        case .dictionary:
            let pairs = mirror.children.map { child -> (String, Any) in
                let pair = Mirror(reflecting: child.value).children.map(\.value)
                return (pair[0] as! String, pair[1])
            }.sorted { $0.0 < $1.0 }
            guard !pairs.isEmpty else { return "[:]" }
            return "[\n" + pairs.map { inner + literal($0.0) + ": " + value($0.1, indent: inner) + ",\n" }.joined() + indent + "]"
        case .enum:
            return "." + String(describing: thing)
        case .struct:
            let name = String(reflecting: type(of: thing)).split(separator: ".").dropFirst().joined(separator: ".")
            let arguments = mirror.children.map { "\(inner)\($0.label!): \(value($0.value, indent: inner))" }
            return name + "(\n" + arguments.joined(separator: ",\n") + "\n" + indent + ")"
        default:
            fatalError("SwiftCode cannot write \(type(of: thing))")
        }
    }

    static let header = """
        // Generated from Catalog/*.yaml by Tests/JobWrightRenderTests/BuiltInCodeTests.swift: do not edit.
        // Edit the YAML, then: JOBWRIGHT_UPDATE_GENERATED=1 swift test --filter BuiltInCode

        """

    static func catalogFile(_ catalog: Catalog) -> String {
        let parts: [(String, String, Any)] = [
            ("builtInProfile", "Framework", catalog.profile),
            ("builtInFrameworks", "[Framework]", catalog.frameworks),
            ("builtInAreas", "[Area]", catalog.areas),
            ("builtInCompetencies", "[Competency]", catalog.competencies),
            ("builtInScales", "[Scale]", catalog.scales),
            ("builtInRecommendations", "[Recommendation]", catalog.recommendations),
            ("builtInQuestions", "[Question]", catalog.questions),
            ("builtInRoles", "[Role]", catalog.roles),
            ("builtInNotices", "[Notice]", catalog.notices),
            ("builtInGlossary", "[GlossaryEntry]", catalog.glossary),
        ]
        return header + """
            extension Catalog {
                /// The catalog of Catalog/*.yaml, compiled in: nothing is parsed at run time.
                public static let builtIn = Catalog(
                    profile: builtInProfile, frameworks: builtInFrameworks, areas: builtInAreas,
                    competencies: builtInCompetencies, scales: builtInScales, recommendations: builtInRecommendations,
                    questions: builtInQuestions, roles: builtInRoles, notices: builtInNotices, glossary: builtInGlossary)

            """ + parts.map { "    static let \($0.0): \($0.1) = \(value($0.2, indent: "    "))\n" }.joined(separator: "\n") + "}\n"
    }

    static func vocabularyFile(_ vocabulary: MatchVocabulary) -> String {
        header + """
            extension MatchVocabulary {
                /// The vocabulary of Catalog/synonyms.yaml, compiled in.
                public static let builtIn = \(value(vocabulary, indent: "    "))
            }

            """
    }

    /// A value on one line: arrays inline, as in `[1, 2]`.
    static func inline(_ thing: Any) -> String {
        if let array = thing as? [Any] { return "[" + array.map(inline).joined(separator: ", ") + "]" }
        return value(thing)
    }

    /// An array's elements inline, as many to a line as fit in about 120 columns.
    static func wrapped(_ array: [Any], indent: String) -> String {
        guard !array.isEmpty else { return "[]" }
        var lines: [String] = []
        var line = ""
        for element in array.map(inline) {
            if !line.isEmpty && indent.count + line.count + element.count + 2 > 120 { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + element + ","
        }
        lines.append(line)
        return "[\n" + lines.map { indent + "    " + $0 + "\n" }.joined() + indent + "]"
    }

    /// "Swift.Array<Swift.Array<Swift.String>>" as "[[String]]".
    static func typeName(_ reflected: String) -> String {
        if reflected.hasPrefix("Swift.Array<") { return "[" + typeName(String(reflected.dropFirst(12).dropLast())) + "]" }
        return reflected.replacingOccurrences(of: "Swift.", with: "").replacingOccurrences(of: "JobWrightCore.", with: "")
    }

    /// The matcher's index as one array a field (long arrays of numbers, written compactly).
    static func matchIndexFile(_ index: BulletMatcher.Index) -> String {
        let fields = Mirror(reflecting: index).children.map { child -> (name: String, type: String, value: [Any]) in
            (child.label!, typeName(String(reflecting: Swift.type(of: child.value))), Mirror(reflecting: child.value).children.map(\.value))
        }
        func name(_ field: String) -> String { "builtIn" + field.prefix(1).uppercased() + field.dropFirst() }
        return header + "import JobWrightCore\n\n" + """
            extension BulletMatcher.Index {
                /// What the matcher works out from the built-in catalog and vocabulary, compiled in.
                static let builtIn = BulletMatcher.Index(
            \(fields.map { "        \($0.name): \(name($0.name))" }.joined(separator: ",\n")))

            """ + fields.map { "    static let \(name($0.name)): \($0.type) = \(wrapped($0.value, indent: "    "))\n" }.joined(separator: "\n") + "}\n"
    }

    static func literalFiltersFile(_ sources: [String]) -> String {
        header + """
            extension LiteralFilter {
                /// `of(source)` for the patterns of the built-in rules, the glossary and a pasted posting.
                static let builtIn: [String: LiteralFilter?] = [

            """ + Set(sources).sorted().map { source in
                "        \(literal(source)): " + (LiteralFilter.of(source).map { "LiteralFilter(words: \(inline($0.words)))" } ?? "nil") + ",\n"
            }.joined() + "    ]\n}\n"
    }

    static func rulesFile(_ rules: RuleData) -> String {
        header + "import JobWrightCore\n\n" + """
            extension RuleData {
                /// The rules of Catalog/wording.yaml and Catalog/interview.yaml, compiled in.
                public static let builtIn = RuleData(wording: builtInWording, interview: builtInInterview)

                static let builtInWording = \(value(rules.wording, indent: "    "))

                static let builtInInterview = \(value(rules.interview, indent: "    "))
            }

            """
    }
}
