/// Speakers described but not named (`A bank spokesman told Reuters ... He said`): the `he`
/// or `she` that goes on with one stays unnamed too, rather than falling back to a person
/// named before the description.
extension SpeakerResolver {
    /// Remembers a speaker mention that describes someone beside the report's people and
    /// resolved to no one, and forgets it once a speaker is named.
    mutating func noteUnnamedSpeaker(
        _ mention: SpeakerMention, resolved: SpeakerReference?, in p: Passage
    ) {
        if resolved != nil {
            unnamedSpeaker = nil
            return
        }
        guard mention.kind == .description, let last = mention.tokens.last else { return }
        let head = p.tokens[last].lower
        // `the comedian said` may go on as `he` about the person the report is about, whom
        // a pronoun may still find; `a spokesman said` is someone else.
        guard Epithets.isBystander(head), !Self.showRoles.contains(head),
            !Titles.organisationNouns.contains(head), !Self.documents.contains(head)
        else { return }
        unnamedSpeaker = (p.order, mention.tokens.lowerBound, Epithets.gender(of: head))
    }

    /// Roles a report's own subject may hold (`The TV host said`, `The attorney general
    /// denied`), whom a pronoun after them may still find by name.
    private static let showRoles: WordSet = ["host", "anchor", "moderator", "general"]

    /// The pronoun goes on with the unnamed speaker of a quote in its own passage or the one
    /// before: its gender agrees, and no person has been named outside quotation marks since.
    func continuesUnnamedSpeaker(_ mention: SpeakerMention, in p: Passage) -> Bool {
        guard let unnamed = unnamedSpeaker, p.order - unnamed.passage <= 1,
            let gender = Titles.subjectPronouns[p.tokens[mention.tokens.lowerBound].lower],
            let pronounGender = gender,
            unnamed.gender == nil || unnamed.gender == pronounGender
        else { return false }
        let nearest = mentions(before: (p.order, mention.tokens.lowerBound), limit: 40).lazy
            .map { table.mentions[$0] }
            .first { m in
                guard case .person = m.reference else { return false }
                return !m.isInsideQuote
            }
        guard let nearest else { return true }
        return (nearest.passage, nearest.tokens.lowerBound) < (unnamed.passage, unnamed.token)
    }
}
