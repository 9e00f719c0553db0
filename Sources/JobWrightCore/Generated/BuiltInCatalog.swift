// Generated from Catalog/*.yaml by Tests/JobWrightRenderTests/BuiltInCodeTests.swift: do not edit.
// Edit the YAML, then: JOBWRIGHT_UPDATE_GENERATED=1 swift test --filter BuiltInCode
extension Catalog {
    /// The catalog of Catalog/*.yaml, compiled in: nothing is parsed at run time.
    public static let builtIn = Catalog(
        profile: builtInProfile, frameworks: builtInFrameworks, areas: builtInAreas,
        competencies: builtInCompetencies, scales: builtInScales, recommendations: builtInRecommendations,
        questions: builtInQuestions, roles: builtInRoles, notices: builtInNotices, glossary: builtInGlossary)
    static let builtInProfile: Framework = Framework(
        id: "profile",
        name: "District Administrator of Technology profile",
        publisher: "Massachusetts committee of educational-technology administrators",
        version: "draft profile",
        date: "undated draft",
        source: "Undated draft profile of the district administrator of technology, prepared by a committee of Massachusetts educational-technology administrators (the founding document of jobwright). Titles and summaries here are paraphrased; the crosswalks to CoSN, ISTE and 603 CMR 35.04 are the project's own analysis.",
        note: nil,
        standards: [
            Standard(
                id: "profile:standards",
                code: "1",
                title: "Curriculum frameworks and technology standards",
                kind: .standard,
                parent: nil,
                weight: nil,
                summary: "Knows the DESE curriculum frameworks, the Massachusetts Digital Literacy and Computer Science framework and the ISTE Standards, and leads their use across the district.",
                verified: nil,
                note: nil
            ),
            Standard(
                id: "profile:adult-learning",
                code: "2",
                title: "Adult learning and professional development",
                kind: .standard,
                parent: nil,
                weight: nil,
                summary: "Plans and leads professional learning for staff using what is known about how adults learn, and checks that it changes practice. jobwright also files here the director's own professional learning and networks.",
                verified: nil,
                note: nil
            ),
            Standard(
                id: "profile:pedagogy",
                code: "3",
                title: "Classroom pedagogy and technology integration",
                kind: .standard,
                parent: nil,
                weight: nil,
                summary: "Understands good classroom teaching well enough to help teachers use technology to strengthen it for every student.",
                verified: nil,
                note: nil
            ),
            Standard(
                id: "profile:law",
                code: "4",
                title: "Software licensing, copyright and responsible online use",
                kind: .standard,
                parent: nil,
                weight: nil,
                summary: "Keeps the district's use of software, online services and other people's work legal and ethical, including licensing, copyright, fair use and the TEACH Act.",
                verified: nil,
                note: nil
            ),
            Standard(
                id: "profile:assets",
                code: "5",
                title: "Asset management, procurement and replacement",
                kind: .standard,
                parent: nil,
                weight: nil,
                summary: "Buys, tracks, funds and replaces the district's technology lawfully and economically, including public procurement and the E-Rate program.",
                verified: nil,
                note: nil
            ),
            Standard(
                id: "profile:technical",
                code: "6",
                title: "Technical breadth to lead technical staff",
                kind: .standard,
                parent: nil,
                weight: nil,
                summary: "Has enough technical depth across networks, servers, security, cloud services and support to direct technical staff and judge the quality of their work. jobwright also files here telephones and emergency calling, and technology shared by the town and the schools.",
                verified: nil,
                note: nil
            ),
            Standard(
                id: "profile:data",
                code: "7",
                title: "Data analysis and student and staff information",
                kind: .standard,
                parent: nil,
                weight: nil,
                summary: "Manages student and staff data systems and helps the district analyze data such as MCAS results to improve teaching and decisions, while protecting privacy. jobwright also files here the business systems (finance, human resources, payroll) and the analysis of enrollment, attendance, staffing and budget data.",
                verified: nil,
                note: nil
            ),
            Standard(
                id: "profile:e-guidelines",
                code: "8",
                title: "Electronic guidelines, records and online safety",
                kind: .standard,
                parent: nil,
                weight: nil,
                summary: "Sets and enforces the district's electronic guidelines: Internet safety and CIPA, acceptable use, electronic records, web publishing and accessibility, email, and disaster recovery.",
                verified: nil,
                note: nil
            ),
            Standard(
                id: "profile:projects",
                code: "9",
                title: "Project management for buildings and large deployments",
                kind: .standard,
                parent: nil,
                weight: nil,
                summary: "Plans and manages large technology projects, such as new school buildings and district-wide deployments, on time and within budget. jobwright also files here the director's place on the superintendent's leadership team, the district-wide technology vision and plan, building-level plans and reports to the school committee.",
                verified: nil,
                note: nil
            ),
            Standard(
                id: "profile:evaluation",
                code: "10",
                title: "Evaluation of teaching and technical staff",
                kind: .standard,
                parent: nil,
                weight: nil,
                summary: "Supervises and evaluates both licensed instructional technology staff and technical staff fairly, on evidence, and in a way that helps them grow.",
                verified: nil,
                note: nil
            ),
        ]
    )

    static let builtInFrameworks: [Framework] = [
        Framework(
            id: "cosn",
            name: "Framework of Essential Skills of the K-12 CTO",
            publisher: "CoSN (Consortium for School Networking)",
            version: "2.0 (2009), updated December 2019",
            date: "2019-12",
            source: "https://www.cosn.org/Framework",
            note: "The framework is the body of knowledge behind CoSN's Certified Education Technology Leader (CETL) exam. Skill-area weights are the CETL exam weights published in CoSN's CETL Self-Assessment (July 2019). CoSN also names core values that run through all ten areas: effective communicator, innovator, courage, flexibility and a focus on results.",
            standards: [
                Standard(
                    id: "cosn:I",
                    code: "I",
                    title: "Leadership and Vision",
                    kind: .category,
                    parent: nil,
                    weight: 40.0,
                    summary: "The CTO as a member of the district's leadership team: setting direction, planning and acting ethically.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "cosn:leadership-vision",
                    code: "1",
                    title: "Leadership and Vision",
                    kind: .skillArea,
                    parent: "cosn:I",
                    weight: 15.0,
                    summary: "Works with the superintendent and cabinet on a strategic plan in which technology advances the district's mission, vision and goals.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "cosn:strategic-planning",
                    code: "2",
                    title: "Strategic Planning",
                    kind: .skillArea,
                    parent: "cosn:I",
                    weight: 15.0,
                    summary: "Takes a district-wide view and leads teams in turning the instructional and operational technology vision into one aligned strategic plan.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "cosn:ethics-policies",
                    code: "3",
                    title: "Ethics and Policies",
                    kind: .skillArea,
                    parent: "cosn:I",
                    weight: 10.0,
                    summary: "Oversees the writing and enforcement of policies and procedures on the social, legal and ethical sides of technology use, and models responsible decisions.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "cosn:II",
                    code: "II",
                    title: "Understanding the Educational Environment",
                    kind: .category,
                    parent: nil,
                    weight: 30.0,
                    summary: "The CTO as an educator: professional learning, teams and the people the district serves.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "cosn:instructional-focus",
                    code: "4",
                    title: "Instructional Focus and Professional Development",
                    kind: .skillArea,
                    parent: "cosn:II",
                    weight: 12.0,
                    summary: "Budgets, plans and coordinates continuing professional learning on technology for all staff, and sees that new technologies are funded through implementation and evaluation.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "cosn:team-building",
                    code: "5",
                    title: "Team Building and Staffing",
                    kind: .skillArea,
                    parent: "cosn:II",
                    weight: 9.0,
                    summary: "Builds and supports collaborative teams for decision-making, technology support and professional learning.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "cosn:stakeholder-focus",
                    code: "6",
                    title: "Stakeholder Focus",
                    kind: .skillArea,
                    parent: "cosn:II",
                    weight: 9.0,
                    summary: "Engages and serves students, staff, families, the school committee and the wider community.",
                    verified: false,
                    note: "The name and the CETL weight are verified (CETL Self-Assessment, July 2019). Only this summary is unverified: CoSN's own description was not retrieved, so it is paraphrased from the name."
                ),
                Standard(
                    id: "cosn:III",
                    code: "III",
                    title: "Managing Technology and Support Resources",
                    kind: .category,
                    parent: nil,
                    weight: 30.0,
                    summary: "The CTO as a manager of systems, communication, money and data.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "cosn:it-management",
                    code: "7",
                    title: "Information Technology Management",
                    kind: .skillArea,
                    parent: "cosn:III",
                    weight: 9.0,
                    summary: "Leads the integration of technology into every suitable part of the district's work.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "cosn:communication-systems",
                    code: "8",
                    title: "Communication Systems Management",
                    kind: .skillArea,
                    parent: "cosn:III",
                    weight: 7.0,
                    summary: "Uses technology to improve communication and collaboration with everyone the district serves.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "cosn:business-management",
                    code: "9",
                    title: "Business Management",
                    kind: .skillArea,
                    parent: "cosn:III",
                    weight: 7.0,
                    summary: "Manages budgets, purchasing and contracts, total cost of ownership, and funding sources such as E-Rate.",
                    verified: false,
                    note: "The name and the CETL weight are verified (CETL Self-Assessment, July 2019). Only this summary is unverified: CoSN's description was cut off in the retrieved page, so it is paraphrased from the name."
                ),
                Standard(
                    id: "cosn:data-management",
                    code: "10",
                    title: "Data Management",
                    kind: .skillArea,
                    parent: "cosn:III",
                    weight: 7.0,
                    summary: "Governs district data: its quality, privacy and security, and its use in decisions.",
                    verified: false,
                    note: "The name and the CETL weight are verified (CETL Self-Assessment, July 2019). Only this summary is unverified: CoSN's own description was not retrieved, so it is paraphrased from the name."
                ),
            ]
        ),
        Framework(
            id: "iste",
            name: "ISTE Standards for Education Leaders",
            publisher: "ISTE (International Society for Technology in Education)",
            version: "2018",
            date: "2018-06",
            source: "https://iste.org/standards/education-leaders",
            note: "Released in June 2018, replacing the ISTE Standards for Administrators. iste.org has since revised the wording (for example, 3.1 is now titled Digital Citizenship Advocate and its indicators were reworded); the date of that revision was not verified. jobwright cites the 2018 version. Indicator summaries are paraphrased.",
            standards: [
                Standard(
                    id: "iste:3.1",
                    code: "3.1",
                    title: "Equity and Citizenship Advocate",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Leaders use technology to widen equity and inclusion and to promote digital citizenship.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.1.a",
                    code: "3.1.a",
                    title: "Skilled teachers using technology",
                    kind: .indicator,
                    parent: "iste:3.1",
                    weight: nil,
                    summary: "Every student is taught by skilled teachers who actively use technology to meet learning needs.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.1.b",
                    code: "3.1.b",
                    title: "Access to technology and connectivity",
                    kind: .indicator,
                    parent: "iste:3.1",
                    weight: nil,
                    summary: "Every student has the technology and connectivity that authentic, engaging learning requires.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.1.c",
                    code: "3.1.c",
                    title: "Model digital citizenship",
                    kind: .indicator,
                    parent: "iste:3.1",
                    weight: nil,
                    summary: "Model digital citizenship: judging online sources critically, keeping online discussion civil and using digital tools for positive social change.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.1.d",
                    code: "3.1.d",
                    title: "Responsible online behavior",
                    kind: .indicator,
                    parent: "iste:3.1",
                    weight: nil,
                    summary: "Cultivate responsible online behavior, including the safe, ethical and legal use of technology.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.2",
                    code: "3.2",
                    title: "Visionary Planner",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Leaders involve others in setting a vision, a strategic plan and a cycle of ongoing evaluation for transforming learning with technology.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.2.a",
                    code: "3.2.a",
                    title: "Shared vision",
                    kind: .indicator,
                    parent: "iste:3.2",
                    weight: nil,
                    summary: "Engage stakeholders in creating and adopting a shared vision for using technology to improve student success, informed by the learning sciences.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.2.b",
                    code: "3.2.b",
                    title: "Collaborative strategic plan",
                    kind: .indicator,
                    parent: "iste:3.2",
                    weight: nil,
                    summary: "Build on the shared vision with a strategic plan, made together with others, for how technology will strengthen learning.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.2.c",
                    code: "3.2.c",
                    title: "Evaluate, adjust and scale",
                    kind: .indicator,
                    parent: "iste:3.2",
                    weight: nil,
                    summary: "Evaluate progress on the plan, correct course, measure impact and scale up what works.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.2.d",
                    code: "3.2.d",
                    title: "Communicate for continuous improvement",
                    kind: .indicator,
                    parent: "iste:3.2",
                    weight: nil,
                    summary: "Communicate with stakeholders to gather input, celebrate successes and keep a cycle of continuous improvement going.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.2.e",
                    code: "3.2.e",
                    title: "Share lessons with other leaders",
                    kind: .indicator,
                    parent: "iste:3.2",
                    weight: nil,
                    summary: "Share lessons learned, practices, challenges and impact with other education leaders.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.3",
                    code: "3.3",
                    title: "Empowering Leader",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Leaders build a culture in which teachers and learners can use technology in innovative ways.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.3.a",
                    code: "3.3.a",
                    title: "Educator agency and growth",
                    kind: .indicator,
                    parent: "iste:3.3",
                    weight: nil,
                    summary: "Let educators exercise professional agency, build teacher leadership and pursue personalized professional learning.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.3.b",
                    code: "3.3.b",
                    title: "Capacity with the ISTE Standards",
                    kind: .indicator,
                    parent: "iste:3.3",
                    weight: nil,
                    summary: "Build educators' confidence and competence in putting the ISTE Standards for Students and for Educators into practice.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.3.c",
                    code: "3.3.c",
                    title: "Culture of innovation",
                    kind: .indicator,
                    parent: "iste:3.3",
                    weight: nil,
                    summary: "Foster innovation and collaboration, with time and space to explore and experiment with digital tools.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.3.d",
                    code: "3.3.d",
                    title: "Diverse learner needs",
                    kind: .indicator,
                    parent: "iste:3.3",
                    weight: nil,
                    summary: "Support educators in using technology to meet students' diverse learning, cultural and social-emotional needs.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.3.e",
                    code: "3.3.e",
                    title: "Actionable assessment",
                    kind: .indicator,
                    parent: "iste:3.3",
                    weight: nil,
                    summary: "Develop assessments that give a personalized, actionable, real-time view of each student's progress.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.4",
                    code: "3.4",
                    title: "Systems Designer",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Leaders build teams and systems to put in place, sustain and keep improving the use of technology for learning.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.4.a",
                    code: "3.4.a",
                    title: "Robust infrastructure and systems",
                    kind: .indicator,
                    parent: "iste:3.4",
                    weight: nil,
                    summary: "Lead teams in building the robust infrastructure and systems the strategic plan needs.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.4.b",
                    code: "3.4.b",
                    title: "Sufficient, scalable resources",
                    kind: .indicator,
                    parent: "iste:3.4",
                    weight: nil,
                    summary: "Make sure resources for technology-supported learning are sufficient and can scale to meet future demand.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.4.c",
                    code: "3.4.c",
                    title: "Privacy and security",
                    kind: .indicator,
                    parent: "iste:3.4",
                    weight: nil,
                    summary: "Protect privacy and security by making sure students and staff follow effective privacy and data-management policies.",
                    verified: nil,
                    note: "Summary based on a secondary paraphrase of the 2018 text."
                ),
                Standard(
                    id: "iste:3.4.d",
                    code: "3.4.d",
                    title: "Partnerships",
                    kind: .indicator,
                    parent: "iste:3.4",
                    weight: nil,
                    summary: "Establish partnerships that support the strategic vision, reach learning priorities and improve operations.",
                    verified: false,
                    note: "The 2018 wording of this indicator was not confirmed; the only source retrieved paraphrased it loosely."
                ),
                Standard(
                    id: "iste:3.5",
                    code: "3.5",
                    title: "Connected Learner",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Leaders model and promote continuous professional learning for themselves and others.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.5.a",
                    code: "3.5.a",
                    title: "Stay current",
                    kind: .indicator,
                    parent: "iste:3.5",
                    weight: nil,
                    summary: "Set goals to keep up with emerging learning technologies, new pedagogy and findings of the learning sciences.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.5.b",
                    code: "3.5.b",
                    title: "Professional learning networks",
                    kind: .indicator,
                    parent: "iste:3.5",
                    weight: nil,
                    summary: "Take part regularly in online professional learning networks, learning with and mentoring other professionals.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.5.c",
                    code: "3.5.c",
                    title: "Reflective practice",
                    kind: .indicator,
                    parent: "iste:3.5",
                    weight: nil,
                    summary: "Use technology for regular reflection that supports personal and professional growth.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste:3.5.d",
                    code: "3.5.d",
                    title: "Lead change",
                    kind: .indicator,
                    parent: "iste:3.5",
                    weight: nil,
                    summary: "Build the skills to lead change, improve systems and promote a continuous-improvement mindset about technology and learning.",
                    verified: nil,
                    note: nil
                ),
            ]
        ),
        Framework(
            id: "iste-coaches",
            name: "ISTE Standards for Coaches",
            publisher: "ISTE (International Society for Technology in Education)",
            version: "2019",
            date: "2019",
            source: "http://www.iste.org/standards/nets-for-coaches.aspx (wording checked against copies labelled \"ISTE Standards for Coaches 2019\")",
            note: "Successor to the 2011 Coaches standards. Listed at the standard level only; summaries are paraphrased from the indicators, including 4.2.c, 4.4.a-d, 4.6.a-c and 4.7.a, which were checked against copies of the 2019 text. Copies differ slightly in wording (4.1 speaks of \"meaningful\" or of \"high-quality\" learning). Standard 4.5 maps to the Massachusetts profile's adult-learning area.",
            standards: [
                Standard(
                    id: "iste-coaches:4.1",
                    code: "4.1",
                    title: "Change Agent",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Coaches build a shared vision and a supportive coaching culture for equitable, high-impact use of technology, and connect leaders, educators, support staff and vendors.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste-coaches:4.2",
                    code: "4.2",
                    title: "Connected Learner",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Coaches deepen their own expertise through professional learning, take part in professional learning networks and set shared goals with educators to keep improving.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste-coaches:4.3",
                    code: "4.3",
                    title: "Collaborator",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Coaches build trusting coaching relationships, offer personalized support and help judge how well digital content and tools work, including to inform purchasing.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste-coaches:4.4",
                    code: "4.4",
                    title: "Learning Designer",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Coaches help educators design active, accessible digital learning, with assessments that give timely feedback, and model sound instructional design.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste-coaches:4.5",
                    code: "4.5",
                    title: "Professional Learning Facilitator",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Coaches design professional learning from needs assessments and adult-learning frameworks, build capacity with the ISTE Standards and evaluate and improve the learning they offer.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste-coaches:4.6",
                    code: "4.6",
                    title: "Data-Driven Decision-Maker",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Coaches help educators and leaders collect and analyze student data securely, interpret it to make decisions, and help students use their own data to set goals.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "iste-coaches:4.7",
                    code: "4.7",
                    title: "Digital Citizen Advocate",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Coaches encourage civic use of technology, respectful online behavior, critical evaluation of media and the protection of personal data.",
                    verified: nil,
                    note: nil
                ),
            ]
        ),
        Framework(
            id: "ma-admin",
            name: "Standards and Indicators of Effective Administrative Leadership Practice (603 CMR 35.04)",
            publisher: "Massachusetts Department of Elementary and Secondary Education (DESE)",
            version: "603 CMR 35.04 as amended 28 February 2017; indicator letters as in DESE's updated leadership standards (2023-2024)",
            date: "2024-02",
            source: "https://www.doe.mass.edu/lawsregs/603cmr35.html?section=04 (the regulation) and DESE's leadership indicator pages, https://www.doe.mass.edu/edeffectiveness/standards/leadership/ (each last updated 22 February 2024)",
            note: "Lettering chosen: the upper-case indicator letters of DESE's updated Standards of Effective Administrative Leadership, published with the Model School-Level Administrator Rubric of June 2023. They differ in places from the regulation's older lower-case letters (for example, Sharing Responsibility is III-C, and IV-A joins Shared Vision and Commitment to High Standards). Since the 2017 amendments the regulation counts 21 indicators, six of them in Standard I. Letters are used only where a source confirmed them (I-A to I-D, II-A, II-B, II-E, III-C, IV-A, IV-B); other indicators are cited by name under their standard and marked unverified. \"Data-Informed Decision Making\" is an element of I-C in the 2023 rubric, not an indicator. DESE's model tool for a district-level administrator is the District Administrator Rubric (2019 update), whose indicator list was not retrieved. School committees must evaluate administrators against these standards, adapted to the role; the licensure standards in 603 CMR 7.10 share the four standards but not the indicators.",
            standards: [
                Standard(
                    id: "ma-admin:I",
                    code: "I",
                    title: "Instructional Leadership",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Promotes the learning and growth of every student and the success of every staff member through a shared vision centered on effective teaching and learning.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "ma-admin:I-A",
                    code: "I-A",
                    title: "Curriculum",
                    kind: .indicator,
                    parent: "ma-admin:I",
                    weight: nil,
                    summary: nil,
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "ma-admin:I-B",
                    code: "I-B",
                    title: "Instruction",
                    kind: .indicator,
                    parent: "ma-admin:I",
                    weight: nil,
                    summary: nil,
                    verified: nil,
                    note: "Letter and name as in the regulation, indicator I(b); DESE's 2024 page for I-B was not read."
                ),
                Standard(
                    id: "ma-admin:I-C",
                    code: "I-C",
                    title: "Assessment",
                    kind: .indicator,
                    parent: "ma-admin:I",
                    weight: nil,
                    summary: "In DESE's 2023 lettering this indicator holds the element Data-Informed Decision Making.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "ma-admin:I-D",
                    code: "I-D",
                    title: "Evaluation",
                    kind: .indicator,
                    parent: "ma-admin:I",
                    weight: nil,
                    summary: "Includes making sure educators set measurable goals, and frequent unannounced classroom visits followed by targeted feedback.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "ma-admin:II",
                    code: "II",
                    title: "Management and Operations",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Ensures a safe, efficient and effective learning environment and uses resources well for curriculum, staffing and scheduling.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "ma-admin:II-A",
                    code: "II-A",
                    title: "Environment",
                    kind: .indicator,
                    parent: "ma-admin:II",
                    weight: nil,
                    summary: nil,
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "ma-admin:II-B",
                    code: "II-B",
                    title: "Human Resources Management and Development",
                    kind: .indicator,
                    parent: "ma-admin:II",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "The letter is confirmed: DESE's II-B page covers recruiting, hiring, induction, professional development and career growth. Its title was not captured, so the name here is recalled."
                ),
                Standard(
                    id: "ma-admin:II-scheduling-mis",
                    code: "II (Scheduling and Management Information Systems)",
                    title: "Scheduling and Management Information Systems",
                    kind: .indicator,
                    parent: "ma-admin:II",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "Name recalled, not found in a source; its letter in DESE's 2023 lettering is unknown, so it is cited by name."
                ),
                Standard(
                    id: "ma-admin:II-law-ethics-policies",
                    code: "II (Law, Ethics and Policies)",
                    title: "Law, Ethics and Policies",
                    kind: .indicator,
                    parent: "ma-admin:II",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "Name recalled, not found in a source; its letter in DESE's 2023 lettering is unknown, so it is cited by name."
                ),
                Standard(
                    id: "ma-admin:II-E",
                    code: "II-E",
                    title: "Fiscal Systems",
                    kind: .indicator,
                    parent: "ma-admin:II",
                    weight: nil,
                    summary: nil,
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "ma-admin:III",
                    code: "III",
                    title: "Family and Community Engagement",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Works through partnerships with families, community organizations and other stakeholders to support the district's mission.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "ma-admin:III-engagement",
                    code: "III (Engagement)",
                    title: "Engagement",
                    kind: .indicator,
                    parent: "ma-admin:III",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "Name recalled, not found in a source; its letter in DESE's 2023 lettering is unknown, so it is cited by name."
                ),
                Standard(
                    id: "ma-admin:III-C",
                    code: "III-C",
                    title: "Sharing Responsibility",
                    kind: .indicator,
                    parent: "ma-admin:III",
                    weight: nil,
                    summary: nil,
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "ma-admin:III-communication",
                    code: "III (Communication)",
                    title: "Communication",
                    kind: .indicator,
                    parent: "ma-admin:III",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "Name recalled, not found in a source; the older lettering put it at III-c, which is Sharing Responsibility in DESE's 2023 lettering, so it is cited by name."
                ),
                Standard(
                    id: "ma-admin:IV",
                    code: "IV",
                    title: "Professional Culture",
                    kind: .standard,
                    parent: nil,
                    weight: nil,
                    summary: "Sustains a culture of reflective practice, high expectations and continuous learning for staff.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "ma-admin:IV-A",
                    code: "IV-A",
                    title: "Shared Vision and Commitment to High Standards",
                    kind: .indicator,
                    parent: "ma-admin:IV",
                    weight: nil,
                    summary: "One indicator in DESE's 2023 lettering; the older list is recalled as having Commitment to High Standards and Shared Vision as two.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "ma-admin:IV-B",
                    code: "IV-B",
                    title: "Cultural Proficiency",
                    kind: .indicator,
                    parent: "ma-admin:IV",
                    weight: nil,
                    summary: "Policies and practices help staff and students work well in a culturally diverse setting.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "ma-admin:IV-communications",
                    code: "IV (Communications)",
                    title: "Communications",
                    kind: .indicator,
                    parent: "ma-admin:IV",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "Name recalled, not found in a source; its letter in DESE's 2023 lettering is unknown, so it is cited by name."
                ),
                Standard(
                    id: "ma-admin:IV-continuous-learning",
                    code: "IV (Continuous Learning)",
                    title: "Continuous Learning",
                    kind: .indicator,
                    parent: "ma-admin:IV",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "Name recalled, not found in a source; its letter in DESE's 2023 lettering is unknown, so it is cited by name."
                ),
                Standard(
                    id: "ma-admin:IV-managing-conflict",
                    code: "IV (Managing Conflict)",
                    title: "Managing Conflict",
                    kind: .indicator,
                    parent: "ma-admin:IV",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "Name and letter (IV-F) confirmed only for the 2012-era administrator rubric, quoted in a collective bargaining agreement; whether DESE's 2023 lettering keeps it was not seen, so it is cited by name."
                ),
            ]
        ),
        Framework(
            id: "dlcs",
            name: "Digital Literacy and Computer Science (DLCS) Curriculum Framework",
            publisher: "Massachusetts Department of Elementary and Secondary Education (DESE)",
            version: "2016",
            date: "2016-06",
            source: "Massachusetts DESE, 2016 Digital Literacy and Computer Science Curriculum Framework, adopted by the Board of Elementary and Secondary Education in June 2016",
            note: "Replaced the 2008 Technology Literacy Standards and Expectations. Standards are coded grade span, strand, core-concept letter and number, for example K-2.DTC.a.1. The core concepts CAS.a-c, DTC.a, DTC.b and CT.d were confirmed from sources; CT.b and CT.e match by content only; the other letters and names were recalled and stay marked unverified.",
            standards: [
                Standard(
                    id: "dlcs:CAS",
                    code: "CAS",
                    title: "Computing and Society",
                    kind: .strand,
                    parent: nil,
                    weight: nil,
                    summary: "Safe, ethical and legal use of computing and its effects on people and society.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "dlcs:CAS.a",
                    code: "CAS.a",
                    title: "Safety and Security",
                    kind: .concept,
                    parent: "dlcs:CAS",
                    weight: nil,
                    summary: nil,
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "dlcs:CAS.b",
                    code: "CAS.b",
                    title: "Ethics and Laws",
                    kind: .concept,
                    parent: "dlcs:CAS",
                    weight: nil,
                    summary: nil,
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "dlcs:CAS.c",
                    code: "CAS.c",
                    title: "Interpersonal and Societal Impact",
                    kind: .concept,
                    parent: "dlcs:CAS",
                    weight: nil,
                    summary: nil,
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "dlcs:DTC",
                    code: "DTC",
                    title: "Digital Tools and Collaboration",
                    kind: .strand,
                    parent: nil,
                    weight: nil,
                    summary: "Using digital tools to create, communicate, collaborate and do research.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "dlcs:DTC.a",
                    code: "DTC.a",
                    title: "Digital Tools",
                    kind: .concept,
                    parent: "dlcs:DTC",
                    weight: nil,
                    summary: nil,
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "dlcs:DTC.b",
                    code: "DTC.b",
                    title: "Collaboration and Communication",
                    kind: .concept,
                    parent: "dlcs:DTC",
                    weight: nil,
                    summary: nil,
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "dlcs:DTC.c",
                    code: "DTC.c",
                    title: "Research",
                    kind: .concept,
                    parent: "dlcs:DTC",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "Core-concept letter and name recalled, not confirmed from a source."
                ),
                Standard(
                    id: "dlcs:CS",
                    code: "CS",
                    title: "Computing Systems",
                    kind: .strand,
                    parent: nil,
                    weight: nil,
                    summary: "How devices, software, networks and services work, including their vulnerabilities.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "dlcs:CS.a",
                    code: "CS.a",
                    title: "Computing Devices",
                    kind: .concept,
                    parent: "dlcs:CS",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "Core-concept letter and name recalled, not confirmed from a source."
                ),
                Standard(
                    id: "dlcs:CS.b",
                    code: "CS.b",
                    title: "Human and Computer Partnerships",
                    kind: .concept,
                    parent: "dlcs:CS",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "Core-concept letter and name recalled, not confirmed from a source."
                ),
                Standard(
                    id: "dlcs:CS.c",
                    code: "CS.c",
                    title: "Networks",
                    kind: .concept,
                    parent: "dlcs:CS",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "Core-concept letter and name recalled, not confirmed from a source."
                ),
                Standard(
                    id: "dlcs:CS.d",
                    code: "CS.d",
                    title: "Services",
                    kind: .concept,
                    parent: "dlcs:CS",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "Core-concept letter and name recalled, not confirmed from a source."
                ),
                Standard(
                    id: "dlcs:CT",
                    code: "CT",
                    title: "Computational Thinking",
                    kind: .strand,
                    parent: nil,
                    weight: nil,
                    summary: "Problem solving with abstraction, algorithms, data, programming and modeling.",
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "dlcs:CT.a",
                    code: "CT.a",
                    title: "Abstraction",
                    kind: .concept,
                    parent: "dlcs:CT",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "Core-concept letter and name recalled, not confirmed from a source."
                ),
                Standard(
                    id: "dlcs:CT.b",
                    code: "CT.b",
                    title: "Algorithms",
                    kind: .concept,
                    parent: "dlcs:CT",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "The content matches a source (standards under this letter deal with algorithms), but the core-concept name itself was not confirmed."
                ),
                Standard(
                    id: "dlcs:CT.c",
                    code: "CT.c",
                    title: "Data",
                    kind: .concept,
                    parent: "dlcs:CT",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "Core-concept letter and name recalled, not confirmed from a source."
                ),
                Standard(
                    id: "dlcs:CT.d",
                    code: "CT.d",
                    title: "Programming and Development",
                    kind: .concept,
                    parent: "dlcs:CT",
                    weight: nil,
                    summary: nil,
                    verified: nil,
                    note: nil
                ),
                Standard(
                    id: "dlcs:CT.e",
                    code: "CT.e",
                    title: "Modeling and Simulation",
                    kind: .concept,
                    parent: "dlcs:CT",
                    weight: nil,
                    summary: nil,
                    verified: false,
                    note: "The content matches a source (standards under this letter deal with models and simulations), but the core-concept name itself was not confirmed."
                ),
            ]
        ),
    ]

