/// A dialog that holds something the user wrote (a question, a bullet, the district profile):
/// one Esc never throws it away. The first Esc says so; a second one closes.
protocol WrittenDialog {
    var confirmingDiscard: Bool { get set }
    var error: String? { get set }
    /// True when closing now would lose something typed or marked.
    var hasWritten: Bool { get }
}

enum EscapeOutcome { case notEscape, close, warned }

extension WrittenDialog {
    /// Call for every key: any other key forgets a pending Esc.
    mutating func onEscape(_ key: Key, warning: String) -> EscapeOutcome {
        let second = confirmingDiscard
        confirmingDiscard = false
        guard key == .escape else { return .notEscape }
        guard hasWritten && !second else { return .close }
        confirmingDiscard = true
        error = warning
        return .warned
    }
}

extension CustomQuestionForm: WrittenDialog {
    var hasWritten: Bool { fields.map(\.text) != initial }
}

extension CustomBulletForm: WrittenDialog {
    var hasWritten: Bool { !text.text.trimmingSpaces.isEmpty || !chosen.isEmpty }
}

extension ProfileForm: WrittenDialog {
    var hasWritten: Bool { fields.map(\.text) != initial }
}
