/// What part of a posting a heading starts, from the words posting writers use for it.
enum PostingSection: String, Sendable {
    case opening, summary, duties, knowledge, qualifications, preferred, terms, application, notice,
         physicalDemands, workingConditions,
         /// A known part that holds no duties or facts ("Standards alignment", "About the district"):
         /// its lines are kept as notes.
         aside, other

    /// The section a heading names; `other` for a heading none of the words fit.
    static func named(by heading: String) -> PostingSection {
        let text = heading.lowercased()
        let search = LowerBytes(text)
        func has(_ words: String...) -> Bool { words.contains(where: search.has) }
        if has("equal opportunity", "equal employment", "nondiscrimination", "non-discrimination", "eeo", "title ix", "affirmative action") { return .notice }
        if has("standards alignment", "alignment", "about the district", "about us", "our district", "the community",
               "about our", "why work", "district profile") { return .aside }
        if has("physical demand", "physical requirement", "physical abilit") { return .physicalDemands }
        if has("working condition", "work environment", "working environment") { return .workingConditions }
        if has("preferred", "desired", "desirable") { return .preferred }
        if text == "required" || text == "minimum" { return .qualifications }
        if has("qualification", "requirement", "education", "experience required", "certification", "licensure", "minimum", "credentials") { return .qualifications }
        if has("knowledge", "skills", "abilities", "competenc") { return .knowledge }
        if has("duties", "responsibilit", "essential function", "job functions", "key functions", "performance", "what you will do", "tasks") { return .duties }
        if has("summary", "overview", "purpose", "job goal", "about the position", "position description", "description", "the role") { return .summary }
        if has("apply", "application", "how to") { return .application }
        if has("terms", "salary", "compensation", "benefits", "work year", "schedule", "employment", "pay", "contract") { return .terms }
        return .other
    }

    /// Sections whose lines are duties or knowledge to match against the catalog.
    var holdsBullets: Bool { self == .duties || self == .knowledge }
}
