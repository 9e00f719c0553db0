import FuzzSupport
import JobWrightCore

/// Draft loading (`Draft.load`, as every command reads a draft). A refusal is expected for most
/// inputs and must be a one-place, escape-free message; a draft that loads must save as YAML and
/// load back to the same draft (what the editor does on every save), and its checks must not trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDraftLoad(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let environment = fuzz
    guard let text = utf8Text(bytes(data, size)) else { return 0 }
    let loaded: LoadedDraft
    do {
        loaded = try Draft.load(path: "fuzz.yaml", text: text)
    } catch {
        requireSensibleError(error, file: "fuzz.yaml", text: text)
        return 0
    }
    let draft = loaded.draft
    let yaml: String
    do { yaml = try draft.yaml() } catch { fail("a loaded draft cannot be written as YAML: \(error)") }
    requireNoControlCharacters(yaml, "the saved YAML")
    let reloaded: Draft
    do {
        reloaded = try Draft.load(path: "saved.yaml", text: yaml).draft
    } catch {
        fail("the saved draft does not load: \(error)\n--- saved:\n\(yaml)")
    }
    if reloaded != draft {
        fail("the saved draft loads as a different draft\n--- saved:\n\(yaml)\n--- first: \(draft)\n--- reloaded: \(reloaded)")
    }
    do {
        let again = try reloaded.yaml()
        if again != yaml { fail("saving the reloaded draft gives other bytes\n--- first:\n\(yaml)\n--- second:\n\(again)") }
    } catch {
        fail("the reloaded draft cannot be written as YAML: \(error)")
    }
    // What `render` and `check` ask of every loaded draft before anything else.
    for problem in loaded.referenceErrors(against: environment.renderer.catalog) + loaded.hardRuleErrors() {
        requireSensibleError(problem, file: "fuzz.yaml", text: text)
    }
    return 0
}

@_cdecl("FuzzDraftLoad_main")
public func fuzzDraftLoadMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzDraftLoad)
}
