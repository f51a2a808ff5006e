/// Lines that web pages put around an article and that are not part of it: sharing buttons,
/// advertising labels, newsletter prompts, comment notices, copyright lines, "Published" and
/// "Updated" labels.
enum Boilerplate {
    /// What a "Published ..." or "Updated ..." line says.
    enum DateLabel: Equatable {
        /// "Published", optionally with the date as ISO 8601.
        case published(String?)
        /// "Updated" or "Last updated", with or without a date.
        case updated
    }

    /// Longer lines are prose, never boilerplate; checking this first keeps the common case fast.
    private static let maximumLength = 200

    /// Whether the line is boilerplate other than a date label.
    static func isBoilerplate(_ line: Substring) -> Bool {
        guard line.utf8.count <= maximumLength, let first = line.unicodeScalars.first,
            !first.isASCIIDigit
        else { return false }
        if line.utf8.count <= longestExactLine, exactLines.contains(Boilerplate.key(line)) {
            return true
        }
        if isCopyright(line) { return line.wordCount <= 30 }
        let start = line.prefix(40).asciiLowercased()
        for prefix in prefixes where start.hasPrefix(prefix) {
            return line.wordCount <= 25
        }
        if start.hasPrefix("sign up") || start.hasPrefix("subscribe") {
            return line.wordCount <= 20 && line.asciiLowercased().containsBytes("newsletter")
        }
        return false
    }

    /// "© 2019 Reuters", "(c) Jane Smith", "Copyright 2019 The Associated Press. All rights
    /// reserved."; not "Copyright law is changing".
    private static func isCopyright(_ line: Substring) -> Bool {
        if line.hasPrefix("©") || line.hasPrefix("(c) ") || line.hasPrefix("(C) ") { return true }
        guard line.prefix(10).asciiLowercased() == "copyright " else { return false }
        let next = line.dropFirst(10).trimmingWhiteSpace()
        return next.hasPrefix("©") || next.hasPrefix("(c)") || next.hasPrefix("(C)")
            || next.prefix(4).allSatisfy(\.isNumber) && next.count >= 4
    }

    /// The line's meaning when it is a "Published" or "Updated" label, alone or with a date
    /// ("Published: 12 March 2019, 14:05 GMT"); nil for any other line.
    static func dateLabel(_ line: Substring) -> DateLabel? {
        guard line.utf8.count <= maximumLength, let first = line.utf8.first,
            "PpUuLlFf".utf8.contains(first)
        else { return nil }
        let lowered = line.prefix(20).asciiLowercased()
        var isUpdate = false
        var labelLength = 0
        for (label, update) in dateLabels where lowered.hasPrefix(label) {
            labelLength = label.count
            isUpdate = update
            break
        }
        guard labelLength > 0 else { return nil }
        let rest = line.dropFirst(labelLength)
        // "Publishedby" is not a label; the label must end at a word boundary.
        if let next = rest.unicodeScalars.first, next.isLetter { return nil }
        let trimmed = rest.trimmingWhiteSpace()
        if trimmed.isEmpty || trimmed == ":" {
            return isUpdate ? .updated : .published(nil)
        }
        let date = PublishedDate.iso8601(from: String(trimmed)) ?? firstSegmentDate(trimmed)
        guard let date else {
            // "Published 3 hours ago" is a label; "Published by Penguin in 1998" is prose.
            let relative = trimmed.hasSuffix(" ago") && trimmed.wordCount <= 5
            if relative { return isUpdate ? .updated : .published(nil) }
            return nil
        }
        return isUpdate ? .updated : .published(date)
    }

    /// The date before a "|" or a later "Updated" in "12 March 2019 | Updated 13 March 2019".
    private static func firstSegmentDate(_ text: Substring) -> String? {
        let lowered = text.asciiLowercased()
        var cut = lowered.endIndex
        for marker in ["|", " updated", " last updated", " last modified"] {
            if let range = lowered.firstRange(of: marker), range.lowerBound < cut {
                cut = range.lowerBound
            }
        }
        guard cut < lowered.endIndex else { return nil }
        return PublishedDate.iso8601(from: String(lowered[..<cut]))
    }

    /// The line in lower case, letters and digits only, words separated by one space.
    static func key(_ line: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count)
        var pendingSpace = false
        for scalar in line.unicodeScalars {
            if scalar.isLetter || scalar.isASCIIDigit {
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                if scalar.value < 0x80 {
                    let byte = UInt8(scalar.value)
                    bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                } else {
                    var lowered = ""
                    scalar.appendLowercased(to: &lowered)
                    bytes.append(contentsOf: lowered.utf8)
                }
            } else if scalar == "'" || scalar == "’" {
                continue
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lines longer than this many bytes cannot be in ``exactLines``, whatever their punctuation.
    private static let longestExactLine = 90

    private static let dateLabels: [(String, Bool)] = [
        ("published", false), ("first published", false), ("posted", false),
        ("last updated", true), ("updated", true), ("last modified", true),
    ]

    /// Whole lines, as ``key(_:)`` writes them.
    private static let exactLines: Set<String> = [
        "share", "share this", "share this article", "share this story", "share this page",
        "share this with", "share on facebook", "share on twitter", "share via email",
        "share article", "share page", "advertisement", "advertising", "ad", "sponsored",
        "sorry we are not accepting comments on this article", "comments", "view comments",
        "show comments", "sign up to our newsletter", "sign up for our newsletter",
        "subscribe to our newsletter", "related articles", "related topics", "related content",
        "related stories", "most read", "more on this story", "top stories",
        "continue reading", "continue reading the main story", "story continues below",
        "story continues below advertisement", "article continues below",
        "article continues below advertisement", "skip advert", "skip to main content",
        "print", "email", "print this article", "email this article", "image copyright",
        "follow us on twitter", "follow us on facebook", "follow us on instagram",
        "all rights reserved", "you might also like", "recommended", "trending",
        "listen to this article", "this article is more than 1 year old",
        "reuse content", "abstract", "full text", "comment", "leave a comment", "add a comment",
        "read more",
    ]

    /// Starts of lines in lower case; a line qualifies only when short.
    private static let prefixes: [String] = [
        "read more:", "read more -", "read more –", "read more —", "read more about ",
        "related:", "see also:", "more:", "all rights reserved", "this article is more than ",
        "image copyright ", "image source:", "click here to ", "follow us on ",
        "we are not accepting comments",
    ]
}
