import Yams

/// A draft written as its node tree field by field (see `NodeWriter`): each type writes its keys
/// in the order of its declarations and leaves out what is nil, as its Codable encoding does;
/// lists are always written, empty ones as `[]`.
extension Draft {
    func node(_ w: NodeWriter) -> Node {
        w.mapping([
            "jobwright": w.int(jobwright),
            "position": position.node(w),
            "compensation": compensation.node(w),
            "flsa": flsa.map(w.rawValue),
            "reporting": reporting.node(w),
            "summary": summary.map(w.string),
            "dayInTheLife": dayInTheLife.map(w.string),
            "competencies": w.texts(competencies),
            "customCompetencies": w.list(customCompetencies) { $0.node(w) },
            "qualifications": w.mapping(["required": w.texts(qualifications.required), "preferred": w.texts(qualifications.preferred)]),
            "physicalDemands": w.texts(physicalDemands),
            "workingConditions": w.texts(workingConditions),
            "standardsMatrix": standardsMatrix.map(w.bool),
            "font": font.map(w.string),
            "application": w.mapping([
                "instructions": application.instructions.map(w.string),
                "url": application.url.map(w.string),
                "contact": application.contact.node(w),
            ]),
            "notices": w.mapping(["coordinator": notices.coordinator.node(w), "include": w.texts(notices.include)]),
            "rubric": rubric.node(w),
            "notes": notes.map(w.texts),
            "importReview": importReview?.node(w),
        ])
    }
}

extension Position {
    func node(_ w: NodeWriter) -> Node {
        w.mapping([
            "title": title.map(w.string),
            "district": district.map(w.string),
            "department": department.map(w.string),
            "location": w.mapping([
                "name": location.name.map(w.string),
                "street": location.street.map(w.string),
                "city": location.city.map(w.string),
                "state": location.state.map(w.string),
                "postalCode": location.postalCode.map(w.string),
                "country": location.country.map(w.string),
            ]),
            "fte": fte.map(w.amount),
            "employmentType": employmentType.map(w.rawValue),
            "workYear": workYear.map(w.string),
            "contractDays": contractDays.map(w.int),
            "startDate": startDate.map(w.date),
            "postingDate": postingDate.map(w.date),
            "closingDate": closingDate.map(w.date),
            "openUntilFilled": openUntilFilled.map(w.bool),
            "postingId": postingId.map(w.string),
        ])
    }
}

extension Compensation {
    func node(_ w: NodeWriter) -> Node {
        w.mapping([
            "minimum": minimum.map(w.amount),
            "maximum": maximum.map(w.amount),
            "period": period.map(w.rawValue),
            "currency": currency.map(w.string),
            "note": note.map(w.string),
        ])
    }
}

extension ReportingLines {
    func node(_ w: NodeWriter) -> Node {
        w.mapping([
            "reportsTo": reportsTo.map(w.string),
            "alsoReportsTo": w.texts(alsoReportsTo),
            "dottedLines": w.texts(dottedLines),
            "supervises": w.list(supervises) { w.mapping(["role": w.string($0.role), "count": $0.count.map(w.int)]) },
            "worksWith": w.texts(worksWith),
        ])
    }
}

extension Contact {
    func node(_ w: NodeWriter) -> Node {
        w.mapping([
            "name": name.map(w.string),
            "title": title.map(w.string),
            "address": address.map(w.string),
            "email": email.map(w.string),
            "phone": phone.map(w.string),
        ])
    }
}

extension RubricPlan {
    func node(_ w: NodeWriter) -> Node {
        w.mapping([
            "scale": scale.map(w.string),
            "rows": w.list(rows) { row in
                w.mapping([
                    "name": row.name.map(w.string),
                    "area": row.area.map(w.string),
                    "assesses": w.texts(row.assesses),
                    "weight": row.weight.map(w.amount),
                    "question": row.question.map(w.string),
                    "customQuestion": row.customQuestion.map { question in
                        w.mapping([
                            "type": question.type.map(w.rawValue),
                            "text": w.string(question.text),
                            "probes": w.texts(question.probes),
                            "anchors": question.anchors.map { anchors in
                                Node(anchors.orderedLevelIDs.map { (Node($0, w.strTag), w.string(anchors.byLevel[$0]!)) }, w.mapTag, .any)
                            },
                        ])
                    },
                ])
            },
            "committee": w.list(committee) { w.mapping(["name": w.string($0.name), "role": $0.role.map(w.string)]) },
        ])
    }
}

extension Competency {
    func node(_ w: NodeWriter) -> Node {
        w.mapping([
            "id": w.string(id),
            "area": w.string(area),
            "kind": w.rawValue(kind),
            "text": w.string(text),
            "aligns": w.texts(aligns),
            "keywords": keywords.map(w.texts),
            "core": core.map(w.bool),
        ])
    }
}

extension ImportReview {
    func node(_ w: NodeWriter) -> Node {
        w.mapping([
            "source": w.string(source),
            "lines": w.list(lines) { line in
                w.mapping([
                    "line": w.int(line.line),
                    "text": w.string(line.text),
                    "bullet": w.string(line.bullet),
                    "choices": w.list(line.choices) { w.mapping(["id": w.string($0.id), "similarity": w.int($0.similarity)]) },
                    "settled": line.settled.map(w.bool),
                    "dropped": line.dropped.map(w.bool),
                ])
            },
        ])
    }
}
