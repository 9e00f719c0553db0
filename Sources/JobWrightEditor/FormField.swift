import JobWrightCore

/// One editable field of the Position screen: how to show it, how to read it from the draft and
/// how to write it back, with validation that says what it expects.
struct FormField: @unchecked Sendable {
    enum Kind: Equatable {
        case text, date, money, integer, number, choice([String])
        /// Free prose of several sentences, edited in a multi-line text area.
        case prose
        /// A list, edited in the list dialog one item per row.
        case list(ListEditor.Target)
        /// The optional notices, picked from the catalog.
        case notices
    }

    /// A field whose value is typed as digits (pay, a date, a count) or often starts with one (a
    /// street, a ZIP code, a telephone): on it a digit key starts the value instead of switching
    /// screens (Tab and Shift-Tab still do). "40 Mill Street" typed on the street went to screen
    /// 4, where its letters ran as commands (u undid the last change).
    var takesDigits: Bool {
        switch kind {
        case .date, .money, .integer, .number: true
        default: startsWithDigits
        }
    }

    let section: String
    let label: String
    /// The draft field path, as in error messages and findings (`position.closingDate`).
    let path: String
    let kind: Kind
    let hint: String
    let get: (Draft) -> String
    /// Writes the value; returns a message when it is not valid (nothing is written then).
    let set: (inout Draft, String) -> String?
    /// A text field whose value often starts with a digit (see `takesDigits`).
    var startsWithDigits = false

    static func text(_ section: String, _ label: String, _ path: String, _ keyPath: WritableKeyPath<Draft, String?>, hint: String,
                     kind: Kind = .text, startsWithDigits: Bool = false) -> FormField {
        FormField(section: section, label: label, path: path, kind: kind, hint: hint,
                  get: { $0[keyPath: keyPath] ?? "" },
                  set: { draft, value in draft[keyPath: keyPath] = value.isEmpty ? nil : value; return nil },
                  startsWithDigits: startsWithDigits)
    }

    static func date(_ label: String, _ path: String, _ keyPath: WritableKeyPath<Draft, CalendarDate?>) -> FormField {
        FormField(section: "Dates", label: label, path: path, kind: .date, hint: "YYYY-MM-DD, e.g. 2027-01-15",
                  get: { $0[keyPath: keyPath]?.description ?? "" },
                  set: { draft, value in
                      if value.isEmpty { draft[keyPath: keyPath] = nil; return nil }
                      guard let date = CalendarDate(value) else { return "'\(value)' is not a date written YYYY-MM-DD (e.g. 2027-01-15)" }
                      draft[keyPath: keyPath] = date; return nil
                  })
    }

    static func amount(_ section: String, _ label: String, _ path: String, _ keyPath: WritableKeyPath<Draft, Amount?>, money: Bool, hint: String) -> FormField {
        FormField(section: section, label: label, path: path, kind: money ? .money : .number, hint: hint,
                  get: { $0[keyPath: keyPath]?.description ?? "" },
                  set: { draft, value in
                      let cleaned = value.filter { $0 != "," && $0 != "$" && $0 != " " }
                      if cleaned.isEmpty { draft[keyPath: keyPath] = nil; return nil }
                      guard let number = Double(cleaned), number.isFinite, number >= 0, number <= Amount.limit else {
                          return "'\(value)' is not a number (e.g. 118000)"
                      }
                      draft[keyPath: keyPath] = Amount(number); return nil
                  })
    }

    static func choice<T: RawRepresentable & CaseIterable>(_ section: String, _ label: String, _ path: String,
                                                           _ keyPath: WritableKeyPath<Draft, T?>, hint: String) -> FormField where T.RawValue == String {
        FormField(section: section, label: label, path: path, kind: .choice(T.allCases.map(\.rawValue)), hint: hint,
                  get: { $0[keyPath: keyPath]?.rawValue ?? "" },
                  set: { draft, value in draft[keyPath: keyPath] = T(rawValue: value); return nil })
    }

