import Foundation
import JobWrightAssets
import JobWrightCore
import JobWrightRender
@testable import JobWrightImport
import Testing

/// Matching measured on real postings: the labelled lines of Fixtures/labels.yaml (real district
/// technology-director postings, each line in our words; sources in Fixtures/SOURCES.md), run
/// through the whole import as a user runs it. The targets of issue 12 are held here, so a change
/// to the catalog, the synonyms or the matcher cannot silently lower them.
@Suite("Import accuracy on real postings")
struct ImportAccuracyTests {
    struct Labels: Codable {
        struct Posting: Codable {
            var file: String
            var district: String
            var source: String
            var retrieved: String
            /// "unseen" for the postings added after the matcher was tuned, labelled before it
            /// was run on them; absent for the postings the matcher was tuned with.
            var set: String?
            /// For an unseen posting, the round of tuning after which it was added: absent for the
            /// first (postings 12 to 17), 2 for those added after the second, 3 for postings 19
            /// to 23 (labelled by someone who never ran the matcher; it has not changed since).
            var round: Int?
            var lines: [Line]
        }
        struct Line: Codable {
            var text: String
            var label: String
            var also: [String]?
        }
        var postings: [Posting]
    }

    struct Outcome {
        var file: String
        var text: String
        var label: String
        var accepted: Set<String>
        var became: ImportedLine?
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static let importer: PostingImporter = {
        let catalog = try! CatalogSource.load()
        return PostingImporter(catalog: catalog, vocabulary: try! MatchVocabulary.load())
    }()

    static let labels: Labels = {
        let path = fixtures.appendingPathComponent("labels.yaml").path
        return try! YAMLDocument(path: path, text: String(contentsOfFile: path, encoding: .utf8)).decode(Labels.self)
    }()

    /// Every labelled line with what the import made of it.
    static let outcomes: [Outcome] = labels.postings.flatMap { posting -> [Outcome] in
        let url = fixtures.appendingPathComponent(posting.file)
        let input = try! ImportInput(path: url.path, bytes: [UInt8](try! Data(contentsOf: url)))
        let result = importer.importPosting(input)
        return posting.lines.map { line in
            Outcome(file: posting.file, text: line.text, label: line.label, accepted: Set([line.label] + (line.also ?? [])),
                    became: result.lines.first { $0.source.text == line.text })
        }
    }

