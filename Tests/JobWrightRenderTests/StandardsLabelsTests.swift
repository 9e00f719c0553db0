import Foundation
import JobWrightCore
@testable import JobWrightRender
import Testing

/// The renderer's table of standards labels gives what grouping each bullet's standards by
/// framework from the catalog gives.
@Suite("Standards labels")
struct StandardsLabelsTests {
    @Test func tableGivesTheDefinitionForEveryBulletAndQuestion() {
        let catalog = Fixtures.catalog
        let memo = StandardsLabels.Memo()
        var sets = catalog.competencies.map(\.aligns)
        sets += catalog.competencies.map { Array($0.aligns.reversed()) }
        sets += [[], ["no:such"], ["no:such"] + (catalog.competencies.first?.aligns ?? [])]
        // Every standard at once, in catalog order and the other way round, and with repeats.
        let every = catalog.allStandards.map(\.id)
        sets += [every, every.reversed(), every + every]
        for ids in sets {
            #expect(memo.codes(for: ids, in: catalog) == StandardsLabels.codes(for: ids, in: catalog), "\(ids)")
        }
    }

    @Test func aBulletNamesItsFrameworksInCatalogOrder() {
        let catalog = Fixtures.catalog
        let bullet = catalog.competencies.first { bullet in Set(bullet.aligns.compactMap { catalog.standard($0)?.frameworkID }).count >= 2 }
        let ids = bullet?.aligns ?? []
        #expect(!ids.isEmpty)
        let label = StandardsLabels.Memo().codes(for: ids, in: catalog)
        let order = catalog.frameworks.map { StandardsLabels.frameworkLabel($0.id) }
        let printed = label.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        // The longest framework label that begins the group ("ISTE Coaches" before "ISTE").
        let places = printed.compactMap { group in order.indices.filter { group.hasPrefix(order[$0] + " ") }.max { order[$0].count < order[$1].count } }
        #expect(places.count == printed.count && places == places.sorted(), "\(label)")
    }
}
