import Foundation
import Testing

@Suite("district and new on the command line")
struct DistrictCommandTests {
    @Test func aProfileIsMadeShownAndUsedByNew() throws {
        let home = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["XDG_CONFIG_HOME": home.path]
        let none = try CLI.run(["district"], environment: environment)
        #expect(none.status == 0 && none.stderr.contains("no district profile"))
        let made = try CLI.run(["district", "--from", CLI.example], environment: environment)
        #expect(made.status == 0 && made.stderr.contains("jobwright/district.yaml"), "\(made.stderr)")
        #expect(try CLI.run(["district", "--starter"], environment: environment).status == 73, "never overwritten without --force")
        let shown = try CLI.run(["district"], environment: environment)
        #expect(shown.stdout.contains("district: Riverbend Public Schools") && shown.stderr.contains("read from"))
        let draft = try CLI.run(["new"], environment: environment)
        #expect(draft.status == 0)
        #expect(draft.stdout.contains("district: Riverbend Public Schools") && draft.stdout.contains("- technical.cybersecurity"))
        #expect(draft.stdout.contains("reportsTo: superintendent") && draft.stdout.contains("question: data.q-data-changed-practice"))
        let bare = try CLI.run(["new", "--profile-only"], environment: environment)
        #expect(bare.stdout.contains("competencies: []"))
    }

    @Test func aBrokenProfileStopsWithWhere() throws {
        let home = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.createDirectory(at: home.appendingPathComponent("jobwright"), withIntermediateDirectories: true)
        try "jobwright-district: 1\ndistrct: Riverbend\n".write(to: home.appendingPathComponent("jobwright/district.yaml"), atomically: true, encoding: .utf8)
        let run = try CLI.run(["new"], environment: ["XDG_CONFIG_HOME": home.path])
        #expect(run.status == 65)
        #expect(run.stderr.contains("district.yaml:2:1: error:"), "\(run.stderr)")
    }

    @Test func theConfigFoldersCatalogIsTheDefaultOverride() throws {
        let home = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let catalog = home.appendingPathComponent("jobwright/catalog")
        try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
        try "glossary:\n  - term: CTO\n    expansion: Chief Technology Officer for Riverbend\n".write(to: catalog.appendingPathComponent("glossary.yaml"), atomically: true, encoding: .utf8)
        let example = try String(contentsOfFile: CLI.example, encoding: .utf8).replacingOccurrences(of: "seeks a Director of Technology", with: "seeks a CTO")
        let run = try CLI.run(["render", "posting", "-"], stdin: example, environment: ["XDG_CONFIG_HOME": home.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Chief Technology Officer for Riverbend (CTO)"))
        let empty = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: empty) }
        let flag = try CLI.run(["render", "posting", "-", "--catalog", empty.path], stdin: example, environment: ["XDG_CONFIG_HOME": home.path])
        #expect(!flag.stdout.contains("for Riverbend (CTO)"), "the flag wins")
    }
}
