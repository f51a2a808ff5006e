/// What the extractors found in one article: its people, organisations and quoted claims.
public struct ArticleExtraction: Sendable, Equatable {
    /// The people named in the article, one entry per person however often they are named.
    public var people: [PersonEntity]
    /// The organisations named in the article, one entry each.
    public var organisations: [OrganisationEntity]
    /// The quoted claims, in the order they appear.
    public var quotes: [ExtractedQuote]

    /// Creates an extraction result.
    public init(
        people: [PersonEntity] = [],
        organisations: [OrganisationEntity] = [],
        quotes: [ExtractedQuote] = []
    ) {
        self.people = people
        self.organisations = organisations
        self.quotes = quotes
    }
}

/// A person as one article names them.
public struct PersonEntity: Sendable, Equatable {
    /// The fullest name the article gives, without titles: "Simon Bailey".
    public var name: String
    /// Every distinct way the article names the person, as written: "Mr Bailey", "Bailey".
    public var mentions: [String]
    /// Titles and roles as written: "Chief Constable", "national policing lead for child protection".
    public var titles: [String]
    /// Names of organisations the article ties the person to.
    public var organisations: [String]
    /// The person's gender when an honorific, a first name or a pronoun tells it.
    public var gender: Gender?

    /// Creates a person entity.
    public init(
        name: String,
        mentions: [String] = [],
        titles: [String] = [],
        organisations: [String] = [],
        gender: Gender? = nil
    ) {
        self.name = name
        self.mentions = mentions
        self.titles = titles
        self.organisations = organisations
        self.gender = gender
    }
}

/// Grammatical gender, used to resolve "he" and "she" to the right person.
public enum Gender: String, Sendable, Equatable {
    case female
    case male
}

/// An organisation as one article names it.
public struct OrganisationEntity: Sendable, Equatable {
    /// The organisation's canonical name in this article: "Home Affairs Committee".
    public var name: String
    /// Every distinct way the article names it, as written.
    public var mentions: [String]

    /// Creates an organisation entity.
    public init(name: String, mentions: [String] = []) {
        self.name = name
        self.mentions = mentions
    }
}

/// How a claim is quoted.
public enum QuoteKind: String, Sendable, Equatable, CaseIterable {
    /// Entirely inside quotation marks.
    case direct
    /// Reported speech with quoted fragments: `said his "greatest frustration" is ...`.
    case mixed
    /// Reported speech without quotation marks: `said he did not believe ...`.
    case indirect
}

/// The part of an article a quote stands in.
public enum ArticleSection: String, Sendable, Equatable, CaseIterable {
    case headline
    case standfirst
    case caption
    case body
}

/// Who a quote is attributed to, as an index into the same extraction's lists.
public enum SpeakerReference: Sendable, Equatable {
    /// An index into ``ArticleExtraction/people``.
    case person(Int)
    /// An index into ``ArticleExtraction/organisations``.
    case organisation(Int)
}

/// One quoted claim found in an article.
public struct ExtractedQuote: Sendable, Equatable {
    /// Direct, mixed or indirect.
    public var kind: QuoteKind
    /// The quoted or reported content as it stands in the article, without the attribution
    /// clause. A quote split by its attribution (`"A," he said, "B."`) joins its parts with " … ".
    public var text: String
    /// The reporting verb as written ("said", "told", "according to"), or nil for a
    /// continuation paragraph.
    public var cue: String?
    /// How the speaker is named at the cue, as written ("He", "Mr Bailey", "the officer").
    public var mention: String?
    /// The resolved speaker, or nil when the rules cannot tell who it is.
    public var speaker: SpeakerReference?
    /// The section the quote stands in.
    public var section: ArticleSection
    /// The index of the paragraph within its section (0-based; captions count one each).
    public var paragraph: Int
    /// Offset in Unicode scalars of the quote's first character in the section's text (for the
    /// body: in ``Article/body``).
    public var start: Int
    /// Offset in Unicode scalars just past the quote's last character.
    public var end: Int

    /// Creates a quote.
    public init(
        kind: QuoteKind,
        text: String,
        cue: String?,
        mention: String?,
        speaker: SpeakerReference?,
        section: ArticleSection,
        paragraph: Int,
        start: Int,
        end: Int
    ) {
        self.kind = kind
        self.text = text
        self.cue = cue
        self.mention = mention
        self.speaker = speaker
        self.section = section
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }
}
