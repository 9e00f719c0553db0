import FuzzSupport
import JobWrightCore
import JobWrightRender

/// Catalog loading (`CatalogLoader.load`, as a district's override folder is read): the first
/// byte picks which of the eight catalog files the rest of the input replaces; the built-in
/// files give the others. A refusal must list escape-free messages with places that exist; a
/// catalog that loads must give a renderer (or a catalog error saying why not), and must render
/// the example draft without a control character when the draft's ids are all in it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalogLoad(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let environment = fuzz
    let input = bytes(data, size)
    guard let selector = input.first, let text = utf8Text(input.dropFirst()) else { return 0 }
    let name = CatalogFile.names[Int(selector) % CatalogFile.names.count]
    let path = "district/" + name
    var files = environment.catalogFiles
    files[files.firstIndex { $0.name == name }!] = CatalogFile(name: name, displayPath: path, text: text)

    let catalog: Catalog
    do {
        catalog = try CatalogLoader.load(files)
    } catch {
        if error.errors.isEmpty { fail("the catalog was refused with no message") }
        for problem in error.errors { requireSensibleError(problem, file: path, text: text) }
        return 0
    }
    var renderer: Renderer
    do {
        renderer = try Renderer(catalog: catalog, templates: environment.renderer.templates)
    } catch {
        requireSensibleError(error, file: path, text: text)
        return 0
    }
    renderer.neverAsk = environment.renderer.neverAsk
    // The example draft, when its ids are all in this catalog, renders the document that reads
    // the changed file (one document per input keeps the runs fast).
    guard exampleLoaded.referenceErrors(against: catalog).isEmpty else { return 0 }
    let kind: DocumentKind = switch name {
    case "frameworks.yaml", "areas.yaml": .alignment
    case "scales.yaml", "questions.yaml": .rubric
    default: .posting
    }
    do {
        let output = try renderer.render(kind, draft: exampleLoaded.draft, options: RenderOptions(format: .text))
        requireNoControlCharacters(output, "the example's \(kind) with this catalog", formFeedLines: true)
    } catch {
        fail("the example's \(kind) does not render with a catalog that loaded: \(error)")
    }
    return 0
}

@_cdecl("FuzzCatalogLoad_main")
public func fuzzCatalogLoadMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzCatalogLoad)
}
