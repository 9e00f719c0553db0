import Foundation
import Testing

@Suite("jobwright import on the command line")
struct ImportCommandTests {
    static let postings = CLI.packageRoot.appendingPathComponent("Tests/JobWrightImportTests/Fixtures/postings")

    @Test(arguments: ["01-konawa-technology-director.txt", "02-wilkes-director-of-technology.html", "04-westford-director-of-technology.md"])
    func aRealPostingBecomesADraftThatRendersAndTheReportNamesEveryLine(_ file: String) throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("draft.yaml").path
        let run = try CLI.run(["import", Self.postings.appendingPathComponent(file).path, "--output", draft])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("WHAT EACH LINE BECAME"))
        #expect(run.stdout.contains("AREAS OF THE PROFILE THE OLD POSTING LEAVES UNCOVERED"))
        #expect(run.stdout.contains("CHECKS OF THE NEW DRAFT"))
        let text = try String(contentsOfFile: draft, encoding: .utf8)
        #expect(text.contains("importReview:"))
        #expect(try CLI.run(["render", "posting", draft, "--force"]).status == 0)
        #expect(try CLI.run(["check", draft]).stdout.contains("error"))  // no pay range or notices yet: check says so
        // The rubric a committee prints has a row per area the posting covers, as the report says.
        #expect(run.stdout.contains("RUBRIC PROPOSED"))
        let rubric = try CLI.run(["render", "rubric", draft])
        #expect(rubric.status == 0, "\(rubric.stderr)")
        #expect(rubric.stdout.contains("Question (") && rubric.stdout.contains("Weighted score"), "\(rubric.stdout.prefix(3000))")
    }

    @Test func theJSONReportListsEveryLineWithWhatItBecame() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("draft.yaml").path
        let source = Self.postings.appendingPathComponent("01-konawa-technology-director.txt").path
        let run = try CLI.run(["import", source, "--output", draft, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let lines = report?["lines"] as? [[String: Any]] ?? []
        // Every line of the source is in the report (a wrapped paragraph's lines as one entry).
        let sourceLines = try String(contentsOfFile: source, encoding: .utf8).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let reported = lines.compactMap { $0["text"] as? String }
        for line in sourceLines {
            let body = line.hasPrefix("- ") ? String(line.dropFirst(2)) : line
            #expect(reported.contains { $0.contains(body) }, "not in the report: \(line)")
        }
        #expect(Set(lines.compactMap { $0["became"] as? String }).isSubset(of: ["bullet", "own", "fact", "qualification", "summary", "heading", "note"]))
        #expect(lines.contains { $0["became"] as? String == "bullet" && ($0["matches"] as? [[String: Any]])?.isEmpty == false })
        #expect((report?["uncoveredAreas"] as? [[String: Any]])?.isEmpty == false)
        #expect(report?["findings"] is [[String: Any]])
    }

    /// The text report's checks run on the draft in memory, the JSON report's on the draft read
    /// back (for each finding's line): both list the same findings.
    @Test(arguments: ["02-wilkes-director-of-technology.html", "05-edtechrecruiting-executive-director-data-technology.txt"])
    func theTextAndJSONReportsListTheSameFindings(_ file: String) throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = Self.postings.appendingPathComponent(file).path
        let text = try CLI.run(["import", source, "--output", folder.appendingPathComponent("a.yaml").path])
        let json = try CLI.run(["import", source, "--output", folder.appendingPathComponent("b.yaml").path, "--format", "json"])
        #expect(text.status == 0 && json.status == 0, "\(text.stderr)\(json.stderr)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("a.yaml")) == Data(contentsOf: folder.appendingPathComponent("b.yaml")))
        let findings = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["findings"] as? [[String: Any]] ?? []
        #expect(findings.count >= 3)
        #expect(findings.contains { $0["line"] is Int })
        let checks = text.stdout.components(separatedBy: "CHECKS OF THE NEW DRAFT\n").last ?? ""
        for finding in findings {
            let field = (finding["field"] as? String).map { $0 + ": " } ?? ""
            #expect(checks.contains("\(finding["severity"] as? String ?? ""): \(field)\(finding["message"] as? String ?? "")"), "\(finding)")
        }
        #expect(checks.components(separatedBy: "\n").filter { $0.hasPrefix("  error: ") || $0.hasPrefix("  warning: ") || $0.hasPrefix("  notice: ") }.count == findings.count)
    }

    @Test func withoutOutputTheDraftGoesToStandardOutputAndTheReportToStandardError() throws {
        let run = try CLI.run(["import", "-"], stdin: "Director of Technology\n\nResponsibilities\n- Manage the district's E-rate applications and records.\n")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("jobwright: 1\n"))
        #expect(run.stdout.contains("competencies:\n- assets.e-rate\n"))
        #expect(run.stderr.contains("WHAT EACH LINE BECAME"))
    }

    @Test func anExistingDraftIsNotOverwrittenWithoutForce() throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("draft.yaml")
        try "keep me\n".write(to: draft, atomically: true, encoding: .utf8)
        let run = try CLI.run(["import", Self.postings.appendingPathComponent("01-konawa-technology-director.txt").path, "--output", draft.path])
        #expect(run.status == 73)
        #expect(run.stderr.contains("--force"))
        #expect(try String(contentsOf: draft, encoding: .utf8) == "keep me\n")
    }

    /// Each bad input: a clear message naming the file, a non-zero exit, and no draft written.
    @Test(arguments: BadInput.allCases)
    func badInputIsRefusedAndNoDraftIsLeft(_ bad: BadInput) throws {
        let folder = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent(bad.fileName)
        try bad.contents().write(to: input)
        let draft = folder.appendingPathComponent("draft.yaml")
        let run = try CLI.run(["import", input.path, "--output", draft.path])
        #expect(run.status == 65, "\(bad): \(run.status) \(run.stderr)")
        #expect(run.stderr.contains(bad.fileName), "\(run.stderr)")
        #expect(run.stderr.contains(bad.expected), "\(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"))
        #expect(!FileManager.default.fileExists(atPath: draft.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [bad.fileName])
    }

    enum BadInput: String, CaseIterable, CustomStringConvertible {
        case empty, binary, notAZip, zipWithoutDocument, twentyMegabytes, otherLanguage

        var description: String { rawValue }
        var fileName: String {
            switch self {
            case .empty: "empty.txt"
            case .binary: "picture.txt"
            case .notAZip, .zipWithoutDocument: "posting.docx"
            case .twentyMegabytes: "huge.txt"
            case .otherLanguage: "puesto.txt"
            }
        }
        var expected: String {
            switch self {
            case .empty: "empty"
            case .binary: "not text"
            case .notAZip: "not a zip archive"
            case .zipWithoutDocument: "no word/document.xml"
            case .twentyMegabytes: "20.0 MB"
            case .otherLanguage: "English"
            }
        }
        func contents() throws -> Data {
            switch self {
            case .empty: return Data("  \n\n".utf8)
            case .binary: return Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array(repeating: 0, count: 64))
            case .notAZip: return Data("this is a Word file, honestly\n".utf8)
            case .zipWithoutDocument:
                // A real zip archive (one stored entry, docProps/app.xml) without word/document.xml.
                return ZipWithOneEntry.data(name: "docProps/app.xml", contents: Data("<Properties/>".utf8))
            case .twentyMegabytes: return Data(repeating: 0x61, count: 20 * 1024 * 1024)
            case .otherLanguage:
                return Data(String(repeating: "El director de tecnología dirige el departamento, supervisa al personal técnico y coordina la formación de los docentes en cada escuela del distrito. ", count: 4).utf8)
            }
        }
    }
}