    static let builtInAreas: [Area] = [
        Area(
            id: "standards",
            number: 1,
            title: "Curriculum frameworks and technology standards",
            summary: "Knows the DESE curriculum frameworks, the Massachusetts Digital Literacy and Computer Science framework and the ISTE Standards, and leads their use across the district.",
            crosswalk: [
                "cosn:instructional-focus",
                "iste:3.3.b",
                "ma-admin:I-A",
            ],
            heading: "Curriculum, standards and digital literacy"
        ),
        Area(
            id: "adult-learning",
            number: 2,
            title: "Adult learning and professional development",
            summary: "Plans and leads professional learning for staff using what is known about how adults learn, and checks that it changes practice. jobwright also files here the director's own professional learning and networks.",
            crosswalk: [
                "cosn:instructional-focus",
                "iste:3.3.a",
                "iste:3.5.a",
                "iste-coaches:4.5",
                "ma-admin:II-B",
                "ma-admin:IV-continuous-learning",
            ],
            heading: "Professional learning"
        ),
        Area(
            id: "pedagogy",
            number: 3,
            title: "Classroom pedagogy and technology integration",
            summary: "Understands good classroom teaching well enough to help teachers use technology to strengthen it for every student.",
            crosswalk: [
                "cosn:instructional-focus",
                "iste:3.3.c",
                "iste:3.3.d",
                "ma-admin:I-B",
            ],
            heading: "Teaching and learning with technology"
        ),
        Area(
            id: "law",
            number: 4,
            title: "Software licensing, copyright and responsible online use",
            summary: "Keeps the district's use of software, online services and other people's work legal and ethical, including licensing, copyright, fair use and the TEACH Act.",
            crosswalk: [
                "cosn:ethics-policies",
                "iste:3.1.c",
                "iste:3.1.d",
                "ma-admin:II-law-ethics-policies",
            ],
            heading: "Software licensing, copyright and online tools"
        ),
        Area(
            id: "assets",
            number: 5,
            title: "Asset management, procurement and replacement",
            summary: "Buys, tracks, funds and replaces the district's technology lawfully and economically, including public procurement and the E-Rate program.",
            crosswalk: [
                "cosn:business-management",
                "iste:3.4.b",
                "ma-admin:II-E",
            ],
            heading: "Budget, purchasing and equipment"
        ),
        Area(
            id: "technical",
            number: 6,
            title: "Technical breadth to lead technical staff",
            summary: "Has enough technical depth across networks, servers, security, cloud services and support to direct technical staff and judge the quality of their work. jobwright also files here telephones and emergency calling, and technology shared by the town and the schools.",
            crosswalk: [
                "cosn:it-management",
                "cosn:communication-systems",
                "cosn:team-building",
                "iste:3.4.a",
                "ma-admin:II-A",
                "ma-admin:II-B",
            ],
            heading: "Technology infrastructure and operations"
        ),
        Area(
            id: "data",
            number: 7,
            title: "Data analysis and student and staff information",
            summary: "Manages student and staff data systems and helps the district analyze data such as MCAS results to improve teaching and decisions, while protecting privacy. jobwright also files here the business systems (finance, human resources, payroll) and the analysis of enrollment, attendance, staffing and budget data.",
            crosswalk: [
                "cosn:data-management",
                "iste:3.2.c",
                "iste:3.3.e",
                "ma-admin:I-C",
                "ma-admin:II-scheduling-mis",
            ],
            heading: "Data, information systems and student privacy"
        ),
        Area(
            id: "e-guidelines",
            number: 8,
            title: "Electronic guidelines, records and online safety",
            summary: "Sets and enforces the district's electronic guidelines: Internet safety and CIPA, acceptable use, electronic records, web publishing and accessibility, email, and disaster recovery.",
            crosswalk: [
                "cosn:ethics-policies",
                "cosn:data-management",
                "cosn:communication-systems",
                "iste:3.1.d",
                "iste:3.4.c",
                "ma-admin:II-law-ethics-policies",
            ],
            heading: "Technology policies, records and online safety"
        ),
        Area(
            id: "projects",
            number: 9,
            title: "Project management for buildings and large deployments",
            summary: "Plans and manages large technology projects, such as new school buildings and district-wide deployments, on time and within budget. jobwright also files here the director's place on the superintendent's leadership team, the district-wide technology vision and plan, building-level plans and reports to the school committee.",
            crosswalk: [
                "cosn:leadership-vision",
                "cosn:strategic-planning",
                "cosn:it-management",
                "cosn:business-management",
                "iste:3.2.a",
                "iste:3.2.b",
                "iste:3.4.a",
                "ma-admin:II-A",
                "ma-admin:IV-A",
            ],
            heading: "Leadership, planning and major projects"
        ),
        Area(
            id: "evaluation",
            number: 10,
            title: "Evaluation of teaching and technical staff",
            summary: "Supervises and evaluates both licensed instructional technology staff and technical staff fairly, on evidence, and in a way that helps them grow.",
            crosswalk: [
                "cosn:team-building",
                "iste:3.3.a",
                "iste:3.4.a",
                "ma-admin:I-D",
                "ma-admin:II-B",
            ],
            heading: "Supervising and developing staff"
        ),
    ]

