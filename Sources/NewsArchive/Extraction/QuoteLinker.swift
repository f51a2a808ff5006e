/// Joins attributions that stand in a neighbouring passage to the quotes they attribute:
/// a lead-in ending in a colon gives its speaker to the quotation that opens the next
/// passage, and a `— NAME` line gives its name to the unattributed quotations before it.
enum QuoteLinker {
    static func link(_ parts: [PassageQuotes]) -> [QuoteCandidate] {
        var parts = parts
        // A signature names its speaker outright: it goes first, before the guesses below.
        for i in parts.indices.dropFirst() {
            guard let signature = parts[i].signature else { continue }
            for q in parts[i - 1].quotes.indices where parts[i - 1].quotes[q].speaker == nil {
                parts[i - 1].quotes[q].speaker = signature.speaker
                parts[i - 1].quotes[q].speakerPassage = i
                parts[i - 1].quotes[q].isContinuation = false
                parts[i - 1].quotes[q].cue = signature.cue
            }
        }
        for i in parts.indices {
            if i > 0, let leadIn = parts[i - 1].leadIn, let first = parts[i].quotes.first,
                first.speaker == nil, first.cue == nil
            {
                parts[i].quotes[0].speaker = leadIn.speaker
                parts[i].quotes[0].cue = leadIn.cue
                parts[i].quotes[0].speakerPassage = i - 1
                parts[i].quotes[0].isContinuation = false
            }
            // `Ann Lee continued her remarks.` then a passage that is only a quotation.
            if i > 0, parts[i - 1].quotes.isEmpty, let subject = parts[i - 1].closingSubject,
                let first = parts[i].quotes.first, first.speaker == nil, first.cue == nil,
                first.isContinuation, parts[i].opensWithQuotation,
                parts[i].quotes.allSatisfy({ $0.speaker == nil })
            {
                parts[i].quotes[0].speaker = subject
                parts[i].quotes[0].speakerPassage = i - 1
                parts[i].quotes[0].isContinuation = false
            }
        }
        return parts.flatMap(\.quotes)
    }
}
