import Foundation
import FuzzDriver
import NewsArchive

/// Feeds arbitrary bytes through decoding, parsing and extraction, and checks the invariants
/// the store relies on: every quote's span lies inside its section and holds text.
func fuzzArticle(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    let data = Data(bytes: start, count: count)
    guard let decoded = try? TextDecoding.decode(data) else { return 0 }
    let article = ArticleParser.parse(decoded.text, key: "fuzz", sourcePath: nil)
    let extraction = ArticleExtractor.extract(from: article)
    for quote in extraction.quotes {
        let section: String =
            switch quote.section {
            case .headline: article.headline
            case .standfirst: article.standfirst ?? ""
            case .caption:
                article.captions.indices.contains(quote.paragraph)
                    ? article.captions[quote.paragraph] : ""
            case .body: article.body
            }
        precondition(quote.start >= 0 && quote.start <= quote.end, "quote span out of order")
        precondition(quote.end <= section.unicodeScalars.count, "quote span past its section")
        precondition(!quote.text.isEmpty, "empty quote text")
        if case .person(let index)? = quote.speaker {
            precondition(extraction.people.indices.contains(index), "speaker index out of range")
        }
        if case .organisation(let index)? = quote.speaker {
            precondition(
                extraction.organisations.indices.contains(index), "speaker index out of range")
        }
    }
    _ = try? ArticleRecord(jsonLine: data)
    return 0
}

@main
enum ArticleFuzzerMain {
    static func main() {
        runFuzzer { fuzzArticle($0, $1) }
    }
}
