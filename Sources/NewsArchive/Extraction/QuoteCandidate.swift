/// A quote found in one passage, before its speaker is resolved.
struct QuoteCandidate: Sendable {
    var kind: QuoteKind
    /// ``Passage/order`` of the passage.
    var passage: Int
    /// The quoted text's pieces, as scalar ranges in the passage (two or more for a quote split
    /// by its attribution).
    var fragments: [Range<Int>]
    /// The reporting verb as written.
    var cue: String?
    /// How the speaker is named at the verb.
    var speaker: SpeakerMention?
    /// The passage the speaker mention stands in, when not the quote's own (a lead-in
    /// paragraph ending in a colon, or a `— NAME` line after the quotation).
    var speakerPassage: Int? = nil
    /// A paragraph of quotation without attribution: it takes the previous quote's speaker.
    var isContinuation = false
    /// For a quotation that ran on into the next one (wire copy with its paragraphs run
    /// together: `"We will win. "Nobody doubts it," Lee said.`), where that one's quoted text
    /// starts: the two have one speaker.
    var runsOnTo: Int? = nil
    /// The token where the quote is anchored, for ordering and for resolving pronouns.
    var anchor: Int
}

/// What one passage contributes: its quotes, and attributions that belong to a neighbour.
struct PassageQuotes: Sendable {
    var quotes: [QuoteCandidate] = []
    /// `Mr Smith said in a statement:` closing the passage: the next passage's quotation is his.
    var leadIn: (cue: String, speaker: SpeakerMention)? = nil
    /// A passage that is only `— NAME`, or a credit line: the attribution of the quotation
    /// before it, with the dash that cues it (nil for a credit line, which has none).
    var signature: (cue: String?, speaker: SpeakerMention)? = nil
    /// `Ann Lee continued her remarks.` closing a passage without quotation marks: the
    /// subject who may speak the quotation that makes up the next passage.
    var closingSubject: SpeakerMention? = nil
    /// The passage's first token is a quotation mark.
    var opensWithQuotation = false
}
