import Foundation
import JobWrightAssets
import JobWrightCore
import Testing

@Suite("Draft files")
struct DraftTests {
    let catalog: Catalog
    init() throws { catalog = try loadDefaultCatalog() }

    func load(_ text: String, path: String = "draft.yaml") throws(JobWrightError) -> LoadedDraft {
        try Draft.load(path: path, text: text)
    }

    func firstError(_ text: String) -> JobWrightError? {
        do {
            let loaded = try load(text)
            return loaded.referenceErrors(against: catalog).first
        } catch {
            return error
        }
    }

    @Test func exampleDraftLoadsWithoutErrors() throws {
        let loaded = try load(EmbeddedAssets.text("Templates/example.draft.yaml")!)
        #expect(loaded.referenceErrors(against: catalog).map(\.description) == [])
        #expect(loaded.draft.position.title == "Director of Technology")
        #expect(loaded.draft.competencies.count >= 30)
        #expect(loaded.draft.rubric.rows.count == 6)
    }

    @Test func starterDraftLoadsAndHasEveryTopLevelKey() throws {
        let text = EmbeddedAssets.text("Templates/starter.draft.yaml")!
        let loaded = try load(text)
        #expect(loaded.referenceErrors(against: catalog).map(\.description) == [])
        for key in ["jobwright:", "position:", "compensation:", "flsa:", "reporting:", "summary:", "dayInTheLife:",
                    "competencies:", "customCompetencies:", "qualifications:", "physicalDemands:", "workingConditions:", "font:",
                    "application:", "notices:", "rubric:"] {
            #expect(text.contains("\n" + key) || text.hasPrefix(key), "\(key)")
        }
        // Every line of the starter that sets a key also explains it.
        #expect(text.components(separatedBy: "#").count > 40)
    }

    @Test func roundTripKeepsEverythingAndIsStable() throws {
        let original = try load(EmbeddedAssets.text("Templates/example.draft.yaml")!).draft
        let saved = try original.yaml()
        let reloaded = try load(saved).draft
        #expect(reloaded == original)
        #expect(try reloaded.yaml() == saved)
        // Keys come back in declaration order, not sorted.
        let topLevel = saved.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("-") }.map { $0.prefix { $0 != ":" } }
        #expect(topLevel == ["jobwright", "position", "compensation", "flsa", "reporting", "summary", "dayInTheLife",
                             "competencies", "customCompetencies", "qualifications", "physicalDemands",
                             "workingConditions", "application", "notices", "rubric"])
    }

    @Test func aMinimalDraftLoads() throws {
        let loaded = try load("position:\n  title: Director of Technology\n")
        #expect(loaded.draft.position.title == "Director of Technology")
        #expect(loaded.draft.competencies.isEmpty)
        #expect(loaded.referenceErrors(against: catalog).isEmpty)
    }

    @Test func badDateNamesLineColumnAndField() {
        let error = firstError("position:\n  title: X\n  closingDate: 2027-02-30\n")
        #expect(error?.description == "draft.yaml:3:16: error: position.closingDate: '2027-02-30' is not a date written YYYY-MM-DD (for example 2027-01-15)")
        #expect(error?.kind == .badData)
    }

    @Test func wrongTypeNamesTheValueFound() {
        let error = firstError("compensation:\n  minimum: lots\n")
        #expect(error?.description == "draft.yaml:2:12: error: compensation.minimum: expected a number, found 'lots'")
    }

    @Test func unknownChoiceIsExplained() {
        let error = firstError("flsa: exempted\n")
        #expect(error?.description == "draft.yaml:1:7: error: flsa: 'exempted' is not one of the allowed values")
    }

    @Test func misspeltKeyIsAnErrorWithTheClosestKey() {
        let error = firstError("reporting:\n  reportTo: superintendent\n")
        #expect(error?.description == "draft.yaml:2:3: error: reporting.reportTo: unknown key 'reportTo' (did you mean 'reportsTo'?)")
    }

    @Test func unknownBulletIDNamesTheClosestCatalogIDs() throws {
        let error = try #require(firstError("competencies:\n  - data.mcas-analysys\n"))
        #expect(error.location == SourceLocation(file: "draft.yaml", line: 2, column: 5))
        #expect(error.fieldPath == "competencies[0]")
        #expect(error.suggestions.first == "data.mcas-analysis")
    }

    @Test func unknownRoleIDIsAnErrorButFreeTextIsNot() throws {
        let error = try #require(firstError("reporting:\n  reportsTo: superintendant\n"))
        #expect(error.fieldPath == "reporting.reportsTo")
        #expect(error.suggestions.first == "superintendent")
        #expect(firstError("reporting:\n  reportsTo: Chief Operating Officer\n") == nil)
    }

    @Test func customBulletNeedsPrefixAndValidAlignments() throws {
        let text = """
            competencies: [new-building]
            customCompetencies:
              - id: new-building
                area: projects
                kind: duty
                text: Plan the new building.
                aligns: [iste:3.4.a]
            """
        let loaded = try load(text)
        let messages = loaded.referenceErrors(against: catalog).map(\.message)
        #expect(messages.contains { $0.contains("must start with 'custom.'") })
        #expect(messages.contains { $0.contains("CoSN skill area") })
    }

    @Test func rubricRowNeedsExactlyOneQuestion() throws {
        let loaded = try load("rubric:\n  rows:\n    - area: data\n      weight: 2\n")
        #expect(loaded.referenceErrors(against: catalog).map(\.message) == ["the row needs a 'question' id from the bank or a 'customQuestion'"])
    }

    @Test func yamlSyntaxErrorNamesLineAndColumn() {
        let error = firstError("position:\n  title: \"Director\n  district: X\n")
        #expect(error?.location?.line == 4)
        #expect(error?.message.hasPrefix("YAML syntax:") == true)
    }

    @Test func newerFormatVersionIsRefused() {
        #expect(firstError("jobwright: 2\n")?.message.contains("format 2") == true)
    }
}

