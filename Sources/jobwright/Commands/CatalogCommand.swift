import Foundation
import JobWrightCore
import JobWrightRender

struct CatalogCommand: Command {
    static let spec = CommandSpec(
        name: "catalog",
        abstract: "List what the catalog holds: areas, bullets, questions, standards or roles.",
        discussion: """
            Examples:
              jobwright catalog areas
              jobwright catalog bullets --search e-rate
              jobwright catalog questions --area data --format json
            """,
        arguments: [
            ArgumentSpec(name: "listing", help: "What to list: areas, bullets, questions, standards or roles.", choices: .choices(of: Listing.self)),
        ],
        options: [
            .value("search", valueName: "term", help: "Only entries whose id, title or text contain this (case-insensitive)."),
            .value("area", valueName: "id", help: "Only bullets or questions of this profile area (e.g. data)."),
            .value("format", short: "f", help: "text or json.", default: "text", choices: .choices(of: ListingFormat.self)),
        ] + AssetOptions.specs
    )

    enum Listing: String, CaseIterable {
        case areas, bullets, questions, standards, roles
    }

    enum ListingFormat: String, CaseIterable {
        case text, json
    }

    let listing: Listing
    let search: String?
    let area: String?
    let format: ListingFormat
    let assets: AssetOptions

    init(_ arguments: ParsedArguments) {
        listing = arguments.choice("listing")
        search = arguments.value("search")
        area = arguments.value("area")
        format = arguments.choice("format")
        assets = AssetOptions(arguments)
    }

    func run() throws {
        try Failure.guarding {
            DisplayWidth.prepareLocale()
            let catalog = try assets.loadCatalog()
            if let area, catalog.area(area) == nil {
                throw JobWrightError(.usage, "no area has the id '\(area)'",
                                     suggestions: Suggestions.closest(to: area, in: catalog.areas.map(\.id)))
            }
            let listing = CatalogListing(catalog: catalog, search: search, area: area)
            let text: String
            switch format {
            case .text: text = listing.text(listing: self.listing)
            case .json: text = try listing.json(listing: self.listing)
            }
            try Files.write(text, to: nil)
        }
    }
}

/// The catalog's entries filtered and printed for `jobwright catalog`.
struct CatalogListing {
    let catalog: Catalog
    let search: String?
    let area: String?

    private func matches(_ fields: String...) -> Bool {
        guard let term = search?.lowercased(), !term.isEmpty else { return true }
        return fields.contains { $0.lowercased().contains(term) }
    }

    var areas: [Area] { catalog.areas.filter { (area == nil || $0.id == area) && matches($0.id, $0.title, $0.summary ?? "") } }
    var bullets: [Competency] { catalog.searchCompetencies(search, area: area) }
    var questions: [Question] {
        catalog.questions.filter { (area == nil || $0.area == area) && matches($0.id, $0.text, $0.probes.joined(separator: " ")) }
    }
    var standards: [Standard] {
        catalog.allStandards.filter { matches($0.id, $0.code, $0.title, $0.summary ?? "") }
    }
    var roles: [Role] { catalog.roles.filter { matches($0.id, $0.title, $0.level.rawValue) } }

    func text(listing: CatalogCommand.Listing) -> String {
        var lines: [String] = []
        switch listing {
        case .areas:
            for area in areas {
                let count = catalog.competencies(inArea: area.id).count
                lines.append("\(area.number). \(area.title)  [\(area.id)]  \(count) bullets, \(catalog.questions(inArea: area.id).count) questions")
            }
        case .bullets:
            for bullet in bullets {
                lines.append("\(bullet.id)  (\(bullet.kind.rawValue))")
                lines.append("    \(bullet.text.split(whereSeparator: \.isWhitespace).joined(separator: " "))")
                lines.append("    aligns: \(bullet.aligns.map { $0 + (catalog.standard($0)?.isVerified == false ? " (unverified)" : "") }.joined(separator: ", "))")
            }
        case .questions:
            for question in questions {
                lines.append("\(question.id)  (\(question.type.rawValue))")
                lines.append("    \(question.text.split(whereSeparator: \.isWhitespace).joined(separator: " "))")
                for probe in question.probes { lines.append("    - \(probe)") }
            }
        case .standards:
            for standard in standards {
                let weight = standard.weight.map { " (\(Amount($0))%)" } ?? ""
                let marker = standard.isVerified ? "" : " (unverified)"
                lines.append("\(standard.id)  \(standard.code)  \(standard.title)\(weight)\(marker)")
            }
        case .roles:
            for role in roles { lines.append("\(role.id)  \(role.title)  [\(role.level.rawValue)]") }
        }
        if lines.isEmpty { return "" }
        return TextLayout(width: 78).layout(lines.joined(separator: "\n")) + "\n"
    }

    func json(listing: CatalogCommand.Listing) throws(JobWrightError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            let data: Data = switch listing {
            case .areas: try encoder.encode(areas)
            case .bullets: try encoder.encode(bullets)
            case .questions: try encoder.encode(questions)
            case .standards: try encoder.encode(standards)
            case .roles: try encoder.encode(roles)
            }
            return String(decoding: data, as: UTF8.self) + "\n"
        } catch {
            throw JobWrightError(.badData, "cannot write JSON: \(error)")
        }
    }
}