    /// A list: the editor edits it in the list dialog (or, for notices, picks it from the
    /// catalog); linear mode reads items separated by " | ".
    static func list(_ section: String, _ label: String, _ path: String, _ keyPath: WritableKeyPath<Draft, [String]>,
                     _ kind: Kind, hint: String) -> FormField {
        FormField(section: section, label: label, path: path, kind: kind, hint: hint,
                  get: { $0[keyPath: keyPath].joined(separator: " | ") },
                  set: { draft, value in
                      draft[keyPath: keyPath] = value.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                      return nil
                  })
    }

    /// The field of a draft path that is known to be on the screen.
    static func named(_ path: String) -> FormField { all.first { $0.path == path }! }

    /// The field a draft path names (`position.closingDate`, `qualifications.required[2]`), or
    /// the first field under a path (`application`).
    static func index(forPath path: String) -> Int? {
        all.firstIndex { path == $0.path || path.hasPrefix($0.path + ".") || path.hasPrefix($0.path + "[") }
            ?? all.firstIndex { $0.path.hasPrefix(path + ".") }
    }

    /// Every field of the Position screen, in the order of the draft file.
    static let all: [FormField] = [
        .text("Position", "Title", "position.title", \.position.title, hint: "as it will print, e.g. Director of Technology"),
        .text("Position", "District", "position.district", \.position.district, hint: "the employer, e.g. Riverbend Public Schools"),
        .text("Position", "Department", "position.department", \.position.department, hint: "the office the position works in, e.g. Office of Technology (not the HR office)"),
        .text("Location", "Building", "position.location.name", \.position.location.name, hint: "e.g. Central Administration Building"),
        .text("Location", "Street", "position.location.street", \.position.location.street, hint: "e.g. 40 Mill Street", startsWithDigits: true),
        .text("Location", "City", "position.location.city", \.position.location.city, hint: "city or town"),
        .text("Location", "State", "position.location.state", \.position.location.state, hint: "two letters, e.g. MA"),
        .text("Location", "ZIP code", "position.location.postalCode", \.position.location.postalCode, hint: "e.g. 01999", startsWithDigits: true),
        .text("Location", "Country", "position.location.country", \.position.location.country, hint: "two letters, e.g. US"),
        .amount("Terms", "FTE", "position.fte", \.position.fte, money: false, hint: "full-time equivalent, e.g. 1.0"),
        .choice("Terms", "Employment", "position.employmentType", \Draft.position.employmentType, hint: "Space or Enter picks the next choice"),
        .text("Terms", "Work year", "position.workYear", \.position.workYear, hint: "as applicants read it, e.g. 12 months", startsWithDigits: true),
        FormField(section: "Terms", label: "Contract days", path: "position.contractDays", kind: .integer, hint: "a whole number, e.g. 260",
                  get: { $0.position.contractDays.map(String.init) ?? "" },
                  set: { draft, value in
                      if value.isEmpty { draft.position.contractDays = nil; return nil }
                      guard let days = Int(value), days > 0, days <= 366 else { return "'\(value)' is not a number of days (1-366)" }
                      draft.position.contractDays = days; return nil
                  }),
        .choice("Terms", "FLSA status", "flsa", \Draft.flsa, hint: "exempt: salaried, no overtime"),
        .date("Start date", "position.startDate", \.position.startDate),
        .date("Posting date", "position.postingDate", \.position.postingDate),
        .date("Closing date", "position.closingDate", \.position.closingDate),
        FormField(section: "Dates", label: "Until filled", path: "position.openUntilFilled", kind: .choice(["no", "yes"]),
                  hint: "yes: open until the position is filled (the closing date, if any, is when review begins)",
                  get: { $0.position.openUntilFilled == true ? "yes" : "no" },
                  set: { draft, value in
                      switch value.lowercased() {
                      case "yes", "y", "true": draft.position.openUntilFilled = true; return nil
                      case "no", "n", "false", "": draft.position.openUntilFilled = nil; return nil
                      default: return "'\(value)' is not yes or no"
                      }
                  }),
        .text("Dates", "Posting id", "position.postingId", \.position.postingId, hint: "the district's reference number", startsWithDigits: true),
        .amount("Pay", "Minimum", "compensation.minimum", \.compensation.minimum, money: true, hint: "lowest pay in the range, e.g. 118000"),
        .amount("Pay", "Maximum", "compensation.maximum", \.compensation.maximum, money: true, hint: "highest pay in the range, e.g. 134000"),
        .choice("Pay", "Per", "compensation.period", \Draft.compensation.period, hint: "year, month, week, day or hour"),
        .text("Pay", "Currency", "compensation.currency", \.compensation.currency, hint: "three letters, e.g. USD"),
        .text("Pay", "Pay note", "compensation.note", \.compensation.note, hint: "optional, e.g. placement on the salary schedule", kind: .prose),
        .text("Text", "Summary", "summary", \.summary, hint: "a few sentences that open the posting", kind: .prose),
        .text("Text", "Day in the life", "dayInTheLife", \.dayInTheLife, hint: "optional short story of a typical day", kind: .prose),
        .list("Qualifications", "Required", "qualifications.required", \.qualifications.required, .list(.requiredQualifications),
              hint: "one qualification per row, e.g. Master's degree"),
        .list("Qualifications", "Preferred", "qualifications.preferred", \.qualifications.preferred, .list(.preferredQualifications),
              hint: "one per row, e.g. CETL certification"),
        .list("Conditions", "Physical demands", "physicalDemands", \.physicalDemands, .list(.physicalDemands),
              hint: "essential physical functions, one per row"),
        .list("Conditions", "Working conditions", "workingConditions", \.workingConditions, .list(.workingConditions),
              hint: "setting, hours, travel; one per row"),
        .text("How to apply", "Instructions", "application.instructions", \.application.instructions, hint: "how and by when to apply",
              kind: .prose),
        .text("How to apply", "Apply URL", "application.url", \.application.url, hint: "web address of the application"),
        .text("How to apply", "Contact name", "application.contact.name", \.application.contact.name, hint: "whom applicants may ask"),
        .text("How to apply", "Contact title", "application.contact.title", \.application.contact.title, hint: "e.g. Director of Human Resources"),
        .text("How to apply", "Contact address", "application.contact.address", \.application.contact.address, hint: "optional", startsWithDigits: true),
        .text("How to apply", "Contact email", "application.contact.email", \.application.contact.email, hint: "e.g. hr@district.org"),
        .text("How to apply", "Contact phone", "application.contact.phone", \.application.contact.phone, hint: "e.g. (978) 555-0142", startsWithDigits: true),
        .text("Notices", "Coordinator", "notices.coordinator.name", \.notices.coordinator.name, hint: "civil-rights coordinator's name"),
        .text("Notices", "Coord. title", "notices.coordinator.title", \.notices.coordinator.title, hint: "e.g. Title IX Coordinator"),
        .text("Notices", "Coord. address", "notices.coordinator.address", \.notices.coordinator.address, hint: "office address", startsWithDigits: true),
        .text("Notices", "Coord. email", "notices.coordinator.email", \.notices.coordinator.email, hint: "email"),
        .text("Notices", "Coord. phone", "notices.coordinator.phone", \.notices.coordinator.phone, hint: "telephone", startsWithDigits: true),
        .list("Notices", "Extra notices", "notices.include", \.notices.include, .notices,
              hint: "optional notices from the catalog, picked from a list"),
        .list("Notes", "Your notes", "notes", \.noteList, .list(.notes),
              hint: "never printed: reminders, and the lines an import did not understand"),
    ]
}

import Foundation

/// The field paths of the Position screen in order (for tests and jumps).
public enum EditorFieldPaths {
    public static var all: [String] { FormField.all.map(\.path) }
}

extension Draft {
    /// The notes as a list the list dialog edits: none is an empty list, and an emptied list
    /// leaves no `notes:` key behind.
    var noteList: [String] {
        get { notes ?? [] }
        set { notes = newValue.isEmpty ? nil : newValue }
    }
}
