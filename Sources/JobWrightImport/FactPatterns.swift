import Foundation
import JobWrightCore

/// The small parsers facts need: money, dates, addresses, e-mail, web addresses and phone numbers
/// as postings write them.
enum FactPatterns {
    static func regex(_ pattern: String) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    static let money = regex(#"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?\s*(k\b)?"#)
    static let email = regex(#"[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}"#)
    static let url = regex(#"\bhttps?://[^\s<>")\]]+|\bwww\.[^\s<>")\]]+"#)
    static let phone = regex(#"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b(?:\s*(?:x|ext\.?)\s*\d+)?"#)
    static let fte = regex(#"\b(\d(?:\.\d{1,2})?)\s*FTE\b"#)
    static let days = regex(#"\b(\d{3})[\s-]*(?:work\s*|working\s*|contract\s*)?days?\b"#)
    static let months = regex(#"\b(10|11|12)[\s-]*months?\b"#)
    static let address = regex(#"(\d{1,6}\s+[A-Z0-9][\w .'-]*?\b(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.?|Way|Boulevard|Blvd\.?|Lane|Ln\.?|Place|Pl\.?|Parkway|Pkwy\.?|Circle|Court|Ct\.?|Highway|Hwy\.?|Square|Sq\.?|Terrace|Turnpike|Pike)),?\s+([A-Z][A-Za-z .'-]+?),?\s+([A-Z]{2})\s+(\d{5})(?:-\d{4})?"#)
    static let numericDate = regex(#"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b"#)
    static let isoDate = regex(#"\b(\d{4})-(\d{2})-(\d{2})\b"#)
    static let wordDate = regex(#"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"#)
    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func matches(_ regex: NSRegularExpression, in text: String) -> [[String?]] {
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            (0..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) }
            }
        }
    }

    static func first(_ regex: NSRegularExpression, in text: String) -> [String?]? {
        matches(regex, in: text).first
    }

    /// The amounts of money in a line, in dollars ("$118,000", "$52.50", "$95k").
    static func amounts(in text: String) -> [Double] {
        matches(money, in: text).compactMap { groups in
            guard let whole = groups[1].flatMap({ Double($0.replacingOccurrences(of: ",", with: "")) }) else { return nil }
            let cents = groups[2].flatMap(Double.init).map { $0 / 100 } ?? 0
            return (whole + cents) * (groups[3] != nil ? 1000 : 1)
        }
    }

    /// The pay period a line names, if any.
    static func period(in text: String) -> PayPeriod? {
        let lower = text.lowercased()
        if lower.contains("per hour") || lower.contains("hourly") || lower.contains("/hr") || lower.contains("an hour") { return .hour }
        if lower.contains("per day") || lower.contains("daily rate") || lower.contains("per diem") { return .day }
        if lower.contains("per week") || lower.contains("weekly") { return .week }
        if lower.contains("per month") || lower.contains("monthly") { return .month }
        if lower.contains("per year") || lower.contains("annual") || lower.contains("/year") || lower.contains("a year") || lower.contains("per annum") || lower.contains("yearly") { return .year }
        return nil
    }

    /// The first date in a line: "January 4, 2027", "1/4/2027", "2027-01-04".
    static func date(in text: String) -> CalendarDate? {
        if let groups = first(isoDate, in: text), let year = groups[1], let month = groups[2], let day = groups[3] {
            return CalendarDate("\(year)-\(month)-\(day)")
        }
        if let groups = first(wordDate, in: text), let name = groups[1], let day = groups[2].flatMap({ Int($0) }), let year = groups[3].flatMap({ Int($0) }),
           let month = monthNames.firstIndex(where: { name.lowercased().hasPrefix($0) }) {
            return make(year: year, month: month + 1, day: day)
        }
        if let groups = first(numericDate, in: text), let month = groups[1].flatMap({ Int($0) }), let day = groups[2].flatMap({ Int($0) }),
           var year = groups[3].flatMap({ Int($0) }) {
            if year < 100 { year += 2000 }
            return make(year: year, month: month, day: day)
        }
        return nil
    }

    static func make(year: Int, month: Int, day: Int) -> CalendarDate? {
        CalendarDate(String(format: "%04d-%02d-%02d", year, month, day))
    }
}
