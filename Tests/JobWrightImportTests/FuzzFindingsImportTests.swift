import Foundation
import JobWrightCore
@testable import JobWrightImport
import Testing

/// What FuzzImport found, each kept as a test (and as a `regress-*` file of its corpus).
@Suite("Import fuzz findings")
struct FuzzFindingsImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A Word file whose zip directory points past the file's end trapped inside ZIPFoundation's
    /// in-memory reader. Import's own zip locator checks every offset and refuses it.
    @Test func aZipWhoseDirectoryPointsPastItsEndIsRefusedWithAMessage() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("corrupt-directory.docx")))
        #expect {
            try ImportInput(path: "corrupt.docx", bytes: bytes)
        } throws: { error in
            (error as? JobWrightError)?.description.contains("corrupt.docx") == true
        }
    }

    /// A Word file with a damaged document part made ZIPFoundation's file reader ask for more
    /// input for ever (at the file's end an empty read left its inflate loop unchanged). The
    /// inflater is now fed only the member's own bytes and stops at their end or at the size the
    /// directory gives; the checksum is checked.
    @Test(.timeLimit(.minutes(1)))
    func aWordFileWithADamagedDocumentPartIsRefusedWithAMessage() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("truncated-stream.docx")))
        #expect {
            try ImportInput(path: "cut.docx", bytes: bytes)
        } throws: { error in
            let message = (error as? JobWrightError)?.description ?? ""
            return message.contains("cut.docx") && message.contains("word/document.xml")
        }
    }

    /// ZIPFoundation's inflate loop tells zlib each chunk is 64 KB long; a damaged stream whose
    /// last chunk was shorter made zlib read past it (a crash under AddressSanitizer). Chunks are
    /// now given in full, the last one padded with zeros, and the file is refused.
    @Test(.timeLimit(.minutes(1)))
    func aDamagedStreamIsNeverReadPastItsEnd() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("corrupt-stream.docx")))
        #expect {
            try ImportInput(path: "damaged.docx", bytes: bytes)
        } throws: { error in
            (error as? JobWrightError)?.description.contains("damaged.docx") == true
        }
    }

    /// Text after a paragraph end with no paragraph open was numbered 0.
    @Test func textOutsideAnyParagraphIsNumberedFromOne() {
        let lines = DocxReader.paragraphs(ofDocumentXML: "<w:r><w:t>Lead the help desk</w:t></w:r></w:p>")
        #expect(lines == [SourceLine(number: 1, text: "Lead the help desk", shape: .paragraph)])
    }

    /// XML may not hold control characters, but a hostile Word file can; they never reach a draft.
    @Test func controlCharactersInAWordFileAreDropped() {
        let lines = DocxReader.paragraphs(ofDocumentXML: "<w:p><w:r><w:t>Manage\u{01} the E-rate\u{1B}[2J budget</w:t></w:r></w:p>")
        #expect(lines.map(\.text) == ["Manage the E-rate[2J budget"])
    }

    /// A Markdown line whose marks leave no text ("*") made an empty line, and the next line was
    /// joined to it after a space.
    @Test func aMarkdownLineOfMarksOnlyIsNoLine() {
        let lines = MarkdownReader().lines(of: "# Director\n\n*\nManchester Essex Regional School District**\n\n# **\n")
        #expect(lines == [SourceLine(number: 1, text: "Director", shape: .heading),
                          SourceLine(number: 4, text: "Manchester Essex Regional School District", shape: .paragraph)])
        #expect(PlainTextReader().lines(of: "Duties\n:\n- Lead the help desk.\n").map(\.text) == ["Duties", "Lead the help desk."])
    }
}
