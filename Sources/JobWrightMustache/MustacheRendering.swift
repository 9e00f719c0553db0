import Foundation

/// Named templates that include each other as partials, rendered against a `MustacheValue`.
public struct MustacheLibrary: Sendable {
    private var templates: [String: MustacheTemplate] = [:]
    /// How values are escaped until a template names a content type: HTML, as Mustache's default.
    public var defaultContentType: MustacheContentType = .html
    /// Partials included deeper than this print nothing: a partial that a value names can name
    /// itself, which no check before rendering can see.
    public static let deepestPartial = 64

    /// Templates, sections and partials rendered inside each other deeper than this end the
    /// render as one without end (each level is frames of the stack).
    public static let deepestRender = 256

    public init() {}

    public mutating func register(_ template: MustacheTemplate, named name: String) { templates[name] = template }

    public func template(named name: String) -> MustacheTemplate? { templates[name] }

    /// Tags and texts rendered at most, in one render: a posting renders a few thousand, a
    /// thousand rubric packets fit. Sections over lists nested in each other, or partials
    /// included many times at each of many levels, would otherwise render without end.
    public static let mostTokens = 1_000_000

    /// The named template rendered with `value` as its context; nil when there is no such
    /// template, or when it would render more than `mostTokens` tags and texts or nest
    /// templates deeper than `deepestRender`.
    public func render(_ value: MustacheValue, withTemplate name: String) -> String? {
        renderUTF8(value, withTemplate: name).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `render(_:withTemplate:)` as UTF-8 bytes, for a caller that goes on working on bytes:
    /// the output is never made a String, so never checked as UTF-8 here (its texts are whole
    /// characters from Strings: the templates' and the values').
    public func renderUTF8(_ value: MustacheValue, withTemplate name: String) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        return renderUTF8(template, value)
    }

    /// `template` rendered with `value` as its context, its partials taken from this library;
    /// nil when it would render more than `mostTokens` tags and texts or nest templates deeper
    /// than `deepestRender`.
    public func render(_ template: MustacheTemplate, _ value: MustacheValue) -> String? {
        renderUTF8(template, value).map { String(decoding: $0, as: UTF8.self) }
    }

    func renderUTF8(_ template: MustacheTemplate, _ value: MustacheValue) -> [UInt8]? {
        var output: [UInt8] = []
        let renderer = MustacheRenderer(library: self, state: RenderState(value, budget: Self.mostTokens))
        renderer.render(template, RenderContext(contentType: defaultContentType), into: &output)
        return renderer.state.remaining < 0 ? nil : output
    }
}

/// Where in a list a section's element is: what `first()`, `last()`, `index()`, `even()` and
/// `odd()` read.
private struct ListPosition {
    var first = true
    var last = false
    var index = 0

    func transform(_ name: String) -> MustacheValue? {
        switch name {
        case "first": .flag(first)
        case "last": .flag(last)
        case "index": .number(index)
        case "even": .flag(index & 1 == 0)
        case "odd": .flag(index & 1 == 1)
        default: nil
        }
    }
}

/// What a template is rendered in: set by the sections, partials and blocks around it, and
/// copied as they nest. (The stack of values is not here but in `RenderState`: copied with
/// every context, it was an array copied and grown for every element of every list.)
private struct RenderContext {
    var position: ListPosition?
    var indentation: String?
    var overrides: [String: MustacheTemplate]?
    var contentType: MustacheContentType
    /// Partials and blocks open around this point.
    var partialDepth = 0
    /// Templates (sections, partials, blocks) rendered around this point.
    var depth = 0

    func at(_ position: ListPosition?) -> RenderContext {
        var context = self
        context.position = position
        return context
    }

    func inPartial(indented: String?, overriding: [String: MustacheTemplate]?, contentType: MustacheContentType) -> RenderContext {
        var context = self
        context.position = nil
        context.partialDepth += 1
        if let indented { context.indentation = (indentation ?? "") + indented }
        if let overriding { context.overrides = (overrides ?? [:]).merging(overriding) { outer, _ in outer } }
        context.contentType = contentType
        return context
    }
}

