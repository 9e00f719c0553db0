import JobWrightCore
import JobWrightMustache

/// The notices' texts parsed once (each is a small Mustache template), filled per draft from
/// its contact fields.
struct NoticeTexts: Sendable {
    private let templates: [String: MustacheTemplate]

    init(catalog: Catalog) throws(JobWrightError) {
        var templates: [String: MustacheTemplate] = [:]
        for notice in catalog.notices {
            do {
                templates[notice.id] = try MustacheTemplate("{{%CONTENT_TYPE: TEXT}}" + notice.text)
            } catch {
                throw JobWrightError(.badData, "the text of the notice '\(notice.id)' is not a valid template: \(error)")
            }
        }
        self.templates = templates
    }

    func render(_ notice: Notice, draft: Draft) -> String {
        guard let template = templates[notice.id] else { return notice.text }
        let coordinator = draft.notices.coordinator
        let values: MustacheValue = [
            "district": .text(draft.position.district?.nilIfBlank ?? "The district"),
            "position": ["title": .text(draft.position.title?.nilIfBlank ?? "this position")],
            "flsa": .text(draft.flsa?.rawValue ?? ""),
            "coordinator": [
                "name": .text(coordinator.name?.nilIfBlank ?? "[coordinator's name]"),
                "title": .text(coordinator.title?.nilIfBlank ?? "[coordinator's title]"),
                "address": .text(coordinator.address?.nilIfBlank ?? "[coordinator's address]"),
                "email": .text(coordinator.email?.nilIfBlank ?? "[coordinator's email]"),
                "phone": .text(coordinator.phone?.nilIfBlank ?? "[coordinator's phone]"),
            ],
        ]
        // A notice is a few sentences with no sections: it never reaches the library's limit.
        return (MustacheLibrary().render(template, values) ?? notice.text).collapsingWhitespace
    }
}
