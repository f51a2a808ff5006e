/// A calendar date with an optional UTC time, as read from text.
struct ScannedDate: Equatable {
    var year: Int
    var month: Int
    var day: Int
    /// Minutes after midnight UTC, when the text gave a time and a zone.
    var utcMinutes: Int?
    var second = 0

    var isValid: Bool {
        (1800...2200).contains(year) && (1...12).contains(month)
            && day >= 1 && day <= ScannedDate.daysIn(month: month, year: year)
    }

    var iso8601: String {
        let date = "\(year)-\(PublishedDate.twoDigits(month))-\(PublishedDate.twoDigits(day))"
        guard let minutes = utcMinutes else { return date }
        let hour = PublishedDate.twoDigits(minutes / 60)
        let minute = PublishedDate.twoDigits(minutes % 60)
        return "\(date)T\(hour):\(minute):\(PublishedDate.twoDigits(second))Z"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Moves the date by `local - offset` minutes into UTC, crossing day boundaries as needed.
    mutating func setTime(localMinutes: Int, offsetMinutes: Int) {
        var minutes = localMinutes - offsetMinutes
        var shift = 0
        while minutes < 0 {
            minutes += 1440
            shift -= 1
        }
        while minutes >= 1440 {
            minutes -= 1440
            shift += 1
        }
        utcMinutes = minutes
        if shift > 0 {
            day += 1
            if day > ScannedDate.daysIn(month: month, year: year) {
                day = 1
                month += 1
                if month > 12 {
                    month = 1
                    year += 1
                }
            }
        } else if shift < 0 {
            day -= 1
            if day < 1 {
                month -= 1
                if month < 1 {
                    month = 12
                    year -= 1
                }
                day = ScannedDate.daysIn(month: month, year: year)
            }
        }
    }
}

/// Reads one date from text token by token; see ``PublishedDate/iso8601(from:)``.
struct DateScanner {
    enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case symbol(Unicode.Scalar)
    }

    private var tokens: [Token] = []
    private var position = 0

    init(_ text: some StringProtocol) {
        tokens = DateScanner.tokenize(text)
    }

    var isAtEnd: Bool { position >= tokens.count }

    // MARK: Grammar

    /// Scans a whole date, optionally with a time before or after it; nil unless every token
    /// was understood.
    mutating func scan() -> ScannedDate? {
        skipNoise()
        var time: (minutes: Int, second: Int)?
        var offset: Int?
        var found = scanISO8601() ?? scanWrittenDate()
        // A time may come first ("14:05 BST, 12 March 2019"); tried second so that
        // "12.03.2019" is not read as 12:03.
        let beforeTime = position
        if found == nil, let leading = scanTime() {
            time = leading
            offset = scanZone()
            skipNoise()
            found = scanISO8601() ?? scanWrittenDate()
        }
        guard var date = found else {
            position = beforeTime
            return nil
        }
        if time == nil {
            skipSeparators()
            if case .word("t") = peek { position += 1 }
            if let trailing = scanTime() {
                time = trailing
                offset = scanZone()
                // An unknown zone ("ET", "AEDT") leaves the time unusable but the date sure.
                if offset == nil, case .word = peek { position += 1 }
            }
        }
        while case .symbol(let symbol) = peek, ".)".unicodeScalars.contains(symbol) {
            position += 1
        }
        guard isAtEnd, date.isValid else { return nil }
        if let time, let offset {
            date.second = time.second
            date.setTime(localMinutes: time.minutes, offsetMinutes: offset)
            guard date.isValid else { return nil }
        }
        return date
    }

    /// `2019-03-12` or `2019/03/12`, with an optional `T14:05:00Z` time.
    mutating func scanISO8601() -> ScannedDate? {
        let start = position
        guard case .number(let year, 4) = next(),
            let separator = nextSymbol(), "-/".unicodeScalars.contains(separator),
            case .number(let month, let monthDigits) = next(), monthDigits <= 2,
            nextSymbol() == separator,
            case .number(let day, let dayDigits) = next(), dayDigits <= 2
        else {
            position = start
            return nil
        }
        var date = ScannedDate(year: year, month: month, day: day)
        let afterDate = position
        if case .word("t") = peek { position += 1 }
        if let time = scanTime() {
            if let offset = scanZone() {
                date.second = time.second
                date.setTime(localMinutes: time.minutes, offsetMinutes: offset)
            }
        } else {
            position = afterDate
        }
        return date
    }

