import Foundation
import JobWrightAssets
import JobWrightCore
import Testing

/// The `font` of a draft and of the district profile: the typeface of the Word files, copied
/// from the profile into each new draft, saved in its place and checked where it is written.
@Suite("The font setting")
struct FontSettingTests {
    let catalog: Catalog
    init() throws { catalog = try loadDefaultCatalog() }

    @Test func aDraftKeepsItsFontInItsPlace() throws {
        let loaded = try Draft.load(path: "draft.yaml", text: "position:\n  title: Director of Technology\nworkingConditions: [Office]\nfont: Georgia\n")
        #expect(loaded.draft.font == "Georgia")
        #expect(loaded.referenceErrors(against: catalog).isEmpty)
        let saved = try loaded.draft.yaml()
        #expect(saved.contains("workingConditions:\n- Office\nfont: Georgia\napplication:"), "\(saved)")
        #expect(try Draft.load(path: "draft.yaml", text: saved).draft == loaded.draft)
    }

    @Test(arguments: [
        ("Arial, Helvetica", "draft.yaml:2:7: error: font: name one font, such as Calibri, not a list: Word takes a single name"),
        ("Serif;", "draft.yaml:2:7: error: font: name one font, such as Calibri, not a list: Word takes a single name"),
        ("' Georgia'", "draft.yaml:2:7: error: font: the font's name starts or ends with a space"),
        ("An Extremely Long Typeface Name Pro", "draft.yaml:2:7: error: font: a font's name has at most 31 characters in Word; 'An Extremely Long Typeface Name Pro' has 35"),
    ])
    func aFontWordCannotUseIsAnErrorAtItsLine(_ font: String, _ message: String) throws {
        let loaded = try Draft.load(path: "draft.yaml", text: "summary: x\nfont: \(font)\n")
        #expect(loaded.referenceErrors(against: catalog).map(\.description) == [message])
    }

    @Test func aBlankFontMeansTheDefaultAndAMisspeltKeyIsCaught() throws {
        let blank = try Draft.load(path: "draft.yaml", text: "font: \"\"\n")
        #expect(blank.referenceErrors(against: catalog).isEmpty)
        let error = #expect(throws: JobWrightError.self) { try Draft.load(path: "draft.yaml", text: "fonts: Georgia\n") }
        #expect(error?.description == "draft.yaml:1:1: error: fonts: unknown key 'fonts' (did you mean 'font'?)")
    }

    @Test func theProfilesFontGoesIntoEachNewDraft() throws {
        let profile = try DistrictProfile.load(path: "district.yaml", text: "district: Riverbend Public Schools\nfont: Georgia\n")
        #expect(profile.font == "Georgia")
        var draft = Draft()
        profile.apply(to: &draft)
        #expect(draft.font == "Georgia")
        #expect(DistrictProfile(from: draft).font == "Georgia")
        #expect(try profile.yaml().contains("\nfont: Georgia\n"))
        var untouched = Draft()
        untouched.font = "Cambria"
        try DistrictProfile.load(path: "district.yaml", text: "font: \"\"\n").apply(to: &untouched)
        #expect(untouched.font == "Cambria")
    }

    @Test func theProfileRefusesAFontWordCannotUse() {
        let error = #expect(throws: JobWrightError.self) {
            try DistrictProfile.load(path: "district.yaml", text: "district: Riverbend\nfont: Arial, Helvetica\n")
        }
        #expect(error?.description == "district.yaml:2:7: error: font: name one font, such as Calibri, not a list: Word takes a single name")
    }

    @Test func theStartersOfferTheSetting() throws {
        for path in ["Templates/starter.draft.yaml", "Templates/district.starter.yaml"] {
            let text = try #require(EmbeddedAssets.text(path))
            #expect(text.contains("\nfont: \"\""), "\(path)")
        }
        #expect(try DistrictProfile.load(path: "district.yaml", text: try #require(EmbeddedAssets.text("Templates/district.starter.yaml"))).font == nil)
    }
}
