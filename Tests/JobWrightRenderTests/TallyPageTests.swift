import Foundation
import JobWrightCore
@testable import JobWrightRender
import Testing

/// The committee's tally as an HTML page, from a score sheet with agreement, a spread of 3, a
/// spread of 2, a missing score, a score off the scale and a name full of markup characters.
enum TallyFixture {
    static let interviewers = ["J. Doe", "K. Lee", "M. Park"]
    /// Candidate → one row of scores per competency, one score per interviewer ("" = missing).
    static let scores: [(String, [[String]])] = [
        ("A. Rivera", [["1", "4", "3"], ["3", "3", "3"], ["2", "3", "3"], ["4", "4", "3"], ["4", "3", "2"], ["3", "3", "3"]]),
        ("B. Chen", [["3", "3", "3"], ["2", "2", "3"], ["3", "3", "3"], ["3", "2", "4"], ["3", "3", "3"], ["3", "4", "2"]]),
        ("C. O'Neil & <Sons> \"Ltd\"", [["2", "3", "2"], ["1", "2", "2"], ["2", "3", ""], ["2", "3", "7"], ["2", "2", "1"], ["3", "2", "3"]]),
    ]

    static var csv: String {
        let names = Fixtures.example.tallyCompetencies(in: Fixtures.catalog).map(\.name)
        var lines = ["candidate,interviewer,competency,score,note"]
        for (candidate, rows) in scores {
            for (index, interviewer) in interviewers.enumerated() {
                for (row, name) in zip(rows, names) { lines.append([candidate, interviewer, name, row[index], ""].map(CSV.quote).joined(separator: ",")) }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static var tally: Tally {
        var tally = try! Tally(csv: csv, file: "scores.csv", competencies: Fixtures.example.tallyCompetencies(in: Fixtures.catalog), scale: 1...4)
        tally.source = "weights from draft.yaml"
        return tally
    }

    static var page: String { try! TallyReport.html(tally, source: tally.source, templates: try! TemplateSet.load()) }
}

@Suite("Tally page golden file")
struct TallyGoldenTests {
    @Test func theTallyPageMatchesItsGoldenFile() throws {
        let url = Fixtures.goldenDirectory.appendingPathComponent("tally.html")
        if ProcessInfo.processInfo.environment["JOBWRIGHT_UPDATE_GOLDEN"] == "1" {
            try TallyFixture.page.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(try? String(contentsOf: url, encoding: .utf8), "missing tally.html: run JOBWRIGHT_UPDATE_GOLDEN=1 swift test --filter GoldenTests")
        #expect(TallyFixture.page == expected, "tally.html differs; see README 'Golden files'")
    }
}

@Suite("Tally page")
struct TallyPageTests {
    @Test func everyPictureIsWellFormedWithANameADescriptionAndItsText() throws {
        let pictures = try SVGReading.pictures(in: TallyFixture.page)
        #expect(pictures.count == 1 + TallyFixture.scores.count)
        for picture in pictures {
            #expect(SVGReading.attribute("role", of: picture) == "img")
            #expect(SVGReading.elements("title", in: picture).first?.stringValue?.isEmpty == false)
            #expect(SVGReading.elements("desc", in: picture).first?.stringValue?.isEmpty == false)
        }
        let names = SVGReading.elements("text", in: pictures[0]).compactMap(\.stringValue)
        // A long name wraps over two lines of the picture.
        #expect(names.joined(separator: " ").contains("3. C. O'Neil & <Sons> \"Ltd\""))
        #expect(SVGReading.elements("title", in: pictures[3]).first?.stringValue == "Interviewers' scores for C. O'Neil & <Sons> \"Ltd\"")
    }

    @Test func theTotalsAreBarsInRankedOrderAsLongAsTheirShareOfTheMaximum() throws {
        let tally = TallyFixture.tally
        let chart = try #require(try SVGReading.pictures(in: TallyFixture.page).first)
        let bars = SVGReading.elements("rect", in: chart)
        #expect(bars.count == tally.candidates.count)
        for (bar, result) in zip(bars, tally.candidates) {
            let width = try #require(SVGReading.attribute("width", of: bar).flatMap(Double.init))
            #expect(abs(width - result.weightedTotal / result.maximum * TallyTotalsChart.barLength) <= 0.05)
        }
        let texts = SVGReading.elements("text", in: chart).compactMap(\.stringValue)
        #expect(texts.filter { $0.hasSuffix("%)") } == tally.candidates.map(TallyTotalsChart.value))
        let labels = tally.candidates.map { "\($0.rank). \($0.candidate)" }
        let joined = texts.joined(separator: " ")
        let places = labels.compactMap { joined.range(of: $0)?.lowerBound }
        #expect(labels.count == 3 && places.count == 3 && places == places.sorted())
    }

    @Test func eachScoreIsAMarkerAndAFlaggedSpreadIsMarkedInWords() throws {
        let tally = TallyFixture.tally
        let charts = try Array(SVGReading.pictures(in: TallyFixture.page).dropFirst())
        for (chart, result) in zip(charts, tally.candidates) {
            let legendMarkers = TallyFixture.interviewers.count
            let markers = SVGReading.elements("circle", in: chart).count + SVGReading.elements("polygon", in: chart).count
                + SVGReading.elements("rect", in: chart).filter { SVGReading.attribute("width", of: $0) == "8.0" }.count
            #expect(markers == legendMarkers + result.competencies.reduce(0) { $0 + $1.scores.count })
            let texts = SVGReading.elements("text", in: chart)
            let flagged = result.competencies.filter(\.needsCalibration)
            let boldNotes = texts.filter { SVGReading.attribute("font-weight", of: $0) == "bold" && ($0.stringValue ?? "").hasSuffix(": calibrate") }
            #expect(boldNotes.count == flagged.count)
            #expect(SVGReading.elements("rect", in: chart).filter { SVGReading.attribute("fill", of: $0) == "#e6e6e6" }.count == flagged.count)
        }
        let rivera = SVGReading.elements("text", in: charts[0]).compactMap(\.stringValue)
        #expect(rivera.contains("mean 2.67, spread 3: calibrate"))
        #expect(rivera.contains("J. Doe") && rivera.contains("mean") && rivera.contains("range"))
        #expect(["1", "2", "3", "4"].allSatisfy(rivera.contains), "the scale's ticks are labelled")
    }

    @Test func theTablesAndFlagsAreThereAsText() {
        let page = TallyFixture.page
        #expect(page.contains("<td>C. O&#39;Neil &amp; &lt;Sons&gt; &quot;Ltd&quot;</td>"))
        #expect(page.contains("<h2>1. A. Rivera</h2>"))
        #expect(page.contains("<li>missing: M. Park has no score for "))
        #expect(page.contains("is outside the scale 1-4 and is left out</li>"))
        #expect(page.contains("<tr class=\"calibrate\"><td>Using data to improve teaching and learning (calibrate)</td>"))
        #expect(!page.contains("<script"))
    }

    @Test func markersHaveTwelveDistinctLooks() {
        let looks = (0..<12).map { Marker($0).markup(x: 0, y: 0) }
        #expect(Set(looks).count == 12)
    }

    @Test func theSpreadChartsTicksFollowTheScale() {
        #expect(TallySpreadChart.tickValues(1...4) == [1, 2, 3, 4])
        #expect(TallySpreadChart.tickValues(0...10).count == 11)
        #expect(TallySpreadChart.tickValues(0...100) == stride(from: 0.0, through: 100, by: 10).map { $0 })
    }
}
