/// Reporting verbs, in every inflected form, that introduce a quoted or reported claim.
enum CueVerbs {
    /// Verbs whose forms are made regularly from the stem (`warn`: warns, warned, warning).
    private static let regular: [String] = [
        "add", "warn", "claim", "insist", "explain", "argue", "suggest", "admit", "deny", "note",
        "state", "declare", "announce", "ask", "reply", "respond", "tweet", "post", "comment",
        "remark", "report", "confirm", "acknowledge", "emphasise", "emphasize", "stress",
        "recall", "continue", "urge", "predict", "promise", "vow", "concede", "complain", "point",
        "testify", "caution", "contend", "maintain", "observe", "reveal", "assert", "allege",
        "agree", "disclose", "joke", "quip", "boast", "lament", "muse", "reiterate",
        "reckon", "repeat", "counter", "retort", "scoff", "conclude", "pledge", "estimate",
        "hint", "recount", "specify", "claim", "mention", "answer",
        "assure", "exclaim", "shout", "whisper", "reason", "fret", "question",
        "believe", "accuse", "criticise", "criticize", "describe", "demand", "wonder",
        "advise", "thank", "recall", "welcome", "opine", "chant", "plead", "beg", "brag", "gush",
        "sigh", "snap", "remind", "inform", "fume", "react", "interject", "exult", "grumble",
        "mutter", "murmur", "yell", "scream", "cry", "laugh", "chuckle", "proclaim", "clarify",
        "elaborate", "propose", "marvel", "rail", "remember", "call", "dub", "label", "surmise",
        "retaliate", "bark", "confide", "growl", "snarl", "sneer", "holler", "hiss", "gripe",
        "bellow", "taunt", "scold", "chide", "tease", "deadpan", "enthuse", "rant", "mock",
    ]

    /// Irregular and hand-written forms.
    private static let irregular: [String: String] = [
        "said": "say", "say": "say", "says": "say", "saying": "say",
        "told": "tell", "tell": "tell", "tells": "tell", "telling": "tell",
        "wrote": "write", "write": "write", "writes": "write", "writing": "write",
        "written": "write", "spoke": "speak", "added": "add", "admitted": "admit",
        "admitting": "admit", "denied": "deny", "denies": "deny", "replied": "reply",
        "replies": "reply", "testified": "testify", "testifies": "testify",
        "emphasised": "emphasise", "emphasized": "emphasize", "quipped": "quip",
        "quipping": "quip", "specified": "specify", "read": "read", "reads": "read", "put": "put",
        "puts": "put", "went": "go", "goes": "go", "sang": "sing", "sings": "sing",
        "sing": "sing", "singing": "sing", "labelled": "label", "labelling": "label",
    ]

    /// Lemmas whose verb takes the addressee as an object (`told MPs`, `warned reporters`).
    static let takesObject: WordSet = [
        "tell", "warn", "assure", "remind", "inform", "urge", "ask", "accuse",
    ]

    /// The plainest reporting verbs, which a name opening a sentence commonly stands before
    /// (`Quennel said`), unlike `suggest` or `announce` (`Speculation suggests`).
    static let plainSpeech: WordSet = ["say", "tell"]

    /// Lemmas that report speech less surely: they make a quote only next to quotation marks.
    static let weak: WordSet = [
        "continue", "point", "ask", "describe", "accuse", "criticise", "criticize", "demand",
        "question", "believe", "counter", "reason", "agree", "answer", "thank", "read", "welcome",
        "react", "cry", "laugh", "chuckle", "elaborate", "propose", "marvel", "rail", "sing",
        "remember", "call", "dub", "label", "surmise", "retaliate", "bark", "confide", "growl",
        "snarl", "sneer", "holler", "hiss", "gripe", "bellow", "taunt", "scold", "chide", "tease",
        "deadpan", "enthuse", "rant", "mock",
    ]

    /// Stems that double their last consonant before `-ed` and `-ing` (`quipped`, `dubbed`).
    private static let doubledFinals: Set<String> = [
        "admit", "quip", "regret", "commit", "beg", "snap", "brag", "dub",
    ]

    /// Every form mapped to its lemma.
    static let lemmas = WordMap<String>(
        {
            var map = irregular
            for stem in regular {
                let base = stem.hasSuffix("e") ? String(stem.dropLast()) : stem
                let doubled = doubledFinals.contains(stem)
                let tail = doubled ? stem + String(stem.last ?? "t") : base
                map[stem] = stem
                if stem.hasSuffix("y") && !stem.hasSuffix("ey") {
                    let root = String(stem.dropLast())
                    map[root + "ies"] = stem
                    map[root + "ied"] = stem
                    map[stem + "ing"] = stem
                    continue
                }
                map[stem.hasSuffix("s") || stem.hasSuffix("sh") ? stem + "es" : stem + "s"] = stem
                map[tail + "ed"] = stem
                map[tail + "ing"] = stem
            }
            return map
        }())

    /// The lemma of a reporting verb form, or nil.
    static func lemma(_ lower: String) -> String? { lemmas[lower] }

    /// The form is a present participle, which takes its subject from the clause
    /// (`sparked controversy by suggesting ...`).
    static func isParticiple(_ lower: String) -> Bool { lower.hasSuffix("ing") }
}
