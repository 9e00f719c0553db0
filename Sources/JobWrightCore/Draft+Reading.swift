/// A draft read from its node tree field by field (see `NodeReader`): each type asks for its
/// keys in the order of its declarations, as its Codable initializer does, so the first mistake
/// reported is the same.
extension Draft {
    init(reading reader: NodeReader) throws {
        let f = try reader.fields()
        self.init()
        jobwright = try f.optional("jobwright") { try $0.int() } ?? 1
        position = try f.optional("position", Position.init(reading:)) ?? Position()
        compensation = try f.optional("compensation", Compensation.init(reading:)) ?? Compensation()
        flsa = try f.optional("flsa") { try $0.oneOf(FLSAStatus.self) }
        reporting = try f.optional("reporting", ReportingLines.init(reading:)) ?? ReportingLines()
        summary = try f.optional("summary") { try $0.string() }
        dayInTheLife = try f.optional("dayInTheLife") { try $0.string() }
        competencies = try f.list("competencies") { try $0.string() }
        customCompetencies = try f.list("customCompetencies", Competency.init(reading:))
        qualifications = try f.optional("qualifications", Qualifications.init(reading:)) ?? Qualifications()
        physicalDemands = try f.list("physicalDemands") { try $0.string() }
        workingConditions = try f.list("workingConditions") { try $0.string() }
        standardsMatrix = try f.optional("standardsMatrix") { try $0.bool() }
        font = try f.optional("font") { try $0.string() }
        application = try f.optional("application", Application.init(reading:)) ?? Application()
        notices = try f.optional("notices", NoticeFields.init(reading:)) ?? NoticeFields()
        rubric = try f.optional("rubric", RubricPlan.init(reading:)) ?? RubricPlan()
        notes = try f.optional("notes") { try $0.list { try $0.string() } }
        importReview = try f.optional("importReview", ImportReview.init(reading:))
        f.end()
    }
}

extension Position {
    init(reading reader: NodeReader) throws {
        let f = try reader.fields()
        self.init()
        title = try f.optional("title") { try $0.string() }
        district = try f.optional("district") { try $0.string() }
        department = try f.optional("department") { try $0.string() }
        location = try f.optional("location", Location.init(reading:)) ?? Location()
        fte = try f.optional("fte") { try $0.amount() }
        employmentType = try f.optional("employmentType") { try $0.oneOf(EmploymentType.self) }
        workYear = try f.optional("workYear") { try $0.string() }
        contractDays = try f.optional("contractDays") { try $0.int() }
        startDate = try f.optional("startDate") { try $0.date() }
        postingDate = try f.optional("postingDate") { try $0.date() }
        closingDate = try f.optional("closingDate") { try $0.date() }
        openUntilFilled = try f.optional("openUntilFilled") { try $0.bool() }
        postingId = try f.optional("postingId") { try $0.string() }
        f.end()
    }
}

extension Location {
    init(reading reader: NodeReader) throws {
        let f = try reader.fields()
        self.init()
        name = try f.optional("name") { try $0.string() }
        street = try f.optional("street") { try $0.string() }
        city = try f.optional("city") { try $0.string() }
        state = try f.optional("state") { try $0.string() }
        postalCode = try f.optional("postalCode") { try $0.string() }
        country = try f.optional("country") { try $0.string() }
        f.end()
    }
}

extension Compensation {
    init(reading reader: NodeReader) throws {
        let f = try reader.fields()
        self.init()
        minimum = try f.optional("minimum") { try $0.amount() }
        maximum = try f.optional("maximum") { try $0.amount() }
        period = try f.optional("period") { try $0.oneOf(PayPeriod.self) }
        currency = try f.optional("currency") { try $0.string() }
        note = try f.optional("note") { try $0.string() }
        f.end()
    }
}

extension ReportingLines {
    init(reading reader: NodeReader) throws {
        let f = try reader.fields()
        self.init()
        reportsTo = try f.optional("reportsTo") { try $0.string() }
        alsoReportsTo = try f.list("alsoReportsTo") { try $0.string() }
        dottedLines = try f.list("dottedLines") { try $0.string() }
        supervises = try f.list("supervises") { element in
            let role = try element.fields()
            let supervised = SupervisedRole(role: try role.required("role") { try $0.string() },
                                            count: try role.optional("count") { try $0.int() })
            role.end()
            return supervised
        }
        worksWith = try f.list("worksWith") { try $0.string() }
        f.end()
    }
}

