import ArgumentParser
import Foundation
import JobWrightCore
import JobWrightRender

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: "List what the catalog holds: areas, bullets, questions, standards or roles.",
        discussion: """
            Examples:
              jobwright catalog areas
              jobwright catalog bullets --search e-rate
              jobwright catalog questions --area data --format json
            """
    )

    enum Listing: String, ExpressibleByArgument, CaseIterable {
        case areas, bullets, questions, standards, roles
    }

    enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "What to list: areas, bullets, questions, standards or roles.")
    var listing: Listing

    @Option(help: ArgumentHelp("Only entries whose id, title or text contain this (case-insensitive).", valueName: "term"))
    var search: String?

    @Option(help: ArgumentHelp("Only bullets or questions of this profile area (e.g. data).", valueName: "id"))
    var area: String?

    @Option(name: [.short, .long], help: "text or json.")
    var format: ListingFormat = .text

    @OptionGroup var assets: AssetOptions

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