/// The smallest valid zip archive: one entry, stored (not compressed), with its CRC.
enum ZipWithOneEntry {
    static func data(name: String, contents: Data) -> Data {
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
        func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        let crc = crc32(contents)
        let nameBytes = Array(name.utf8)
        var out: [UInt8] = []
        let local = [0x50, 0x4B, 0x03, 0x04] + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21) + le32(crc)
            + le32(UInt32(contents.count)) + le32(UInt32(contents.count)) + le16(nameBytes.count) + le16(0)
        out += local + nameBytes + contents
        let centralOffset = out.count
        let central = [0x50, 0x4B, 0x01, 0x02] + le16(20) + le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21) + le32(crc)
            + le32(UInt32(contents.count)) + le32(UInt32(contents.count)) + le16(nameBytes.count) + le16(0) + le16(0)
            + le16(0) + le16(0) + le32(0) + le32(0)
        out += central + nameBytes
        let end = [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(1) + le16(1) + le32(UInt32(central.count + nameBytes.count))
            + le32(UInt32(centralOffset)) + le16(0)
        out += end
        return Data(out)
    }

    static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}

extension ImportCommandTests {
    /// With a district profile, what the old posting leaves empty comes from it (whom to ask,
    /// the coordinator, the address), and the report says which fields; what the posting says
    /// stays; `--no-profile` leaves the blanks.
    @Test func theDistrictProfileFillsWhatThePostingLeavesEmpty() throws {
        let home = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["XDG_CONFIG_HOME": home.path]
        #expect(try CLI.run(["district", "--from", CLI.example], environment: environment).status == 0)
        let source = Self.postings.appendingPathComponent("09-portsmouth-technology-director.txt").path
        let draft = home.appendingPathComponent("draft.yaml").path
        let run = try CLI.run(["import", source, "--output", draft], environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        let profilePart = run.stdout.components(separatedBy: "FROM THE DISTRICT PROFILE (THE POSTING LEFT THEM EMPTY)\n").last ?? ""
        // The posting names its place (Portsmouth, New Hampshire), so the profile's is not taken.
        #expect(profilePart.hasPrefix("  position.department, position.contractDays, "), "\(run.stdout)")
        #expect(profilePart.contains("notices.coordinator") && !profilePart.prefix(200).contains("position.district"))
        let text = try String(contentsOfFile: draft, encoding: .utf8)
        #expect(text.contains("district: Portsmouth School Department"), "the posting's own district stays")
        #expect(text.contains("city: Portsmouth") && !text.contains("city: Riverbend"), "\(text.prefix(800))")
        #expect(!run.stdout.contains("notices.coordinator.name: the nondiscrimination notice lacks"))
        let bare = try CLI.run(["import", source, "--output", draft, "--force", "--no-profile"], environment: environment)
        #expect(bare.status == 0 && !bare.stdout.contains("FROM THE DISTRICT PROFILE"))
        #expect(bare.stdout.contains("notices.coordinator.name: the nondiscrimination notice lacks"))
    }
}