@Suite("Suggestions and values")
struct ValueTests {
    @Test func closestIDsPreferSmallEditDistance() {
        #expect(Suggestions.closest(to: "superintendant", in: ["superintendent", "principal", "school-committee"]) == ["superintendent"])
        #expect(Suggestions.closest(to: "zzz", in: ["superintendent"]) == [])
    }

    @Test(arguments: [("2024-02-29", true), ("2023-02-29", false), ("2027-13-01", false), ("27-01-01", false), ("2027-1-1", false)])
    func calendarDates(text: String, valid: Bool) {
        #expect((CalendarDate(text) != nil) == valid)
    }

    @Test func longDates() {
        #expect(CalendarDate("2027-02-05")?.longForm == "February 5, 2027")
        #expect(CalendarDate("2027-02-05")?.description == "2027-02-05")
    }

    @Test func atomicWriteReplacesWholeFileAndLeavesNoTemporaryFiles() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jw-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("draft.yaml").path
        try AtomicFile.write(Data("old".utf8), to: path)
        try AtomicFile.write(Data("new content".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new content")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["draft.yaml"])
        #expect(throws: JobWrightError.self) { try AtomicFile.write(Data(), to: directory.path + "/missing/x.yaml") }
    }

    /// A draft linked from another folder (kept in a synced or shared folder) is written
    /// through the link: the file it leads to gets the new version, its permissions stay, and
    /// the link stays a link. A link that leads nowhere is replaced by the new file.
    @Test func aSymbolicLinkIsWrittenThroughNotReplaced() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jw-link-\(UUID().uuidString)")
        let shared = directory.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let real = shared.appendingPathComponent("draft.yaml").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: real))
        chmod(real, 0o600)
        let link = directory.appendingPathComponent("draft.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "shared/draft.yaml")
        let chain = directory.appendingPathComponent("again.yaml").path
        try FileManager.default.createSymbolicLink(atPath: chain, withDestinationPath: "draft.yaml")

        try AtomicFile.write(Data("new".utf8), to: link)
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "shared/draft.yaml")
        #expect((try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        try AtomicFile.write(Data("newer".utf8), to: chain)
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "newer")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: chain) == "draft.yaml")
        #expect(try FileManager.default.contentsOfDirectory(atPath: shared.path) == ["draft.yaml"])

        let dangling = directory.appendingPathComponent("gone.yaml").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere/gone.yaml")
        try AtomicFile.write(Data("made".utf8), to: dangling)
        #expect(try String(contentsOfFile: dangling, encoding: .utf8) == "made")
    }
}
