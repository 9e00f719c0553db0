import Foundation
import JobWrightCore
import Synchronization

/// The small parsers facts need: money, dates, addresses, e-mail, web addresses and phone numbers
/// as postings write them.
enum FactPatterns {
    static func regex(_ pattern: String, when mayMatch: @escaping @Sendable (ArraySlice<UInt8>) -> Bool) -> FactPattern {
        FactPattern(pattern: pattern, options: [.caseInsensitive], mayMatch: mayMatch)
    }

    static let money = regex(#"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?\s*(k\b)?"#, when: { $0.contains(UInt8(ascii: "$")) })
    static let email = regex(#"[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}"#, when: { $0.contains(UInt8(ascii: "@")) })
    static let url = regex(#"\bhttps?://[^\s<>")\]]+|\bwww\.[^\s<>")\]]+"#, when: { FactPattern.has("http", in: $0) || FactPattern.has("www.", in: $0) })
    static let phone = regex(#"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b(?:\s*(?:x|ext\.?)\s*\d+)?"#, when: { FactPattern.digits(in: $0) >= 10 })
    static let fte = regex(#"\b(\d(?:\.\d{1,2})?)\s*FTE\b"#, when: { FactPattern.has("fte", in: $0) })
    static let days = regex(#"\b(\d{3})[\s-]*(?:work\s*|working\s*|contract\s*)?days?\b"#, when: { FactPattern.has("day", in: $0) && FactPattern.digits(in: $0) >= 3 })
    static let months = regex(#"\b(10|11|12)[\s-]*months?\b"#, when: { FactPattern.has("month", in: $0) })
    static let address = regex(#"(\d{1,6}\s+[A-Z0-9][\w .'-]*?\b(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.?|Way|Boulevard|Blvd\.?|Lane|Ln\.?|Place|Pl\.?|Parkway|Pkwy\.?|Circle|Court|Ct\.?|Highway|Hwy\.?|Square|Sq\.?|Terrace|Turnpike|Pike)),?\s+([A-Z][A-Za-z .'-]+?),?\s+([A-Z]{2})\s+(\d{5})(?:-\d{4})?"#, when: { FactPattern.digits(in: $0) >= 6 })
    static let numericDate = regex(#"\b(\d{1,2})/(\d{1,2})/(\d{2,4})\b"#, when: { $0.contains(UInt8(ascii: "/")) && FactPattern.digits(in: $0) >= 4 })
    static let isoDate = regex(#"\b(\d{4})-(\d{2})-(\d{2})\b"#, when: { $0.contains(UInt8(ascii: "-")) && FactPattern.digits(in: $0) >= 8 })
    static let wordDate = regex(#"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"#, when: { FactPattern.digits(in: $0) >= 5 })
    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func matches(_ pattern: FactPattern, in text: String) -> [[String?]] {
        guard pattern.mayMatch(Array(text.utf8)[...]) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return pattern.regex.matches(in: text, range: range).map { match in
            (0..<match.numberOfRanges).map { index in
                Range(match.range(at: index), in: text).map { String(text[$0]) }
            }
        }
    }

    static func first(_ pattern: FactPattern, in text: String) -> [String?]? {
        matches(pattern, in: text).first
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
        let lower = LowerBytes(text.lowercased())
        if lower.has("per hour") || lower.has("hourly") || lower.has("/hr") || lower.has("an hour") { return .hour }
        if lower.has("per day") || lower.has("daily rate") || lower.has("per diem") { return .day }
        if lower.has("per week") || lower.has("weekly") { return .week }
        if lower.has("per month") || lower.has("monthly") { return .month }
        if lower.has("per year") || lower.has("annual") || lower.has("/year") || lower.has("a year") || lower.has("per annum") || lower.has("yearly") { return .year }
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

/// A fact's regular expression, and a cheap test on the text's bytes that it could match at all
/// (a "$" for money, an "@" for an e-mail address, enough digits for a phone number): ICU's
/// matcher run on every line of a posting was a tenth of an import. The expression is compiled
/// the first time a line passes that test, so a posting with no e-mail address never compiles
/// the e-mail pattern (ICU's compiler was a twentieth of an import).
struct FactPattern: Sendable {
    private let compiled: LazyExpression
    let mayMatch: @Sendable (ArraySlice<UInt8>) -> Bool

    init(pattern: String, options: NSRegularExpression.Options = [], mayMatch: @escaping @Sendable (ArraySlice<UInt8>) -> Bool) {
        compiled = LazyExpression(pattern: pattern, options: options)
        self.mayMatch = mayMatch
    }

    var regex: NSRegularExpression { compiled.expression }

    /// The expression, compiled on first use; the patterns are jobwright's own, so they compile.
    private final class LazyExpression: Sendable {
        let pattern: String
        let options: NSRegularExpression.Options
        private let compiled = Mutex<NSRegularExpression?>(nil)

        init(pattern: String, options: NSRegularExpression.Options) {
            self.pattern = pattern
            self.options = options
        }

        var expression: NSRegularExpression {
            compiled.withLock { compiled in
                if let compiled { return compiled }
                let expression = try! NSRegularExpression(pattern: pattern, options: options)
                compiled = expression
                return expression
            }
        }
    }

    static func digits(in bytes: ArraySlice<UInt8>) -> Int { bytes.reduce(0) { $0 + ((0x30...0x39).contains($1) ? 1 : 0) } }

    /// Whether the bytes hold `word` (lower case ASCII), in any case.
    static func has(_ word: StaticString, in bytes: ArraySlice<UInt8>) -> Bool {
        ByteSearch.firstIgnoringCase(Array(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)), in: bytes) != nil
    }
}

/// A lower-cased line's bytes, searched for ASCII words with `ByteSearch` (memchr) rather than
/// `String.contains`, which goes through Foundation's `NSString` search for every word.
struct LowerBytes {
    let bytes: ArraySlice<UInt8>
    init(_ lower: String) { bytes = Array(lower.utf8)[...] }
    func has(_ word: String) -> Bool { ByteSearch.first(Array(word.utf8), in: bytes) != nil }
}
