import Foundation

/// What a qualification line asks for, read from its words: the highest degree named and the
/// years of experience, for the JSON-LD's `educationRequirements` and `experienceRequirements`.
enum QualificationTerms {
    /// schema.org's credential category for the highest degree any line names, if any.
    static func degreeCategory(in lines: [String]) -> String? {
        let text = lines.joined(separator: "\n").lowercased()
        func names(_ words: [String]) -> Bool { words.contains { text.range(of: #"(^|[^a-z])"# + NSRegularExpression.escapedPattern(for: $0), options: .regularExpression) != nil } }
        if names(["doctorate", "doctoral", "ph.d", "ed.d", "master", "m.ed", "m.s.", "m.a.", "mba", "graduate degree", "cags"]) {
            return "postgraduate degree"
        }
        if names(["bachelor", "b.a.", "b.s.", "undergraduate degree", "college degree"]) { return "bachelor degree" }
        if names(["associate's degree", "associate degree"]) { return "associate degree" }
        return nil
    }

    /// The most years of experience any line asks for ("five years", "7+ years"), in months.
    static func monthsOfExperience(in lines: [String]) -> Int? {
        let numbers = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10]
        var most: Int?
        for line in lines {
            let lowered = line.lowercased()
            let pattern = #"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+?( or more)? years?\b"#
            var searchRange = lowered.startIndex..<lowered.endIndex
            while let found = lowered.range(of: pattern, options: .regularExpression, range: searchRange) {
                let word = lowered[found].split(separator: " ")[0].trimmingCharacters(in: CharacterSet(charactersIn: "+"))
                if let years = Int(word) ?? numbers[word] { most = max(most ?? 0, years) }
                searchRange = found.upperBound..<lowered.endIndex
            }
        }
        return most.map { $0 * 12 }
    }
}
