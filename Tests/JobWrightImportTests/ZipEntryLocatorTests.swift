import Foundation
import JobWrightCore
import JobWrightDocx
import JobWrightRender
@testable import JobWrightImport
import Testing

/// Import's zip locator on a real Word file and on every way of damaging one: cut short at any
/// length, or any single byte changed. Each either reads or throws; none traps or hangs.
@Suite("Zip entry locator", .timeLimit(.minutes(2)))
struct ZipEntryLocatorTests {
    static let posting: [UInt8] = {
        let (path, bytes) = try! RoundTripTests.printed(.docx)
        precondition(path.hasSuffix(".docx"))
        return bytes
    }()

    @Test func findsTheDocumentPartOfAPrintedPosting() throws {
        let member = try #require(try ZipEntryLocator(Self.posting).member(named: "word/document.xml"))
        #expect(member.method == .deflated)
        let xml = try DocxReader.contents(of: member, in: Self.posting, name: "posting.docx")
        #expect(xml.count == member.uncompressedSize)
        #expect(String(decoding: xml, as: UTF8.self).contains("<w:body>"))
        #expect(try ZipEntryLocator(Self.posting).member(named: "word/missing.xml") == nil)
    }

    @Test func aFileCutShortAtAnyLengthIsRefusedWithAMessage() {
        var refused = 0
        for length in stride(from: 0, to: Self.posting.count, by: 7) {
            do {
                _ = try ImportInput(path: "cut.docx", bytes: Array(Self.posting.prefix(length)), format: .docx)
                Issue.record("a file cut at \(length) of \(Self.posting.count) bytes was read")
            } catch {
                #expect(error.description.contains("cut.docx"))
                refused += 1
            }
        }
        #expect(refused > 100, "cut at \(Self.posting.count / 7) lengths, refused \(refused)")
    }

    @Test func anyOneByteChangedIsReadOrRefusedNeverATrap() {
        var read = 0, refused = 0
        for offset in stride(from: 0, to: Self.posting.count, by: 17) {
            var bytes = Self.posting
            bytes[offset] ^= 0xA5
            do {
                _ = try DocxReader().lines(of: bytes, name: "changed.docx")
                read += 1
            } catch {
                refused += 1
            }
        }
        // A change inside another member (styles, properties) leaves the posting readable; one in
        // the document part's data breaks its checksum.
        #expect(read > 0 && refused > 0, "read \(read), refused \(refused)")
    }
}
