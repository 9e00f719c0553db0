import Mustache

extension String {
    /// The text as HTML or XML text or attribute value: `& < > " '` escaped as Mustache's HTML
    /// content type escapes them. Done on the bytes (all five are ASCII), and text without any of
    /// them (most values) is returned as it is.
    public var markupEscaped: String {
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return self }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: result += [0x26, 0x61, 0x6D, 0x70, 0x3B]  // &amp;
            case 0x3C: result += [0x26, 0x6C, 0x74, 0x3B]  // &lt;
            case 0x3E: result += [0x26, 0x67, 0x74, 0x3B]  // &gt;
            case 0x22: result += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
            case 0x27: result += [0x26, 0x23, 0x33, 0x39, 0x3B]  // &#39;
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// Escaping for HTML and Word XML templates: the same five characters as Mustache's own HTML
/// content type, escaped on the bytes rather than character by character (which took a sixth of
/// the checks' time). Registered under Mustache's own name, "HTML"; `ParsedTemplates` names it at
/// the start of every `.html` and `.docx` template, since Mustache's default cannot be replaced.
struct MarkupContentType: MustacheContentType {
    /// A line of its own, so that a template's first line stays standalone.
    static let pragma = "{{%CONTENT_TYPE: HTML}}\n"

    func escapeText(_ text: String) -> String { text.markupEscaped }

    private static let registration: Void = {
        MustacheContentTypes.register(MarkupContentType(), named: "HTML")
    }()

    static func registerOnce() { _ = registration }
}
