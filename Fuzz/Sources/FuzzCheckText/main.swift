import Foundation
import FuzzSupport
import JobWrightChecks
import JobWrightCore

/// `jobwright check --text` (`Checker.check(text:file:)`) on any UTF-8 text, and `--question`
/// on its first line. Every finding must name the file and a line and column inside the text
/// (columns count characters, as the checker says); the report, as text and as JSON, must be
/// free of control characters whatever the text holds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCheckText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let environment = fuzz
    guard let text = utf8Text(bytes(data, size)) else { return 0 }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let findings = environment.checker.check(text: text, file: "fuzz.txt")
    for finding in findings {
        guard finding.file == "fuzz.txt" else { fail("a finding names the file \(quoted(finding.file)): \(finding)") }
        guard let line = finding.line, let column = finding.column else { fail("a finding has no line and column: \(finding)") }
        guard (1...lines.count).contains(line) else { fail("a finding names line \(line) of \(lines.count): \(finding)") }
        let length = lines[line - 1].count
        guard (1...(length + 1)).contains(column) else {
            fail("a finding names column \(column) of line \(line), which has \(length) characters: \(finding)")
        }
    }
    // "No colour or other terminal escapes are ever written", whatever the text holds.
    requireNoControlCharacters(FindingReport.text(findings), "the report")
    do {
        _ = try JSONEncoder().encode(findings)
    } catch {
        fail("the findings do not encode as JSON: \(error)")
    }

    let question = String(lines.first ?? "")
    for finding in environment.checker.check(question: question) where finding.file != "<question>" {
        fail("a question's finding names the file \(quoted(finding.file))")
    }
    return 0
}

@_cdecl("FuzzCheckText_main")
public func fuzzCheckTextMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzCheckText)
}
