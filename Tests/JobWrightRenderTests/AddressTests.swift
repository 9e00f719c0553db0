@testable import JobWrightRender
import Testing

/// Web and e-mail addresses are told on the bytes of ASCII text; the answer is the one the
/// definition on characters gives, for any text.
@Suite("Addresses")
struct AddressTests {
    static func webByCharacters(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return (lowered.hasPrefix("https://") || lowered.hasPrefix("http://")) && !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }

    static func emailByCharacters(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !text.contains(where: { $0.isWhitespace || ":/\"<>,;()".contains($0) })
    }

    @Test func randomTextsAnswerAsTheDefinitionDoes() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["http://", "HTTPS://", "hTtP://", "https:/", "https", "hr", "@", ".", " ", "\t", "\r\n", "\n", "\u{0B}", "\"", "<", ">",
                      ":", "/", ",", ";", "(", ")", "district.org", "a", "é", "\u{A0}", "\u{2028}", "jobs?id=7"]
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(PostingContext.isWebAddress(text) == Self.webByCharacters(text), "\(text.debugDescription)")
            #expect(PostingContext.isEmailAddress(text) == Self.emailByCharacters(text), "\(text.debugDescription)")
        }
        #expect(PostingContext.isWebAddress("https://district.org/jobs/7"))
        #expect(PostingContext.isEmailAddress("hr@district.org"))
        #expect(!PostingContext.isEmailAddress("javascript:alert(1)@x.org"))
    }
}