/// What the whole render shares: the stack of values the sections have opened (the innermost
/// last), pushed and popped around each section's body, and what is left of
/// `MustacheLibrary.mostTokens`.
private final class RenderState {
    // Only this render, on one thread, reads and writes these, never while another access to
    // the same property is open: the run-time exclusivity checks (a fifth of the renderer's
    // own time on the packets) are left out.
    @exclusivity(unchecked) var stack: [MustacheValue]
    @exclusivity(unchecked) var remaining: Int

    init(_ value: MustacheValue, budget: Int) {
        stack = [value]
        remaining = budget
    }

    /// `body` rendered with `value` on top of the stack.
    func with(_ value: MustacheValue, _ body: () -> Void) {
        stack.append(value)
        body()
        stack.removeLast()
    }
}

private struct MustacheRenderer {
    let library: MustacheLibrary
    let state: RenderState

    func render(_ template: MustacheTemplate, _ context: RenderContext, into output: inout [UInt8]) {
        var context = context
        context.depth += 1
        state.remaining -= template.tokens.count
        guard context.depth <= MustacheLibrary.deepestRender else {
            state.remaining = -1  // a render without end, as the library reports it
            return
        }
        guard state.remaining >= 0 else { return }
        guard let indentation = context.indentation, !indentation.isEmpty else {
            for token in template.tokens { render(token, &context, into: &output) }
            return
        }
        // In an indented partial, a line this template starts gets the indentation. As in
        // swift-mustache, that is judged on this template's own output (what it wrote after
        // `start`): a section's items after the first, each rendered on its own, are not indented
        // again. (A line ends with a line feed; "\r\n" is one character to Swift, which
        // swift-mustache's check reads.)
        let start = output.count
        var piece: [UInt8] = []
        for token in template.tokens {
            piece.removeAll(keepingCapacity: true)
            render(token, &context, into: &piece)
            let own = output.count - start
            if !piece.isEmpty && own > 0 && output[output.count - 1] == 0x0A && !(own > 1 && output[output.count - 2] == 0x0D) {
                output.appendUTF8(of: indentation)
            }
            output += piece
        }
    }

    private func render(_ token: MustacheToken, _ context: inout RenderContext, into output: inout [UInt8]) {
        switch token {
        case .text(let text):
            output += text
        case .variable(let name, let escaped):
            guard let value = lookUp(name, context) else { return }
            let printed = value.printed
            if escaped {
                context.contentType.append(printed, to: &output)
            } else {
                output.appendUTF8(of: printed)
            }
        case .section(let name, let template, let inverted):
            let value = lookUp(name, context)
            if inverted {
                renderInverted(value, template, context, into: &output)
            } else {
                renderSection(value, template, context, into: &output)
            }
        case .partial(let name, let dynamic, let indentation, let overrides):
            var partialName = name
            if dynamic {
                guard case .text(let named)? = lookUp(MustacheName(name, transforms: []), context) else { return }
                partialName = named
            }
            guard let template = library.template(named: partialName), context.partialDepth < MustacheLibrary.deepestPartial else { return }
            render(template, context.inPartial(indented: indentation, overriding: overrides, contentType: library.defaultContentType), into: &output)
        case .block(let name, let template, let indentation):
            guard context.partialDepth < MustacheLibrary.deepestPartial else { return }
            let chosen = context.overrides?[name] ?? template
            render(chosen, context.inPartial(indented: indentation, overriding: nil, contentType: context.contentType), into: &output)
        case .blockOverride:
            break
        case .contentType(let contentType):
            context.contentType = contentType
        }
    }

    private func renderSection(_ value: MustacheValue?, _ template: MustacheTemplate, _ context: RenderContext, into output: inout [UInt8]) {
        switch value {
        case .list(let elements)?:
            var position = ListPosition()
            for (index, element) in elements.enumerated() {
                position.index = index
                position.first = index == 0
                position.last = index == elements.count - 1
                let inner = context.at(position)
                state.with(element) { render(template, inner, into: &output) }
            }
        case .flag(let flag)?:
            if flag { render(template, context, into: &output) }
        case let value?:
            let inner = context.at(nil)
            state.with(value) { render(template, inner, into: &output) }
        case nil:
            break
        }
    }