    /// "12 March 2019", "12th of March, 2019", "March 12, 2019", "Mar. 12 2019", "12/03/2019".
    private mutating func scanWrittenDate() -> ScannedDate? {
        let start = position
        if case .number(let day, let digits) = next(), digits <= 2 {
            let afterDay = position
            if let separator = nextSymbol(), "/.-".unicodeScalars.contains(separator),
                case .number(let second, let secondDigits) = next(), secondDigits <= 2,
                nextSymbol() == separator,
                case .number(let year, let yearDigits) = next(), yearDigits == 2 || yearDigits == 4
            {
                let fullYear = yearDigits == 4 ? year : (year < 70 ? 2000 + year : 1900 + year)
                // Day first, as in the UK, unless the second number cannot be a month.
                if second > 12 && day <= 12 {
                    return ScannedDate(year: fullYear, month: day, day: second)
                }
                return ScannedDate(year: fullYear, month: second, day: day)
            }
            position = afterDay
            skipOrdinal()
            skip(symbols: ".")
            if case .word("of") = peek { position += 1 }
            if let month = scanMonth() {
                skip(symbols: ".,")
                if case .number(let year, 4) = next() {
                    return ScannedDate(year: year, month: month, day: day)
                }
            }
        } else if position > start, let month = monthNumber(at: position - 1) {
            skip(symbols: ".")
            if case .number(let day, let digits) = next(), digits <= 2 {
                skipOrdinal()
                skip(symbols: ",")
                if case .number(let year, 4) = next() {
                    return ScannedDate(year: year, month: month, day: day)
                }
            }
        }
        position = start
        return nil
    }

