import Foundation
import JobWrightChecks
import JobWrightCore
import JobWrightDocx
import JobWrightRender
import ZIPFoundation

/// The renderer as the command line builds it for a rubric, the example draft, and the options
/// the Word golden files are rendered with.
enum WordFixtures {
    static let renderer: Renderer = {
        DisplayWidth.prepareLocale()
        var renderer = try! Renderer(catalog: try! CatalogSource.load(), templates: try! TemplateSet.load())
        renderer.neverAsk = try! RuleData.load().interview.printedNeverAsk
        return renderer
    }()

    static let example: Draft = try! Draft.load(path: "example.draft.yaml", text: DraftTemplates.example).draft

    /// Two candidates and one interviewer for the rubric: two packets.
    static func options(for kind: DocumentKind, ascii: Bool = false) -> RenderOptions {
        RenderOptions(format: .docx, ascii: ascii,
                      candidates: kind == .rubric ? ["A. Rivera", "B. Chen"] : [],
                      interviewers: kind == .rubric ? ["J. Doe"] : [])
    }

    static func docx(_ kind: DocumentKind, draft: Draft = example, ascii: Bool = false) throws -> Data {
        try renderer.renderDocx(kind, draft: draft, options: options(for: kind, ascii: ascii))
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let goldenDirectory = packageRoot.appendingPathComponent("Tests/JobWrightDocxTests/Golden")
}

/// A Word file opened for reading: its entries in order, and each part's text.
struct OpenedWordFile {
    let archive: Archive

    init(_ data: Data) throws {
        archive = try Archive(data: data, accessMode: .read)
    }

    var paths: [String] { archive.map(\.path) }

    func text(_ path: String) throws -> String {
        guard let entry = archive[path] else { throw WordFileError.missingPart(path) }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}

enum WordFileError: Error { case missingPart(String) }
