// Generated from Catalog/*.yaml by Tests/JobWrightRenderTests/BuiltInCodeTests.swift: do not edit.
// Edit the YAML, then: JOBWRIGHT_UPDATE_GENERATED=1 swift test --filter BuiltInCode
import JobWrightCore

extension RuleData {
    /// The rules of Catalog/wording.yaml and Catalog/interview.yaml, compiled in.
    public static let builtIn = RuleData(wording: builtInWording, interview: builtInInterview)

    static let builtInWording = WordingRules(
        genderCoded: WordingRules.GenderCodedWords(
            source: "Gaucher, D., Friesen, J., & Kay, A. C. (2011). Evidence that gendered wording in job advertisements exists and sustains gender inequality. Journal of Personality and Social Psychology, 101(1), 109-128. doi:10.1037/a0022530. Word lists as maintained by the Gender Decoder (github.com/lovedaybrooke/gender-decoder, app/wordlists.py, commit 73724e6, MIT licence).",
            note: "A technology leadership posting will lean masculine-coded because words such as lead, analysis and decision describe the real job, and \"responsibilities\" counts as feminine-coded only by accident of spelling. Read the count as a prompt to add words about collaboration, support and shared work, not as a verdict on the posting.",
            feminine: [
                "agree",
                "affectionate",
                "child",
                "cheer",
                "collab",
                "commit",
                "communal",
                "compassion",
                "connect",
                "considerate",
                "cooperat",
                "co-operat",
                "depend",
                "emotiona",
                "empath",
                "feel",
                "flatterable",
                "gentle",
                "honest",
                "interpersonal",
                "interdependen",
                "interpersona",
                "inter-personal",
                "inter-dependen",
                "inter-persona",
                "kind",
                "kinship",
                "loyal",
                "modesty",
                "nag",
                "nurtur",
                "pleasant",
                "polite",
                "quiet",
                "respon",
                "sensitiv",
                "submissive",
                "support",
                "sympath",
                "tender",
                "together",
                "trust",
                "understand",
                "warm",
                "whin",
                "enthusias",
                "inclusive",
                "yield",
                "share",
                "sharin",
            ],
            masculine: [
                "active",
                "adventurous",
                "aggress",
                "ambitio",
                "analy",
                "assert",
                "athlet",
                "autonom",
                "battle",
                "boast",
                "challeng",
                "champion",
                "compet",
                "confident",
                "courag",
                "decid",
                "decision",
                "decisive",
                "defend",
                "determin",
                "domina",
                "dominant",
                "driven",
                "fearless",
                "fight",
                "force",
                "greedy",
                "head-strong",
                "headstrong",
                "hierarch",
                "hostil",
                "impulsive",
                "independen",
                "individual",
                "intellect",
                "lead",
                "logic",
                "objective",
                "opinion",
                "outspoken",
                "persist",
                "principle",
                "reckless",
                "self-confiden",
                "self-relian",
                "self-sufficien",
                "selfconfiden",
                "selfrelian",
                "selfsufficien",
                "stubborn",
                "superior",
                "unreasonab",
            ],
            exceptions: [
                "sharepoint",
                "committee",
                "committees",
            ],
            jobWords: [
                "lead",
                "analy",
                "decision",
                "decid",
                "individual",
            ],
            suggestions: [
                "adventurous": "open to trying new approaches",
                "aggress": "proactive, or describe the pace plainly (\"a fast-moving project schedule\")",
                "ambitio": "far-reaching (for a plan); motivated (for a person)",
                "assert": "speaks up clearly and respectfully",
                "battle": "tackle, or work against",
                "champion": "advocate for, or support",
                "decisive": "sound judgment, or well-reasoned choices",
                "determin": "committed to",
                "domina": "widely used (for a product or approach)",
                "dominant": "widely used (for a product or approach)",
                "driven": "motivated, or committed",
                "fearless": "willing to try new approaches",
                "fight": "tackle, or work against",
                "head-strong": "remove; describe the behaviour you need",
                "headstrong": "remove; describe the behaviour you need",
                "hierarch": "reporting structure",
                "outspoken": "speaks up clearly and respectfully",
                "persist": "follow through",
                "self-relian": "resourceful, and knows when to ask for help",
                "selfrelian": "resourceful, and knows when to ask for help",
                "stubborn": "remove; describe the behaviour you need",
                "superior": "excellent, or high quality",
            ]
        ),
        phrases: [
            WordingRules.PhraseRule(
                id: "age-coded",
                message: "Age-coded wording",
                explanation: "Wording that points to youth or to a recent degree signals that older applicants are not wanted, which can put off applicants aged 40 and over and can later be cited as evidence of age discrimination. Describe the skills and experience the job needs instead.",
                basis: "Age Discrimination in Employment Act (29 U.S.C. 621-634); M.G.L. c.151B s.4 (age 40 and over; also bars discriminatory job advertisements); EEOC guidance that ads seeking \"recent graduates\" or \"young and energetic\" applicants risk age claims.",
                allowedIn: nil,
                items: [
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bdigital natives?\\b",
                        suggestion: "comfortable learning and teaching new technology"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\brecent (college |university )?(graduates?|grads?)\\b|\\brecently graduated\\b",
                        suggestion: "state the degree or experience the job needs, e.g. \"a bachelor's degree in a related field\""
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bnew (college )?(graduates?|grads?)\\b",
                        suggestion: "state the degree or experience the job needs"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\byoung\\b(?! (children|students|learners|people|adults|readers|users|minds))",
                        suggestion: "describe the quality you need, e.g. \"open to new ideas\" or \"eager to learn\""
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\byouthful\\b",
                        suggestion: "describe the quality you need, e.g. \"open to new ideas\""
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\benergetic\\b",
                        suggestion: "motivated, or \"able to manage several projects at once\""
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bhigh[\\- ]energy\\b",
                        suggestion: "motivated, or describe the actual pace of the work"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bfresh (out of (school|college)|graduates?|grads?|faces?|blood|talent)\\b",
                        suggestion: "describe the skills or perspective you want, e.g. \"new ideas about teaching with technology\""
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bup[\\- ]and[\\- ]coming\\b",
                        suggestion: "describe the experience you need, e.g. \"at least three years supervising technical staff\""
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bover[\\- ]?qualified\\b",
                        suggestion: "leave it out; judge every applicant against the stated qualifications"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bjunior\\b(?![\\- ]high)",
                        suggestion: "state the level of responsibility instead, e.g. \"entry-level\" or the years of experience required"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\b(millennials?|gen ?z|generation z|baby boomers?)\\b",
                        suggestion: "leave generations out; describe the skills the job needs"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\b(no more than|not more than|maximum of|at most|up to) \\d+ years.? (of )?experience\\b",
                        suggestion: "state a minimum level of experience, not a maximum"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\b(under|below) the age of\\b",
                        suggestion: "leave age out unless a law sets a minimum age for the job"
                    ),
                ]
            ),
            WordingRules.PhraseRule(
                id: "hyperbole",
                message: "Hyperbole or jargon that puts some applicants off",
                explanation: "Slang such as \"rockstar\" or \"ninja\" tells the reader little about the job and suggests a culture that many qualified applicants, often women, feel they would not belong in. Plain descriptions of the work attract a wider pool.",
                basis: "Gaucher, Friesen & Kay (2011), Journal of Personality and Social Psychology 101(1):109-128 (job-ad wording changes whether applicants feel they belong, and so whom the ad attracts).",
                allowedIn: nil,
                items: [
                    WordingRules.PhraseRule.Item(
                        pattern: "\\brock[\\- ]?stars?\\b",
                        suggestion: "skilled, or describe the results you expect"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bninjas?\\b",
                        suggestion: "expert, or name the skill, e.g. \"experienced network engineer\""
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bgurus?\\b",
                        suggestion: "expert, or specialist"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "(?<!setup )(?<!install )(?<!installation )(?<!configuration )\\bwizards?\\b",
                        suggestion: "expert, or name the skill"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bunicorns?\\b",
                        suggestion: "list the few skills that are truly required"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bsuper[\\- ]?stars?\\b",
                        suggestion: "skilled, or describe the results you expect"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bsuper[\\- ]?heroe?s?\\b",
                        suggestion: "describe what the person will actually do"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bjedis?\\b",
                        suggestion: "expert, or name the skill"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\b(growth|elite|master|true|real|tech) hackers?\\b|\\bhacker (mindset|mentality|at heart)\\b",
                        suggestion: "creative problem solver, or name the skill"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bcrush(ing)? (it|goals)\\b",
                        suggestion: "meet goals, or describe the results you expect"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bwork hard,? play hard\\b",
                        suggestion: "describe the real schedule and culture, e.g. \"evening meetings about twice a month\""
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bbest of the best\\b",
                        suggestion: "describe the qualifications the job needs"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\b10x (engineers?|developers?|technologists?|leaders?)\\b",
                        suggestion: "describe the results you expect"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bhustle\\b",
                        suggestion: "describe the real pace and hours of the job"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bgame[\\- ]changers?\\b",
                        suggestion: "describe the change you want the person to make"
                    ),
                ]
            ),
            WordingRules.PhraseRule(
                id: "gendered-pronoun",
                message: "Gendered pronoun or job title for the candidate",
                explanation: "Calling the future jobholder \"he\", \"she\" or \"he/she\", or using titles such as \"chairman\", implies a preference by sex and leaves out people who use other pronouns. Use \"they\", \"you\" or the job title (\"the Director\").",
                basis: "M.G.L. c.151B s.4 (bars job advertisements that express a preference by sex or gender identity); Title VII of the Civil Rights Act of 1964; Gaucher, Friesen & Kay (2011).",
                allowedIn: nil,
                items: [
                    WordingRules.PhraseRule.Item(
                        pattern: "\\b(he|she) (will|shall|must|should|is|has|may|can|would|needs|oversees|reports|supervises|leads|manages)\\b",
                        suggestion: "use \"the Director\", \"they\" or \"you\""
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\b(his|her) (or (his|her) )?(duties|role|responsibilit|team|staff|work|supervisor|position|department|time)",
                        suggestion: "use \"their\" or \"the Director's\""
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bhe ?/ ?she\\b|\\bshe ?/ ?he\\b|\\bs/he\\b|\\(s\\)he\\b",
                        suggestion: "use \"they\", \"you\" or the job title"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bhis ?/ ?her\\b|\\bher ?/ ?his\\b|\\bhim ?/ ?her\\b|\\bher ?/ ?him\\b",
                        suggestion: "use \"their\" or \"them\""
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\b(he or she|she or he|his or her|her or his|him or her|her or him|himself or herself|herself or himself)\\b",
                        suggestion: "use \"they\", \"their\" or \"themselves\""
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\b(chairman|chairmen|chairwoman|manpower|workmanlike|foreman|foremen|repairman|repairmen|salesman|salesmen|spokesman|middleman|workman|workmen)\\b",
                        suggestion: "use a neutral word such as \"chair\", \"staff\", \"skilled\", \"supervisor\", \"technician\" or \"spokesperson\""
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bman[\\- ]?hours?\\b",
                        suggestion: "staff hours, or work hours"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bman(ned|ning)? the (help desk|phones?|front desk|booth|table)\\b",
                        suggestion: "staff, or cover"
                    ),
                ]
            ),
            WordingRules.PhraseRule(
                id: "ability",
                message: "Physical ability wording outside the physical demands",
                explanation: "Requiring a body ability (standing, seeing, driving) outside the physical demands can screen out people with disabilities who could do the job another way. State the essential function and the result, note that it may be done with or without reasonable accommodation, and keep such statements in the physical demands section.",
                basis: "Americans with Disabilities Act, Title I, and 29 CFR 1630.2(n) (essential functions); Section 504 of the Rehabilitation Act (34 CFR 104.11-104.14); EEOC guidance on pre-employment inquiries; M.G.L. c.151B (disability).",
                allowedIn: [
                    "physicalDemands",
                ],
                items: [
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bmust be able to (stand|walk|lift|see|hear|speak|talk|sit|climb|kneel|drive|bend|stoop|crawl|reach|type|carry|run)\\b",
                        suggestion: "describe the essential function, e.g. \"move equipment weighing up to 25 pounds, with or without reasonable accommodation\", and put it under physical demands"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\b(able[\\- ]bodied|physically fit|physically strong|in good (physical )?health|good physical condition|physically able)\\b",
                        suggestion: "describe the essential task and the result, not the body that does it"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\b(perfect|normal|good|20/20) (vision|eyesight|hearing)\\b",
                        suggestion: "describe the task, e.g. \"read screens and printed documents\", with or without accommodation"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\b(lift|carry|move|push|pull)(s|ing)? (and (lift|carry|move)(s|ing)? )?(up to |at least )?\\d+\\s*(pounds|lbs?|kilograms|kg)\\b",
                        suggestion: "move this statement to the physical demands and add \"with or without reasonable accommodation\""
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bheavy lifting\\b",
                        suggestion: "state the weight and how often, e.g. \"occasionally move equipment up to 25 pounds\", under physical demands"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\b(stand|sit|walk)(ing)? for (long|extended|prolonged) periods\\b",
                        suggestion: "move this statement to the physical demands, stated as the task done"
                    ),
                    WordingRules.PhraseRule.Item(
                        pattern: "\\bmust (have|possess) (a )?(valid )?driver.?s licen[cs]e\\b",
                        suggestion: "if travel is the real need, say \"travel between district sites\"; require a licence only when driving itself is an essential function"
                    ),
                ]
            ),
        ]
    )

    static let builtInInterview = InterviewRules(
        neverAskRules: [
            InterviewRules.QuestionRule(
                id: "age",
                topic: "Age, date of birth, graduation or retirement dates",
                message: "Asks about age",
                basis: "Age Discrimination in Employment Act (29 U.S.C. 621-634); M.G.L. c.151B s.4 (age 40 and over); EEOC guidance on pre-employment inquiries (age or graduation dates only to confirm a legal minimum age).",
                explanation: "Age has no bearing on whether someone can do this job, and questions that reveal it, such as birth dates, graduation years or retirement plans, can be used as evidence of age discrimination against applicants aged 40 and over.",
                patterns: [
                    "\\bhow old (are|were) you\\b|\\bhow old (will|would) you be\\b",
                    "\\byour age\\b|\\bwhat age are you\\b|\\bage are you\\b",
                    "\\byour (date|year) of birth\\b|\\byour (birth ?date|birthday|dob)\\b|\\bwhen (were you born|is your birthday)\\b|\\bwhat year were you born\\b",
                    "\\bwhen did you (graduate|finish (high school|college|school|your degree)|get your (diploma|degree)|earn your (diploma|degree))\\b",
                    "\\b(what|which) year did you (graduate|finish|complete|get|earn|receive)\\b|\\byour (high school |college )?graduation (date|year)\\b|\\bhow long ago did you (graduate|finish)\\b",
                    "\\byour retirement\\b|\\bretirement plans\\b|\\b(close to|near|nearing|approaching|eligible for) retirement\\b",
                    "\\b(before|until|when) you retire\\b(?! (the|old|older|an?|our|your|legacy|aging|outdated|obsolete|equipment|devices|servers|systems|hardware|software|it|them|those|these|that|this))",
                    "\\byou (plan|planning|intend|intending|expect|expecting|hope|hoping|thinking|want)( on| to| of| about)? retir(e|ing)\\b(?! (the|old|older|an?|our|your|legacy|aging|outdated|obsolete|equipment|devices|servers|systems|hardware|software|it|them|those|these|that|this))|\\bare you (retired|semi-retired)\\b",
                    "\\bhow many (more )?years (do|will|would) you (plan|want|expect|intend|hope) to (keep )?work(ing)?\\b|\\bhow much longer (do|will|would) you (plan|want|expect|intend|hope) to work\\b",
                    "\\b(years|long|time) (until|till|before) (your )?retirement\\b",
                    "\\bare you (over|under|older than|younger than) (the age of )?(\\d+|twenty|thirty|forty|fifty|sixty|seventy)\\b",
                    "\\b(younger|older) than you\\b|\\byou(.re| are) (too|a bit|rather|quite) (old|young)\\b|\\bat your age\\b",
                    "\\bare you (a )?(millennial|boomer|baby boomer|gen x|gen z)\\b|\\b(which|what) generation are you\\b",
                ],
                allow: [
                    "\\bat least (18|eighteen)( years)?\\b",
                    "\\bover (18|eighteen)( years)?\\b",
                ],
                lawful: "Are you at least 18 years old? (only where a law sets a minimum age for the job) - or ask about the experience the job needs: \"Tell us about your experience leading a district technology team.\"",
                printed: "Never ask about age, birth date, or graduation or retirement dates; if a law sets a minimum age, ask only whether the candidate meets it (ADEA; M.G.L. c.151B s.4)."
            ),
            InterviewRules.QuestionRule(
                id: "family",
                topic: "Marital or family status, children, childcare, pregnancy or plans for children",
                message: "Asks about marital status, family or children",
                basis: "Title VII of the Civil Rights Act of 1964 (sex, including pregnancy); M.G.L. c.151B s.4 (sex, pregnancy and related conditions; one compliance source also lists marital status); EEOC guidance on pre-employment inquiries (marital and family status, children, childcare, pregnancy, relatives and emergency contacts before hiring).",
                explanation: "Questions about marriage, children, childcare or pregnancy are not job-related and have long been used to screen out women and caregivers, so asking them invites a sex or pregnancy discrimination claim. Ask every candidate about the job's schedule instead.",
                patterns: [
                    "\\b(are|were) you (currently |ever )?(married|single|divorced|engaged|widowed|separated|remarried|pregnant|expecting)\\b",
                    "\\bdo you have (any |a |young )?(kids|children|babies|baby|grandchildren|a family|family|dependents|husband|wife|spouse|partner|boyfriend|girlfriend|fiance|fiancee)\\b",
                    "\\byour (husband|wife|spouse|partner|fiance|fiancee|boyfriend|girlfriend|children|kids|child|baby|babies|grandchildren|marriage|marital|babysitter|nanny|dependents|parents|mother|father|mom|dad)\\b",
                    "\\byour family\\b(?! (engagement|outreach|communications?|partnerships?|portal|liaisons?|involvement|nights?|medical|health))",
                    "\\bhow many (kids|children|grandchildren|dependents) (do you have|have you got)\\b|\\b(kids|children) at home\\b",
                    "\\b(plan|plans|planning|intend|intending|want|wanting|hope|hoping|thinking)( on| to| about| of)? (have|having|start|starting|adopt|adopting) (a family|(any |more )?(kids|children|a baby|a child))\\b",
                    "\\b(childcare|child-care|child care|daycare|day care|babysitter|babysitting|nanny)\\b",
                    "\\bmarital status\\b|\\bpregnan(t|cy)\\b|\\b(maternity|paternity|parental) leave\\b",
                    "\\b(primary|main) caregiver\\b|\\bsingle (parent|mother|father|mom|dad)\\b|\\bwho (do you live|lives) with you\\b",
                    "\\b(miss|mrs|ms)\\.? or (miss|mrs|ms)\\b|\\bis there a (mr|mrs)\\b",
                    "\\b(names?|list) of (your |any )?relatives\\b|\\bemergency contacts?\\b|\\bnext of kin\\b",
                ],
                allow: [],
                lawful: "This position includes evening school committee meetings about twice a month and some weekend work during outages. Are you able to meet that schedule?",
                printed: "Never ask about marriage, children, childcare or pregnancy; describe the schedule and ask whether the candidate can meet it (Title VII; M.G.L. c.151B s.4)."
            ),
            InterviewRules.QuestionRule(
                id: "religion",
                topic: "Religion, church, religious holidays or observances",
                message: "Asks about religion",
                basis: "Title VII of the Civil Rights Act of 1964 (religion); M.G.L. c.151B s.4 (religious creed); EEOC guidance on pre-employment inquiries (religion and church membership).",
                explanation: "A candidate's faith, place of worship or holidays have nothing to do with the job, and asking about them can be evidence of religious discrimination. If the schedule matters, ask every candidate whether they can work it.",
                patterns: [
                    "\\b(what|which) religio(n|us)\\b[^.?!]*\\byou\\b|\\b(do|will|would) you (have|need|require) (any )?religious\\b|\\bany religious (obligations?|holidays?|observances?|practices?|beliefs?|restrictions?|affiliations?)\\b",
                    "\\b(what|which) (church|synagogue|mosque|temple|parish|congregation|denomination)\\b",
                    "\\bdo you (observe|celebrate|fast (for|during)|keep) (ramadan|passover|yom kippur|rosh hashanah|lent|diwali|eid|the sabbath|shabbat|kosher|halal)\\b",
                    "\\byour (religion|religious|faith|church|synagogue|mosque|temple|parish|congregation|denomination|pastor|minister|rabbi|imam|priest|beliefs)\\b",
                    "\\b(do|did) you (go to|attend|belong to) (a |any |the )?(church|synagogue|mosque|temple|services|mass|worship|bible study)\\b",
                    "\\bare you (religious|spiritual|christian|catholic|jewish|muslim|hindu|buddhist|mormon|atheist|agnostic|protestant|evangelical|sikh|observant)\\b",
                    "\\b(what|which) holidays do you (observe|celebrate|keep|take off)\\b|\\bsabbath\\b|\\bbelieve in god\\b|\\bdo you pray\\b",
                    "\\b(hijab|headscarf|head scarf|yarmulke|kippah|turban)\\b",
                ],
                allow: [
                    "\\b(ppra|survey|surveys|students?|pupils?|curriculum|student data)\\b[^.?!]*\\breligio",
                    "\\breligio\\w*[^.?!]*\\b(ppra|survey|surveys|students?|pupils?)\\b",
                ],
                lawful: "Are there times you are not available to work the schedule this job requires, including evening meetings?",
                printed: "Never ask about religion, worship or religious holidays; ask whether the candidate can work the schedule the job requires (Title VII; M.G.L. c.151B s.4)."
            ),
            InterviewRules.QuestionRule(
                id: "national-origin",
                topic: "National origin, birthplace, ancestry, native language or citizenship",
                message: "Asks about national origin, ancestry or citizenship",
                basis: "Title VII of the Civil Rights Act of 1964 (national origin); M.G.L. c.151B s.4 (national origin, ancestry); EEOC guidance on pre-employment inquiries (birthplace, ancestry, native language, citizenship; verify eligibility to work only with Form I-9 documents).",
                explanation: "Where a candidate or their family comes from, their first language or their accent says nothing about their ability to do the job, and asking can be evidence of national-origin discrimination. Ask only whether the candidate is legally authorized to work in the United States, and check documents through Form I-9 after hire.",
                patterns: [
                    "\\bwhere (are|were|is) (you|your (family|parents|name|accent)) (originally )?(from|born|raised)\\b",
                    "\\bwhere did you grow up\\b|\\b(were|are) you born (in|here|abroad|outside)\\b|\\byour (place|country) of (birth|origin)\\b|\\byour birthplace\\b",
                    "\\byour (nationality|ethnicity|ancestry|heritage|native (language|tongue|country|land)|first language|mother tongue|home country|homeland|citizenship|immigration|visa|green card)\\b",
                    "\\b(what|which) (country|nationality|ethnicity)\\b[^.?!]*\\byou\\b",
                    "\\bare you (a )?(u\\.? ?s\\.?|united states|american|naturali[sz]ed) citizen\\b|\\bare you a citizen\\b|\\bare you (an? )?(american|immigrant|foreigner|native)\\b",
                    "\\bcitizenship (status|papers)\\b|\\bimmigration status\\b|\\bgreen card\\b",
                    "\\b(are you|you are|you.re) (an? )?native (english )?speakers?\\b|\\b(language|languages) (do|did) (you|your family|your parents) speak at home\\b|\\bdo you speak at home\\b",
                    "\\baccent\\b(?! colou?rs?)",
                    "\\bwhat kind of (a )?name is\\b|\\b(origin|origins) of your (name|family)\\b|\\b(is|was) english your\\b|\\bhow did you learn (to speak )?english\\b",
                ],
                allow: [
                    "\\b(legally )?authori[sz]ed to work\\b",
                ],
                lawful: "Are you legally authorized to work in the United States? (Ask every candidate the same way; documents are checked on Form I-9 after hire.)",
                printed: "Never ask about birthplace, ancestry, native language, accent or citizenship; ask only whether the candidate is legally authorized to work in the U.S. (Title VII; M.G.L. c.151B s.4)."
            ),
            InterviewRules.QuestionRule(
                id: "disability",
                topic: "Disability, health, medical conditions, medications, sick days or workers' compensation",
                message: "Asks about disability or health",
                basis: "Americans with Disabilities Act, Title I (42 U.S.C. 12112(d); no disability-related questions before an offer); Section 504 of the Rehabilitation Act (34 CFR 104.14); M.G.L. c.151B s.4 (disability); EEOC guidance on pre-employment inquiries (medications, workers' compensation history).",
                explanation: "Before an offer the ADA bars questions about whether a candidate has a disability or how severe it is, and questions about health, medications, sick leave or injury claims reach the same information. Describe the essential functions and ask whether the candidate can perform them, with or without reasonable accommodation.",
                patterns: [
                    "\\bdo you have (a |any )?(disabilit|handicap|medical (condition|problem|issue)|health (condition|problem|issue)|chronic|illness|impairment|physical (limitation|condition|problem)|mental (health|illness|condition))",
                    "\\b(are|were) you (currently |ever )?(disabled|handicapped|sick|ill|in good health|healthy|on (any )?medications?|taking (any )?medications?|seeing a (doctor|therapist|psychiatrist|counsel?lor))\\b",
                    "\\byour (health|disability|disabilities|medical|medications?|illness|illnesses|diagnosis|impairment|mental health|prescriptions?|injury|injuries|condition|wheelchair|hearing aids?)\\b",
                    "\\bany (physical|mental|medical|health) (limitations?|conditions?|problems?|issues?|impairments?)\\b|\\bany medications?\\b",
                    "\\b(do|did) you (take|use|need) (any )?(medication|medicine|prescription|prescriptions|pills)\\b",
                    "\\b(what|which|how many) (medications?|medicines?|prescriptions?|pills) (do|did|are|have) you\\b",
                    "\\bhow many (sick|medical) (days|leave)\\b|\\bsick (days|leave|time) (did|have|do) you\\b|\\bcall(ed|ing)? in sick\\b",
                    "\\bwork(er|ers|man|men)\\S{0,2} comp(ensation)?\\b",
                    "\\bhave you (ever )?been (injured|hospitali[sz]ed|treated for|in (rehab|rehabilitation|treatment)|on (disability|medical leave))\\b",
                    "\\bwhat happened to your\\b|\\bwhy do you (use|need) (a|an) (wheelchair|cane|walker|hearing aid|crutches)\\b",
                    "\\b(will|would|do) you (need|require) (any |an |a )?(reasonable )?accommodations?\\b(?! (for|during|to take part in|to participate in|in) (the|this|our|your) (interview|application|visit|tour|process|assessment|hiring process))(?! to (apply|interview))",
                    "\\bhow much (alcohol )?do you drink\\b|\\bdo you drink\\b",
                ],
                allow: [
                    "\\bessential functions\\b[^.?!]*\\bwith or without (a |any )?(reasonable )?accommodation",
                ],
                lawful: "Can you perform the essential functions of this job, with or without reasonable accommodation? (Describe the functions first, for example supervising staff, visiting all seven schools and occasionally moving equipment up to 25 pounds.)",
                printed: "Never ask about disability, health, medications or sick days; describe the essential functions and ask whether the candidate can perform them, with or without accommodation (ADA; M.G.L. c.151B s.4)."
            ),
            InterviewRules.QuestionRule(
                id: "criminal-record",
                topic: "Arrests, convictions or criminal record",
                message: "Asks about arrests or criminal record",
                basis: "M.G.L. c.151B s.4(9): at no stage ask about arrests, detentions or dispositions without a conviction; a first conviction for drunkenness, simple assault, speeding, minor traffic violations, affray or disturbing the peace; a misdemeanour conviction where the conviction or release was three or more years ago, with no later conviction; sealed or expunged records; or a juvenile record (delinquency or child in need of services) unless the person was tried as an adult in Superior Court; and never ask for a copy of a probation or arrest record, or a signed release for one. M.G.L. c.151B s.4(9 1/2): no criminal-history questions on the initial written application, with narrow exceptions. M.G.L. c.71 s.38R: CORI and fingerprint checks, through DCJIS, for school employees who may have direct and unmonitored contact with children.",
                explanation: "Massachusetts bars many criminal-history questions at every stage, including about juvenile and sealed records, and, with narrow exceptions, keeps them off the initial application. Where the district has decided a position needs them, it gets the lawful record through CORI and fingerprint checks under its written CORI policy. Leave criminal history out of the interview and tell candidates about any background checks instead.",
                patterns: [
                    "\\b(have|had) you (ever )?been (arrested|convicted|charged|detained|jailed|incarcerated|imprisoned|indicted|cited|on (probation|parole)|in (jail|prison))\\b",
                    "\\b(were|are) you (ever |currently )?(arrested|convicted|charged|detained|jailed|incarcerated|imprisoned|on (probation|parole))\\b",
                    "\\b(any|ever|prior|past) (arrests?|convictions?|felon(y|ies)|misdemeanou?rs?)\\b(?! (about|that))",
                    "\\bdo you have (a |any )?(criminal|arrest|conviction|police|prison|jail) (record|records|history|convictions?)\\b|\\bdo you have (a |any )?(prior )?(criminal )?(convictions|arrests|record)\\b(?! of)",
                    "\\byour (criminal|arrest|police|conviction|cori) (record|records|history|background|past)\\b",
                    "\\b(ever )?committed (a |any )?crimes?\\b|\\btrouble with the (law|police)\\b|\\b(served|spent|done) time\\b",
                    "\\b(any|your) (sealed|expunged) (records?|convictions?|cases?)\\b",
                ],
                allow: [],
                lawful: "(Where the district has decided the position needs the checks:) This position requires a CORI check and a state and national fingerprint check under M.G.L. c.71 s.38R, handled under the district's CORI policy. Do you have any questions about that process?",
                printed: "Never ask about arrests or criminal record in the interview: the law bars many such questions, and any CORI and fingerprint checks follow the district's CORI policy (M.G.L. c.151B s.4(9), s.4(9 1/2); c.71 s.38R)."
            ),
            InterviewRules.QuestionRule(
                id: "pay-history",
                topic: "Current or previous salary or pay history",
                message: "Asks about pay history",
                basis: "M.G.L. c.149 s.105A(c) (Massachusetts Equal Pay Act, as amended in force 1 July 2018: no questions about pay history before an offer with compensation; questions about salary expectations are allowed, but not about their basis).",
                explanation: "Massachusetts bars employers from asking applicants what they earn or earned, from screening on it, and from asking what their salary expectations are based on, because past pay carries past inequities forward. Ask for salary expectations or share the posted pay range instead.",
                patterns: [
                    "\\bhow much (do|did) you (currently |now )?(make|earn|get paid|bring home)\\b|\\bwhat (do|did) you (currently |now )?(make|earn)\\b(?! of\\b)",
                    "\\b(how much|what) (are|were) you (currently |now )?(being )?(paid|making|earning)\\b",
                    "\\b(current|previous|prior|past|last|present|former|most recent|final) (salary|salaries|pay|compensation|wages?|earnings|income|base pay|pay rate|rate of pay|bonus|raise)\\b(?! (schedules?|scales?|structures?|budgets?|steps?|ranges?|models?|systems?|stud(y|ies)|polic(y|ies)|plans? for (staff|technicians|teachers)))",
                    "\\b(salary|pay|compensation|wage|earnings) history\\b|\\bpay ?stubs?\\b|\\bw-?2 forms?\\b|\\byour w-?2\\b",
                    "\\byour (salary|pay|compensation|wages?|earnings|income|bonus|raise|paycheck)\\b(?! (expectations?|requirements?|range|needs?|goals?|preferences?))",
                    "\\b(basis|reason|reasons|justification) for your (salary|pay|compensation) (expectations?|requirements?)\\b|\\bhow did you (arrive at|come up with|get to|calculate) (that|your|this) (number|figure|salary|expectation|range)\\b|\\bwhy do you (expect|want|need) (that|this) (salary|much|number|figure)\\b",
                ],
                allow: [],
                lawful: "What are your salary expectations? (Or share the posted pay range and ask whether it works for the candidate; do not ask how the expectation was reached.)",
                printed: "Never ask about current or past pay, or how a salary expectation was reached; asking for salary expectations is allowed (M.G.L. c.149 s.105A(c))."
            ),
            InterviewRules.QuestionRule(
                id: "genetic",
                topic: "Genetic information or family medical history",
                message: "Asks about genetic information or family medical history",
                basis: "Genetic Information Nondiscrimination Act of 2008, Title II; M.G.L. c.151B s.4 (genetic information); EEOC guidance on pre-employment inquiries.",
                explanation: "Genetic tests and the illnesses of a candidate's relatives cannot lawfully be asked about or used in hiring, and they say nothing about whether the candidate can do the job.",
                patterns: [
                    "\\byour genetic|\\bany genetic (conditions?|disorders?|diseases?|tests?|testing|markers?|predispositions?|risks?)\\b|\\bgenetic (test|tests|testing|screening|markers?|predispositions?)\\b",
                    "\\b(have|had|has|would|will|do|did|are) you (ever )?(had|have|take|taken|do|done|undergo|undergone|carry|willing to take)\\b[^.?!]{0,20}\\bgenetic",
                    "\\bfamily (medical|health) history\\b|\\byour family.?s? (medical|health)\\b|\\bhealth of your (family|parents|relatives|siblings)\\b",
                    "\\b(run|runs|ran) in your family\\b|\\bhereditary\\b|\\binherited (condition|disease|illness|disorder)s?\\b",
                    "\\b(your )?(parents?|mother|father|siblings?|brothers?|sisters?|relatives|family members?) (have|had|has|suffer\\w*|die\\w*) (from|of) (a |any )?(disease|illness|cancer|condition|disorder)",
                    "\\bdna (test|tests|testing|results?)\\b",
                ],
                allow: [],
                lawful: "Can you perform the essential functions of this job, with or without reasonable accommodation?",
                printed: "Never ask about genetic tests or relatives' illnesses; ask whether the candidate can perform the essential functions (GINA; M.G.L. c.151B s.4)."
            ),
            InterviewRules.QuestionRule(
                id: "height-weight",
                topic: "Height or weight",
                message: "Asks about height or weight",
                basis: "EEOC guidance on pre-employment inquiries (height and weight only where job-related); Title VII of the Civil Rights Act of 1964 and M.G.L. c.151B s.4 (sex, national origin, disability).",
                explanation: "Height and weight do not decide whether someone can lead a technology department, and such questions can screen out people by sex, national origin or disability. Ask about the physical task itself, if it is an essential function.",
                patterns: [
                    "\\bhow (tall|heavy|short) are you\\b|\\bhow much do you weigh\\b|\\bdo you weigh\\b",
                    "\\byour (height|weight|body)\\b(?! of work)",
                    "\\bwhat (is|.s) your (height|weight)\\b|\\b(are|you) (overweight|underweight|obese)\\b|\\bare you (too )?(heavy|tall|short)\\b",
                ],
                allow: [],
                lawful: "This job includes occasionally moving technology equipment weighing up to 25 pounds. Can you do that, with or without reasonable accommodation?",
                printed: "Never ask about height or weight; if lifting is an essential function, describe it and ask whether the candidate can do it, with or without accommodation (Title VII; M.G.L. c.151B s.4)."
            ),
            InterviewRules.QuestionRule(
                id: "membership",
                topic: "Membership of clubs, social groups or other organizations",
                message: "Asks about memberships that may reveal a protected trait",
                basis: "EEOC guidance on pre-employment inquiries (memberships that reveal a protected trait); OPM guidance that questions which are not job-related must not be asked; M.G.L. c.151B s.4.",
                explanation: "Lists of clubs, lodges, social or political groups can reveal a candidate's religion, race, national origin, sex or other protected trait without telling you anything about the job. Ask about professional associations or networks that bear on the work.",
                patterns: [
                    "\\b(do|did|have) you (ever |currently )?(belong|belonged)\\b|\\byou (currently )?belong to\\b",
                    "\\b(are|were) you (ever |currently )?(in|part of|a member of) (a|an|any) (fraternit(y|ies)|sororit(y|ies)|lodges?|clubs?|social (club|group)s?)\\b",
                    "\\b(are|were) you (ever |currently )?(a |an )?(active )?(member|members|affiliated|involved)\\b[^.?!]*\\b(clubs?|organi[sz]ations?|societ(y|ies)|lodges?|associations?|churche?s?|fraternit(y|ies)|sororit(y|ies)|part(y|ies)|social groups?|community groups?)\\b",
                    "\\b(clubs|organi[sz]ations|societies|lodges|associations|groups) (are you|were you|have you been) (a )?(member|part|active|involved)",
                    "\\b(clubs|lodges|fraternit(y|ies)|sororit(y|ies)|social (clubs|groups)|organi[sz]ations) (are|were) you (in|part of|a member of|involved (in|with))\\b|\\b(what|which) (clubs|lodges|fraternities|sororities|social (clubs|groups)) (did|have) you (join|joined)\\b",
                    "\\byour (affiliations?|memberships?|political (part(y|ies)|affiliations?|views|beliefs)|party affiliations?|club|clubs|lodge|fraternity|sorority)\\b",
                    "\\bwho did you vote for\\b|\\b(do|did) you vote\\b|\\bwhat (political )?party\\b[^.?!]*\\byou\\b",
                ],
                allow: [
                    "\\bprofessional (organi[sz]ations?|associations?|learning networks?|networks?|groups?|societ(y|ies)|bodies|communit(y|ies))\\b",
                    "\\b(cosn|iste|masscue|mass ?cue|aasa|ascd|masbo|masc|isaca|ieee|acm)\\b",
                    "\\bmassachusetts association of\\b",
                ],
                lawful: "Which professional associations or learning networks, such as CoSN or ISTE, have helped you in your work, and how?",
                printed: "Never ask about clubs, lodges, or political or social groups; ask about professional associations and networks that bear on the work (M.G.L. c.151B s.4)."
            ),
            InterviewRules.QuestionRule(
                id: "military-discharge",
                topic: "Type of military discharge or military service obligations",
                message: "Asks about military discharge or service obligations",
                basis: "M.G.L. c.151B s.4 (active military service and veteran status); EEOC and OPM guidance that pre-employment questions must be job-related.",
                explanation: "Veteran status and active military service are protected in Massachusetts, and the type of discharge or the chance of being called up is not a measure of ability to do this job. Ask about skills and experience, including any gained in service.",
                patterns: [
                    "\\b(type|kind|nature|character|reason) (of|for) (your )?(military )?discharge\\b",
                    "\\b(honou?rabl[ey]|dishonou?rabl[ey]|general|medical|other than honou?rable|less than honou?rable|bad[\\- ]conduct)\\w* discharg",
                    "\\bdischarge (papers|status|type|paperwork|certificate)\\b|\\bdd[\\- ]?214\\b",
                    "\\b(were|was) you (honou?rably |dishonou?rably |medically |generally )?discharged\\b|\\bhow (were|was) you discharged\\b|\\bwhy were you discharged\\b",
                    "\\bwhy did you leave the (military|army|navy|air force|marines|marine corps|coast guard|national guard|service)\\b",
                    "\\b(are|were) you (still )?(in|a member of) the (national guard|reserves?|military)\\b|\\b(will|could|might|would) you (ever )?(be|get) (called up|deployed|mobili[sz]ed|called to active duty)\\b",
                ],
                allow: [],
                lawful: "Tell us about experience, including any military service, that prepared you to lead a technology department.",
                printed: "Never ask about the type of military discharge or possible call-ups; ask about experience, including military service, that prepared the candidate (M.G.L. c.151B s.4)."
            ),
            InterviewRules.QuestionRule(
                id: "maiden-name",
                topic: "Maiden name or name before marriage",
                message: "Asks for a maiden name",
                basis: "M.G.L. c.151B s.4 (sex; one compliance source also lists marital status); Title VII of the Civil Rights Act of 1964; EEOC guidance on pre-employment inquiries (marital status, national origin).",
                explanation: "A maiden or birth name reveals marital status and sometimes national origin or gender history, none of which bears on the job. If records must be checked, ask whether the candidate has worked or studied under another name.",
                patterns: [
                    "\\bmaiden\\b",
                    "\\bmarried (sur|last )?name\\b|\\bname at birth\\b|\\bbirth name\\b",
                    "\\bname before (you (were|got) married|marriage|your marriage)\\b|\\bwhy did you change your (last |sur)?name\\b",
                    "\\bis that your (married|real|husband.?s|given|birth) name\\b",
                    "\\byour (previous|former|prior|old|original) (sur|last |family )?name\\b",
                ],
                allow: [
                    "\\b(worked|studied|earned|held|licensed|certified)\\b[^.?!]*\\bunder (a |an )?(different|another|other|previous) name\\b",
                ],
                lawful: "Have you worked, studied or held a license under another name that we need to know to check your references and records?",
                printed: "Never ask for a maiden or birth name; ask whether the candidate has worked, studied or held a license under another name (Title VII; M.G.L. c.151B s.4)."
            ),
            InterviewRules.QuestionRule(
                id: "race",
                topic: "Race, color or ethnicity",
                message: "Asks about race or color",
                basis: "Title VII of the Civil Rights Act of 1964 (race, color); M.G.L. c.151B s.4 (race, including natural and protective hairstyles, and color); EEOC guidance on pre-employment inquiries.",
                explanation: "Race, color, skin or hair have no bearing on the job, and asking about them can be evidence of race discrimination. Voluntary demographic data for reporting is collected separately from the hiring decision, never in the interview.",
                patterns: [
                    "\\byour (race|racial|skin|skin colou?r|complexion|hair ?style|hair)\\b",
                    "\\b(what|which) race\\b|\\bwhat are you,? ethnically\\b",
                    "\\bare you (black|white|hispanic|latino|latina|latinx|asian|biracial|mixed|mixed race|native american|african american)\\b",
                ],
                allow: [],
                lawful: "Tell us about a time you helped a diverse school community, including staff and families of many backgrounds, adopt a new technology.",
                printed: "Never ask about race, color, skin or hair; voluntary demographic data is collected apart from the interview (Title VII; M.G.L. c.151B s.4)."
            ),
            InterviewRules.QuestionRule(
                id: "sex",
                topic: "Sex, sexual orientation or gender identity",
                message: "Asks about sex, sexual orientation or gender identity",
                basis: "Title VII of the Civil Rights Act of 1964 (sex, including sexual orientation and gender identity); Title IX (34 CFR Part 106, employment); M.G.L. c.151B s.4 (sex, sexual orientation, gender identity).",
                explanation: "A candidate's sex, sexual orientation or gender identity is not job-related, and asking about it can be evidence of sex discrimination. Use the name and pronouns the candidate gives without questioning them.",
                patterns: [
                    "\\byour (sex|gender|sexual orientation|sexuality|gender identity)\\b",
                    "\\bare you (gay|straight|lesbian|bisexual|queer|transgender|trans|heterosexual|homosexual|a man|a woman|male|female|nonbinary|non-binary)\\b",
                    "\\b(were|was) you (born|assigned) (a )?(male|female|a man|a woman|a boy|a girl)\\b",
                ],
                allow: [],
                lawful: "Tell us about a time you built a team in which everyone could do their best work.",
                printed: "Never ask about sex, sexual orientation or gender identity; use the name and pronouns the candidate gives (Title VII; Title IX; M.G.L. c.151B s.4)."
            ),
            InterviewRules.QuestionRule(
                id: "photograph",
                topic: "Photographs before an offer",
                message: "Asks for a photograph",
                basis: "EEOC guidance on pre-employment inquiries (no photographs before an offer); Title VII of the Civil Rights Act of 1964; M.G.L. c.151B s.4.",
                explanation: "A photograph shows race, sex, age and sometimes disability or religion, none of which may be used in the decision, so ask for one only after an offer, for example for an ID badge.",
                patterns: [
                    "\\b(send|submit|provide|attach|include|upload|email)\\w* (us )?(a |an |your )?(recent )?(photo|photograph|picture|headshot|selfie)s?\\b",
                    "\\b(photo|photograph|picture|headshot)s? of yourself\\b",
                ],
                allow: [],
                lawful: "(Collect photographs only after an offer, for the staff ID badge.)",
                printed: "Never ask for a photograph before an offer; collect one after hire, for example for the ID badge (Title VII; M.G.L. c.151B s.4)."
            ),
        ]
    )
}