    private func renderInverted(_ value: MustacheValue?, _ template: MustacheTemplate, _ context: RenderContext, into output: inout [UInt8]) {
        switch value {
        case .list(let elements)?:
            if elements.isEmpty {
                let inner = context.at(nil)
                state.with(.list([])) { render(template, inner, into: &output) }
            }
        case .flag(let flag)?:
            if !flag { render(template, context, into: &output) }
        case .some:
            break
        case nil:
            render(template, context, into: &output)
        }
    }

    // MARK: - Names

    private func lookUp(_ name: MustacheName, _ context: RenderContext) -> MustacheValue? {
        var value: MustacheValue?
        switch name.lookup {
        case .current:
            value = state.stack.last
        case .position:
            // `last()`: the first transform (the innermost) reads the list position.
            guard let position = context.position, let innermost = name.transforms.last,
                  let result = position.transform(innermost) else { return nil }
            return apply(name.transforms.dropLast(), to: result)
        case .top:
            let parts = name.parts
            value = state.stack.last.flatMap { child(parts[...], of: $0) }
        case .stack:
            let parts = name.parts
            guard let first = parts.first else {
                value = state.stack.last
                break
            }
            for object in state.stack.reversed() {
                if let found = member(first, of: object) {
                    value = child(parts.dropFirst(), of: found)
                    break
                }
            }
        }
        guard let value else { return nil }
        return apply(name.transforms[...], to: value)
    }

    private func child(_ parts: ArraySlice<String>, of value: MustacheValue) -> MustacheValue? {
        var current = value
        for part in parts {
            guard let next = member(part, of: current) else { return nil }
            current = next
        }
        return current
    }

    private func member(_ name: String, of value: MustacheValue) -> MustacheValue? {
        guard case .object(let members) = value else { return nil }
        return members[name]
    }

    /// Transforms apply from the innermost out: `a(b(x))` is `b`, then `a`.
    private func apply(_ transforms: ArraySlice<String>, to value: MustacheValue) -> MustacheValue? {
        var current = value
        for transform in transforms.reversed() {
            guard let next = current.transformed(by: transform) else { return nil }
            current = next
        }
        return current
    }
}

extension MustacheValue {
    /// The transforms swift-mustache offers for each kind of value.
    func transformed(by name: String) -> MustacheValue? {
        switch self {
        case .text(let text):
            switch name {
            case "empty": return .flag(text.isEmpty)
            case "capitalized": return .text(text.capitalized)
            case "lowercased": return .text(text.lowercased())
            case "uppercased": return .text(text.uppercased())
            case "reversed": return .text(String(text.reversed()))
            default: return nil
            }
        case .list(let values):
            switch name {
            case "first": return values.first
            case "last": return values.last
            case "reversed": return .list(values.reversed())
            case "count": return .number(values.count)
            case "empty": return .flag(values.isEmpty)
            case "sorted": return Self.sorted(values)
            default: return nil
            }
        case .object(let members):
            switch name {
            case "count": return .number(members.count)
            case "empty": return .flag(members.isEmpty)
            case "enumerated": return .list(members.map { .object(["key": .text($0.key), "value": $0.value]) })
            case "sorted": return .list(members.sorted { $0.key < $1.key }.map { .object(["key": .text($0.key), "value": $0.value]) })
            default: return nil
            }
        case .number(let number):
            switch name {
            case "equalzero": return .flag(number == 0)
            case "plusone": return .number(number + 1)
            case "minusone": return .number(number - 1)
            case "even": return .flag(number & 1 == 0)
            case "odd": return .flag(number & 1 == 1)
            default: return nil
            }
        case .flag:
            return nil
        }
    }

    /// A list of texts or of numbers, sorted; nil for any other list.
    private static func sorted(_ values: [MustacheValue]) -> MustacheValue? {
        var texts: [String] = []
        var numbers: [Int] = []
        for value in values {
            switch value {
            case .text(let text): texts.append(text)
            case .number(let number): numbers.append(number)
            default: return nil
            }
        }
        if numbers.isEmpty { return .texts(texts.sorted()) }
        return texts.isEmpty ? .list(numbers.sorted().map(MustacheValue.number)) : nil
    }
}
