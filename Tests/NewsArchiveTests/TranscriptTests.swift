import Testing

@testable import NewsArchive

/// Transcript lines (`NAME: words`) quote the named speaker; headings in capitals do not.
@Suite("Transcript lines")
struct TranscriptTests {
    static let interview = [
        "Radio host Dana Whitlock questioned Governor Ruth Okonkwo on Sunday.",
        "A partial transcript follows:",
        "\"WHITLOCK: Will the ferry run this winter?",
        "\"OKONKWO: Well, look, the ferry is \u{201C}our lifeline.\u{201D} It will run.",
        "\"(CROSSTALK.)",
        "\"CLIP: The ferry is finished and everyone knows it.",
        "\"MARCUS PELL: And what about the harbour?\"",
        "CORRECTION: An earlier version of this story gave the wrong date.",
        "OKONKWO: The harbour reopens in May.",
    ]

    @Test("A capitalised label and a colon make the line a direct quote of the named speaker")
    func labelsNameSpeakers() {
        let e = ArticleExtraction.of(Self.interview)
        let lines = e.quotes.filter { $0.cue == ":" }
        #expect(
            lines.map(\.text) == [
                "Will the ferry run this winter?",
                "Well, look, the ferry is \u{201C}our lifeline.\u{201D} It will run.",
                "The ferry is finished and everyone knows it.",
                "And what about the harbour?",
                "The harbour reopens in May.",
            ])
        #expect(lines.allSatisfy { $0.kind == .direct })
        #expect(
            lines.map { e.speakerName(of: $0) } == [
                "Dana Whitlock", "Ruth Okonkwo", nil, "Marcus Pell", "Ruth Okonkwo",
            ])
        #expect(lines.map(\.mention) == ["WHITLOCK", "OKONKWO", nil, "MARCUS PELL", "OKONKWO"])
    }

    @Test("A label is neither an organisation nor a heading, and a heading continues no one")
    func labelsAreNotBodies() {
        let e = ArticleExtraction.of(Self.interview)
        let names = e.organisations.map(\.name)
        #expect(!names.contains { ["WHITLOCK", "OKONKWO", "MARCUS PELL", "CLIP"].contains($0) })
        #expect(!e.people.contains { ["Correction", "Clip", "Partial"].contains($0.name) })
        #expect(!e.quotes.contains { $0.text.contains("earlier version") })
    }

    @Test("A quoted line opened by a name in title case and a colon quotes that person")
    func titleCaseLabel() throws {
        let e = ArticleExtraction.of([
            "The panel, with Nora Vance and Tom McKee, dismissed the plan.",
            "\"Tom McKee: Honestly, the numbers never worked and everybody here knew it.\"",
        ])
        let line = try #require(e.quotes.first { $0.cue == ":" })
        #expect(line.text == "Honestly, the numbers never worked and everybody here knew it.")
        #expect(e.speakerName(of: line) == "Tom McKee")
    }

    @Test("An unquoted title-case name and a colon may be a heading: no transcript line")
    func unquotedTitleCaseIsNoLabel() {
        let e = ArticleExtraction.of(["Nora Vance: A Life on the River, a film, opened today."])
        #expect(!e.quotes.contains { $0.cue == ":" })
    }

    @Test(
        "Capitalised words that are no speaker's label leave the passage as it was",
        arguments: [
            "UPDATE: The council said the ferry would run.",
            "SHORT READS: The ferry will run, officials said.",
            "LONDON: The ferry will run, the council said.",
        ])
    func headingsAreNoLabels(paragraph: String) {
        let e = ArticleExtraction.of([paragraph])
        #expect(!e.quotes.contains { $0.cue == ":" })
        #expect(e.quotes.count == 1)
    }
}
