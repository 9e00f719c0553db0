/// A type with a value that stands in when a draft leaves the key out.
public protocol EmptyDefault: Codable, Equatable {
    static var empty: Self { get }
}

extension Array: EmptyDefault where Element: Codable & Equatable {
    public static var empty: Self { [] }
}

/// Lets a draft leave a key out: decoding falls back to `Value.empty`, so a short hand-written
/// draft loads as well as a complete one. Encoding always writes the key (a stable shape).
@propertyWrapper
public struct Defaulted<Value: EmptyDefault>: Codable, Equatable {
    public var wrappedValue: Value
    public init(wrappedValue: Value) { self.wrappedValue = wrappedValue }
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? Value.empty : try container.decode(Value.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

extension Defaulted: Sendable where Value: Sendable {}

extension KeyedDecodingContainer {
    public func decode<Value>(_ type: Defaulted<Value>.Type, forKey key: Key) throws -> Defaulted<Value> {
        try decodeIfPresent(type, forKey: key) ?? Defaulted(wrappedValue: .empty)
    }
}

/// A number as people write it in a draft: `118000`, `1.0`, `2.5`. Whole numbers are written
/// back without a decimal point so that saving does not change what the user typed.
public struct Amount: Codable, Sendable, Equatable, Hashable, Comparable,
                      ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, CustomStringConvertible {
    public var value: Double
    public init(_ value: Double) { self.value = value }
    public init(integerLiteral value: Int) { self.value = Double(value) }
    public init(floatLiteral value: Double) { self.value = value }
    /// The largest amount accepted: far above any salary, far below where arithmetic misbehaves.
    public static let limit = 1e12

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let whole = try? container.decode(Int.self) { value = Double(whole) } else { value = try container.decode(Double.self) }
        guard value.isFinite, abs(value) <= Self.limit else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "'\(value)' is not a usable number (at most 1,000,000,000,000)"))
        }
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let whole = wholeValue { try container.encode(whole) } else { try container.encode(value) }
    }
    public var wholeValue: Int? {
        value.rounded() == value && abs(value) < 1e15 ? Int(value) : nil
    }
    public var description: String { wholeValue.map(String.init) ?? String(value) }
    public static func < (lhs: Amount, rhs: Amount) -> Bool { lhs.value < rhs.value }
}

/// A calendar date written `YYYY-MM-DD`, checked to be a real day.
public struct CalendarDate: Codable, Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int, month: Int, day: Int

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year)
        else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "'\(text)' is not a date written YYYY-MM-DD (for example 2027-01-15)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// ISO 8601: `2027-01-15`.
    public var description: String {
        func padded(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// How people write it: `January 15, 2027`.
    public var longForm: String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December"]
        return "\(names[month - 1]) \(day), \(year)"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
