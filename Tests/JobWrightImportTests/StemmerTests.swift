@testable import JobWrightImport
import Testing

/// The stemmer's promises (README, "How import matches"): two wordings of the same duty meet.
@Suite("Stemmer")
struct StemmerTests {
    func meet(_ words: [String]) -> Bool { Set(words.map(Stemmer.stem)).count == 1 }

    @Test func inflectionsAndDerivationsOfOneWordMeet() {
        #expect(meet(["manages", "managing", "management"]))
        #expect(meet(["ordering", "order", "orders"]))
        #expect(meet(["policy", "policies"]))
        #expect(meet(["analysis", "analyst", "analysts", "analyze", "analyzing", "analyse"]))
    }

    @Test func differentWordsStayApart() {
        #expect(!meet(["analysis", "analytics"]))
        #expect(!meet(["always", "analyze"]))
    }
}
