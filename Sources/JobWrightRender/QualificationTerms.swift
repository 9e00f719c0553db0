import Foundation

/// What a qualification line asks for, read from its words: the highest degree named and the
/// years of experience, for the JSON-LD's `educationRequirements` and `experienceRequirements`.
enum QualificationTerms {
    /// schema.org's credential categories, highest first, with the words that name them (whole
    /// words: "master" or "masters" but not "mastery" or "master schedule").
    private static let degrees: [(category: String, pattern: NSRegularExpression)] = [
        ("postgraduate degree", ["doctorate", "doctoral", "ph\\.d", "ed\\.d", "master'?s?(?! schedule)", "m\\.ed", "m\\.s", "m\\.a",
                                 "mba", "graduate degree", "cags"]),
        ("bachelor degree", ["bachelor'?s?", "b\\.a", "b\\.s", "undergraduate degree", "college degree"]),
        ("associate degree", ["associate'?s? degree"]),
    ].map { category, words in
        (category, try! NSRegularExpression(pattern: "(?<![a-z])(" + words.joined(separator: "|") + ")(?![a-z])", options: .caseInsensitive))
    }

    private static let years = try! NSRegularExpression(
        pattern: #"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+?( or more)? years?\b"#, options: .caseInsensitive)

    /// schema.org's credential category for the highest degree any line names, if any.
    static func degreeCategory(in lines: [String]) -> String? {
        let text = lines.joined(separator: "\n")
        let range = NSRange(text.startIndex..., in: text)
        return degrees.first { $0.pattern.firstMatch(in: text, range: range) != nil }?.category
    }

    /// The most years of experience any line asks for ("five years", "7+ years"), in months.
    static func monthsOfExperience(in lines: [String]) -> Int? {
        let numbers = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10]
        var most: Int?
        for line in lines {
            for match in years.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                guard let range = Range(match.range(at: 1), in: line) else { continue }
                let word = line[range].lowercased()
                if let value = Int(word) ?? numbers[word] { most = max(most ?? 0, value) }
            }
        }
        return most.map { $0 * 12 }
    }
}
