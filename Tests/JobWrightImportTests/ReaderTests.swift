import Foundation
@testable import JobWrightImport
import Testing

@Suite("Reading old postings")
struct ReaderTests {
    @Test func plainTextFindsHeadingsBulletsAndJoinsWrappedLines() {
        let text = """
            DIRECTOR OF TECHNOLOGY

            ESSENTIAL DUTIES:
            - Oversee the district's E-rate filings and keep
              the records the program requires.
            2. Lead the help desk.
            Qualifications:
            Master's degree in educational technology or a
            related field.
            """
        let lines = PlainTextReader().lines(of: text)
        #expect(lines.map(\.shape) == [.heading, .heading, .bullet, .bullet, .heading, .paragraph])
        #expect(lines[2].text == "Oversee the district's E-rate filings and keep the records the program requires.")
        #expect(lines[2].number == 4)
        #expect(lines[1].text == "ESSENTIAL DUTIES")
        #expect(lines[5].text == "Master's degree in educational technology or a related field.")
    }

    @Test func markdownReducesMarksAndKeepsLinkAddresses() {
        let text = "# Director of Technology\n\n**Essential duties**\n\n- Lead **all** `network` work\n  across buildings.\n\nApply at [our site](https://jobs.example.org/123).\n"
        let lines = MarkdownReader().lines(of: text)
        #expect(lines.map(\.shape) == [.heading, .heading, .bullet, .paragraph])
        #expect(lines[2].text == "Lead all network work across buildings.")
        #expect(lines[3].text == "Apply at our site (https://jobs.example.org/123).")
    }

    @Test func htmlGivesBlocksWithTheirLinesAndDecodesEntities() {
        let html = """
            <!DOCTYPE html><html><head><title>x</title><style>p{}</style></head>
            <body>
            <h1>Director of Technology</h1>
            <p>Riverbend Public Schools &amp; partners</p>
            <ul>
            <li>Manage the district&#8217;s network
                and wireless.</li>
            <li>Lead <b>cybersecurity</b></li>
            </ul>
            <script>var a = "<li>no</li>";</script>
            </body></html>
            """
        let lines = HTMLReader().lines(of: html)
        #expect(lines.map(\.text) == ["Director of Technology", "Riverbend Public Schools & partners",
                                      "Manage the district’s network and wireless.", "Lead cybersecurity"])
        #expect(lines.map(\.shape) == [.heading, .paragraph, .bullet, .bullet])
        #expect(lines.map(\.number) == [3, 4, 6, 8])
    }

    @Test func wordParagraphsWithStylesAndNumbering() {
        let xml = """
            <?xml version="1.0"?><w:document xmlns:w="x"><w:body>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Essential Duties</w:t></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">Lead the </w:t></w:r><w:r><w:t>E-rate &amp; budget</w:t></w:r></w:p>
            <w:p/>
            <w:p><w:r><w:t>Apply</w:t><w:tab/><w:t>online</w:t></w:r></w:p>
            <w:p><w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>Chart box</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:p><w:r><w:t>Chart text</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent></w:r></w:p>
            </w:body></w:document>
            """
        let lines = DocxReader.paragraphs(ofDocumentXML: xml)
        #expect(lines == [SourceLine(number: 1, text: "Essential Duties", shape: .heading),
                          SourceLine(number: 2, text: "Lead the E-rate & budget", shape: .bullet),
                          SourceLine(number: 4, text: "Apply online", shape: .paragraph)])
    }

    /// Texts where a byte-by-byte shortcut could part from reading character by character:
    /// combining marks after a line feed or a colon, carriage returns, non-ASCII on either side,
    /// spaces of every kind at the ends.
    static let awkwardTexts = [
        "", ":", "\n", "\n\n", "a\nb", "a\r\nb\rc\n", "\n\u{301}x", "Reports to: Superintendent", "Reports to:\u{301} x: y",
        "é:x", "x:é", "a:\u{200D}b:c", "\u{A0}\u{2003}Title\u{3000}: \u{202F}Director\t ", "no colon here", " \u{301}: a",
        "line one\n  - bullet:\n\u{FEFF}third\u{85}\n", "👩‍💻:🙂\n:", "::", "\t:\t",
    ]

    @Test func linesAreSplitAsCharactersSplitThem() {
        for text in Self.awkwardTexts {
            #expect(PlainTextReader.splitLines(text) == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
        }
    }

    @Test func theFirstColonIsTheFirstColonCharacter() {
        for text in Self.awkwardTexts {
            #expect(text.firstColon == text.firstIndex(of: ":"), "\(text.debugDescription)")
            #expect(text.trimmingBlanks == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    @Test func controlCharactersAreRemovedAsScalarByScalar() {
        for text in Self.awkwardTexts + ["\u{7F}a\u{1B}b\u{9F}", "\u{A0}x", "plain text, nothing to remove"] {
            var scalars = String.UnicodeScalarView()
            for scalar in text.unicodeScalars where scalar == "\n" || scalar == "\t" || !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{FEFF}") {
                scalars.append(scalar == "\u{00A0}" ? " " : scalar)
            }
            #expect(ImportInput.removingControlCharacters(text) == String(scalars), "\(text.debugDescription)")
        }
    }

    @Test func charactersAndWordsAreCountedAsCharactersCountThem() {
        for text in Self.awkwardTexts + ["ESSENTIAL DUTIES", "ESSENTIAL DUTIES:", "Hi", "ABc", "AB", "  a  b  ", "a\r\nb c", "ÉTÉ", "ÉTÉ été"] {
            #expect(text.characterCount == text.count, "\(text.debugDescription)")
            #expect(text.spaceSeparatedCount == text.split(separator: " ").count, "\(text.debugDescription)")
            let letters = text.filter(\.isLetter)
            #expect(PlainTextReader.isInCapitals(text) == (letters.count >= 3 && letters.allSatisfy({ $0.isUppercase })), "\(text.debugDescription)")
        }
    }

    /// Only a line starting with a mark's first ASCII character, or not with ASCII, is compared
    /// with the marks; a mark written as a canonically equivalent character still counts.
    @Test func bulletMarksAreFoundAsBeforeTheShortcut() {
        let cases: [(String, String?)] = [("- item", "item"), ("* item", "item"), ("o item", "item"), ("> item", "item"), ("• item", "item"),
                                          ("\u{0387} item", "item"), ("Plan the network", nil), ("-item", nil), ("1. First", "First"),
                                          ("a) second", "second"), ("", nil), ("ó item", nil)]
        for (line, body) in cases { #expect(PlainTextReader.bulletBody(line) == body, "\(line.debugDescription)") }
        for text in Self.awkwardTexts { #expect(text.containsByte(0x0D) == text.utf8.contains(0x0D)) }
    }
}

