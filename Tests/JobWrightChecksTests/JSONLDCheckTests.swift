import Foundation
import JobWrightCore
import JobWrightRender
@testable import JobWrightChecks
import Testing

/// The JSON-LD checks read the JobPosting's values instead of printing and parsing it. These
/// tests hold the printed JSON to those values, so the checks judge what a district publishes.
@Suite("JSON-LD checks")
struct JSONLDCheckTests {
    static let drafts: [String] = [
        CheckFixtures.exampleText,
        "position:\n  title: Director\n",
        "position:\n  title: Director\n  district: Riverbend\n  postingDate: 2027-01-04\n  closingDate: 2027-01-02\n"
            + "compensation:\n  minimum: 120000\n  period: hour\n  currency: ' '\n",
        "position:\n  title: ' '\n  employmentType: contract\n  openUntilFilled: true\n  closingDate: 2027-03-01\n"
            + "  location:\n    city: Riverbend\n    state: MA\ncompensation:\n  maximum: 99000\n",
    ]

    static func object(_ json: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test(arguments: drafts)
    func thePrintedJSONCarriesTheValuesTheChecksRead(_ yaml: String) throws {
        let renderer = CheckFixtures.checker.renderer
        let draft = try CheckFixtures.load(yaml).draft
        let posting = try renderer.postingJSONLD(draft)
        let printed = try renderer.render(.posting, draft: draft, options: RenderOptions(format: .jsonld))
        #expect(printed == posting.json() + "\n")
        let json = try Self.object(printed)
        #expect(json["@type"] as? String == posting.type)
        #expect(json["title"] as? String == posting.title)
        #expect(json["description"] as? String == posting.description)
        #expect(json["datePosted"] as? String == posting.datePosted)
        #expect(json["validThrough"] as? String == posting.validThrough)
        #expect(json["employmentType"] as? String == posting.employmentType)
        #expect((json["hiringOrganization"] as? [String: Any])?["name"] as? String == posting.hiringOrganization.name)
        let address = (json["jobLocation"] as? [String: Any])?["address"] as? [String: Any]
        #expect(address?["addressLocality"] as? String == posting.jobLocation.address.addressLocality)
        #expect(address?["addressRegion"] as? String == posting.jobLocation.address.addressRegion)
        let salary = json["baseSalary"] as? [String: Any]
        #expect((salary == nil) == (posting.baseSalary == nil))
        if let salary, let expected = posting.baseSalary {
            let value = salary["value"] as? [String: Any]
            #expect(salary["@type"] as? String == expected.type)
            #expect(salary["currency"] as? String == expected.currency)
            #expect(value?["@type"] as? String == expected.value.type)
            #expect(value?["unitText"] as? String == expected.value.unitText)
            #expect((value?["minValue"] as? Double) == expected.value.minValue)
            #expect(value?["value"] == nil)
        }
    }

    func messages(_ yaml: String) throws -> [String] {
        let loaded = try CheckFixtures.load(yaml)
        let posting = try CheckFixtures.checker.renderer.postingJSONLD(loaded.draft)
        return JSONLDChecks.findings(posting, at: SourceLocation(file: "draft.yaml")).map(\.message)
    }

    @Test func theExampleMeetsGooglesRules() throws {
        #expect(try messages(Self.drafts[0]) == [])
    }

    @Test func eachBrokenRuleIsReported() throws {
        #expect(try messages(Self.drafts[2]) == [
            "jobLocation needs an address with at least the city and state",
            "validThrough is not after datePosted",
        ])
        #expect(try messages(Self.drafts[3]) == [
            "the required property 'title' is empty",
            "hiringOrganization has no name",
            "the required property 'datePosted' is missing",
            "baseSalary must be a MonetaryAmount with a currency and a QuantitativeValue (minValue, maxValue, unitText)",
        ])
    }

    /// A JSON-LD rule that restates a required-content finding (the same empty field in
    /// schema.org's words) is not reported a second time by the checker; one with no such
    /// finding still is.
    @Test func theCheckerReportsAMissingFieldOnce() throws {
        let loaded = try CheckFixtures.load("position:\n  title: Director of Technology\n")
        let findings = CheckFixtures.checker.check(loaded)
        let rules = Set(findings.map(\.rule))
        #expect(rules.isSuperset(of: ["required.district", "required.posting-date", "required.pay-range"]))
        let jsonld = findings.filter { $0.rule == "jsonld.structure" }.map(\.message)
        #expect(jsonld == ["jobLocation needs an address with at least the city and state"], "\(jsonld)")
        // On its own the JSON-LD check still names each of them.
        #expect(try messages("position:\n  title: Director of Technology\n").count == 4)
    }
}
