import JobWrightCore
import Mustache

/// Fills a notice's text (itself a small Mustache template) from the draft's contact fields.
enum NoticeText {
    static func render(_ notice: Notice, draft: Draft) throws(JobWrightError) -> String {
        let coordinator = draft.notices.coordinator
        let values: [String: Any] = [
            "district": draft.position.district?.nilIfBlank ?? "The district",
            "position": ["title": draft.position.title?.nilIfBlank ?? "this position"],
            "flsa": draft.flsa?.rawValue ?? "",
            "coordinator": [
                "name": coordinator.name?.nilIfBlank ?? "[coordinator's name]",
                "title": coordinator.title?.nilIfBlank ?? "[coordinator's title]",
                "address": coordinator.address?.nilIfBlank ?? "[coordinator's address]",
                "email": coordinator.email?.nilIfBlank ?? "[coordinator's email]",
                "phone": coordinator.phone?.nilIfBlank ?? "[coordinator's phone]",
            ],
        ]
        do {
            let template = try MustacheTemplate(string: "{{%CONTENT_TYPE: TEXT}}" + notice.text)
            return template.render(values).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            throw JobWrightError(.badData, "the text of the notice '\(notice.id)' is not a valid template: \(error)")
        }
    }
}
