import Foundation

/// An invented local-news report of any length, for tests of very large inputs: a headline,
/// then paragraphs of three sentences that mix narration, attributed quotes and reported
/// speech, with a cast of 400 people and a few organisations, so extraction has real work on
/// every paragraph. Deterministic: the same size gives the same bytes.
enum LongArticle {
    static let headline = "Years of delay on the coast, told by the people who waited"

    /// The last paragraph, the same at every size, to show the end of the text was reached.
    static let closing =
        "Lighthouse keeper Odile Vennick said: “The lamp at Skerrow Point has never once failed.”"

    private static let firstNames = [
        "Amara", "Bruno", "Celia", "Dmitri", "Elif", "Farid", "Greta", "Hugo", "Ingrid", "Jonas",
        "Keiko", "Luca", "Mirela", "Nils", "Odile", "Pavel", "Quinn", "Rosa", "Sven", "Talia",
    ]
    private static let surnames = [
        "Achterberg", "Brannigan", "Castellano", "Duvall", "Eriksen", "Fairweather", "Gallagher",
        "Holloway", "Ivanova", "Jablonski", "Kowalczyk", "Lindqvist", "Marchetti", "Nakamura",
        "Okonkwo", "Penhaligon", "Quayle", "Rasmussen", "Szabo", "Thorne",
    ]
    private static let bodies = [
        "Harbour Trust", "Valley Water Board", "Northgate Council", "Riverside Transport Authority",
        "Institute of Coastal Studies", "Kelby Chamber of Commerce",
    ]
    private static let places = [
        "Marsh Lane", "Kelby", "Eastwick", "Old Quay", "Pellham", "Upper Denton",
    ]
    private static let projects = [
        "tram line", "sea wall", "library extension", "flood barrier", "market hall",
        "ferry terminal", "school roof", "footbridge",
    ]
    private static let jobs = ["baker", "retired nurse", "bus driver", "teacher", "fisherman"]

    /// Sentence `i` of the report.
    static func sentence(_ i: Int) -> String {
        let first = firstNames[i % 20]
        let last = surnames[(i / 20 + i * 7) % 20]
        let body = bodies[i % bodies.count]
        let place = places[(i / 3) % places.count]
        let project = projects[(i / 2) % projects.count]
        let n = i % 90 + 3
        switch i % 9 {
        case 0:
            return "The \(body) met in \(place) on Tuesday to discuss the \(project), which has "
                + "cost \(n) million pounds so far and is \(n) weeks behind schedule."
        case 1:
            return "“We cannot keep the \(project) closed for another winter,” said \(first) "
                + "\(last), who chairs the \(body)."
        case 2:
            return "\(last) said work on the \(project) would start again in the spring, once "
                + "engineers had checked the foundations."
        case 3:
            return "Residents of \(place) have complained for \(n) years about noise from the "
                + "site, and several said their letters went unanswered."
        case 4:
            return "In a statement, the \(body) said it “regrets the delay” and would publish a "
                + "new timetable before the end of the month."
        case 5:
            return "A spokesperson for the \(body) would not comment on the figures."
        case 6:
            return "\(first) \(last), a \(jobs[i % jobs.count]) from \(place), said the town "
                + "had heard the same promise every year."
        case 7:
            return "The \(project) was first proposed in \(1960 + n), when the population of "
                + "\(place) was roughly half what it is today."
        default:
            return "Traffic on the coast road was lighter than usual, and the afternoon ferry "
                + "left \(n % 20) minutes late."
        }
    }

    /// The article as UTF-8 text of at least `size` bytes (a paragraph more at most).
    static func make(size: Int) -> Data {
        var data = Data()
        data.reserveCapacity(size + 1_000)
        data.append(contentsOf: (headline + "\n\n").utf8)
        var i = 0
        while data.count < size {
            let paragraph = sentence(i) + " " + sentence(i + 1) + " " + sentence(i + 2)
            data.append(contentsOf: (paragraph + "\n\n").utf8)
            i += 3
        }
        data.append(contentsOf: (closing + "\n").utf8)
        return data
    }
}
