import Foundation
import JobWrightCore
import Testing

/// `Fixtures/real-postings.yaml`: duties of real, public district technology-director postings,
/// each mapped to the catalog bullet a district would accept for it, or to none.
struct RealPostings: Codable {
    var postings: [Posting]

    struct Posting: Codable {
        var district: String
        var state: String?
        var title: String
        var kind: String
        var source: String
        var note: String?
        var duties: [Duty]
    }

    struct Duty: Codable {
        var duty: String
        var bullet: String?
        var why: String
    }

    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/real-postings.yaml")

    static func load() throws -> RealPostings {
        let text = try String(contentsOf: path, encoding: .utf8)
        return try YAMLDocument(path: "Fixtures/real-postings.yaml", text: text).decode(RealPostings.self)
    }

    var duties: [Duty] { postings.flatMap(\.duties) }
    var covered: [Duty] { duties.filter { $0.bullet != nil } }
    var share: Double { duties.isEmpty ? 0 : Double(covered.count) / Double(duties.count) }
}

@Suite("Coverage of real district postings")
struct RealPostingCoverageTests {
    let catalog: Catalog
    let real: RealPostings

    init() throws {
        catalog = try loadDefaultCatalog()
        real = try RealPostings.load()
    }

    @Test func atLeastEightPostingsWithSourcesAndSomeFromMassachusetts() {
        #expect(real.postings.count >= 8)
        #expect(real.postings.filter { $0.state == "MA" }.count >= 3)
        for posting in real.postings {
            #expect(posting.source.hasPrefix("https://") || posting.source.hasPrefix("http://"), "\(posting.district)")
            #expect(!posting.duties.isEmpty, "\(posting.district)")
        }
        #expect(Set(real.postings.map(\.source)).count == real.postings.count, "a posting is listed twice")
    }

    @Test func everyMappedBulletExistsInTheCatalog() {
        for duty in real.covered {
            let id = duty.bullet!
            #expect(catalog.competency(id) != nil, "'\(id)' (for: \(duty.duty)) is not a catalog bullet")
        }
    }

    @Test func everyMappingSaysWhy() {
        for duty in real.duties {
            #expect(!duty.why.trimmingCharacters(in: .whitespaces).isEmpty, "\(duty.duty)")
        }
    }

    @Test func theCatalogCoversAtLeast95PercentOfTheDuties() {
        let percent = (real.share * 1000).rounded() / 10
        print("Real postings: \(real.postings.count) postings, \(real.duties.count) duties, "
            + "\(real.covered.count) covered by a catalog bullet (\(percent)%)")
        for posting in real.postings {
            for duty in posting.duties where duty.bullet == nil {
                print("  not covered (\(posting.district)): \(duty.duty)")
            }
        }
        #expect(real.share >= 0.95, "coverage \(percent)% is below the 95% target")
    }
}
