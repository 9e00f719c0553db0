import Foundation
import JobWrightCore
import JobWrightRender
import Testing

/// The HTML rubric printed as a committee prints it: headless Chromium's --print-to-pdf, then
/// the pages read back with pdftotext. CI installs both; elsewhere the suite runs when they are
/// installed (and fails under CI=1 when they are not).
@Suite("Printed rubric (headless Chromium)", .enabled(if: PrintedPages.toolsPresent || PrintedPages.required), .serialized)
struct PrintedRubricTests {
    static let candidates = ["A. Rivera", "B. Chen"]
    static let interviewers = ["J. Doe", "K. Patel"]

    /// The example's pages, one string per page, for 2 candidates x 2 interviewers.
    static let pages: Result<[String], PrintedPages.Failure> = {
        let options = RenderOptions(format: .html, candidates: candidates, interviewers: interviewers)
        do {
            let html = try Fixtures.renderer.render(.rubric, draft: Fixtures.example, options: options)
            return PrintedPages.print(html: html)
        } catch {
            return .failure(PrintedPages.Failure(message: "render failed: \(error)"))
        }
    }()

    static var competencies: [String] { Fixtures.example.resolvedRubricRows(in: Fixtures.catalog).map(\.name) }

    func printedPages() throws -> [String] {
        try Self.pages.get()
    }

    /// Page indices where each packet (cover) starts, and where each consensus sheet is.
    func packetStarts(_ pages: [String]) -> [Int] {
        pages.indices.filter { pages[$0].contains("Structured interview rubric:") }
    }

    @Test func everyPacketFitsInFivePagesAndStartsOnAPageOfItsOwn() throws {
        let pages = try printedPages()
        let starts = packetStarts(pages)
        #expect(starts.count == Self.candidates.count * Self.interviewers.count)
        let firstSheet = pages.firstIndex { $0.contains("Consensus sheet for the chair") } ?? pages.count
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] : firstSheet
            #expect(end - start <= 5, "packet \(index + 1) takes \(end - start) pages")
            #expect(end - start >= 2)
        }
    }

    @Test func theCoverHoldsTheScaleTheSummaryAndTheRecommendation() throws {
        let pages = try printedPages()
        for start in packetStarts(pages) {
            let cover = pages[start]
            for expected in ["Rating scale", "Never ask about", "Summary (fill in after the interview)", "Total",
                             "Overall recommendation", "Interviewer's signature"] {
                #expect(cover.contains(expected), "cover on page \(start + 1) lacks '\(expected)'")
            }
        }
    }

    @Test func noCompetencyIsSplitAndPagesHoldTwoWhereTheyFit() throws {
        let pages = try printedPages()
        let starts = packetStarts(pages)
        let firstSheet = pages.firstIndex { $0.contains("Consensus sheet for the chair") } ?? pages.count
        for (index, start) in starts.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] : firstSheet
            var perPage: [Int] = []
            for page in pages[(start + 1)..<end] {
                let headings = Self.competencies.enumerated().filter { page.contains("\($0.offset + 1). \($0.element)") }.count
                // A competency is whole on its page: its heading, its anchors' last level and its notes.
                #expect(page.components(separatedBy: "Evidence notes:").count - 1 == headings)
                #expect(page.components(separatedBy: "Exemplary").count - 1 >= headings)
                perPage.append(headings)
            }
            #expect(perPage.reduce(0, +) == Self.competencies.count, "packet \(index + 1): \(perPage)")
            #expect(perPage.dropLast().allSatisfy { $0 >= 2 }, "packet \(index + 1) pages hold \(perPage) competencies")
        }
    }

    @Test func eachCandidateHasAOnePageConsensusSheetWithEveryInterviewer() throws {
        let pages = try printedPages()
        let sheets = pages.indices.filter { pages[$0].contains("Consensus sheet for the chair") }
        #expect(sheets.count == Self.candidates.count)
        for (sheet, candidate) in zip(sheets, Self.candidates) {
            let page = pages[sheet]
            #expect(page.contains(candidate))
            for name in Self.interviewers + Self.competencies + ["Spread", "Agreed score", "Chair's signature"] {
                #expect(page.contains(name), "sheet for \(candidate) lacks '\(name)'")
            }
        }
        #expect(sheets.last == pages.count - 1, "the last sheet ends the document on its own page")
    }
}

/// Prints HTML to PDF with headless Chromium and splits pdftotext's output into pages.
enum PrintedPages {
    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let pdftotext = FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") ? "/usr/bin/pdftotext" : nil
    static var toolsPresent: Bool { chromium != nil && pdftotext != nil }
    /// Under CI the tools must be there: a missing one fails rather than skips.
    static var required: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    static func print(html: String) -> Result<[String], Failure> {
        guard let chromium, let pdftotext else {
            return .failure(Failure(message: "chromium and pdftotext (poppler-utils) are needed: apt-get install chromium poppler-utils"))
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobwright-print-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let htmlFile = folder.appendingPathComponent("rubric.html")
            let pdfFile = folder.appendingPathComponent("rubric.pdf")
            try html.write(to: htmlFile, atomically: true, encoding: .utf8)
            try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                               "--user-data-dir=\(folder.path)/profile", "--print-to-pdf=\(pdfFile.path)", htmlFile.absoluteString])
            let text = try run(pdftotext, ["-layout", pdfFile.path, "-"])
            var pages = text.components(separatedBy: "\u{0C}")
            if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
            return .success(pages)
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(message: "\(error)"))
        }
    }

    @discardableResult
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(message: "\(program) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
