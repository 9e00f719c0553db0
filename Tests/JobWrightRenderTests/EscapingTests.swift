import Foundation
import JobWrightCore
import JobWrightRender
import Testing

/// Every user field goes through HTML escaping in HTML, Markdown escaping in Markdown, and JSON
/// string escaping (with `<`, `>`, `&` escaped) in JSON-LD.
@Suite("Escaping of user text")
struct EscapingTests {
    static let hostile = "<script>alert(\"x\")</script> & 'quoted' | *bold* [link](x) # head"

    /// The example draft with every free-text field replaced by the hostile string.
    static func hostileDraft() -> Draft {
        var draft = Fixtures.example
        let h = hostile
        draft.position.title = h; draft.position.district = h; draft.position.department = h
        draft.position.location.name = h; draft.position.location.street = h; draft.position.location.city = h
        draft.position.workYear = h; draft.position.postingId = h
        draft.compensation.note = h
        draft.reporting.reportsTo = h; draft.reporting.dottedLines = [h]; draft.reporting.worksWith = [h]
        draft.reporting.supervises = [SupervisedRole(role: h, count: 2)]
        draft.summary = h; draft.dayInTheLife = h
        draft.customCompetencies[0].text = h
        draft.qualifications.required = [h]; draft.qualifications.preferred = [h]
        draft.physicalDemands = [h]; draft.workingConditions = [h]
        draft.application.instructions = h; draft.application.url = h
        draft.application.contact = Contact(); draft.application.contact.name = h; draft.application.contact.email = h
        draft.notices.coordinator.name = h; draft.notices.coordinator.phone = h
        draft.rubric.rows[0].name = h
        draft.rubric.committee = [CommitteeMember(name: h, role: h)]
        return draft
    }

    @Test func htmlEscapesEveryField() throws {
        for kind in DocumentKind.allCases {
            let options = RenderOptions(format: .html, candidates: [Self.hostile], interviewers: [Self.hostile])
            let html = try Fixtures.renderer.render(kind, draft: Self.hostileDraft(), options: options)
            #expect(!html.contains("<script>alert"), "\(kind)")
            #expect(!html.contains("\"x\")"), "\(kind)")
            #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;"), "\(kind)")
        }
    }

    @Test func jsonLDCannotCloseTheScriptElement() throws {
        let json = try Fixtures.renderer.render(.posting, draft: Self.hostileDraft(), options: RenderOptions(format: .jsonld))
        #expect(!json.contains("</script"))
        #expect(!json.contains("<"))
        #expect(!json.contains("&"))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["title"] as? String == Self.hostile)
        let html = try Fixtures.renderer.render(.posting, draft: Self.hostileDraft(), options: RenderOptions(format: .html))
        let scripts = html.components(separatedBy: "<script").count - 1
        #expect(scripts == 1)
        #expect(html.components(separatedBy: "</script>").count - 1 == 1)
    }

    @Test func markdownEscapesEveryField() throws {
        for kind in DocumentKind.allCases {
            let options = RenderOptions(format: .markdown, candidates: [Self.hostile], interviewers: [Self.hostile])
            let rendered = try Fixtures.renderer.render(kind, draft: Self.hostileDraft(), options: options)
            // Text inside fenced code blocks is shown literally; check everything else.
            let markdown = rendered.components(separatedBy: "```").enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
            #expect(rendered.components(separatedBy: "```").count % 2 == 1, "fences must stay balanced")
            #expect(!markdown.contains("<script>"), "\(kind)")
            #expect(!markdown.contains("| *bold*"), "\(kind)")
            #expect(markdown.contains("\\<script\\>"), "\(kind)")
        }
    }

    @Test func markdownHasPipeTablesAndNoRawHTML() throws {
        for kind in DocumentKind.allCases {
            let markdown = try Fixtures.renderer.render(kind, draft: Fixtures.example, options: RenderOptions(format: .markdown))
            #expect(markdown.contains("|---|"), "\(kind)")
            #expect(markdown.range(of: #"<[a-zA-Z/]"#, options: .regularExpression) == nil, "\(kind) has raw HTML")
        }
    }
}

@Suite("JSON-LD")
struct JSONLDTests {
    @Test func hasGooglesRequiredAndRecommendedProperties() throws {
        let json = try Fixtures.renderer.render(.posting, draft: Fixtures.example, options: RenderOptions(format: .jsonld))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["@context"] as? String == "https://schema.org")
        #expect(object["@type"] as? String == "JobPosting")
        for key in ["title", "description", "datePosted", "hiringOrganization", "jobLocation", "validThrough",
                    "employmentType", "baseSalary", "occupationalCategory"] {
            #expect(object[key] != nil, "\(key)")
        }
        #expect(object["datePosted"] as? String == "2027-01-04")
        #expect(object["validThrough"] as? String == "2027-02-05T23:59:59")
        #expect(object["employmentType"] as? String == "FULL_TIME")
        #expect((object["occupationalCategory"] as? String)?.hasPrefix("11-3021.00") == true)
        let salary = try #require(object["baseSalary"] as? [String: Any])
        #expect(salary["@type"] as? String == "MonetaryAmount")
        #expect(salary["currency"] as? String == "USD")
        let value = try #require(salary["value"] as? [String: Any])
        #expect(value["@type"] as? String == "QuantitativeValue")
        #expect(value["minValue"] as? Double == 118000 && value["maxValue"] as? Double == 134000)
        #expect(value["unitText"] as? String == "YEAR")
        let address = (object["jobLocation"] as? [String: Any])?["address"] as? [String: Any]
        #expect(address?["addressRegion"] as? String == "MA")
    }

    @Test func rubricHasNoJSONLD() {
        #expect(throws: JobWrightError.self) {
            try Fixtures.renderer.render(.rubric, draft: Fixtures.example, options: RenderOptions(format: .jsonld))
        }
    }
}

@Suite("Links in HTML")
struct LinkTests {
    @Test func onlyWebAddressesAndEmailAddressesBecomeLinks() throws {
        var draft = Fixtures.example
        draft.application.url = "javascript:alert(1)"
        draft.application.contact.email = "x@y.org?subject=\"hi\""
        let html = try Fixtures.renderer.render(.posting, draft: draft, options: RenderOptions(format: .html))
        #expect(!html.contains("href=\"javascript"))
        #expect(!html.contains("mailto:x@y.org?"))
        draft.application.url = "https://careers.example.org/123"
        draft.application.contact.email = "hr@example.org"
        let good = try Fixtures.renderer.render(.posting, draft: draft, options: RenderOptions(format: .html))
        #expect(good.contains("<a href=\"https://careers.example.org/123\">"))
        #expect(good.contains("<a href=\"mailto:hr@example.org\">"))
    }
}
