import JobWrightCore
import JobWrightRender
import Testing

/// Inputs the libFuzzer targets in Fuzz/ found (issue 11).
@Suite("Fuzz findings: rendering")
struct FuzzFindingsRenderTests {
    /// FuzzRender: a rubric rendered as text at a width under 4 trapped ("Negative count not
    /// allowed": its rules are 4 columns short of the width). The command line asks for 0 or
    /// at least 20, the editor's preview for at least 20; the renderer now holds to 20 itself.
    @Test(arguments: [1, 2, 3, 4, 19])
    func aRubricAtATinyWidthRendersAsAt20(_ width: Int) throws {
        let text = try Fixtures.renderer.render(.rubric, draft: Fixtures.example, options: RenderOptions(format: .text, width: width))
        #expect(text.contains("\n" + String(repeating: "-", count: 16) + "\n"))
        #expect(!text.contains(String(repeating: "-", count: 17)))
    }
}
