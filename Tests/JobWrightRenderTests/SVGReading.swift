import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Reads the SVG pictures of a page back as XML (FoundationXML, in the tests only), which
/// fails on anything that is not well-formed.
enum SVGReading {
    static func parse(_ svg: String) throws -> XMLElement {
        try #require(try XMLDocument(xmlString: svg, options: []).rootElement())
    }

    /// Every `<svg>...</svg>` of a page, parsed.
    static func pictures(in page: String) throws -> [XMLElement] {
        var pictures: [XMLElement] = []
        var rest = page[...]
        while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            pictures.append(try parse(String(rest[start.lowerBound..<end.upperBound])))
            rest = rest[end.upperBound...]
        }
        return pictures
    }

    /// The elements of that name inside `element` (SVG's namespace is the default one).
    static func elements(_ name: String, in element: XMLElement) -> [XMLElement] {
        ((try? element.nodes(forXPath: ".//*[local-name()='\(name)']")) ?? []).compactMap { $0 as? XMLElement }
    }

    /// An attribute's value (`attribute(forName:)` misses them on an element in a namespace).
    static func attribute(_ name: String, of element: XMLElement) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }
}