    @Test func theSetIsLargeEnoughAndEveryLabelIsACatalogBullet() {
        #expect(Self.labels.postings.count >= 8)
        #expect(Self.outcomes.count >= 60)
        let catalog = Self.importer.catalog
        for outcome in Self.outcomes {
            for id in outcome.accepted where id != "none" { #expect(catalog.competency(id) != nil, "unknown bullet \(id)") }
        }
        for posting in Self.labels.postings { #expect(posting.source.hasPrefix("https://"), "\(posting.file)") }
    }

    @Test func everyLabelledLineIsReadAsALineOfItsPosting() {
        for outcome in Self.outcomes { #expect(outcome.became != nil, "not read as one line: \(outcome.text)") }
    }

    /// What the import made of a set of labelled lines: the right bullet taken, the right bullet
    /// among the top three, and "none" lines matched to a bullet anyway.
    struct Rates {
        var first: Int, rankedFirst: Int, topThree: Int, withBullet: Int, falseMatches: Int, none: Int
        init(_ outcomes: [Outcome]) {
            let withBullet = outcomes.filter { $0.label != "none" }
            first = withBullet.filter(Self.isFirst).count
            rankedFirst = withBullet.filter { $0.accepted.contains($0.became?.matches.first?.id ?? "") }.count
            topThree = withBullet.filter { !Set(($0.became?.matches ?? []).prefix(3).map(\.id)).isDisjoint(with: $0.accepted) }.count
            falseMatches = outcomes.filter(Self.isFalseMatch).count
            self.withBullet = withBullet.count
            none = outcomes.count - withBullet.count
        }
        /// The line became the bullet it is labelled with (or one of its `also`).
        static func isFirst(_ outcome: Outcome) -> Bool {
            outcome.became?.outcome == .bullet && outcome.accepted.contains(outcome.became?.detail.first ?? "")
        }
        static func isFalseMatch(_ outcome: Outcome) -> Bool { outcome.label == "none" && outcome.became?.outcome == .bullet }
        var firstRate: Double { Double(first) / Double(max(1, withBullet)) }
        var topThreeRate: Double { Double(topThree) / Double(max(1, withBullet)) }
        var falseRate: Double { Double(falseMatches) / Double(max(1, none)) }
        var summary: String {
            String(format: "first %d/%d (%.1f%%), top three %d/%d (%.1f%%), none matched %d/%d (%.1f%%); ranked first at any score %d",
                   first, withBullet, firstRate * 100, topThree, withBullet, topThreeRate * 100, falseMatches, none, falseRate * 100, rankedFirst)
        }
    }

    /// The postings added after the matcher's vocabulary and keywords were tuned, labelled from
    /// the catalog alone before the matcher was run on them: the honest measure.
    static let unseenFiles: Set<String> = Set(labels.postings.filter { $0.set == "unseen" }.map(\.file))

    /// Of the postings the matcher was tuned with, those whose file names sort in the second
    /// half: a check against fitting the matcher's vocabulary to the first half's lines.
    static let heldOutFiles: Set<String> = {
        let files = labels.postings.map(\.file).filter { !unseenFiles.contains($0) }.sorted()
        return Set(files.suffix(files.count - files.count / 2))
    }()

    @Test func accuracyHoldsItsMeasuredFloor() {
        // Line by line detail (misses, the threshold sweep) only for the postings the matcher was
        // tuned with: the unseen postings report their totals alone, so that nobody tunes to them.
        let tuned = Self.outcomes.filter { !Self.unseenFiles.contains($0.file) }
        let withBullet = tuned.filter { $0.label != "none" }
        let none = tuned.filter { $0.label == "none" }
        func top(_ outcome: Outcome, _ count: Int) -> [String] { (outcome.became?.matches ?? []).prefix(count).map(\.id) }
        let first = withBullet.filter(Rates.isFirst)
        let falseMatches = none.filter(Rates.isFalseMatch)
        let rates = Rates(tuned)
        print("import accuracy, all postings: \(Rates(Self.outcomes).summary)")
        print("import accuracy, postings the matcher was tuned with: \(rates.summary)")
        for posting in Self.labels.postings where !Self.unseenFiles.contains(posting.file) {
            print("  \(posting.file): \(Rates(Self.outcomes.filter { $0.file == posting.file }).summary)")
        }
        // How the threshold trades lines matched against "none" lines matched, for whoever tunes it.
        for threshold in stride(from: 0.1, through: 0.6, by: 0.05) {
            let right = withBullet.filter { ($0.became?.matches.first).map { $0.score >= threshold && $0.id == $0.id } == true && $0.accepted.contains($0.became?.matches.first?.id ?? "") }
            let wrong = none.filter { ($0.became?.matches.first?.score ?? 0) >= threshold }
            print(String(format: "  threshold %.2f: first %.1f%%, none matched %.1f%%", threshold,
                         Double(right.count) / Double(withBullet.count) * 100, Double(wrong.count) / Double(max(1, none.count)) * 100))
        }
        for miss in withBullet where !first.contains(where: { $0.text == miss.text }) {
            print("  miss: \(miss.label) <- \(miss.text.prefix(90)) | got \(miss.became?.outcome.rawValue ?? "-") \(top(miss, 3).joined(separator: ", ")) \(miss.became?.matches.first.map { String(format: "%.2f", $0.score) } ?? "")")
        }
        for wrong in falseMatches { print("  none matched: \(wrong.text.prefix(90)) -> \(wrong.became?.detail.first ?? "")") }
        // Issue 12's targets are 85% first, 95% in the top three and at most 5% of "none" lines
        // matched; they are not met yet (see README, "How import matches"). These floors are the
        // numbers measured now, so a change that lowers them fails here.
        #expect(rates.firstRate >= 0.76)
        #expect(rates.topThreeRate >= 0.94)
        #expect(rates.falseRate <= 0.07)
        let all = Rates(Self.outcomes)
        #expect(all.firstRate >= 0.51)
        #expect(all.topThreeRate >= 0.75)
        #expect(all.falseRate <= 0.12)
    }

    @Test func heldOutPostingsHoldTheirFloor() {
        let rates = Rates(Self.outcomes.filter { Self.heldOutFiles.contains($0.file) })
        print("import accuracy, held out (second half of the tuned postings by file name): \(rates.summary)")
        #expect(rates.firstRate >= 0.95)
        #expect(rates.topThreeRate >= 0.95)
        #expect(rates.falseRate <= 0.08)
    }
}

extension ImportAccuracyTests {
    @Test func theUnseenSetIsLargeEnough() {
        #expect(Self.unseenFiles.count >= 5)
        #expect(Self.outcomes.filter { Self.unseenFiles.contains($0.file) }.count >= 40)
        #expect(Self.outcomes.contains { Self.unseenFiles.contains($0.file) && $0.label == "none" })
    }

    /// The unseen postings added after the second round of tuning (`round: 2`), labelled before
    /// the matcher was run on them.
    static let secondRoundFiles: Set<String> = Set(labels.postings.filter { $0.set == "unseen" && $0.round == 2 }.map(\.file))

    static let thirdRoundFiles: Set<String> = Set(labels.postings.filter { $0.set == "unseen" && $0.round == 3 }.map(\.file))

    /// Postings 12 to 17 measured before any tuning: first 38.2%, top three 63.6%, "none"
    /// matched 3 of 6 (README).
    @Test func unseenPostingsHoldTheirFloor() {
        let rates = Rates(Self.outcomes.filter { Self.unseenFiles.contains($0.file) && $0.file.isFirstRound })
        print("import accuracy, all unseen postings: \(Rates(Self.outcomes.filter { Self.unseenFiles.contains($0.file) }).summary)")
        print("import accuracy, unseen postings of the first round (12-17): \(rates.summary)")
        #expect(rates.firstRate >= 0.47)
        #expect(rates.topThreeRate >= 0.76)
        #expect(rates.falseRate <= 0.34)
    }

    /// Measured on its first run: first 48%, top three 64%, "none" matched 1 of 2 (README, "How
    /// import matches").
    @Test func secondRoundUnseenPostingsHoldTheirFloor() {
        #expect(!Self.secondRoundFiles.isEmpty)
        let rates = Rates(Self.outcomes.filter { Self.secondRoundFiles.contains($0.file) })
        print("import accuracy, unseen postings of the second round: \(rates.summary)")
        #expect(rates.firstRate >= 0.48)
        #expect(rates.topThreeRate >= 0.64)
        #expect(rates.falseRate <= 0.5)
    }

    /// Postings 19 to 23, measured once on their first run: first 4 of 34 (11.8%), top three 16
    /// of 34 (47.1%), "none" matched 0 of 11 (README, "How import matches").
    @Test func thirdRoundUnseenPostingsHoldTheirFloor() {
        #expect(Self.thirdRoundFiles.count >= 4)
        let rates = Rates(Self.outcomes.filter { Self.thirdRoundFiles.contains($0.file) })
        print("import accuracy, unseen postings of the third round: \(rates.summary)")
        #expect(rates.firstRate >= 0.11)
        #expect(rates.topThreeRate >= 0.47)
        #expect(rates.falseRate <= 0)
    }
}

private extension String {
    /// A posting of the unseen set's first round (12 to 17): neither the second nor the third.
    var isFirstRound: Bool { !ImportAccuracyTests.secondRoundFiles.contains(self) && !ImportAccuracyTests.thirdRoundFiles.contains(self) }
}
