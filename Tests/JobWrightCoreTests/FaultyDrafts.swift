/// Drafts with a mistake (or a value written in an unusual way) that each way of reading a draft
/// must treat as the others do.
enum FaultyDrafts {
    /// The cases the node decoder is held to Yams's decoder with.
    static let thoseYamsRead = [
        "compensation:\n  minimum: lots\n",
        "compensation:\n  minimum: 0x1F\n  maximum: 1_000\n",
        "position: [a, b]\n",
        "position:\n  title: [a]\n",
        "competencies: leadership\n",
        "competencies:\n  - {a: b}\n",
        "flsa: exempted\n",
        "flsa: 'exempt'\n",
        "standardsMatrix: 'true'\n",
        "standardsMatrix: yes\n",
        "standardsMatrix: Off\n",
        "summary: ~\n",
        "summary: null\n",
        "summary: 'null'\n",
        "summary:\n",
        "summary: 42\n",
        "position:\n  fte: 0.5\n  contractDays: '220'\n",
        "position:\n  fte: .inf\n",
        "physicalDemands:\n  - ~\n  - Lift 25 pounds\n",
        "reporting:\n  reportsTo: {role: superintendent, title: 7}\n",
        "jobwright: two\n",
        "[1, 2]\n",
        "just text\n",
    ]
}
