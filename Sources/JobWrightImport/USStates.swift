/// The states of the United States (and DC) by name and postal code, so that the place at the
/// end of "Portsmouth School Department, Portsmouth, New Hampshire" is read as a city and state.
enum USStates {
    static let codeByName: [String: String] = [
        "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
        "connecticut": "CT", "delaware": "DE", "district of columbia": "DC", "florida": "FL", "georgia": "GA",
        "hawaii": "HI", "idaho": "ID", "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS",
        "kentucky": "KY", "louisiana": "LA", "maine": "ME", "maryland": "MD", "massachusetts": "MA",
        "michigan": "MI", "minnesota": "MN", "mississippi": "MS", "missouri": "MO", "montana": "MT",
        "nebraska": "NE", "nevada": "NV", "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM",
        "new york": "NY", "north carolina": "NC", "north dakota": "ND", "ohio": "OH", "oklahoma": "OK",
        "oregon": "OR", "pennsylvania": "PA", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD",
        "tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA",
        "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY",
    ]
    static let codes: Set<String> = Set(codeByName.values)

    /// The postal code of a state written as its name ("New Hampshire") or its code ("NH"), any
    /// case for a name, capitals for a code ("me" and "or" are words).
    static func code(_ text: String) -> String? {
        let trimmed = text.trimmingBlanks.trimmingCharacters(in: ["."])
        if codes.contains(trimmed) { return trimmed }
        return codeByName[trimmed.lowercased()]
    }

    /// "Portsmouth School Department, Portsmouth, New Hampshire" as the text before the place
    /// (empty for "Portsmouth, New Hampshire" alone), the city and the state's code; nil when the
    /// text does not end in "City, State".
    static func trailingPlace(of text: String) -> (before: String, city: String, state: String)? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingBlanks }
        guard parts.count >= 2, let state = code(parts[parts.count - 1]) else { return nil }
        let city = parts[parts.count - 2]
        let before = parts.dropLast(2).joined(separator: ", ")
        guard !city.isEmpty, city.split(separator: " ").count <= 4, city.first?.isUppercase == true else { return nil }
        return (before, city, state)
    }
}
