import JobWrightCore
import Testing

/// Findings point at the field they are about: `location(of:)` answers from an index of the
/// document built once, and must say what a walk down the tree says.
@Suite("Locations of fields in a YAML document")
struct NodeLocationsTests {
    static let text = """
        position:
          title: Director of Technology
          location:
            city: Riverbend
        competencies:
          - standards.ma-dlcs
          - data.mcas-analysis
        "7": numbered key
        summary:
        """

    let document = try! YAMLDocument(path: "draft.yaml", text: text)

    func at(_ path: [String]) -> [Int] {
        let location = document.location(of: path)
        #expect(location.file == "draft.yaml")
        return [location.line ?? 0, location.column ?? 0]
    }

    @Test func aValueIsLocatedAtItsValue() {
        #expect(at(["position", "title"]) == [2, 10])
        #expect(at(["position", "location", "city"]) == [4, 11])
        #expect(at(["competencies", "1"]) == [7, 5])
    }

    @Test func aMissingFieldIsLocatedAtItsDeepestAncestor() {
        #expect(at(["position", "location", "street"]) == [4, 5])
        #expect(at(["position", "fte"]) == [2, 3])
        #expect(at(["competencies", "9"]) == [6, 3])
        #expect(at(["rubric", "rows", "0"]) == [1, 1])
    }

    @Test func anEmptyValueIsLocatedWhereItsValueWouldStart() {
        #expect(at(["summary"]) == [9, 9])
    }

    @Test func aNumberIsAKeyInAMappingAndAnIndexInAList() {
        #expect(at(["7"]) == [8, 6])
        #expect(at(["position", "0"]) == [2, 3])
    }
}