    static let builtInCompetencies: [Competency] = [
        Competency(
            id: "standards.dlcs-implementation",
            area: "standards",
            kind: .duty,
            text: "Lead the district's work on the Massachusetts DLCS Curriculum Framework. With curriculum leaders and principals, map where each strand is taught in every grade span.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.b",
                "iste:3.2.b",
                "ma-admin:I-A",
                "dlcs:CAS",
                "dlcs:DTC",
                "dlcs:CS",
                "dlcs:CT",
            ],
            keywords: [
                "DLCS",
                "digital literacy",
                "computer science",
                "DESE",
                "curriculum map",
                "technology curriculum",
            ],
            core: nil
        ),
        Competency(
            id: "standards.framework-alignment",
            area: "standards",
            kind: .duty,
            text: "Align the technology plan and digital resources with the DESE curriculum frameworks, so technology serves the learning goals of every subject.",
            aligns: [
                "cosn:instructional-focus",
                "cosn:strategic-planning",
                "iste:3.2.b",
                "ma-admin:I-A",
            ],
            keywords: [
                "DESE",
                "curriculum frameworks",
                "technology plan",
            ],
            core: true
        ),
        Competency(
            id: "standards.iste-standards-adoption",
            area: "standards",
            kind: .duty,
            text: "Help teachers and coaches put the ISTE Standards for Students and for Educators into practice, linked to the DLCS framework and to the units they already teach.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.b",
                "iste-coaches:4.5",
                "ma-admin:I-B",
                "dlcs:DTC",
            ],
            keywords: [
                "ISTE",
                "standards",
                "integration",
            ],
            core: nil
        ),
        Competency(
            id: "standards.cs-pathways",
            area: "standards",
            kind: .duty,
            text: "With the curriculum office and secondary principals, plan computer science courses and pathways open to every student, with the devices, software and teacher training each course needs.",
            aligns: [
                "cosn:instructional-focus",
                "cosn:strategic-planning",
                "iste:3.1.a",
                "iste:3.1.b",
                "ma-admin:I-A",
                "dlcs:CT",
                "dlcs:CT.d",
            ],
            keywords: [
                "computer science",
                "CS",
                "pathways",
                "programming",
                "coding",
            ],
            core: nil
        ),
        Competency(
            id: "standards.digital-citizenship-curriculum",
            area: "standards",
            kind: .duty,
            text: "Coordinate a K-12 digital citizenship program for students and staff. Cover safe, ethical and legal use, judging sources, protecting personal data, copyright, social media and cyberbullying.",
            aligns: [
                "cosn:ethics-policies",
                "cosn:instructional-focus",
                "iste:3.1.c",
                "iste:3.1.d",
                "ma-admin:I-A",
                "dlcs:CAS",
                "dlcs:CAS.a",
                "dlcs:CAS.b",
            ],
            keywords: [
                "digital citizenship",
                "responsible use",
                "cyberbullying",
                "online safety",
                "CIPA",
                "copyright",
                "privacy",
                "media literacy",
            ],
            core: nil
        ),
        Competency(
            id: "standards.knowledge-dlcs",
            area: "standards",
            kind: .knowledge,
            text: "Knowledge of the 2016 Massachusetts DLCS framework: its four strands, its grade spans and how its standards are coded.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.b",
                "ma-admin:I-A",
                "dlcs:CAS",
                "dlcs:DTC",
                "dlcs:CS",
                "dlcs:CT",
            ],
            keywords: [
                "DLCS",
                "digital literacy",
                "computer science",
                "DESE",
            ],
            core: nil
        ),
        Competency(
            id: "standards.knowledge-dese-frameworks",
            area: "standards",
            kind: .knowledge,
            text: "Working knowledge of the DESE curriculum frameworks in the core subjects, and of how district curriculum, teaching and assessment build on them.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.b",
                "ma-admin:I-A",
                "ma-admin:I-C",
            ],
            keywords: [
                "DESE",
                "curriculum frameworks",
            ],
            core: nil
        ),
        Competency(
            id: "standards.knowledge-iste-standards",
            area: "standards",
            kind: .knowledge,
            text: "Knowledge of the ISTE Standards for Students, Educators, Education Leaders and Coaches, and of how they relate to the Massachusetts frameworks.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.b",
                "iste:3.5.a",
                "ma-admin:I-A",
            ],
            keywords: [
                "ISTE",
                "standards",
            ],
            core: nil
        ),
        Competency(
            id: "standards.knowledge-cto-frameworks",
            area: "standards",
            kind: .knowledge,
            text: "Knowledge of national frameworks for district technology leaders, such as the CoSN framework of essential skills and the CETL certification based on it.",
            aligns: [
                "cosn:leadership-vision",
                "iste:3.5.a",
                "ma-admin:IV-continuous-learning",
            ],
            keywords: [
                "CoSN",
                "CETL",
                "CTO",
                "framework",
            ],
            core: nil
        ),
        Competency(
            id: "adult-learning.pd-plan",
            area: "adult-learning",
            kind: .duty,
            text: "Plan, budget and coordinate a multi-year program of technology training for teachers, administrators and support staff, based on needs assessments and district goals.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.a",
                "iste:3.2.b",
                "iste-coaches:4.5",
                "ma-admin:II-B",
            ],
            keywords: [
                "professional development",
                "PD",
                "professional learning",
                "training",
                "staff development",
                "staff training",
                "technology skills",
            ],
            core: true
        ),
        Competency(
            id: "adult-learning.adult-learning-design",
            area: "adult-learning",
            kind: .duty,
            text: "Design professional learning the way adults learn best: choice, hands-on practice, coaching on the job and classroom follow-up, rather than one-time workshops.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.a",
                "iste-coaches:4.5",
                "ma-admin:IV-continuous-learning",
            ],
            keywords: [
                "adult learning",
                "andragogy",
                "PD",
                "workshops",
                "coaching",
            ],
            core: nil
        ),
        Competency(
            id: "adult-learning.coaching-model",
            area: "adult-learning",
            kind: .duty,
            text: "Lead the instructional technology specialists as coaches. Set goals for their work with teachers and check that coaching changes classroom practice.",
            aligns: [
                "cosn:instructional-focus",
                "cosn:team-building",
                "iste:3.3.a",
                "iste:3.3.b",
                "iste-coaches:4.1",
                "ma-admin:II-B",
            ],
            keywords: [
                "coaching",
                "instructional technology specialist",
                "integration specialist",
            ],
            core: nil
        ),
        Competency(
            id: "adult-learning.pd-evaluation",
            area: "adult-learning",
            kind: .duty,
            text: "Judge professional learning by participant feedback, classroom evidence and usage data, and change what is offered when the evidence calls for it.",
            aligns: [
                "cosn:instructional-focus",
                "cosn:data-management",
                "iste:3.2.c",
                "iste-coaches:4.5",
                "ma-admin:IV-continuous-learning",
            ],
            keywords: [
                "PD evaluation",
                "feedback",
                "survey",
            ],
            core: nil
        ),
        Competency(
            id: "adult-learning.teacher-leaders",
            area: "adult-learning",
            kind: .duty,
            text: "Develop teacher leaders and a technology contact in each school who model good practice, share it with colleagues and help plan district training.",
            aligns: [
                "cosn:team-building",
                "cosn:instructional-focus",
                "iste:3.3.a",
                "iste:3.3.c",
                "ma-admin:IV-continuous-learning",
            ],
            keywords: [
                "teacher leaders",
                "building contacts",
                "capacity",
                "technology facilitators",
                "cadre",
            ],
            core: nil
        ),
        Competency(
            id: "adult-learning.staff-onboarding",
            area: "adult-learning",
            kind: .duty,
            text: "Train new and current staff on district systems, such as the SIS, learning platforms, data privacy practices and security awareness.",
            aligns: [
                "cosn:instructional-focus",
                "cosn:it-management",
                "iste:3.4.c",
                "ma-admin:II-B",
            ],
            keywords: [
                "onboarding",
                "new staff",
                "security awareness",
                "training",
                "technical guidance",
            ],
            core: nil
        ),
        Competency(
            id: "adult-learning.technical-staff-growth",
            area: "adult-learning",
            kind: .duty,
            text: "Plan training for technology staff, such as certifications, conferences and cross-training, so the department keeps pace with changing systems.",
            aligns: [
                "cosn:team-building",
                "iste:3.4.a",
                "ma-admin:II-B",
            ],
            keywords: [
                "certification",
                "cross-training",
                "technical training",
            ],
            core: nil
        ),
        Competency(
            id: "adult-learning.own-learning",
            area: "adult-learning",
            kind: .duty,
            text: "Keep your own skills current through courses, conferences, certification such as CETL, and networks of district technology leaders in Massachusetts and across the country.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.5.a",
                "iste:3.5.b",
                "iste-coaches:4.2",
                "ma-admin:IV-continuous-learning",
            ],
            keywords: [
                "professional growth",
                "conferences",
                "CETL",
                "networks",
                "keep current",
                "stay current",
            ],
            core: nil
        ),
        Competency(
            id: "adult-learning.share-practice",
            area: "adult-learning",
            kind: .duty,
            text: "Share the district's lessons with other education leaders through professional networks, conferences and state groups, and bring back practices worth adopting.",
            aligns: [
                "cosn:stakeholder-focus",
                "iste:3.2.e",
                "iste:3.5.b",
                "ma-admin:IV-continuous-learning",
            ],
            keywords: [
                "networks",
                "presenting",
                "collaboration",
                "peers",
            ],
            core: nil
        ),
        Competency(
            id: "adult-learning.emerging-tech",
            area: "adult-learning",
            kind: .duty,
            text: "Follow new technologies and research on learning, and brief the superintendent and cabinet on what they could mean for the district.",
            aligns: [
                "cosn:leadership-vision",
                "iste:3.5.a",
                "iste:3.2.a",
                "ma-admin:IV-A",
            ],
            keywords: [
                "emerging technology",
                "innovation",
                "research",
                "artificial intelligence",
                "AI",
                "trends",
            ],
            core: nil
        ),
        Competency(
            id: "adult-learning.knowledge-adult-learning",
            area: "adult-learning",
            kind: .knowledge,
            text: "Knowledge of how adults learn and of models such as coaching cycles, professional learning communities, micro-credentials and online courses.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.a",
                "iste-coaches:4.5",
                "ma-admin:IV-continuous-learning",
            ],
            keywords: [
                "adult learning",
                "PLC",
                "micro-credentials",
            ],
            core: nil
        ),
        Competency(
            id: "adult-learning.knowledge-coaches-standards",
            area: "adult-learning",
            kind: .knowledge,
            text: "Knowledge of the ISTE Standards for Coaches and of how they guide the design, delivery and evaluation of professional learning.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.b",
                "iste-coaches:4.5",
                "iste-coaches:4.1",
            ],
            keywords: [
                "ISTE",
                "coaches",
                "coaching",
            ],
            core: nil
        ),
        Competency(
            id: "adult-learning.ability-facilitate",
            area: "adult-learning",
            kind: .knowledge,
            text: "Ability to lead engaging sessions, in person and online, for adults with very different comfort with technology.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.a",
                "iste-coaches:4.5",
            ],
            keywords: [
                "facilitation",
                "presentation",
                "training",
            ],
            core: nil
        ),
        Competency(
            id: "adult-learning.ability-needs-assessment",
            area: "adult-learning",
            kind: .knowledge,
            text: "Ability to design and analyze staff needs surveys and turn the results into a practical training calendar.",
            aligns: [
                "cosn:instructional-focus",
                "cosn:data-management",
                "iste:3.2.c",
                "iste-coaches:4.5",
            ],
            keywords: [
                "needs assessment",
                "survey",
                "PD calendar",
            ],
            core: nil
        ),
        Competency(
            id: "adult-learning.knowledge-networks",
            area: "adult-learning",
            kind: .knowledge,
            text: "Knowledge of the networks, publications and certifications open to district technology leaders, such as those of CoSN, ISTE and state associations.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.5.b",
                "iste-coaches:4.2",
                "ma-admin:IV-continuous-learning",
            ],
            keywords: [
                "CoSN",
                "ISTE",
                "professional networks",
                "associations",
                "CETL",
            ],
            core: nil
        ),
        Competency(
            id: "pedagogy.integration-vision",
            area: "pedagogy",
            kind: .duty,
            text: "With principals and curriculum leaders, set a shared vision of how technology strengthens classroom teaching, grounded in research on learning and in district goals.",
            aligns: [
                "cosn:leadership-vision",
                "cosn:instructional-focus",
                "iste:3.2.a",
                "ma-admin:I-B",
                "ma-admin:IV-A",
            ],
            keywords: [
                "vision",
                "technology integration",
                "instruction",
                "integrate technology",
                "instructional technology",
                "classroom teaching",
            ],
            core: true
        ),
        Competency(
            id: "pedagogy.classroom-visits",
            area: "pedagogy",
            kind: .duty,
            text: "Visit classrooms with principals and coaches, model lessons when asked, and use what you see to guide support and purchasing.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.c",
                "iste:3.2.c",
                "ma-admin:I-B",
                "ma-admin:I-D",
            ],
            keywords: [
                "classroom visits",
                "walkthroughs",
                "observation",
                "model lessons",
                "demonstration",
            ],
            core: nil
        ),
        Competency(
            id: "pedagogy.diverse-learners",
            area: "pedagogy",
            kind: .duty,
            text: "Make sure digital tools meet students' different learning, language and social-emotional needs. Work with special education and English learner staff on accessible and assistive technology.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.d",
                "iste:3.1.a",
                "ma-admin:I-B",
                "ma-admin:IV-B",
            ],
            keywords: [
                "assistive technology",
                "accessibility",
                "special education",
                "English learners",
                "Section 504",
            ],
            core: nil
        ),
        Competency(
            id: "pedagogy.pilot-innovation",
            area: "pedagogy",
            kind: .duty,
            text: "Run small, well-designed pilots of new classroom technology. Give teachers time to experiment, and decide on wider use from evidence of student learning.",
            aligns: [
                "cosn:instructional-focus",
                "cosn:strategic-planning",
                "iste:3.3.c",
                "iste:3.2.c",
                "ma-admin:I-B",
            ],
            keywords: [
                "pilot",
                "innovation",
                "evaluation",
            ],
            core: nil
        ),
        Competency(
            id: "pedagogy.learning-platforms",
            area: "pedagogy",
            kind: .duty,
            text: "Oversee the LMS and other core teaching platforms, so teachers can plan, teach and give feedback with little friction.",
            aligns: [
                "cosn:it-management",
                "cosn:instructional-focus",
                "iste:3.4.a",
                "iste:3.1.b",
                "ma-admin:I-B",
            ],
            keywords: [
                "LMS",
                "learning management system",
                "platforms",
                "distance learning",
            ],
            core: nil
        ),
        Competency(
            id: "pedagogy.equitable-access",
            area: "pedagogy",
            kind: .duty,
            text: "Plan device and home internet programs so every student has the devices and connection that engaging learning needs, at school and at home.",
            aligns: [
                "cosn:strategic-planning",
                "cosn:stakeholder-focus",
                "iste:3.1.b",
                "ma-admin:I-B",
                "ma-admin:IV-B",
            ],
            keywords: [
                "equity",
                "digital divide",
                "one-to-one",
                "hotspots",
                "access",
            ],
            core: nil
        ),
        Competency(
            id: "pedagogy.instructional-software-selection",
            area: "pedagogy",
            kind: .duty,
            text: "Lead the choice of teaching software and digital curriculum with teachers, including curriculum adoptions. Judge each on evidence, fit with the frameworks, accessibility, privacy and cost.",
            aligns: [
                "cosn:instructional-focus",
                "cosn:business-management",
                "iste:3.3.d",
                "iste-coaches:4.3",
                "ma-admin:I-A",
                "ma-admin:I-B",
            ],
            keywords: [
                "software selection",
                "app review",
                "vetting",
                "digital content",
                "curriculum adoption",
                "textbook",
            ],
            core: nil
        ),
        Competency(
            id: "pedagogy.knowledge-pedagogy",
            area: "pedagogy",
            kind: .knowledge,
            text: "Knowledge of good classroom teaching, and of how technology can support inquiry, teamwork, feedback, different learning needs and student creativity.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.c",
                "iste:3.3.d",
                "ma-admin:I-B",
            ],
            keywords: [
                "pedagogy",
                "instruction",
                "differentiation",
            ],
            core: nil
        ),
        Competency(
            id: "pedagogy.knowledge-accessibility-assistive",
            area: "pedagogy",
            kind: .knowledge,
            text: "Working knowledge of accessible design and assistive technology, and of how they help students with disabilities and other learners take full part in class.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.d",
                "iste:3.1.a",
                "ma-admin:I-B",
            ],
            keywords: [
                "assistive technology",
                "accessibility",
                "special education",
            ],
            core: nil
        ),
        Competency(
            id: "pedagogy.knowledge-formative-assessment",
            area: "pedagogy",
            kind: .knowledge,
            text: "Knowledge of digital formative assessment tools, and of how teachers use their real-time results to adjust teaching.",
            aligns: [
                "cosn:instructional-focus",
                "cosn:data-management",
                "iste:3.3.e",
                "ma-admin:I-C",
            ],
            keywords: [
                "formative assessment",
                "feedback",
                "assessment tools",
            ],
            core: nil
        ),
        Competency(
            id: "pedagogy.ability-model-lessons",
            area: "pedagogy",
            kind: .knowledge,
            text: "Ability to model technology-rich lessons and to talk about teaching with teachers credibly, drawing on classroom or coaching experience.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.b",
                "iste-coaches:4.4",
                "ma-admin:I-B",
            ],
            keywords: [
                "model lessons",
                "coaching",
                "teaching experience",
            ],
            core: nil
        ),
        Competency(
            id: "law.software-licensing",
            area: "law",
            kind: .duty,
            text: "Manage software licenses across the district. Keep an accurate record of each license, its terms and renewal date, and make sure what is installed matches what was bought.",
            aligns: [
                "cosn:ethics-policies",
                "cosn:business-management",
                "iste:3.1.d",
                "ma-admin:II-law-ethics-policies",
                "ma-admin:II-E",
            ],
            keywords: [
                "software license",
                "licensing",
                "subscriptions",
                "SaaS",
                "audit",
            ],
            core: true
        ),
        Competency(
            id: "law.copyright-policy",
            area: "law",
            kind: .duty,
            text: "Develop, with district counsel and library staff, a copyright and fair use policy and guidance that help staff use other people's work lawfully in class and online.",
            aligns: [
                "cosn:ethics-policies",
                "iste:3.1.c",
                "iste:3.1.d",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "copyright",
                "fair use",
                "policy",
                "TEACH Act",
            ],
            core: nil
        ),
        Competency(
            id: "law.teach-act-compliance",
            area: "law",
            kind: .duty,
            text: "Make sure online and remote teaching meets the TEACH Act conditions, such as access limited to enrolled students and technical steps that stop copying or sharing of the works.",
            aligns: [
                "cosn:ethics-policies",
                "cosn:it-management",
                "iste:3.1.d",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "TEACH Act",
                "distance education",
                "copyright",
                "remote learning",
            ],
            core: nil
        ),
        Competency(
            id: "law.terms-of-service-review",
            area: "law",
            kind: .duty,
            text: "Review the terms of service and privacy terms of online tools before staff use them with students. Approve, limit or reject each tool, and publish the approved list.",
            aligns: [
                "cosn:ethics-policies",
                "cosn:data-management",
                "iste:3.4.c",
                "iste:3.1.d",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "terms of service",
                "click-through",
                "approved apps",
                "app vetting",
                "privacy",
                "free tools",
            ],
            core: nil
        ),
        Competency(
            id: "law.coppa-consent",
            area: "law",
            kind: .duty,
            text: "Manage online services used by children under 13 in line with the federal COPPA rules, giving consent for parents only where the data serve the school's educational purpose.",
            aligns: [
                "cosn:ethics-policies",
                "cosn:data-management",
                "iste:3.4.c",
                "iste:3.1.d",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "COPPA",
                "parental consent",
                "under 13",
                "FTC",
            ],
            core: nil
        ),
        Competency(
            id: "law.knowledge-copyright-fair-use",
            area: "law",
            kind: .knowledge,
            text: "Knowledge of U.S. copyright law as it applies to schools, including the four fair use factors and the TEACH Act conditions for distance education.",
            aligns: [
                "cosn:ethics-policies",
                "iste:3.1.d",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "copyright",
                "fair use",
                "TEACH Act",
                "17 U.S.C. 107",
            ],
            core: nil
        ),
        Competency(
            id: "law.knowledge-licensing-models",
            area: "law",
            kind: .knowledge,
            text: "Knowledge of software licensing models, such as per-device, per-user, site, subscription and open-source licenses, and of the duties each one creates.",
            aligns: [
                "cosn:ethics-policies",
                "cosn:business-management",
                "iste:3.1.d",
                "iste:3.4.b",
                "ma-admin:II-E",
            ],
            keywords: [
                "licensing",
                "open source",
                "subscription",
                "site license",
            ],
            core: nil
        ),
        Competency(
            id: "law.knowledge-coppa",
            area: "law",
            kind: .knowledge,
            text: "Working knowledge of the federal COPPA rules, including the amended FTC rule that took effect in 2025, and of when a school may give consent in place of parents.",
            aligns: [
                "cosn:ethics-policies",
                "cosn:data-management",
                "iste:3.4.c",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "COPPA",
                "FTC",
                "consent",
                "children's privacy",
            ],
            core: nil
        ),
        Competency(
            id: "law.ability-explain-law",
            area: "law",
            kind: .knowledge,
            text: "Ability to explain copyright and licensing rules to teachers in plain language, and to know when to ask district counsel.",
            aligns: [
                "cosn:ethics-policies",
                "cosn:stakeholder-focus",
                "iste:3.1.d",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "copyright",
                "legal advice",
                "plain language",
            ],
            core: nil
        ),
        Competency(
            id: "assets.inventory",
            area: "assets",
            kind: .duty,
            text: "Keep an accurate inventory of district technology, from devices and network gear to software. Track where each item is, who uses it, its warranty and its condition.",
            aligns: [
                "cosn:business-management",
                "cosn:it-management",
                "iste:3.4.b",
                "ma-admin:II-E",
            ],
            keywords: [
                "inventory",
                "asset management",
                "asset tags",
                "warranty",
                "equipment records",
                "equipment",
                "records",
            ],
            core: nil
        ),
        Competency(
            id: "assets.replacement-cycle",
            area: "assets",
            kind: .duty,
            text: "Plan and fund a multi-year replacement cycle and capital plan for devices, servers and network gear, based on total cost of ownership and expected life.",
            aligns: [
                "cosn:business-management",
                "cosn:strategic-planning",
                "iste:3.4.b",
                "ma-admin:II-E",
            ],
            keywords: [
                "replacement cycle",
                "refresh",
                "life cycle",
                "TCO",
                "total cost of ownership",
                "capital planning",
            ],
            core: nil
        ),
        Competency(
            id: "assets.procurement-30b",
            area: "assets",
            kind: .duty,
            text: "Buy technology under M.G.L. c.30B and district policy. With the business office, write specifications and requests for proposals, run quotes and bids, and lead evaluation committees.",
            aligns: [
                "cosn:business-management",
                "cosn:ethics-policies",
                "iste:3.4.b",
                "ma-admin:II-E",
            ],
            keywords: [
                "procurement",
                "Chapter 30B",
                "c.30B",
                "bids",
                "quotes",
                "RFP",
                "request for proposals",
                "purchasing",
                "ordering",
                "order",
                "buy",
                "purchase",
                "purchases",
            ],
            core: nil
        ),
        Competency(
            id: "assets.e-rate",
            area: "assets",
            kind: .duty,
            text: "Manage the district's E-Rate applications each funding year, from Form 470 bidding and Form 471 requests to the Form 486 CIPA certification and the reimbursement claims.",
            aligns: [
                "cosn:business-management",
                "cosn:ethics-policies",
                "iste:3.4.b",
                "iste:3.1.b",
                "ma-admin:II-E",
            ],
            keywords: [
                "E-Rate",
                "erate",
                "USAC",
                "Form 470",
                "Form 471",
                "Form 486",
                "BEAR",
                "Form 472",
                "universal service",
            ],
            core: true
        ),
        Competency(
            id: "assets.technology-budget",
            area: "assets",
            kind: .duty,
            text: "Prepare and manage the technology operating and capital budgets. Forecast yearly costs, such as subscriptions, licenses and maintenance, as well as one-time purchases.",
            aligns: [
                "cosn:business-management",
                "cosn:strategic-planning",
                "iste:3.4.b",
                "ma-admin:II-E",
            ],
            keywords: [
                "budget",
                "capital plan",
                "operating budget",
                "forecasting",
            ],
            core: true
        ),
        Competency(
            id: "assets.grants-funding",
            area: "assets",
            kind: .duty,
            text: "Find and apply for grants and other outside funding for technology, and manage each award's spending and reports.",
            aligns: [
                "cosn:business-management",
                "iste:3.4.b",
                "ma-admin:II-E",
            ],
            keywords: [
                "grants",
                "grant writing",
                "funding",
                "state grants",
                "federal funds",
            ],
            core: nil
        ),
        Competency(
            id: "assets.secure-disposal",
            area: "assets",
            kind: .duty,
            text: "Retire old equipment safely. Erase its data, recycle or sell it under district policy and purchasing rules, and record each disposal in the inventory.",
            aligns: [
                "cosn:business-management",
                "cosn:data-management",
                "iste:3.4.b",
                "iste:3.4.c",
                "ma-admin:II-E",
            ],
            keywords: [
                "disposal",
                "surplus",
                "recycling",
                "data wiping",
                "e-waste",
            ],
            core: nil
        ),
        Competency(
            id: "assets.vendor-contracts",
            area: "assets",
            kind: .duty,
            text: "Negotiate and manage vendor contracts and service agreements. Check delivery against the terms, and require a DPA wherever a vendor handles student or staff data.",
            aligns: [
                "cosn:business-management",
                "cosn:data-management",
                "iste:3.4.c",
                "ma-admin:II-E",
            ],
            keywords: [
                "contracts",
                "vendors",
                "service level",
                "DPA",
            ],
            core: nil
        ),
        Competency(
            id: "assets.knowledge-e-rate",
            area: "assets",
            kind: .knowledge,
            text: "Knowledge of the E-Rate rules: discount levels, Category One and Category Two services, eligible and ineligible costs, and the cycle of Forms 470, 471, 486 and 472 or 474.",
            aligns: [
                "cosn:business-management",
                "iste:3.4.b",
                "iste:3.1.b",
                "ma-admin:II-E",
            ],
            keywords: [
                "E-Rate",
                "USAC",
                "Category One",
                "Category Two",
                "universal service",
            ],
            core: nil
        ),
        Competency(
            id: "assets.knowledge-procurement-law",
            area: "assets",
            kind: .knowledge,
            text: "Working knowledge of the Massachusetts procurement law, M.G.L. c.30B, and of how it works with the E-Rate bidding rules.",
            aligns: [
                "cosn:business-management",
                "cosn:ethics-policies",
                "iste:3.4.b",
                "ma-admin:II-E",
            ],
            keywords: [
                "Chapter 30B",
                "procurement",
                "bidding",
                "E-Rate",
            ],
            core: nil
        ),
        Competency(
            id: "assets.knowledge-tco-funding",
            area: "assets",
            kind: .knowledge,
            text: "Knowledge of total cost of ownership and life-cycle planning, and of grants and other funding beyond the operating budget.",
            aligns: [
                "cosn:business-management",
                "cosn:strategic-planning",
                "iste:3.4.b",
                "ma-admin:II-E",
            ],
            keywords: [
                "TCO",
                "grants",
                "funding",
                "life cycle",
            ],
            core: nil
        ),
        Competency(
            id: "assets.ability-asset-system",
            area: "assets",
            kind: .knowledge,
            text: "Ability to set up and run an asset management system that links purchase, inventory, repair and disposal records.",
            aligns: [
                "cosn:business-management",
                "cosn:it-management",
                "iste:3.4.a",
                "iste:3.4.b",
                "ma-admin:II-E",
            ],
            keywords: [
                "asset management",
                "inventory system",
            ],
            core: nil
        ),
        Competency(
            id: "technical.network-infrastructure",
            area: "technical",
            kind: .duty,
            text: "Direct the design, running and growth of the district's networks, wireless and internet links, so they meet today's teaching needs and tomorrow's.",
            aligns: [
                "cosn:it-management",
                "iste:3.4.a",
                "iste:3.4.b",
                "iste:3.1.b",
                "ma-admin:II-A",
            ],
            keywords: [
                "network",
                "WAN",
                "LAN",
                "Wi-Fi",
                "wireless",
                "broadband",
                "bandwidth",
                "infrastructure",
                "internet",
                "wide area network",
                "local area network",
                "network wiring",
                "cabling",
                "connectivity",
            ],
            core: true
        ),
        Competency(
            id: "technical.cybersecurity",
            area: "technical",
            kind: .duty,
            text: "Lead the district's cybersecurity program: risk reviews, MFA, patching, endpoint protection, staff training to spot attacks, and an incident response plan.",
            aligns: [
                "cosn:it-management",
                "cosn:data-management",
                "iste:3.4.c",
                "iste:3.4.a",
                "ma-admin:II-A",
            ],
            keywords: [
                "cybersecurity",
                "security",
                "MFA",
                "phishing",
                "ransomware",
                "incident response",
            ],
            core: true
        ),
        Competency(
            id: "technical.servers-cloud",
            area: "technical",
            kind: .duty,
            text: "Manage servers, identity and directory services and cloud platforms, and decide on evidence which services to run on site and which to move to the cloud.",
            aligns: [
                "cosn:it-management",
                "cosn:business-management",
                "iste:3.4.a",
                "iste:3.4.b",
                "ma-admin:II-A",
            ],
            keywords: [
                "servers",
                "cloud",
                "identity",
                "directory",
                "single sign-on",
                "SSO",
                "hosting",
                "Microsoft 365",
                "Google Workspace",
                "data center",
                "computer center",
                "hardware",
            ],
            core: nil
        ),
        Competency(
            id: "technical.help-desk",
            area: "technical",
            kind: .duty,
            text: "Run a help desk and repair service with clear service levels. Track response and resolution times, and use the trends to fix recurring problems.",
            aligns: [
                "cosn:it-management",
                "cosn:stakeholder-focus",
                "iste:3.4.a",
                "iste:3.2.c",
                "ma-admin:II-A",
            ],
            keywords: [
                "help desk",
                "ticketing",
                "service desk",
                "support",
                "service levels",
                "repairs",
                "upgrades",
            ],
            core: nil
        ),
        Competency(
            id: "technical.supervise-technical-staff",
            area: "technical",
            kind: .duty,
            text: "Lead the technology department day to day. Supervise network, systems, data and support staff, set priorities and standards, and review their work with enough depth to judge its quality.",
            aligns: [
                "cosn:team-building",
                "cosn:it-management",
                "iste:3.4.a",
                "ma-admin:II-B",
            ],
            keywords: [
                "supervision",
                "technical staff",
                "team",
                "department",
                "daily operations",
                "IT department",
                "technology department",
                "IT team",
                "day-to-day operations",
            ],
            core: true
        ),
        Competency(
            id: "technical.build-technical-team",
            area: "technical",
            kind: .duty,
            text: "Recruit, hire and train technology staff on job-related criteria. Organize the team with clear roles, cross-training and backup for critical systems.",
            aligns: [
                "cosn:team-building",
                "iste:3.4.a",
                "ma-admin:II-B",
            ],
            keywords: [
                "hiring",
                "staffing",
                "recruitment",
                "cross-training",
            ],
            core: nil
        ),
        Competency(
            id: "technical.technology-standards",
            area: "technical",
            kind: .duty,
            text: "Set standards for devices, software and network equipment, and review purchase requests against them and the technology plan, so systems work together and a small team can support them.",
            aligns: [
                "cosn:it-management",
                "iste:3.4.a",
                "iste:3.4.b",
                "ma-admin:II-A",
            ],
            keywords: [
                "standards",
                "architecture",
                "interoperability",
                "purchase review",
                "recommendations",
            ],
            core: nil
        ),
        Competency(
            id: "technical.telephony-e911",
            area: "technical",
            kind: .duty,
            text: "Manage the district's telephone and VoIP systems, paging and intercoms, including E911, so a 911 call from any room reaches responders with a location they can act on.",
            aligns: [
                "cosn:communication-systems",
                "cosn:it-management",
                "iste:3.4.a",
                "ma-admin:II-A",
            ],
            keywords: [
                "telephone",
                "phones",
                "VoIP",
                "E911",
                "911",
                "telephony",
                "paging",
                "intercom",
                "unified communications",
            ],
            core: nil
        ),
        Competency(
            id: "technical.shared-town-school",
            area: "technical",
            kind: .duty,
            text: "Where the town and the schools share one technology department, serve both. Report to the superintendent and the town manager, and balance town and school needs in one plan and budget.",
            aligns: [
                "cosn:leadership-vision",
                "cosn:stakeholder-focus",
                "cosn:it-management",
                "iste:3.4.a",
                "iste:3.4.d",
                "ma-admin:III-engagement",
            ],
            keywords: [
                "town",
                "municipal",
                "shared services",
                "town manager",
                "town administrator",
                "consolidated IT",
                "joint department",
            ],
            core: nil
        ),
        Competency(
            id: "technical.knowledge-networks",
            area: "technical",
            kind: .knowledge,
            text: "Working knowledge of network design, switching, routing, wireless, firewalls and content filtering across many buildings.",
            aligns: [
                "cosn:it-management",
                "iste:3.4.a",
                "ma-admin:II-A",
            ],
            keywords: [
                "networking",
                "firewall",
                "routing",
                "switching",
                "wireless",
                "filtering",
            ],
            core: nil
        ),
        Competency(
            id: "technical.knowledge-security",
            area: "technical",
            kind: .knowledge,
            text: "Knowledge of current cybersecurity threats to school districts and of the controls, frameworks and practices that reduce them.",
            aligns: [
                "cosn:it-management",
                "cosn:data-management",
                "iste:3.4.c",
                "ma-admin:II-A",
            ],
            keywords: [
                "cybersecurity",
                "threats",
                "controls",
                "ransomware",
                "phishing",
            ],
            core: nil
        ),
        Competency(
            id: "technical.knowledge-cloud-identity",
            area: "technical",
            kind: .knowledge,
            text: "Knowledge of cloud productivity suites, identity and access management, SSO and MDM for large fleets of student devices.",
            aligns: [
                "cosn:it-management",
                "iste:3.4.a",
                "iste:3.4.b",
                "ma-admin:II-A",
            ],
            keywords: [
                "cloud",
                "identity",
                "SSO",
                "device management",
                "MDM",
                "Chromebooks",
            ],
            core: nil
        ),
        Competency(
            id: "technical.knowledge-service-management",
            area: "technical",
            kind: .knowledge,
            text: "Knowledge of service management practices, such as service levels, change control and knowledge bases, for running a help desk.",
            aligns: [
                "cosn:it-management",
                "cosn:stakeholder-focus",
                "iste:3.4.a",
                "ma-admin:II-A",
            ],
            keywords: [
                "ITSM",
                "service management",
                "change management",
                "help desk",
            ],
            core: nil
        ),
        Competency(
            id: "technical.knowledge-telephony",
            area: "technical",
            kind: .knowledge,
            text: "Working knowledge of VoIP telephone systems, E911 location data, paging and intercoms, and emergency notification tools.",
            aligns: [
                "cosn:communication-systems",
                "cosn:it-management",
                "iste:3.4.a",
                "ma-admin:II-A",
            ],
            keywords: [
                "VoIP",
                "E911",
                "telephony",
                "paging",
                "emergency notification",
            ],
            core: nil
        ),
        Competency(
            id: "technical.knowledge-municipal",
            area: "technical",
            kind: .knowledge,
            text: "Knowledge of how Massachusetts towns and school districts share technology: joint budgets, service agreements, and the roles of the town manager, select board and school committee.",
            aligns: [
                "cosn:leadership-vision",
                "cosn:business-management",
                "iste:3.4.d",
                "ma-admin:III-engagement",
            ],
            keywords: [
                "town",
                "municipal",
                "select board",
                "town manager",
                "shared services",
                "intermunicipal agreement",
            ],
            core: nil
        ),
        Competency(
            id: "data.mcas-analysis",
            area: "data",
            kind: .duty,
            text: "Lead the analysis of MCAS and local assessment results, and give principals and teachers clear reports and dashboards that show trends by school, grade and student group.",
            aligns: [
                "cosn:data-management",
                "iste:3.2.c",
                "iste:3.3.e",
                "ma-admin:I-C",
            ],
            keywords: [
                "MCAS",
                "assessment",
                "dashboards",
                "DESE",
                "test results",
            ],
            core: nil
        ),
        Competency(
            id: "data.district-analytics",
            area: "data",
            kind: .duty,
            text: "Analyze enrollment, attendance, staffing and budget data with district leaders, and turn the results into forecasts and reports that inform planning.",
            aligns: [
                "cosn:data-management",
                "cosn:leadership-vision",
                "iste:3.2.c",
                "ma-admin:I-C",
                "ma-admin:II-E",
            ],
            keywords: [
                "enrollment",
                "attendance",
                "staffing",
                "budget data",
                "forecasting",
                "business intelligence",
                "analytics",
            ],
            core: nil
        ),
        Competency(
            id: "data.sis-management",
            area: "data",
            kind: .duty,
            text: "Oversee the SIS and its links to other systems, so enrollment, attendance, schedules and grades are accurate and reach the people who need them.",
            aligns: [
                "cosn:data-management",
                "cosn:it-management",
                "iste:3.4.a",
                "iste:3.3.e",
                "ma-admin:II-scheduling-mis",
            ],
            keywords: [
                "SIS",
                "student information system",
                "scheduling",
                "attendance",
                "grades",
                "enrollment",
                "student records",
            ],
            core: true
        ),
        Competency(
            id: "data.business-systems",
            area: "data",
            kind: .duty,
            text: "Oversee the district's business systems for finance, human resources, payroll and staff evaluation. Work with the business and personnel offices so they are secure, connected and well supported.",
            aligns: [
                "cosn:business-management",
                "cosn:data-management",
                "iste:3.4.a",
                "ma-admin:II-scheduling-mis",
                "ma-admin:II-E",
            ],
            keywords: [
                "finance system",
                "ERP",
                "payroll",
                "human resources",
                "HR system",
                "MUNIS",
                "administrative systems",
            ],
            core: nil
        ),
        Competency(
            id: "data.process-improvement",
            area: "data",
            kind: .duty,
            text: "Study how offices and schools do their work, then simplify and automate paper-heavy steps, such as approvals, forms and reports, with the people who use them.",
            aligns: [
                "cosn:it-management",
                "cosn:business-management",
                "iste:3.4.a",
                "iste:3.5.d",
                "ma-admin:II-A",
            ],
            keywords: [
                "process improvement",
                "workflow",
                "automation",
                "efficiency",
                "business processes",
            ],
            core: nil
        ),
        Competency(
            id: "data.state-reporting",
            area: "data",
            kind: .duty,
            text: "Direct the district's student and staff data reports to DESE, such as SIMS and EPIMS, and check data quality before every deadline.",
            aligns: [
                "cosn:data-management",
                "iste:3.2.c",
                "iste:3.4.c",
                "ma-admin:II-scheduling-mis",
            ],
            keywords: [
                "DESE",
                "state reporting",
                "SIMS",
                "EPIMS",
                "data collection",
            ],
            core: nil
        ),
        Competency(
            id: "data.state-assessment-readiness",
            area: "data",
            kind: .duty,
            text: "Get devices, networks and student accounts ready for state online testing such as MCAS, and support schools during each testing window.",
            aligns: [
                "cosn:it-management",
                "cosn:data-management",
                "iste:3.4.a",
                "iste:3.1.b",
                "ma-admin:I-C",
            ],
            keywords: [
                "MCAS",
                "online testing",
                "computer-based testing",
                "assessment",
                "test readiness",
            ],
            core: nil
        ),
        Competency(
            id: "data.data-governance",
            area: "data",
            kind: .duty,
            text: "Set up data governance for student and staff data: who owns each data set, who may see it, how its quality is checked and how long it is kept.",
            aligns: [
                "cosn:data-management",
                "cosn:ethics-policies",
                "iste:3.4.c",
                "ma-admin:II-scheduling-mis",
            ],
            keywords: [
                "data governance",
                "data quality",
                "data integrity",
                "access control",
                "retention",
            ],
            core: nil
        ),
        Competency(
            id: "data.privacy-agreements",
            area: "data",
            kind: .duty,
            text: "Put a signed DPA in place, using the MSPA or the NDPA, before any vendor receives student data.",
            aligns: [
                "cosn:data-management",
                "cosn:ethics-policies",
                "iste:3.4.c",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "MSPA",
                "NDPA",
                "DPA",
                "data privacy agreement",
                "SDPC",
                "student privacy",
            ],
            core: nil
        ),
        Competency(
            id: "data.ferpa-compliance",
            area: "data",
            kind: .duty,
            text: "Make sure student record systems follow the federal FERPA rules and 603 CMR 23.00. This covers access controls, directory information settings, and how long transcripts and temporary records are kept.",
            aligns: [
                "cosn:data-management",
                "cosn:ethics-policies",
                "iste:3.4.c",
                "ma-admin:II-law-ethics-policies",
                "ma-admin:II-scheduling-mis",
            ],
            keywords: [
                "FERPA",
                "603 CMR 23.00",
                "student records",
                "directory information",
            ],
            core: nil
        ),
        Competency(
            id: "data.data-use-capacity",
            area: "data",
            kind: .duty,
            text: "Build staff skill in using data. Train leaders and teachers to read reports, ask good questions and turn findings into changes in teaching.",
            aligns: [
                "cosn:data-management",
                "cosn:instructional-focus",
                "iste:3.2.c",
                "iste:3.3.e",
                "ma-admin:I-C",
            ],
            keywords: [
                "data literacy",
                "data teams",
                "training",
                "data-informed decisions",
            ],
            core: true
        ),
        Competency(
            id: "data.knowledge-ferpa-student-records",
            area: "data",
            kind: .knowledge,
            text: "Knowledge of the federal FERPA rules and the Massachusetts student records rules, 603 CMR 23.00, including access rights, the school-official exception and how long records are kept.",
            aligns: [
                "cosn:data-management",
                "cosn:ethics-policies",
                "iste:3.4.c",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "FERPA",
                "603 CMR 23.00",
                "student records",
                "privacy",
            ],
            core: nil
        ),
        Competency(
            id: "data.knowledge-assessment-data",
            area: "data",
            kind: .knowledge,
            text: "Knowledge of MCAS and local assessment reports, and of the limits of test data when drawing conclusions about students, programs or schools.",
            aligns: [
                "cosn:data-management",
                "iste:3.3.e",
                "iste:3.2.c",
                "ma-admin:I-C",
            ],
            keywords: [
                "MCAS",
                "assessment data",
                "interpretation",
            ],
            core: nil
        ),
        Competency(
            id: "data.knowledge-operational-data",
            area: "data",
            kind: .knowledge,
            text: "Knowledge of the data behind district planning, such as enrollment projections, attendance and chronic absence, staffing ratios and per-pupil spending.",
            aligns: [
                "cosn:data-management",
                "iste:3.2.c",
                "ma-admin:I-C",
                "ma-admin:II-E",
            ],
            keywords: [
                "enrollment projections",
                "chronic absence",
                "staffing",
                "per-pupil spending",
                "planning data",
            ],
            core: nil
        ),
        Competency(
            id: "data.knowledge-data-systems",
            area: "data",
            kind: .knowledge,
            text: "Working knowledge of databases, data warehouses, data standards and reporting tools that combine data from the SIS, assessments and other systems.",
            aligns: [
                "cosn:data-management",
                "cosn:it-management",
                "iste:3.4.a",
                "iste:3.3.e",
                "ma-admin:II-scheduling-mis",
            ],
            keywords: [
                "database",
                "data warehouse",
                "interoperability",
                "reporting",
                "SQL",
            ],
            core: nil
        ),
        Competency(
            id: "data.knowledge-business-systems",
            area: "data",
            kind: .knowledge,
            text: "Working knowledge of school finance, payroll and personnel systems, of how their data connect to the SIS and state reports, and of ways to map and simplify office processes.",
            aligns: [
                "cosn:business-management",
                "cosn:data-management",
                "iste:3.4.a",
                "ma-admin:II-E",
            ],
            keywords: [
                "finance",
                "payroll",
                "human resources",
                "ERP",
                "process mapping",
                "workflow",
            ],
            core: nil
        ),
        Competency(
            id: "data.ability-communicate-data",
            area: "data",
            kind: .knowledge,
            text: "Ability to present data clearly to teachers, families and the school committee, explaining what the numbers show and what they do not.",
            aligns: [
                "cosn:data-management",
                "cosn:stakeholder-focus",
                "iste:3.2.d",
                "ma-admin:III-communication",
            ],
            keywords: [
                "data presentation",
                "reporting",
                "school committee",
            ],
            core: nil
        ),
        Competency(
            id: "e-guidelines.cipa-compliance",
            area: "e-guidelines",
            kind: .duty,
            text: "Keep the district in line with the federal CIPA rules. That means an Internet safety policy adopted after a public hearing or meeting, content filtering, monitoring of minors and lessons on online behavior.",
            aligns: [
                "cosn:ethics-policies",
                "iste:3.1.d",
                "iste:3.4.c",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "CIPA",
                "filtering",
                "Internet safety policy",
                "E-Rate",
                "Form 486",
                "monitoring",
            ],
            core: true
        ),
        Competency(
            id: "e-guidelines.aup",
            area: "e-guidelines",
            kind: .duty,
            text: "Write and update the acceptable use policies for students and staff, bring them to the school committee for approval, and make sure users understand and accept them.",
            aligns: [
                "cosn:ethics-policies",
                "cosn:stakeholder-focus",
                "iste:3.1.d",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "AUP",
                "acceptable use policy",
                "responsible use",
                "technology policy",
            ],
            core: nil
        ),
        Competency(
            id: "e-guidelines.records-retention",
            area: "e-guidelines",
            kind: .duty,
            text: "Set up electronic records practices that follow the Massachusetts public records law and the Municipal Records Retention Schedule. Records, email included, must be easy to find, kept as required and lawfully destroyed.",
            aligns: [
                "cosn:ethics-policies",
                "cosn:data-management",
                "iste:3.4.c",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "public records",
                "records retention",
                "electronic records",
                "email archiving",
                "c.66",
            ],
            core: nil
        ),
        Competency(
            id: "e-guidelines.web-accessibility",
            area: "e-guidelines",
            kind: .duty,
            text: "Make district websites, apps and online documents meet WCAG 2.1 Level AA, as the ADA Title II web rule requires, with a compliance plan, staff training and regular audits.",
            aligns: [
                "cosn:communication-systems",
                "cosn:ethics-policies",
                "iste:3.1.b",
                "iste:3.3.d",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "accessibility",
                "WCAG",
                "ADA",
                "Title II",
                "Section 504",
                "website",
                "PDF",
            ],
            core: nil
        ),
        Competency(
            id: "e-guidelines.web-publishing",
            area: "e-guidelines",
            kind: .duty,
            text: "Run the district website and online services for families, with publishing guidelines on who may post, approval steps, student privacy, photos and accessibility.",
            aligns: [
                "cosn:communication-systems",
                "cosn:stakeholder-focus",
                "iste:3.2.d",
                "iste:3.1.d",
                "ma-admin:III-communication",
            ],
            keywords: [
                "website",
                "web publishing",
                "social media",
                "student photos",
                "digital services",
                "online forms",
            ],
            core: nil
        ),
        Competency(
            id: "e-guidelines.email-communication",
            area: "e-guidelines",
            kind: .duty,
            text: "Manage district email and messaging, including mass notices to families. Set rules for using district accounts for official business, for archiving and for security.",
            aligns: [
                "cosn:communication-systems",
                "iste:3.2.d",
                "iste:3.4.a",
                "ma-admin:III-communication",
            ],
            keywords: [
                "email",
                "mass notification",
                "communication systems",
                "archiving",
                "messaging",
            ],
            core: nil
        ),
        Competency(
            id: "e-guidelines.disaster-recovery",
            area: "e-guidelines",
            kind: .duty,
            text: "Maintain and test a disaster recovery and continuity plan, with protected backups off site or in the cloud, so critical systems can be restored within agreed times.",
            aligns: [
                "cosn:it-management",
                "cosn:data-management",
                "iste:3.4.a",
                "iste:3.4.c",
                "ma-admin:II-A",
            ],
            keywords: [
                "disaster recovery",
                "backup",
                "business continuity",
                "ransomware",
                "DR",
            ],
            core: nil
        ),
        Competency(
            id: "e-guidelines.knowledge-cipa",
            area: "e-guidelines",
            kind: .knowledge,
            text: "Knowledge of what the federal CIPA rules require: an Internet safety policy, a public meeting, monitoring of minors, lessons on online behavior and certification on E-Rate Form 486.",
            aligns: [
                "cosn:ethics-policies",
                "iste:3.1.d",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "CIPA",
                "Internet safety",
                "E-Rate",
                "Form 486",
            ],
            core: nil
        ),
        Competency(
            id: "e-guidelines.knowledge-public-records",
            area: "e-guidelines",
            kind: .knowledge,
            text: "Knowledge of the Massachusetts public records law (M.G.L. c.4 s.7(26) and c.66) and the Municipal Records Retention Schedule as they apply to electronic records and email.",
            aligns: [
                "cosn:ethics-policies",
                "cosn:data-management",
                "iste:3.4.c",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "public records",
                "retention schedule",
                "Supervisor of Records",
                "email",
            ],
            core: nil
        ),
        Competency(
            id: "e-guidelines.knowledge-accessibility",
            area: "e-guidelines",
            kind: .knowledge,
            text: "Knowledge of digital accessibility rules: WCAG 2.1 Level AA, the 2024 ADA Title II web rule and its compliance dates, Section 504 and Section 508.",
            aligns: [
                "cosn:communication-systems",
                "cosn:ethics-policies",
                "iste:3.1.b",
                "ma-admin:II-law-ethics-policies",
            ],
            keywords: [
                "accessibility",
                "WCAG",
                "ADA",
                "Section 504",
                "Section 508",
            ],
            core: nil
        ),
        Competency(
            id: "e-guidelines.knowledge-recovery-planning",
            area: "e-guidelines",
            kind: .knowledge,
            text: "Knowledge of backup, recovery and continuity planning, including recovery time and recovery point objectives, and of how to test a plan.",
            aligns: [
                "cosn:it-management",
                "cosn:data-management",
                "iste:3.4.a",
                "ma-admin:II-A",
            ],
            keywords: [
                "disaster recovery",
                "RTO",
                "RPO",
                "backup",
                "continuity",
            ],
            core: nil
        ),
        Competency(
            id: "projects.cabinet-role",
            area: "projects",
            kind: .duty,
            text: "Serve on the superintendent's leadership team as the district's technology leader. Advise on how technology can serve teaching, learning and operations.",
            aligns: [
                "cosn:leadership-vision",
                "iste:3.2.a",
                "ma-admin:IV-A",
            ],
            keywords: [
                "cabinet",
                "leadership team",
                "CTO",
                "CIO",
                "chief technology officer",
                "executive",
            ],
            core: true
        ),
        Competency(
            id: "projects.district-vision",
            area: "projects",
            kind: .duty,
            text: "Lead a technology vision for the whole district that covers teaching and operations, from classrooms to business offices, buildings and safety, and ties to the district's goals.",
            aligns: [
                "cosn:leadership-vision",
                "cosn:strategic-planning",
                "iste:3.2.a",
                "iste:3.2.b",
                "ma-admin:IV-A",
            ],
            keywords: [
                "vision",
                "strategy",
                "strategic plan",
                "operations",
                "instruction",
                "mission",
                "direction",
                "long-range goals",
                "all technology",
            ],
            core: true
        ),
        Competency(
            id: "projects.technology-plan",
            area: "projects",
            kind: .duty,
            text: "Lead a committee of teachers, administrators, families and students in writing the multi-year technology plan, and report progress against it every year.",
            aligns: [
                "cosn:strategic-planning",
                "cosn:leadership-vision",
                "cosn:stakeholder-focus",
                "iste:3.2.a",
                "iste:3.2.b",
                "iste:3.2.c",
                "ma-admin:IV-A",
            ],
            keywords: [
                "technology plan",
                "strategic plan",
                "committee",
                "master plan",
                "long-range planning",
                "short-range planning",
                "planning",
            ],
            core: nil
        ),
        Competency(
            id: "projects.school-committee-reporting",
            area: "projects",
            kind: .duty,
            text: "Report to the school committee on the technology plan, budget, projects and risks, such as cybersecurity and aging equipment. Speak in plain terms and answer its questions in public meetings.",
            aligns: [
                "cosn:leadership-vision",
                "cosn:stakeholder-focus",
                "iste:3.2.d",
                "ma-admin:III-communication",
            ],
            keywords: [
                "school committee",
                "board",
                "report",
                "presentation",
                "risks",
                "public meeting",
            ],
            core: nil
        ),
        Competency(
            id: "projects.building-plans",
            area: "projects",
            kind: .duty,
            text: "Help principals and school technology contacts write building technology plans that carry out the district plan and fit each school's own goals.",
            aligns: [
                "cosn:strategic-planning",
                "cosn:leadership-vision",
                "iste:3.2.b",
                "iste:3.2.c",
                "ma-admin:IV-A",
            ],
            keywords: [
                "building plan",
                "school plan",
                "school technology plan",
                "site plan",
                "campus plan",
            ],
            core: nil
        ),
        Competency(
            id: "projects.new-buildings",
            area: "projects",
            kind: .duty,
            text: "Plan the technology for new and renovated schools with the building committee, architects and engineers. Cover cabling, wireless, audio and video, and security systems, from design to opening day.",
            aligns: [
                "cosn:it-management",
                "cosn:strategic-planning",
                "cosn:business-management",
                "iste:3.4.a",
                "iste:3.2.b",
                "ma-admin:II-A",
            ],
            keywords: [
                "new school building",
                "construction",
                "renovation",
                "building project",
                "MSBA",
                "cabling",
            ],
            core: nil
        ),
        Competency(
            id: "projects.large-deployments",
            area: "projects",
            kind: .duty,
            text: "Manage large rollouts, such as one-to-one devices or district-wide platform changes, with a project plan, schedule, budget, communication plan and measures of success.",
            aligns: [
                "cosn:it-management",
                "cosn:strategic-planning",
                "iste:3.4.a",
                "iste:3.2.b",
                "iste:3.2.c",
                "ma-admin:II-A",
            ],
            keywords: [
                "deployment",
                "rollout",
                "one-to-one",
                "project management",
            ],
            core: nil
        ),
        Competency(
            id: "projects.portfolio-priorities",
            area: "projects",
            kind: .duty,
            text: "Keep one list of technology projects, set priorities with the superintendent and cabinet, and report status, risks and changes clearly and often.",
            aligns: [
                "cosn:strategic-planning",
                "cosn:leadership-vision",
                "iste:3.2.c",
                "iste:3.2.d",
                "ma-admin:II-A",
            ],
            keywords: [
                "portfolio",
                "priorities",
                "status reports",
            ],
            core: nil
        ),
        Competency(
            id: "projects.change-management",
            area: "projects",
            kind: .duty,
            text: "Prepare staff, students and families for major changes, building training, communication and support into each project plan from the start.",
            aligns: [
                "cosn:leadership-vision",
                "cosn:stakeholder-focus",
                "iste:3.5.d",
                "iste:3.2.d",
                "ma-admin:III-communication",
            ],
            keywords: [
                "change management",
                "communication",
                "training",
            ],
            core: nil
        ),
        Competency(
            id: "projects.stakeholder-communication",
            area: "projects",
            kind: .duty,
            text: "Listen to teachers, principals, families and students about their technology needs, and keep them informed about plans, changes and outages.",
            aligns: [
                "cosn:stakeholder-focus",
                "iste:3.2.d",
                "ma-admin:III-communication",
            ],
            keywords: [
                "liaison",
                "communication",
                "stakeholders",
                "feedback",
                "outreach",
            ],
            core: nil
        ),
        Competency(
            id: "projects.partnerships",
            area: "projects",
            kind: .duty,
            text: "Build partnerships with town departments, public safety, libraries, colleges and vendors that support the district's vision and improve operations.",
            aligns: [
                "cosn:stakeholder-focus",
                "cosn:leadership-vision",
                "iste:3.4.d",
                "ma-admin:III-engagement",
            ],
            keywords: [
                "partnerships",
                "municipal IT",
                "public safety",
                "collaboration",
            ],
            core: nil
        ),
        Competency(
            id: "projects.knowledge-strategic-planning",
            area: "projects",
            kind: .knowledge,
            text: "Knowledge of strategic planning in school districts: setting goals with stakeholders, linking district and school plans to budgets, and measuring and reporting progress.",
            aligns: [
                "cosn:strategic-planning",
                "cosn:leadership-vision",
                "iste:3.2.b",
                "iste:3.2.c",
                "ma-admin:IV-A",
            ],
            keywords: [
                "strategic planning",
                "goals",
                "measures",
                "district improvement plan",
            ],
            core: nil
        ),
        Competency(
            id: "projects.knowledge-governance",
            area: "projects",
            kind: .knowledge,
            text: "Knowledge of how Massachusetts districts are governed and funded: the roles of the school committee and superintendent, the budget cycle, town meeting and the Open Meeting Law.",
            aligns: [
                "cosn:leadership-vision",
                "cosn:business-management",
                "iste:3.2.d",
                "ma-admin:II-E",
            ],
            keywords: [
                "school committee",
                "governance",
                "budget cycle",
                "town meeting",
                "open meeting law",
            ],
            core: nil
        ),
        Competency(
            id: "projects.ability-executive-communication",
            area: "projects",
            kind: .knowledge,
            text: "Ability to explain technology choices, costs and risks in plain terms to the superintendent, the school committee and town officials.",
            aligns: [
                "cosn:leadership-vision",
                "cosn:stakeholder-focus",
                "iste:3.2.d",
                "ma-admin:III-communication",
            ],
            keywords: [
                "communication",
                "presentation",
                "plain language",
                "school committee",
                "executive",
            ],
            core: nil
        ),
        Competency(
            id: "projects.knowledge-project-management",
            area: "projects",
            kind: .knowledge,
            text: "Knowledge of project management methods, including scope, schedule, budget, risk and change control, and of tools for tracking large projects.",
            aligns: [
                "cosn:it-management",
                "cosn:strategic-planning",
                "iste:3.4.a",
                "ma-admin:II-A",
            ],
            keywords: [
                "project management",
                "PMP",
                "scheduling",
                "risk",
            ],
            core: nil
        ),
        Competency(
            id: "projects.knowledge-building-systems",
            area: "projects",
            kind: .knowledge,
            text: "Working knowledge of the technology in a school building: cabling, wireless, audio and video, door access, cameras and emergency communications.",
            aligns: [
                "cosn:it-management",
                "iste:3.4.a",
                "ma-admin:II-A",
            ],
            keywords: [
                "construction",
                "cabling",
                "audiovisual",
                "access control",
                "cameras",
                "building",
            ],
            core: nil
        ),
        Competency(
            id: "projects.ability-coordinate-vendors",
            area: "projects",
            kind: .knowledge,
            text: "Ability to coordinate contractors, vendors and district staff on shared timelines, and to hold them to the agreed scope, quality and cost.",
            aligns: [
                "cosn:business-management",
                "cosn:it-management",
                "iste:3.4.a",
                "ma-admin:II-E",
            ],
            keywords: [
                "vendors",
                "contractors",
                "coordination",
            ],
            core: nil
        ),
        Competency(
            id: "evaluation.technical-staff-evaluation",
            area: "evaluation",
            kind: .duty,
            text: "Evaluate technology staff fairly and on evidence. Set measurable goals with each person, give regular feedback, and follow district procedures and collective bargaining agreements.",
            aligns: [
                "cosn:team-building",
                "iste:3.4.a",
                "ma-admin:I-D",
                "ma-admin:II-B",
            ],
            keywords: [
                "evaluation",
                "performance review",
                "supervision",
                "technical staff",
            ],
            core: true
        ),
        Competency(
            id: "evaluation.educator-evaluation",
            area: "evaluation",
            kind: .duty,
            text: "Evaluate instructional technology specialists and other licensed staff under the state's educator evaluation rules, 603 CMR 35.00. Use DESE rubrics, goals, observation and evidence.",
            aligns: [
                "cosn:team-building",
                "cosn:instructional-focus",
                "iste:3.3.a",
                "ma-admin:I-D",
            ],
            keywords: [
                "603 CMR 35.00",
                "educator evaluation",
                "DESE rubric",
                "goals",
            ],
            core: nil
        ),
        Competency(
            id: "evaluation.observation-feedback",
            area: "evaluation",
            kind: .duty,
            text: "Observe coaching sessions and trainings led by technology staff, and give specific, timely feedback that helps each person improve.",
            aligns: [
                "cosn:team-building",
                "cosn:instructional-focus",
                "iste:3.3.a",
                "ma-admin:I-D",
            ],
            keywords: [
                "observation",
                "feedback",
                "coaching",
            ],
            core: nil
        ),
        Competency(
            id: "evaluation.support-teacher-evaluators",
            area: "evaluation",
            kind: .duty,
            text: "Help principals and other evaluators see what good use of technology in teaching looks like, so teacher evaluations credit it the same way in every school.",
            aligns: [
                "cosn:instructional-focus",
                "iste:3.3.b",
                "iste:3.1.a",
                "ma-admin:I-D",
            ],
            keywords: [
                "teacher evaluation",
                "principals",
                "calibration",
            ],
            core: nil
        ),
        Competency(
            id: "evaluation.growth-plans",
            area: "evaluation",
            kind: .duty,
            text: "Help each staff member write a professional growth plan, and link it to training, certification and new responsibilities.",
            aligns: [
                "cosn:team-building",
                "iste:3.3.a",
                "iste:3.4.a",
                "ma-admin:II-B",
            ],
            keywords: [
                "professional growth",
                "goals",
                "career development",
            ],
            core: nil
        ),
        Competency(
            id: "evaluation.performance-concerns",
            area: "evaluation",
            kind: .duty,
            text: "Deal with performance concerns promptly and fairly, with human resources. Set clear expectations, offer support, and write down each step, including any improvement plan.",
            aligns: [
                "cosn:team-building",
                "cosn:ethics-policies",
                "iste:3.4.a",
                "ma-admin:II-B",
                "ma-admin:IV-managing-conflict",
            ],
            keywords: [
                "improvement plan",
                "performance",
                "human resources",
            ],
            core: nil
        ),
        Competency(
            id: "evaluation.department-review",
            area: "evaluation",
            kind: .duty,
            text: "Evaluate the technology department's own work through user surveys, service data and progress on plan goals, and report the results to the superintendent.",
            aligns: [
                "cosn:leadership-vision",
                "cosn:stakeholder-focus",
                "iste:3.2.c",
                "iste:3.2.d",
                "ma-admin:IV-A",
            ],
            keywords: [
                "department review",
                "survey",
                "metrics",
                "accountability",
                "program evaluation",
            ],
            core: nil
        ),
        Competency(
            id: "evaluation.knowledge-educator-evaluation",
            area: "evaluation",
            kind: .knowledge,
            text: "Knowledge of the Massachusetts educator evaluation rules, 603 CMR 35.00: the standards and indicators, the four performance levels, the rubrics and the yearly cycle.",
            aligns: [
                "cosn:team-building",
                "iste:3.3.a",
                "ma-admin:I-D",
            ],
            keywords: [
                "603 CMR 35.00",
                "educator evaluation",
                "rubrics",
                "performance levels",
            ],
            core: nil
        ),
        Competency(
            id: "evaluation.knowledge-supervision",
            area: "evaluation",
            kind: .knowledge,
            text: "Knowledge of fair supervision: collective bargaining agreements, good records, and how coaching differs from evaluation.",
            aligns: [
                "cosn:team-building",
                "cosn:ethics-policies",
                "iste:3.4.a",
                "ma-admin:II-B",
            ],
            keywords: [
                "supervision",
                "collective bargaining",
                "union",
                "documentation",
            ],
            core: nil
        ),
        Competency(
            id: "evaluation.ability-feedback",
            area: "evaluation",
            kind: .knowledge,
            text: "Ability to give clear, respectful, evidence-based feedback to teaching and technical staff alike, and to recognize strong work.",
            aligns: [
                "cosn:team-building",
                "iste:3.3.a",
                "iste:3.4.a",
                "ma-admin:IV-communications",
            ],
            keywords: [
                "feedback",
                "recognition",
                "communication",
            ],
            core: nil
        ),
    ]

    static let builtInScales: [Scale] = [
        Scale(
            id: "ma-four-level",
            name: "Massachusetts four-level scale",
            source: "603 CMR 35.00 educator evaluation rubrics (DESE)",
            levels: [
                Scale.Level(
                    id: "unsatisfactory",
                    value: 1,
                    name: "Unsatisfactory",
                    description: "The answer shows little or no evidence of the competency: no relevant example, a plan that would cause harm or break the law, or reliance on others without understanding."
                ),
                Scale.Level(
                    id: "needs-improvement",
                    value: 2,
                    name: "Needs Improvement",
                    description: "The answer shows some relevant experience or knowledge, but it is general, partial or leaves out important steps, people or results."
                ),
                Scale.Level(
                    id: "proficient",
                    value: 3,
                    name: "Proficient",
                    description: "The answer shows solid, specific evidence of the competency at the level the job requires: clear actions, sound reasoning and results the candidate can describe."
                ),
                Scale.Level(
                    id: "exemplary",
                    value: 4,
                    name: "Exemplary",
                    description: "The answer shows the competency at a level that could serve as a model for others: specific, well-reasoned actions with measured results, lessons learned and practice that others adopted."
                ),
            ]
        ),
    ]

    static let builtInRecommendations: [Recommendation] = [
        Recommendation(
            id: "strongly-recommend",
            name: "Strongly recommend"
        ),
        Recommendation(
            id: "recommend",
            name: "Recommend"
        ),
        Recommendation(
            id: "do-not-recommend",
            name: "Do not recommend"
        ),
        Recommendation(
            id: "strongly-do-not-recommend",
            name: "Strongly do not recommend"
        ),
    ]

    static let builtInQuestions: [Question] = [
        Question(
            id: "standards.q-framework-rollout",
            area: "standards",
            type: .behavioural,
            text: "Tell us about a time you led or supported the rollout of a new curriculum framework or set of technology standards across several schools.",
            probes: [
                "Whom did you involve, and how did you decide where each standard would be taught?",
                "How did you find out whether teachers were actually using it in classrooms?",
                "What would you do differently now?",
            ],
            assesses: [
                "standards.dlcs-implementation",
                "standards.framework-alignment",
                "standards.knowledge-dlcs",
            ],
            anchors: [
                "exemplary": "Describes a plan built with teachers and leaders, measured classroom use over time, adjusted the plan from that evidence and can name what changed for students; reflects candidly on what to improve.",
                "needs-improvement": "Describes a real rollout but mainly the documents produced; partners are named only in passing and there is no evidence about classroom use.",
                "proficient": "Describes a clear plan made with curriculum leaders and principals, a map of where standards are taught, training for teachers and some evidence of classroom use.",
                "unsatisfactory": "Cannot describe a specific rollout, or describes sending the standards out by email with no plan, no partners and no follow-up.",
            ],
            core: nil
        ),
        Question(
            id: "standards.q-dlcs-elementary-gap",
            area: "standards",
            type: .situational,
            text: "What would you do if a review showed that the middle schools teach most of the DLCS standards but the elementary schools teach almost none?",
            probes: [
                "Whom would you bring together first, and why?",
                "How would you fit the work into an elementary day that is already full?",
            ],
            assesses: [
                "standards.dlcs-implementation",
                "standards.knowledge-dlcs",
                "standards.framework-alignment",
            ],
            anchors: [
                "exemplary": "Gives a phased plan tied to the DLCS strands and grade spans, uses existing units and coaches, builds teacher input into the design, and names how progress would be checked each year.",
                "needs-improvement": "Proposes training elementary teachers but does not connect the standards to existing subjects or involve principals and the curriculum office.",
                "proficient": "Would work with the curriculum office and principals to map DLCS standards into existing literacy, math and science units by grade span, with coaching support and a timeline.",
                "unsatisfactory": "Proposes simply telling elementary teachers to teach the standards, or buying a product, with no reference to the framework's strands or to curriculum leaders.",
            ],
            core: nil
        ),
        Question(
            id: "standards.q-digital-citizenship",
            area: "standards",
            type: .situational,
            text: "What would you do if principals asked you for a program on safe, responsible online behavior after a rise in online conflicts among middle school students?",
            probes: [
                "What would the program teach, and who would teach it?",
                "How would you know whether it made a difference?",
            ],
            assesses: [
                "standards.digital-citizenship-curriculum",
                "standards.knowledge-dlcs",
            ],
            anchors: [
                "exemplary": "Proposes a K-12 sequence that builds year on year, involves students, counselors and families, links to the acceptable use policy and CIPA education duties, and sets measures such as incident trends and student surveys.",
                "needs-improvement": "Suggests an assembly or a purchased lesson set but does not plan who teaches it, how it fits the curriculum or how families are involved.",
                "proficient": "Proposes a sequence drawn from the DLCS Computing and Society strand, taught by named staff with support, that covers online behavior and cyberbullying, with some measure of effect.",
                "unsatisfactory": "Relies only on tighter filtering or discipline and offers nothing students would learn.",
            ],
            core: nil
        ),
        Question(
            id: "adult-learning.q-pd-changed-practice",
            area: "adult-learning",
            type: .behavioural,
            text: "Tell us about a time professional learning you designed or led changed what teachers did in their classrooms.",
            probes: [
                "How did you find out what the teachers needed?",
                "What evidence showed the change, and how long did it last?",
                "What did you change in your own approach afterward?",
            ],
            assesses: [
                "adult-learning.pd-plan",
                "adult-learning.adult-learning-design",
                "adult-learning.pd-evaluation",
            ],
            anchors: [
                "exemplary": "Describes a sustained design with choice, coaching and follow-up, shows lasting change with several kinds of evidence, and explains how the results reshaped the next round of professional learning.",
                "needs-improvement": "Describes well-received workshops and cites satisfaction surveys, but has no evidence that classroom practice changed.",
                "proficient": "Describes learning designed from a needs assessment with practice and follow-up, and gives specific evidence, such as classroom visits or usage data, that practice changed.",
                "unsatisfactory": "Describes a session they attended or delivered once, with no needs assessment and no evidence of any change in classrooms.",
            ],
            core: true
        ),
        Question(
            id: "adult-learning.q-reluctant-staff",
            area: "adult-learning",
            type: .situational,
            text: "What would you do if the staff of one school were reluctant to use a new learning platform that the district had already adopted?",
            probes: [
                "How would you find out why they were reluctant?",
                "What would you do differently for that school compared with the others?",
            ],
            assesses: [
                "adult-learning.adult-learning-design",
                "adult-learning.coaching-model",
                "adult-learning.ability-facilitate",
            ],
            anchors: [
                "exemplary": "Would gather specific reasons, fix real platform problems, recruit respected teachers from that school as early adopters, give time and choice in how staff learn, and set with the principal a clear measure of progress.",
                "needs-improvement": "Would offer more of the same training to the whole staff without finding out what is behind the reluctance.",
                "proficient": "Would listen to teachers and the principal first, then offer targeted support such as coaching, time to practice and examples from peers, and check on progress.",
                "unsatisfactory": "Would require use through a directive or report the staff to the principal, without trying to learn the reasons.",
            ],
            core: nil
        ),
        Question(
            id: "adult-learning.q-pd-budget-cut",
            area: "adult-learning",
            type: .situational,
            text: "What would you do if the professional learning budget were cut in half a month before a district-wide platform launch?",
            probes: [
                "What would you keep, and what would you drop?",
                "How would you explain the change to principals and staff?",
            ],
            assesses: [
                "adult-learning.pd-plan",
                "adult-learning.ability-needs-assessment",
            ],
            anchors: [
                "exemplary": "Would use needs data to target the staff and tasks that matter most, shift to job-embedded and peer-led support, look for other funding, and track the launch closely to add help where problems appear.",
                "needs-improvement": "Would cut sessions evenly across the board and offer recorded videos, without setting priorities by need.",
                "proficient": "Would set priorities by need, keep training for essential tasks, use in-house coaches and teacher leaders, and tell principals and staff clearly what to expect.",
                "unsatisfactory": "Would cancel professional learning for the launch or delay it indefinitely without a plan or any explanation to staff.",
            ],
            core: nil
        ),
        Question(
            id: "adult-learning.q-own-learning",
            area: "adult-learning",
            type: .behavioural,
            text: "Tell us about something important you learned in the last two years from outside your own district, and how it changed your work.",
            probes: [
                "How do you keep current, for example through courses, conferences or professional learning networks?",
                "What have you shared with other leaders in return?",
            ],
            assesses: [
                "adult-learning.own-learning",
                "adult-learning.share-practice",
                "adult-learning.knowledge-networks",
            ],
            anchors: [
                "exemplary": "Describes a deliberate learning plan, a lesson adapted with clear results, and contributions back to other leaders, such as presentations or shared tools, and explains how their team learns alongside them.",
                "needs-improvement": "Names a conference, course or network and a new idea, but cannot say how it changed their own work or the district's practice.",
                "proficient": "Describes a specific lesson from a network, course or peer district, how they tested it locally and what changed as a result, and names a regular way of keeping current.",
                "unsatisfactory": "Cannot name anything learned recently from outside the district, or describes keeping current only by reading vendor material.",
            ],
            core: nil
        ),
        Question(
            id: "pedagogy.q-technology-improved-learning",
            area: "pedagogy",
            type: .behavioural,
            text: "Tell us about a time you helped a teacher or a team use technology in a way that clearly improved student learning.",
            probes: [
                "What was the teaching problem you were trying to solve?",
                "How did you know student learning improved?",
            ],
            assesses: [
                "pedagogy.knowledge-pedagogy",
                "pedagogy.integration-vision",
                "pedagogy.classroom-visits",
            ],
            anchors: [
                "exemplary": "Starts from a learning goal, shows how the teaching design and not just the tool made the difference, gives clear evidence of improvement for different groups of students, and explains how the practice spread to other teachers.",
                "needs-improvement": "Describes a tool that students enjoyed or used a lot, but cannot name the learning goal or any evidence beyond engagement.",
                "proficient": "Starts from a clear learning goal, explains how the technology changed the teaching, and gives specific evidence, such as student work or assessment results, of improvement.",
                "unsatisfactory": "Describes installing or buying a tool, with no connection to a teaching goal or to student learning.",
            ],
            core: nil
        ),
        Question(
            id: "pedagogy.q-unvetted-app-request",
            area: "pedagogy",
            type: .situational,
            text: "What would you do if a group of teachers asked to buy a popular instructional app that has no evidence of effectiveness and unclear privacy terms?",
            probes: [
                "What would you need to know before deciding?",
                "How would you keep the teachers' goodwill if the answer were no?",
            ],
            assesses: [
                "pedagogy.instructional-software-selection",
                "pedagogy.pilot-innovation",
            ],
            anchors: [
                "exemplary": "Would run the district's review process with the teachers, compare the app with tools already licensed, require a signed privacy agreement, design a measured pilot, and explain the decision and its reasons to the teachers either way.",
                "needs-improvement": "Would check the price and the privacy terms, but would not ask what learning problem the app solves or how its value would be judged.",
                "proficient": "Would ask what need the app meets, review privacy terms and seek a data privacy agreement, check accessibility, and consider a short pilot with clear measures before any purchase.",
                "unsatisfactory": "Would buy it because teachers asked, or refuse outright with no review and no explanation.",
            ],
            core: nil
        ),
        Question(
            id: "pedagogy.q-diverse-learners",
            area: "pedagogy",
            type: .behavioural,
            text: "Tell us about a time you made sure a digital tool or program worked well for students who use assistive technology or need other supports to learn.",
            probes: [
                "Whom did you work with, and what did you change?",
                "How did you check that it worked for those students?",
            ],
            assesses: [
                "pedagogy.diverse-learners",
                "pedagogy.knowledge-accessibility-assistive",
            ],
            anchors: [
                "exemplary": "Describes building accessibility and diverse learner needs into selection from the start, working with specialists, students and families, checking results, and changing district practice so later purchases met the same standard.",
                "needs-improvement": "Gives an example of fixing a problem after a complaint, without working with specialists or checking results with students.",
                "proficient": "Describes working with special education or English learner staff to choose or adjust tools, including accessibility features, and checking that the students could use them.",
                "unsatisfactory": "Cannot give an example, or treats accessibility as someone else's job.",
            ],
            core: nil
        ),
        Question(
            id: "law.q-compliance-gap",
            area: "law",
            type: .behavioural,
            text: "Tell us about a time you found that your organization was out of compliance with a software license, a copyright rule or an online service's terms.",
            probes: [
                "How did you discover the problem, and how big was it?",
                "What did you put in place so it would not happen again?",
            ],
            assesses: [
                "law.software-licensing",
                "law.knowledge-licensing-models",
                "law.terms-of-service-review",
            ],
            anchors: [
                "exemplary": "Describes a full correction, a lasting license-management or app-review process, clear guidance and training for staff, and regular audits that later showed compliance.",
                "needs-improvement": "Describes fixing the single problem, for example buying extra licenses, but put no process in place to prevent a repeat.",
                "proficient": "Describes finding the scope of the problem, correcting it promptly, involving the business office or counsel where needed, and setting up tracking to prevent a repeat.",
                "unsatisfactory": "Cannot give an example, or describes ignoring or hiding a known problem.",
            ],
            core: nil
        ),
        Question(
            id: "law.q-copyright-remote-course",
            area: "law",
            type: .situational,
            text: "What would you do if a teacher wanted to post full chapters of a textbook and a complete commercial film on the learning platform for a remote course?",
            probes: [
                "What would you tell the teacher, and how?",
                "What options could let the teacher reach the same goal lawfully?",
            ],
            assesses: [
                "law.copyright-policy",
                "law.teach-act-compliance",
                "law.knowledge-copyright-fair-use",
            ],
            anchors: [
                "exemplary": "Gives accurate, plain guidance with lawful alternatives, uses the case to improve the district's copyright guidance and platform settings, and works with library staff so teachers have a place to get answers quickly.",
                "needs-improvement": "Knows there is a copyright concern but cannot explain fair use or the TEACH Act, and offers no alternatives.",
                "proficient": "Explains the fair use factors and the TEACH Act conditions in plain terms, suggests lawful options such as linking, licensed streaming or shorter excerpts limited to enrolled students, and knows when to ask counsel.",
                "unsatisfactory": "Would allow it without question, or would forbid it with no explanation and no alternatives.",
            ],
            core: nil
        ),
        Question(
            id: "law.q-unreviewed-online-tools",
            area: "law",
            type: .situational,
            text: "What would you do if you learned that teachers were signing students up for dozens of free online tools that nobody had reviewed?",
            probes: [
                "What would you do first, in the first week?",
                "How would you keep teachers able to try new tools?",
            ],
            assesses: [
                "law.terms-of-service-review",
                "law.coppa-consent",
                "law.knowledge-coppa",
            ],
            anchors: [
                "exemplary": "Would do all of that, explain the reasons to staff in terms of student privacy, involve teachers in the review, use a shared privacy agreement to speed approvals, and check usage data regularly to catch new tools.",
                "needs-improvement": "Would send a reminder not to use unapproved tools but has no way to review tools quickly or to tell teachers which are approved.",
                "proficient": "Would inventory the tools in use, review the riskiest first for privacy terms, COPPA and data agreements, publish an approved list and a simple request process, and inform staff.",
                "unsatisfactory": "Would ignore it because the tools are free, or block everything at once with no communication.",
            ],
            core: nil
        ),
        Question(
            id: "assets.q-procurement-end-to-end",
            area: "assets",
            type: .behavioural,
            text: "Tell us about a time you managed an E-Rate application or another competitive technology purchase from start to finish.",
            probes: [
                "What steps and deadlines did you manage, and who else was involved?",
                "What went wrong or nearly went wrong, and what did you do?",
            ],
            assesses: [
                "assets.e-rate",
                "assets.procurement-30b",
                "assets.knowledge-e-rate",
                "assets.knowledge-procurement-law",
            ],
            anchors: [
                "exemplary": "Describes a well-documented process across several cycles, coordinated E-Rate and c.30B rules, handled a problem such as a review or appeal successfully, and improved the district's funding or pricing as a result.",
                "needs-improvement": "Describes some steps correctly but relied on a consultant or the business office without understanding the forms, waiting periods or bid evaluation.",
                "proficient": "Describes the process accurately, such as Form 470 and the waiting period, bid evaluation, Form 471 and Form 486, or the c.30B steps, with documented decisions and deadlines met.",
                "unsatisfactory": "Cannot describe the steps of a competitive purchase, or describes choosing a vendor before any bidding took place.",
            ],
            core: true
        ),
        Question(
            id: "assets.q-replacement-shortfall",
            area: "assets",
            type: .situational,
            text: "What would you do if next year's budget covered only half of the planned device replacements?",
            probes: [
                "How would you decide which devices to replace first?",
                "How would you present the choices to the superintendent and school committee?",
            ],
            assesses: [
                "assets.replacement-cycle",
                "assets.technology-budget",
                "assets.knowledge-tco-funding",
            ],
            anchors: [
                "exemplary": "Would set priorities from inventory and total-cost data, model several multi-year scenarios, look for other funding, explain the long-term cost of deferral in plain terms to the school committee, and adjust the replacement plan.",
                "needs-improvement": "Would spread the cut evenly across schools without using inventory data on purchase date, condition or instructional need.",
                "proficient": "Would use inventory data on purchase date, repair history and warranty to set priorities by instructional impact, extend device life where safe, and present options with costs and risks.",
                "unsatisfactory": "Would replace whatever schools ask for first, or stop replacements altogether, with no analysis.",
            ],
            core: nil
        ),
        Question(
            id: "assets.q-asset-tracking",
            area: "assets",
            type: .behavioural,
            text: "Tell us about a time you improved how an organization tracked its technology equipment or software.",
            probes: [
                "What was wrong before, and how did you measure it?",
                "How did you get staff in schools to keep the records up to date?",
            ],
            assesses: [
                "assets.inventory",
                "assets.ability-asset-system",
                "assets.secure-disposal",
            ],
            anchors: [
                "exemplary": "Describes a system covering the full life of equipment from purchase to secure disposal, routines that kept it accurate across schools, and results used in budgeting and replacement planning.",
                "needs-improvement": "Describes a new spreadsheet or tool, but records fell out of date because nobody owned them.",
                "proficient": "Describes a system linking purchases, assignments and repairs, clear ownership of updates, and a measurable improvement such as fewer lost devices.",
                "unsatisfactory": "Cannot give an example, or describes a one-time count that was never updated.",
            ],
            core: nil
        ),
        Question(
            id: "technical.q-major-outage",
            area: "technical",
            type: .behavioural,
            text: "Tell us about a time a major system or network outage happened while you were responsible. Walk us through what you did.",
            probes: [
                "How did you keep staff and the school community informed during the outage?",
                "What did the review afterward find, and what changed?",
            ],
            assesses: [
                "technical.network-infrastructure",
                "technical.supervise-technical-staff",
                "technical.help-desk",
            ],
            anchors: [
                "exemplary": "Describes calm, well-organized incident handling, clear updates to each audience, a blameless review of the root cause, and changes to design or monitoring that prevented similar outages.",
                "needs-improvement": "Describes restoring service but little coordination of staff, limited communication and no lasting change.",
                "proficient": "Describes organizing the team, setting priorities, communicating regularly with users, restoring service and making specific changes after a review of the cause.",
                "unsatisfactory": "Cannot describe their own role, blames others, or describes no communication and no review afterward.",
            ],
            core: nil
        ),
        Question(
            id: "technical.q-ransomware-morning",
            area: "technical",
            type: .situational,
            text: "What would you do if, on a school morning, the help desk reported that files on several staff computers had been encrypted and a ransom note had appeared?",
            probes: [
                "What would you do in the first hour?",
                "Whom would you notify, inside and outside the district?",
                "How would you decide when it is safe to bring systems back?",
            ],
            assesses: [
                "technical.cybersecurity",
                "technical.knowledge-security",
                "technical.supervise-technical-staff",
            ],
            anchors: [
                "exemplary": "Would do all of that from a rehearsed plan, keep evidence, handle legal and privacy notification with counsel, communicate clearly with staff and the school community, and lead a review that hardens defenses afterward.",
                "needs-improvement": "Would disconnect the computers and restore from backup, but has no incident plan and does not consider notification, evidence or the scope of the attack.",
                "proficient": "Would isolate affected systems, start the incident response plan, notify the superintendent and insurer or outside experts, protect backups, find the scope, and restore systems in priority order.",
                "unsatisfactory": "Would meet the ransom demand, keep working on the affected machines, or handle it alone without telling the superintendent.",
            ],
            core: true
        ),
        Question(
            id: "technical.q-unfamiliar-proposal",
            area: "technical",
            type: .situational,
            text: "What would you do if your network administrator proposed a costly network redesign that you did not fully understand?",
            probes: [
                "What questions would you ask the administrator?",
                "How would you decide whether to take it to the superintendent?",
            ],
            assesses: [
                "technical.supervise-technical-staff",
                "technical.knowledge-networks",
                "technical.technology-standards",
            ],
            anchors: [
                "exemplary": "Would ask pointed technical and cost questions, relate the design to the strategic plan and funding such as E-Rate, use the review to develop the administrator, and bring a clear recommendation to the superintendent.",
                "needs-improvement": "Would ask for a written proposal but cannot name the technical or business questions needed to judge it.",
                "proficient": "Would ask about the problem it solves, alternatives, risks, costs and support needs, learn enough of the design to judge it, and seek a second opinion if needed.",
                "unsatisfactory": "Would approve it on trust, or reject it because they do not understand it.",
            ],
            core: nil
        ),
        Question(
            id: "technical.q-e911-gap",
            area: "technical",
            type: .situational,
            text: "What would you do if a safety drill review found that 911 calls from several classrooms showed responders only the address of the district office?",
            probes: [
                "What would you do first, and whom would you tell?",
                "How would you keep the location data right as rooms, phones and staff change?",
            ],
            assesses: [
                "technical.telephony-e911",
                "technical.knowledge-telephony",
            ],
            anchors: [
                "exemplary": "Would do all of that, add location checks to every move, new phone and building change, test emergency calling on a schedule with public safety, and report the fix and the routine to the school committee.",
                "needs-improvement": "Would ask the phone vendor to fix the listed rooms, but does not check the rest of the district or tell the superintendent and local public safety.",
                "proficient": "Would tell the superintendent and public safety at once, audit every building's phone locations, correct them with the vendor and carrier, and test calls before closing the issue.",
                "unsatisfactory": "Treats it as a minor phone setting to fix later, or does not see why the location matters to responders.",
            ],
            core: nil
        ),
        Question(
            id: "technical.q-town-school-priorities",
            area: "technical",
            type: .situational,
            text: "What would you do if, in a technology department shared by the town and the schools, the town manager and the superintendent each needed your team for an urgent project in the same week?",
            probes: [
                "How would you decide, and whom would you involve?",
                "What would you put in place so the next conflict is easier to settle?",
            ],
            assesses: [
                "technical.shared-town-school",
                "technical.knowledge-municipal",
                "technical.supervise-technical-staff",
            ],
            anchors: [
                "exemplary": "Would do that, use an agreed priority process in the town and school service agreement, look for outside help or staging to meet both needs, and review the agreement so priorities are set before conflicts arise.",
                "needs-improvement": "Would split the team's time evenly, without weighing risk, deadlines or the agreement between the town and the schools.",
                "proficient": "Would weigh the risks and deadlines of both projects, talk with both leaders together, agree a schedule, and explain it to both staffs.",
                "unsatisfactory": "Would side with whichever leader is more senior or insistent, or leave the team to sort it out.",
            ],
            core: nil
        ),
        Question(
            id: "data.q-data-changed-practice",
            area: "data",
            type: .behavioural,
            text: "Tell us about a time you used assessment data, such as MCAS results, to help a school or team change its practice.",
            probes: [
                "What did the data show, and how did you check that it was accurate?",
                "Who used the analysis, and what did they change?",
                "What happened to results afterward?",
            ],
            assesses: [
                "data.mcas-analysis",
                "data.data-use-capacity",
                "data.knowledge-assessment-data",
            ],
            anchors: [
                "exemplary": "Describes a sound analysis that respected the limits of the data, built educators' own ability to use it, led to a specific change in practice with measured improvement, and became a routine used elsewhere.",
                "needs-improvement": "Describes a report or dashboard and what it showed, but not how educators used it or whether anything changed.",
                "proficient": "Describes checking data quality, an analysis that educators understood, a specific change in practice that followed, and the results that came after.",
                "unsatisfactory": "Describes producing reports nobody used, or cannot describe any analysis of assessment data.",
            ],
            core: true
        ),
        Question(
            id: "data.q-vendor-without-dpa",
            area: "data",
            type: .situational,
            text: "What would you do if a principal wanted to start using a free reading app next week that asks for student names, reading scores and other personal information, and the vendor has not signed a data privacy agreement?",
            probes: [
                "What would you tell the principal?",
                "What would you need from the vendor?",
            ],
            assesses: [
                "data.privacy-agreements",
                "data.ferpa-compliance",
                "data.knowledge-ferpa-student-records",
            ],
            anchors: [
                "exemplary": "Would do that, offer an already-approved alternative for the meantime, check the vendor's practices against the agreement, and use the case to speed up the district's review process for other principals.",
                "needs-improvement": "Would say no until there is an agreement, but cannot explain FERPA or the student records rules behind that answer.",
                "proficient": "Would explain the FERPA and 603 CMR 23.00 concerns, ask the vendor to sign the MSPA, limit the data shared, and give the principal a realistic timeline.",
                "unsatisfactory": "Would allow it because the app is free and the principal wants it, or refuse with no explanation and no path forward.",
            ],
            core: nil
        ),
        Question(
            id: "data.q-data-mismatch-deadline",
            area: "data",
            type: .situational,
            text: "What would you do if, two days before a state data reporting deadline, you found that one school's attendance data in the SIS did not match its own records?",
            probes: [
                "How would you find the cause?",
                "What would you do to stop it from happening again?",
            ],
            assesses: [
                "data.state-reporting",
                "data.sis-management",
                "data.data-governance",
            ],
            anchors: [
                "exemplary": "Would resolve it in time with verified data, trace the root cause, set up routine quality checks and clear data ownership, and train school staff so errors are caught long before deadlines.",
                "needs-improvement": "Would fix the numbers with the school in time, but would not look for the underlying cause or change any process.",
                "proficient": "Would work with the school to find and fix the cause, verify the corrected data before submitting, keep leadership informed, and ask DESE for guidance if the deadline is at risk.",
                "unsatisfactory": "Would submit the data as they are, or change numbers without finding the cause.",
            ],
            core: nil
        ),
        Question(
            id: "data.q-enrollment-staffing",
            area: "data",
            type: .situational,
            text: "What would you do if the superintendent asked for an analysis of enrollment, attendance and staffing trends to help decide whether to combine two elementary schools?",
            probes: [
                "Which data would you gather, and how would you check its quality?",
                "How would you show the committee what the data can and cannot tell it?",
            ],
            assesses: [
                "data.district-analytics",
                "data.knowledge-operational-data",
                "data.ability-communicate-data",
            ],
            anchors: [
                "exemplary": "Would do that, test the projections against past years, add cost and building-capacity data with the business and facilities offices, present it clearly in public, and set up a routine report for future planning.",
                "needs-improvement": "Would report past enrollment and staffing counts accurately, but without projections, context or any caution about what the numbers leave out.",
                "proficient": "Would check data quality, combine enrollment history and projections with attendance and staffing ratios, present clear options, and state the limits of the analysis.",
                "unsatisfactory": "Would send a spreadsheet export without checking the data, or would shape the analysis to support a decision already made.",
            ],
            core: nil
        ),
        Question(
            id: "data.q-process-improvement",
            area: "data",
            type: .behavioural,
            text: "Tell us about a time you improved a business or office process, such as purchasing, payroll or hiring paperwork, by changing the system behind it.",
            probes: [
                "How did you learn how the work was really done?",
                "What changed for staff, and how did you measure it?",
            ],
            assesses: [
                "data.process-improvement",
                "data.business-systems",
                "data.knowledge-business-systems",
            ],
            anchors: [
                "exemplary": "Describes a redesign that removed steps and errors, protected data and controls, was measured before and after, and became a model for improving other offices' processes.",
                "needs-improvement": "Describes moving a paper process online, but the steps stayed the same and no one measured whether it helped.",
                "proficient": "Describes mapping the process with the staff who do it, removing steps, configuring the system to match, training users and measuring a clear gain such as time saved.",
                "unsatisfactory": "Cannot give an example, or describes buying a new system without asking the people who do the work.",
            ],
            core: nil
        ),
        Question(
            id: "e-guidelines.q-policy-through-approval",
            area: "e-guidelines",
            type: .behavioural,
            text: "Tell us about a time you wrote or revised a technology policy, such as an acceptable use or Internet safety policy, and took it through approval.",
            probes: [
                "Whom did you consult, and what changed because of their input?",
                "How did you make sure staff and students knew and followed the policy?",
            ],
            assesses: [
                "e-guidelines.aup",
                "e-guidelines.cipa-compliance",
                "e-guidelines.knowledge-cipa",
            ],
            anchors: [
                "exemplary": "Describes a clear, well-consulted policy that met all legal requirements, including the public meeting for CIPA, a plan that taught it to staff and students, and a review cycle that kept it current.",
                "needs-improvement": "Describes drafting a policy but not the legal requirements it had to meet, the people consulted or how it was shared.",
                "proficient": "Describes a policy that met legal requirements such as CIPA, drafted with input from staff, counsel or families, approved by the governing board and explained to users.",
                "unsatisfactory": "Cannot describe a policy they worked on, or copied one without review or approval.",
            ],
            core: nil
        ),
        Question(
            id: "e-guidelines.q-filter-complaints",
            area: "e-guidelines",
            type: .situational,
            text: "What would you do if a high school teacher complained that the content filter blocked sites students needed for research, while a school committee member reported that a student reached harmful content on a district device?",
            probes: [
                "What does the law require here, and what is left to the district?",
                "How would you respond to each person?",
            ],
            assesses: [
                "e-guidelines.cipa-compliance",
                "e-guidelines.knowledge-cipa",
                "e-guidelines.aup",
            ],
            anchors: [
                "exemplary": "Does all of that, sets up a fast, documented unblock request process with teacher input, reviews the monitoring gap that let harmful content through, and uses both cases to strengthen online-behavior teaching.",
                "needs-improvement": "Would handle each complaint separately and adjust settings, but cannot explain what CIPA requires or how such decisions should be made.",
                "proficient": "Explains that CIPA requires a filter and monitoring while the district decides what is inappropriate, investigates both cases, adjusts settings through a documented review process, and replies to both people.",
                "unsatisfactory": "Would turn the filter off for the teacher or block everything for everyone, without reference to CIPA or district policy.",
            ],
            core: nil
        ),
        Question(
            id: "e-guidelines.q-records-request",
            area: "e-guidelines",
            type: .situational,
            text: "What would you do if the district received a public records request for all email between two administrators over the past year?",
            probes: [
                "What would your department do, and what would others decide?",
                "What would you check about how long email is kept?",
            ],
            assesses: [
                "e-guidelines.records-retention",
                "e-guidelines.knowledge-public-records",
                "e-guidelines.email-communication",
            ],
            anchors: [
                "exemplary": "Does all of that quickly with a documented search, checks the retention settings against the Municipal Records Retention Schedule, and improves guidance on district accounts and archiving so future requests are easier.",
                "needs-improvement": "Would export the email for the records officer, but does not know that district email is a public record or that retention rules apply.",
                "proficient": "Knows district email can be a public record, preserves and searches it, gives it to the records access officer and counsel to decide on exemptions, and meets the timeline.",
                "unsatisfactory": "Would refuse because email is private, or delete or edit messages before responding.",
            ],
            core: nil
        ),
        Question(
            id: "projects.q-troubled-project",
            area: "projects",
            type: .behavioural,
            text: "Tell us about a time you led a large technology project, such as a building opening or a district-wide device rollout, that ran into serious trouble.",
            probes: [
                "When did you first see the problem, and what did you do?",
                "How did you keep the superintendent and others informed?",
                "What would you plan differently now?",
            ],
            assesses: [
                "projects.large-deployments",
                "projects.knowledge-project-management",
                "projects.portfolio-priorities",
            ],
            anchors: [
                "exemplary": "Describes disciplined planning with risks tracked, early action, honest communication with every group affected, a successful recovery, and specific lessons applied to later projects.",
                "needs-improvement": "Describes the project and the problem, but responded late, with little planning or communication.",
                "proficient": "Describes a project plan, spotting the problem early, adjusting scope, schedule or budget, keeping leaders informed, and delivering a working result.",
                "unsatisfactory": "Cannot describe a large project they led, or blames others without describing their own actions.",
            ],
            core: nil
        ),
        Question(
            id: "projects.q-building-budget-cut",
            area: "projects",
            type: .situational,
            text: "What would you do if, six months before a new school opens, the building budget were cut and the technology line was the first to be reduced?",
            probes: [
                "What would you protect, and why?",
                "Whom would you talk to, and in what order?",
            ],
            assesses: [
                "projects.new-buildings",
                "projects.knowledge-building-systems",
                "projects.ability-coordinate-vendors",
            ],
            anchors: [
                "exemplary": "Would do that, find other funding such as E-Rate or the operating budget for deferred items, plan the later purchases, and keep the opening date and safety systems intact, with clear communication to all parties.",
                "needs-improvement": "Would cut devices or features evenly, without separating what must be built into the building now from what can be added later.",
                "proficient": "Would protect infrastructure that is costly to add later, such as cabling and wireless, defer items that can be bought later, and present options with costs to the building committee.",
                "unsatisfactory": "Would accept the cut without analysis, or refuse to change anything.",
            ],
            core: nil
        ),
        Question(
            id: "projects.q-competing-priorities",
            area: "projects",
            type: .situational,
            text: "What would you do if the superintendent, the business office and the principals each wanted a different technology project to come first next year?",
            probes: [
                "How would you decide, and who would take part?",
                "How would you explain the result to those whose project waits?",
            ],
            assesses: [
                "projects.portfolio-priorities",
                "projects.technology-plan",
                "projects.change-management",
            ],
            anchors: [
                "exemplary": "Would use agreed criteria from the strategic plan with cabinet input, look for ways to stage or combine projects, publish the schedule, and revisit priorities openly when conditions change.",
                "needs-improvement": "Would make a reasonable choice alone, without criteria tied to the district plan or a way to explain it.",
                "proficient": "Would compare the projects against the technology plan, cost, risk and capacity, bring a recommendation to the superintendent, and explain the decision and timeline to each group.",
                "unsatisfactory": "Would choose by who asks loudest or most recently, or try to do everything at once.",
            ],
            core: nil
        ),
        Question(
            id: "projects.q-district-vision",
            area: "projects",
            type: .behavioural,
            text: "Tell us about a time you helped a leadership team set a direction for technology that served both classrooms and district operations.",
            probes: [
                "Who took part, and how did you bring teaching and operations leaders together?",
                "How did the direction show up in plans and budgets afterward?",
            ],
            assesses: [
                "projects.cabinet-role",
                "projects.district-vision",
                "projects.knowledge-strategic-planning",
            ],
            anchors: [
                "exemplary": "Describes leading that work as a full member of the leadership team, engaging staff and families, turning the direction into measured goals, and adjusting it over several years from the results.",
                "needs-improvement": "Describes taking part in a planning process, but the technology direction covered only instruction or only operations, or did not reach plans and budgets.",
                "proficient": "Describes working with senior leaders on a direction that covered teaching and operations, tied it to district goals, and shows how it shaped plans and budgets.",
                "unsatisfactory": "Describes only technical decisions made within the technology department, with no link to district goals or to other leaders.",
            ],
            core: true
        ),
        Question(
            id: "projects.q-school-committee-risk",
            area: "projects",
            type: .situational,
            text: "What would you do if you had to tell the school committee, in a public meeting, that next year's budget could not cover both device replacement and urgent security work?",
            probes: [
                "How would you prepare, and whom would you brief first?",
                "How would you explain the risks without revealing details that could help an attacker?",
            ],
            assesses: [
                "projects.school-committee-reporting",
                "projects.ability-executive-communication",
                "projects.knowledge-governance",
            ],
            anchors: [
                "exemplary": "Would do that, tie the options to the technology plan, offer a phased path and other funding, answer questions calmly, and follow up with the committee on the decision and its results.",
                "needs-improvement": "Would present the shortfall accurately, but without options, costs of each choice or a recommendation, and without briefing the superintendent first.",
                "proficient": "Would brief the superintendent first, present clear options with costs and risks in plain terms, give a recommendation, and keep sensitive security detail out of public materials.",
                "unsatisfactory": "Would raise it for the first time at the meeting, present technical detail the committee cannot weigh, or play down the risk.",
            ],
            core: nil
        ),
        Question(
            id: "projects.q-building-plans",
            area: "projects",
            type: .situational,
            text: "What would you do if each school had written its own technology plan and the plans pulled in different directions from the district plan?",
            probes: [
                "How would you work with the principals?",
                "How would you leave room for each school's own goals?",
            ],
            assesses: [
                "projects.building-plans",
                "projects.technology-plan",
                "projects.knowledge-strategic-planning",
            ],
            anchors: [
                "exemplary": "Would do that, use the schools' goals to improve the district plan, link each school plan to the budget and to measures of progress, and review the plans with principals every year.",
                "needs-improvement": "Would ask principals to revise their plans to match the district plan, but offers no help, shared format or way to keep school priorities.",
                "proficient": "Would meet principals and building contacts, agree which goals are district-wide and which belong to each school, and help revise the plans on a shared format and timeline.",
                "unsatisfactory": "Would replace the school plans with a district template without talking to principals, or leave the plans as they are.",
            ],
            core: nil
        ),
        Question(
            id: "evaluation.q-performance-conversation",
            area: "evaluation",
            type: .behavioural,
            text: "Tell us about a time you had to tell someone you supervised that their work was not meeting expectations.",
            probes: [
                "How did you prepare, and what did you say?",
                "What support did you offer, and what happened afterward?",
            ],
            assesses: [
                "evaluation.performance-concerns",
                "evaluation.technical-staff-evaluation",
                "evaluation.ability-feedback",
            ],
            anchors: [
                "exemplary": "Describes a fair, well-documented process that followed the contract, kept the person's dignity, gave real support, and led to a clear outcome, whether improvement or a well-supported next step.",
                "needs-improvement": "Had the conversation but without clear evidence or written expectations, and did not follow up.",
                "proficient": "Describes preparing evidence, stating clear expectations respectfully, offering specific support, documenting the plan with human resources and following up.",
                "unsatisfactory": "Avoided the conversation, or describes criticism without evidence, expectations or support.",
            ],
            core: true
        ),
        Question(
            id: "evaluation.q-coach-little-impact",
            area: "evaluation",
            type: .situational,
            text: "What would you do if you had to evaluate an instructional technology specialist whom colleagues like, but whose coaching shows little effect in classrooms?",
            probes: [
                "What evidence would you gather?",
                "How would you use the educator evaluation cycle with this person?",
            ],
            assesses: [
                "evaluation.educator-evaluation",
                "evaluation.observation-feedback",
                "evaluation.knowledge-educator-evaluation",
            ],
            anchors: [
                "exemplary": "Would use the full evaluation cycle with the DESE rubric, co-design goals tied to classroom impact, observe and give frequent feedback, provide targeted professional learning, and document progress fairly.",
                "needs-improvement": "Would mention the concern at the end of the year without evidence, goals or support during the cycle.",
                "proficient": "Would gather evidence from observation and classroom results, set measurable goals with the specialist under 603 CMR 35.00, give regular feedback and rate on the evidence.",
                "unsatisfactory": "Would rate the specialist highly because colleagues like them, or rate them low without gathering evidence.",
            ],
            core: nil
        ),
        Question(
            id: "evaluation.q-developing-staff",
            area: "evaluation",
            type: .behavioural,
            text: "Tell us about a time you helped someone on your team grow into a larger role or new responsibilities.",
            probes: [
                "How did you decide what they needed to learn?",
                "What did you do, and what did they do, over time?",
            ],
            assesses: [
                "evaluation.growth-plans",
                "evaluation.ability-feedback",
                "evaluation.technical-staff-evaluation",
            ],
            anchors: [
                "exemplary": "Describes a deliberate, sustained plan, feedback and coaching over time, a person who succeeded in a larger role, and a habit of developing several staff in this way.",
                "needs-improvement": "Describes sending someone to training, but no plan, feedback or follow-up.",
                "proficient": "Describes a growth plan built with the person, stretch assignments, regular feedback and a clear result, such as a new certification or responsibility.",
                "unsatisfactory": "Cannot give an example, or describes giving someone more work with no support.",
            ],
            core: nil
        ),
    ]

    static let builtInRoles: [Role] = [
        Role(
            id: "school-committee",
            title: "School Committee",
            level: .centralOffice,
            usualDirectReports: [
                "superintendent",
            ]
        ),
        Role(
            id: "superintendent",
            title: "Superintendent of Schools",
            level: .centralOffice,
            usualDirectReports: [
                "deputy-superintendent",
                "assistant-superintendent-teaching-learning",
                "assistant-superintendent-finance-operations",
                "school-business-administrator",
                "director-human-resources",
                "director-student-services",
                "director-communications",
                "chief-operating-officer",
                "executive-director-business-operations",
                "technology-director",
                "principal",
            ]
        ),
        Role(
            id: "deputy-superintendent",
            title: "Deputy Superintendent",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "assistant-superintendent-teaching-learning",
            title: "Assistant Superintendent for Teaching and Learning",
            level: .centralOffice,
            usualDirectReports: [
                "director-curriculum",
            ]
        ),
        Role(
            id: "assistant-superintendent-finance-operations",
            title: "Assistant Superintendent for Finance and Operations",
            level: .centralOffice,
            usualDirectReports: [
                "director-finance",
                "director-facilities",
            ]
        ),
        Role(
            id: "school-business-administrator",
            title: "School Business Administrator",
            level: .centralOffice,
            usualDirectReports: [
                "director-finance",
                "director-facilities",
            ]
        ),
        Role(
            id: "director-human-resources",
            title: "Director of Human Resources",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "director-student-services",
            title: "Director of Student Services (Special Education)",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "director-curriculum",
            title: "Director of Curriculum and Instruction",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "director-finance",
            title: "Director of Finance",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "director-facilities",
            title: "Director of Facilities",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "director-communications",
            title: "Director of Communications",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "technology-director",
            title: "Director of Technology",
            level: .centralOffice,
            usualDirectReports: [
                "network-administrator",
                "systems-administrator",
                "information-security-analyst",
                "database-administrator",
                "data-manager",
                "instructional-technology-specialist",
                "technology-integration-specialist",
                "technology-coordinator",
                "help-desk-technician",
                "computer-technician",
                "assistant-director-technology",
                "director-digital-learning",
                "applications-manager",
                "school-technology-manager",
                "network-engineer",
                "systems-technician",
                "webmaster",
                "technology-office-manager",
            ]
        ),
        Role(
            id: "network-administrator",
            title: "Network Administrator",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "systems-administrator",
            title: "Systems Administrator",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "information-security-analyst",
            title: "Information Security Analyst",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "database-administrator",
            title: "Database Administrator",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "data-manager",
            title: "Data and SIS Manager",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "instructional-technology-specialist",
            title: "Instructional Technology Specialist",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "technology-integration-specialist",
            title: "Technology Integration Specialist",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "technology-coordinator",
            title: "Technology Coordinator",
            level: .centralOffice,
            usualDirectReports: [
                "help-desk-technician",
                "computer-technician",
            ]
        ),
        Role(
            id: "help-desk-technician",
            title: "Help Desk Technician",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "computer-technician",
            title: "Computer Technician",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "principal",
            title: "Principal",
            level: .building,
            usualDirectReports: [
                "assistant-principal",
                "department-head",
                "teacher",
                "school-librarian",
            ]
        ),
        Role(
            id: "assistant-principal",
            title: "Assistant Principal",
            level: .building,
            usualDirectReports: nil
        ),
        Role(
            id: "department-head",
            title: "Department Head",
            level: .building,
            usualDirectReports: [
                "teacher",
            ]
        ),
        Role(
            id: "teacher",
            title: "Teacher",
            level: .building,
            usualDirectReports: nil
        ),
        Role(
            id: "school-librarian",
            title: "School Librarian",
            level: .building,
            usualDirectReports: nil
        ),
        Role(
            id: "library-media-specialist",
            title: "Library Media Specialist",
            level: .building,
            usualDirectReports: nil
        ),
        Role(
            id: "building-technology-coordinator",
            title: "Building Technology Coordinator",
            level: .building,
            usualDirectReports: nil
        ),
        Role(
            id: "chief-operating-officer",
            title: "Chief Operating Officer",
            level: .centralOffice,
            usualDirectReports: [
                "director-facilities",
                "technology-director",
            ]
        ),
        Role(
            id: "executive-director-business-operations",
            title: "Executive Director of Business Operations",
            level: .centralOffice,
            usualDirectReports: [
                "director-finance",
                "technology-director",
            ]
        ),
        Role(
            id: "assistant-director-technology",
            title: "Assistant Director of Technology",
            level: .centralOffice,
            usualDirectReports: [
                "network-administrator",
                "systems-administrator",
                "network-engineer",
                "help-desk-technician",
                "computer-technician",
            ]
        ),
        Role(
            id: "director-digital-learning",
            title: "Director of Digital Learning",
            level: .centralOffice,
            usualDirectReports: [
                "instructional-technology-specialist",
                "technology-integration-specialist",
            ]
        ),
        Role(
            id: "applications-manager",
            title: "Applications Manager",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "school-technology-manager",
            title: "School Technology Manager",
            level: .centralOffice,
            usualDirectReports: [
                "computer-technician",
                "building-technology-coordinator",
            ]
        ),
        Role(
            id: "network-engineer",
            title: "Network Engineer",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "systems-technician",
            title: "Systems Technician",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "webmaster",
            title: "Webmaster",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "technology-office-manager",
            title: "Technology Office Manager",
            level: .centralOffice,
            usualDirectReports: nil
        ),
        Role(
            id: "select-board",
            title: "Select Board",
            level: .centralOffice,
            usualDirectReports: [
                "town-manager",
                "town-administrator",
            ]
        ),
        Role(
            id: "town-manager",
            title: "Town Manager",
            level: .centralOffice,
            usualDirectReports: [
                "town-it-director",
                "technology-director",
            ]
        ),
        Role(
            id: "town-administrator",
            title: "Town Administrator",
            level: .centralOffice,
            usualDirectReports: [
                "town-it-director",
                "technology-director",
            ]
        ),
        Role(
            id: "town-it-director",
            title: "Town Director of Information Technology",
            level: .centralOffice,
            usualDirectReports: nil
        ),
    ]

    static let builtInNotices: [Notice] = [
        Notice(
            id: "nondiscrimination",
            title: "Notice of nondiscrimination",
            required: true,
            effective: "Title IX regulations as amended in 2020 (34 CFR 106.8), which OCR enforces since a court vacated the 2024 rule on 9 January 2025 (Tennessee v. Cardona; OCR Dear Colleague Letter of 31 January 2025); one combined notice, as OCR permits",
            basis: [
                "Title VI of the Civil Rights Act of 1964, 34 CFR 100.6(d)",
                "Title IX of the Education Amendments of 1972, 34 CFR 106.8 (2020 rule)",
                "Section 504 of the Rehabilitation Act of 1973, 34 CFR 104.8",
                "Title II of the Americans with Disabilities Act, 28 CFR 35.106",
                "Age Discrimination Act of 1975, 34 CFR 110.25",
                "M.G.L. c.151B s.4 (Massachusetts fair employment law, including job advertisements)",
            ],
            text: "{{district}} does not discriminate on the basis of race, color, national origin, sex, disability or age in its education programs and activities, including employment, and is required by Title IX not to discriminate on the basis of sex. In employment it also does not discriminate on the basis of religious creed, ancestry, sexual orientation, gender identity, pregnancy or a related condition, genetic information, active military service or veteran status, or any other class protected by M.G.L. c.151B. This notice is given under Title VI of the Civil Rights Act of 1964, Title IX of the Education Amendments of 1972, Section 504 of the Rehabilitation Act of 1973, Title II of the Americans with Disabilities Act, the Age Discrimination Act of 1975 and M.G.L. c.151B. Questions or complaints about discrimination may be directed to {{coordinator.name}}, {{coordinator.title}}, {{coordinator.address}}, email {{coordinator.email}}, telephone {{coordinator.phone}}, or to the Office for Civil Rights of the U.S. Department of Education."
        ),
        Notice(
            id: "background-check",
            title: "Background checks",
            required: true,
            effective: "M.G.L. c.71 s.38R as amended by Chapter 459 of the Acts of 2012 and Chapter 77 of the Acts of 2013. The section covers employees who may have direct and unmonitored contact with children; whether this position does is the district's decision, and this notice states that the district has made it.",
            basis: [
                "M.G.L. c.71 s.38R (CORI and fingerprint checks for school employees who may have direct and unmonitored contact with children)",
                "M.G.L. c.151B s.4(9 1/2) (no criminal history questions on the initial written application)",
            ],
            text: "Any offer of employment for the position of {{position.title}} with {{district}} depends on satisfactory results of a Massachusetts CORI check obtained from DCJIS and a state and national fingerprint-based criminal history check. M.G.L. c.71 s.38R requires these checks for school employees who may have direct and unmonitored contact with children, and the district requires them for this position. The applicant pays the fingerprinting fee, which may be reimbursed in cases of hardship. Results are kept confidential and are handled under the district's written CORI policy, a copy of which is available on request. As Massachusetts law provides, the district does not ask about criminal history on its initial application."
        ),
        Notice(
            id: "pay-range",
            title: "Pay range",
            required: true,
            effective: "29 October 2025, for employers with 25 or more employees in Massachusetts, public employers such as school districts included (M.G.L. c.149 s.105F, added by Chapter 141 of the Acts of 2024; the wage-data reports of s.105E are a separate duty)",
            basis: [
                "M.G.L. c.149 s.105F (pay range in every job posting; on request to applicants and employees)",
            ],
            text: "The pay range shown for {{position.title}} is the annual salary or hourly wage range that {{district}} reasonably and in good faith expects to pay for this position at the time of posting, as Massachusetts law requires (M.G.L. c.149 s.105F). Applicants for this position, and employees who hold it, may ask for the pay range at any time."
        ),
        Notice(
            id: "no-pay-history",
            title: "No questions about pay history",
            required: false,
            effective: "1 July 2018 (M.G.L. c.149 s.105A(c), as amended)",
            basis: [
                "M.G.L. c.149 s.105A(c) (no screening on pay history and no required disclosure before an offer with compensation)",
            ],
            text: "As Massachusetts law provides, {{district}} does not ask applicants about their current or past pay. Applicants may be asked about their salary expectations."
        ),
        Notice(
            id: "flsa-exempt",
            title: "FLSA status - exempt",
            required: true,
            effective: "29 CFR Part 541. Salary level: $684 a week ($35,568 a year), the level of the 2019 rule, which the U.S. Department of Labor enforces since the 2024 increases were vacated on 15 November 2024 (Texas v. U.S. Department of Labor). An administrative employee whose primary duty relates directly to instruction may instead be paid at least the entrance salary for teachers in the district (29 CFR 541.204).",
            basis: [
                "Fair Labor Standards Act of 1938, 29 U.S.C. 213(a)(1) (executive, administrative and professional exemption)",
                "29 CFR 541.600 (salary level; the 2019 level of $684 a week applies)",
                "29 CFR 541.204 (administrative employees of educational establishments)",
            ],
            text: "{{position.title}} is classified as exempt under the FLSA. The position is paid a fixed salary and is not eligible for overtime pay."
        ),
        Notice(
            id: "flsa-non-exempt",
            title: "FLSA status - non-exempt",
            required: true,
            effective: "Fair Labor Standards Act of 1938, as in force",
            basis: [
                "Fair Labor Standards Act of 1938, 29 U.S.C. 207 (overtime pay)",
            ],
            text: "{{position.title}} is classified as non-exempt under the FLSA. Hours worked are recorded, and the position is eligible for overtime pay as the FLSA and any applicable collective bargaining agreement provide."
        ),
        Notice(
            id: "lie-detector",
            title: "Lie detector statement",
            required: true,
            effective: "M.G.L. c.149 s.19B (the statement must appear, clearly printed, on every application form)",
            basis: [
                "M.G.L. c.149 s.19B (lie detector tests)",
            ],
            text: "It is unlawful in Massachusetts to require or administer a lie detector test as a condition of employment or continued employment. An employer who violates this law is subject to criminal penalties and civil liability."
        ),
    ]

    static let builtInGlossary: [GlossaryEntry] = [
        GlossaryEntry(
            term: "ADA",
            expansion: "Americans with Disabilities Act"
        ),
        GlossaryEntry(
            term: "AUP",
            expansion: "acceptable use policy"
        ),
        GlossaryEntry(
            term: "CETL",
            expansion: "Certified Education Technology Leader"
        ),
        GlossaryEntry(
            term: "CIO",
            expansion: "chief information officer"
        ),
        GlossaryEntry(
            term: "CIPA",
            expansion: "Children's Internet Protection Act"
        ),
        GlossaryEntry(
            term: "CISSP",
            expansion: "Certified Information Systems Security Professional"
        ),
        GlossaryEntry(
            term: "COPPA",
            expansion: "Children's Online Privacy Protection Act"
        ),
        GlossaryEntry(
            term: "CORI",
            expansion: "Criminal Offender Record Information"
        ),
        GlossaryEntry(
            term: "CoSN",
            expansion: "Consortium for School Networking"
        ),
        GlossaryEntry(
            term: "CTO",
            expansion: "chief technology officer"
        ),
        GlossaryEntry(
            term: "DCJIS",
            expansion: "Department of Criminal Justice Information Services"
        ),
        GlossaryEntry(
            term: "DESE",
            expansion: "Department of Elementary and Secondary Education"
        ),
        GlossaryEntry(
            term: "DLCS",
            expansion: "Digital Literacy and Computer Science"
        ),
        GlossaryEntry(
            term: "DPA",
            expansion: "data privacy agreement"
        ),
        GlossaryEntry(
            term: "E-Rate",
            expansion: "Schools and Libraries Universal Service program"
        ),
        GlossaryEntry(
            term: "E911",
            expansion: "Enhanced 911"
        ),
        GlossaryEntry(
            term: "EEOC",
            expansion: "Equal Employment Opportunity Commission"
        ),
        GlossaryEntry(
            term: "EPIMS",
            expansion: "Education Personnel Information Management System"
        ),
        GlossaryEntry(
            term: "ESEA",
            expansion: "Elementary and Secondary Education Act"
        ),
        GlossaryEntry(
            term: "FCC",
            expansion: "Federal Communications Commission"
        ),
        GlossaryEntry(
            term: "FERPA",
            expansion: "Family Educational Rights and Privacy Act"
        ),
        GlossaryEntry(
            term: "FLSA",
            expansion: "Fair Labor Standards Act"
        ),
        GlossaryEntry(
            term: "FTC",
            expansion: "Federal Trade Commission"
        ),
        GlossaryEntry(
            term: "HR",
            expansion: "human resources"
        ),
        GlossaryEntry(
            term: "IEP",
            expansion: "Individualized Education Program"
        ),
        GlossaryEntry(
            term: "ISTE",
            expansion: "International Society for Technology in Education"
        ),
        GlossaryEntry(
            term: "LAN",
            expansion: "local area network"
        ),
        GlossaryEntry(
            term: "LMS",
            expansion: "learning management system"
        ),
        GlossaryEntry(
            term: "MCAD",
            expansion: "Massachusetts Commission Against Discrimination"
        ),
        GlossaryEntry(
            term: "MCAS",
            expansion: "Massachusetts Comprehensive Assessment System"
        ),
        GlossaryEntry(
            term: "MDM",
            expansion: "mobile device management"
        ),
        GlossaryEntry(
            term: "MFA",
            expansion: "multi-factor authentication"
        ),
        GlossaryEntry(
            term: "MSBA",
            expansion: "Massachusetts School Building Authority"
        ),
        GlossaryEntry(
            term: "MSPA",
            expansion: "Massachusetts Student Data Privacy Agreement"
        ),
        GlossaryEntry(
            term: "NDPA",
            expansion: "National Data Privacy Agreement"
        ),
        GlossaryEntry(
            term: "OCR",
            expansion: "Office for Civil Rights"
        ),
        GlossaryEntry(
            term: "PMP",
            expansion: "Project Management Professional"
        ),
        GlossaryEntry(
            term: "PPRA",
            expansion: "Protection of Pupil Rights Amendment"
        ),
        GlossaryEntry(
            term: "RFP",
            expansion: "request for proposals"
        ),
        GlossaryEntry(
            term: "SIMS",
            expansion: "Student Information Management System"
        ),
        GlossaryEntry(
            term: "SIS",
            expansion: "student information system"
        ),
        GlossaryEntry(
            term: "SSO",
            expansion: "single sign-on"
        ),
        GlossaryEntry(
            term: "TCO",
            expansion: "total cost of ownership"
        ),
        GlossaryEntry(
            term: "TEACH Act",
            expansion: "Technology, Education and Copyright Harmonization Act"
        ),
        GlossaryEntry(
            term: "USAC",
            expansion: "Universal Service Administrative Company"
        ),
        GlossaryEntry(
            term: "VoIP",
            expansion: "Voice over Internet Protocol"
        ),
        GlossaryEntry(
            term: "VPN",
            expansion: "virtual private network"
        ),
        GlossaryEntry(
            term: "WAN",
            expansion: "wide area network"
        ),
        GlossaryEntry(
            term: "WCAG",
            expansion: "Web Content Accessibility Guidelines"
        ),
    ]
}
