/// A value a template reads. The template context is one closed type that the renderer switches
/// over, rather than `Any` that it would cast at run time: every first cast of a type to a
/// protocol makes the Swift runtime scan all of the program's conformance records.
public enum MustacheValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case number(Int)
    case list([MustacheValue])
    case object(MustacheObject)

    /// A list of texts.
    public static func texts(_ values: [String]) -> MustacheValue { .list(values.map(MustacheValue.text)) }

    /// The value as Swift would print it, which is what Mustache prints for a tag naming it.
    var printed: String {
        switch self {
        case .text(let text): text
        case .flag(let flag): flag ? "true" : "false"
        case .number(let number): String(number)
        case .list(let values): "[" + values.map(\.debugPrinted).joined(separator: ", ") + "]"
        case .object(let values) where values.isEmpty: "[:]"
        case .object(let values): "[" + values.map { $0.key.debugDescription + ": " + $0.value.debugPrinted }.joined(separator: ", ") + "]"
        }
    }

    /// Inside a list or object, texts are quoted and escaped as Swift's `debugDescription` does.
    private var debugPrinted: String {
        if case .text(let text) = self { return text.debugDescription }
        return printed
    }
}

extension MustacheValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .flag(value) }
    public init(integerLiteral value: Int) { self = .number(value) }
    public init(arrayLiteral elements: MustacheValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, MustacheValue)...) {
        self = .object(MustacheObject(elements))
    }
}