extension Qualifications {
    init(reading reader: NodeReader) throws {
        let f = try reader.fields()
        self.init()
        required = try f.list("required") { try $0.string() }
        preferred = try f.list("preferred") { try $0.string() }
        f.end()
    }
}

extension Application {
    init(reading reader: NodeReader) throws {
        let f = try reader.fields()
        self.init()
        instructions = try f.optional("instructions") { try $0.string() }
        url = try f.optional("url") { try $0.string() }
        contact = try f.optional("contact", Contact.init(reading:)) ?? Contact()
        f.end()
    }
}

extension Contact {
    init(reading reader: NodeReader) throws {
        let f = try reader.fields()
        self.init()
        name = try f.optional("name") { try $0.string() }
        title = try f.optional("title") { try $0.string() }
        address = try f.optional("address") { try $0.string() }
        email = try f.optional("email") { try $0.string() }
        phone = try f.optional("phone") { try $0.string() }
        f.end()
    }
}

extension NoticeFields {
    init(reading reader: NodeReader) throws {
        let f = try reader.fields()
        self.init()
        coordinator = try f.optional("coordinator", Contact.init(reading:)) ?? Contact()
        include = try f.list("include") { try $0.string() }
        f.end()
    }
}

extension RubricPlan {
    init(reading reader: NodeReader) throws {
        let f = try reader.fields()
        self.init()
        scale = try f.optional("scale") { try $0.string() }
        rows = try f.list("rows", RubricRow.init(reading:))
        committee = try f.list("committee") { element in
            let member = try element.fields()
            let read = CommitteeMember(name: try member.required("name") { try $0.string() },
                                       role: try member.optional("role") { try $0.string() })
            member.end()
            return read
        }
        f.end()
    }
}

extension RubricRow {
    init(reading reader: NodeReader) throws {
        let f = try reader.fields()
        self.init()
        name = try f.optional("name") { try $0.string() }
        area = try f.optional("area") { try $0.string() }
        assesses = try f.list("assesses") { try $0.string() }
        weight = try f.optional("weight") { try $0.amount() }
        question = try f.optional("question") { try $0.string() }
        customQuestion = try f.optional("customQuestion") { element in
            let q = try element.fields()
            let read = CustomQuestion(type: try q.optional("type") { try $0.oneOf(QuestionType.self) },
                                      text: try q.required("text") { try $0.string() },
                                      probes: try q.list("probes") { try $0.string() },
                                      anchors: try q.optional("anchors") { Anchors(try $0.textByKey()) })
            q.end()
            return read
        }
        f.end()
    }
}

extension Competency {
    init(reading reader: NodeReader) throws {
        let f = try reader.fields()
        self.init(id: try f.required("id") { try $0.string() },
                  area: try f.required("area") { try $0.string() },
                  kind: try f.required("kind") { try $0.oneOf(Kind.self) },
                  text: try f.required("text") { try $0.string() },
                  aligns: try f.required("aligns") { try $0.list { try $0.string() } },
                  keywords: try f.optional("keywords") { try $0.list { try $0.string() } },
                  core: try f.optional("core") { try $0.bool() })
        f.end()
    }
}

extension ImportReview {
    init(reading reader: NodeReader) throws {
        let f = try reader.fields()
        self.init(source: try f.required("source") { try $0.string() }, lines: try f.list("lines") { element in
            let l = try element.fields()
            var line = ImportReview.Line(line: try l.required("line") { try $0.int() },
                                         text: try l.required("text") { try $0.string() },
                                         bullet: try l.required("bullet") { try $0.string() },
                                         choices: try l.list("choices") { choice in
                                             let c = try choice.fields()
                                             let read = ImportReview.Choice(id: try c.required("id") { try $0.string() },
                                                                            similarity: try c.required("similarity") { try $0.int() })
                                             c.end()
                                             return read
                                         },
                                         settled: try l.optional("settled") { try $0.bool() })
            line.dropped = try l.optional("dropped") { try $0.bool() }
            l.end()
            return line
        })
        f.end()
    }
}