    /// "14:05", "14.05", "14:05:30", "2:05 pm", "2.05p.m."; minutes after midnight.
    private mutating func scanTime() -> (minutes: Int, second: Int)? {
        let start = position
        guard case .number(var hour, let hourDigits) = next(), hourDigits <= 2,
            let separator = nextSymbol(), ":.".unicodeScalars.contains(separator),
            case .number(let minute, 2) = next(), minute < 60
        else {
            position = start
            return nil
        }
        var second = 0
        let afterMinutes = position
        if nextSymbol() == ":", case .number(let value, 2) = next(), value < 60 {
            second = value
            let afterSeconds = position
            if nextSymbol() == ".", case .number = next() {} else { position = afterSeconds }
        } else {
            position = afterMinutes
        }
        if let meridiem = scanMeridiem() {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem == "p" ? 12 : 0)
        }
        guard hour < 24 else {
            position = start
            return nil
        }
        return (hour * 60 + minute, second)
    }

    /// "am", "pm", "a.m.", "p.m."; returns "a" or "p".
    private mutating func scanMeridiem() -> String? {
        guard case .word(let word) = peek else { return nil }
        if word == "am" || word == "pm" {
            position += 1
            return String(word.prefix(1))
        }
        let start = position
        if word == "a" || word == "p", case .word = next(), nextSymbol() == ".",
            case .word("m") = next()
        {
            skip(symbols: ".")
            return word
        }
        position = start
        return nil
    }

    /// A zone's offset from UTC in minutes: `Z`, `GMT`, `UTC`, `BST`, `EST`... or `+01:00`,
    /// `-0500`. Nil, leaving the position, when there is none or it is not known.
    private mutating func scanZone() -> Int? {
        let start = position
        skip(symbols: "(")
        switch next() {
        case .word(let word):
            if let offset = DateScanner.zoneOffsets[word] {
                var minutes = offset
                // "GMT+1", "UTC+05:30"
                if let signed = scanSignedOffset() { minutes += signed }
                skip(symbols: ")")
                return minutes
            }
        case .symbol:
            position = start
            if let signed = scanSignedOffset() { return signed }
        default:
            break
        }
        position = start
        return nil
    }

    private mutating func scanSignedOffset() -> Int? {
        let start = position
        guard let sign = nextSymbol(), sign == "+" || sign == "-",
            case .number(let value, let digits) = next()
        else {
            position = start
            return nil
        }
        var minutes: Int
        switch digits {
        case 1, 2:
            minutes = value * 60
            let afterHours = position
            if nextSymbol() == ":", case .number(let extra, 2) = next() {
                minutes += extra
            } else {
                position = afterHours
            }
        case 4:
            minutes = value / 100 * 60 + value % 100
        default:
            position = start
            return nil
        }
        guard minutes <= 14 * 60 else {
            position = start
            return nil
        }
        return sign == "-" ? -minutes : minutes
    }

    private mutating func scanMonth() -> Int? {
        guard position < tokens.count, let month = monthNumber(at: position) else { return nil }
        position += 1
        return month
    }

    private func monthNumber(at index: Int) -> Int? {
        guard index < tokens.count, case .word(let word) = tokens[index] else { return nil }
        return DateScanner.months[word]
    }

    // MARK: Skipping

    /// Skips weekdays, labels such as "Published:" and joining words.
    private mutating func skipNoise() {
        while let token = peek {
            switch token {
            case .word(let word) where DateScanner.noiseWords.contains(word):
                position += 1
            case .symbol(let symbol) where ",:|-–—".unicodeScalars.contains(symbol):
                position += 1
            default:
                return
            }
        }
    }

    private mutating func skipSeparators() {
        while let token = peek {
            switch token {
            case .symbol(let symbol) where ",|-–—@".unicodeScalars.contains(symbol):
                position += 1
            case .word("at"):
                position += 1
            default:
                return
            }
        }
    }

    private mutating func skipOrdinal() {
        if case .word(let word) = peek, ["st", "nd", "rd", "th"].contains(word) { position += 1 }
    }

    private mutating func skip(symbols: String) {
        while case .symbol(let symbol) = peek, symbols.unicodeScalars.contains(symbol) {
            position += 1
        }
    }

    private var peek: Token? { position < tokens.count ? tokens[position] : nil }

    private mutating func next() -> Token? {
        guard position < tokens.count else { return nil }
        defer { position += 1 }
        return tokens[position]
    }

    private mutating func nextSymbol() -> Unicode.Scalar? {
        guard case .symbol(let symbol) = peek else { return nil }
        position += 1
        return symbol
    }

    // MARK: Tables

    private static func tokenize(_ text: some StringProtocol) -> [Token] {
        var tokens: [Token] = []
        var number = 0
        var digits = 0
        var word = ""
        func flush() {
            if digits > 0 { tokens.append(.number(number, digits: digits)) }
            if !word.isEmpty { tokens.append(.word(word.asciiLowercased())) }
            number = 0
            digits = 0
            word = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCIIDigit {
                if !word.isEmpty { flush() }
                // Long digit runs are not date parts; cap them so they cannot overflow.
                if digits < 9 { number = number * 10 + Int(scalar.value - 0x30) }
                digits += 1
            } else if scalar.isLetter {
                if digits > 0 { flush() }
                word.unicodeScalars.append(scalar)
            } else {
                flush()
                if !scalar.isWhiteSpace { tokens.append(.symbol(scalar)) }
            }
        }
        flush()
        return tokens
    }

    private static let months: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december",
        ]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    private static let noiseWords: Set<String> = [
        "published", "updated", "last", "posted", "first", "on", "at", "date", "dated",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Zones whose abbreviation is not ambiguous in English-language news.
    private static let zoneOffsets: [String: Int] = [
        "z": 0, "gmt": 0, "utc": 0, "bst": 60, "cet": 60, "cest": 120,
        "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
        "pst": -480, "pdt": -420,
    ]
}
