import FoundationEssentials

/// Locates the first syntax error in a line that JSONDecoder refused, for the message: JSONDecoder
/// says only that the data "was not valid JSON".
enum JSONSyntax {
    /// The error for a line that is not valid JSON, with what went wrong and the column.
    static func error(in data: Data) -> ArticleRecordError {
        let bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .invalidJSON(reason: "not UTF-8")
        }
        var scanner = JSONSyntaxScanner(bytes: bytes)
        guard let problem = scanner.firstProblem() else {
            // Well-formed, but refused all the same (nested deeper than JSONDecoder allows).
            return .invalidJSON(reason: "unreadable value")
        }
        return .invalidJSON(reason: describe(problem, in: bytes))
    }

    private static func describe(_ problem: JSONSyntaxScanner.Problem, in bytes: [UInt8]) -> String
    {
        let offset: Int
        let what: String
        switch problem {
        case .unexpectedEnd:
            return "unexpected end of line"
        case .controlCharacter(let at):
            offset = at
            what = "unescaped control character"
        case .unexpectedCharacter(let at):
            offset = at
            let rest = String(decoding: bytes[at...], as: UTF8.self)
            if let scalar = rest.unicodeScalars.first, scalar.value > 0x20 {
                what = "unexpected character '\(scalar)'"
            } else {
                what = "unexpected character"
            }
        }
        // The offset counts bytes; a column counts characters, from 1.
        let column = String(decoding: bytes[..<offset], as: UTF8.self).unicodeScalars.count + 1
        return "\(what) at column \(column)"
    }
}

/// A JSON (RFC 8259) syntax check over bytes that finds the first problem and where it is.
/// Nesting is tracked on a stack of its own, so no line can exhaust the thread's stack.
struct JSONSyntaxScanner {
    /// What is wrong, at which byte offset.
    enum Problem: Error, Equatable {
        case unexpectedEnd
        case unexpectedCharacter(at: Int)
        case controlCharacter(at: Int)
    }

    private enum Expected { case value, valueOrClose, key, keyOrClose, colon, commaOrClose }

    private let bytes: [UInt8]
    private var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The first problem in the bytes, or nil when they are one well-formed JSON value.
    mutating func firstProblem() -> Problem? {
        do {
            try scanDocument()
            return nil
        } catch {
            return error
        }
    }

    private mutating func scanDocument() throws(Problem) {
        var open: [UInt8] = []
        var expected = Expected.value
        while true {
            skipSpace()
            if expected == .commaOrClose && open.isEmpty {
                guard index == bytes.count else { throw .unexpectedCharacter(at: index) }
                return
            }
            guard index < bytes.count else { throw .unexpectedEnd }
            let byte = bytes[index]
            switch expected {
            case .value, .valueOrClose:
                if expected == .valueOrClose && byte == UInt8(ascii: "]") {
                    index += 1
                    open.removeLast()
                    expected = .commaOrClose
                } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                    index += 1
                    open.append(byte)
                    expected = byte == UInt8(ascii: "{") ? .keyOrClose : .valueOrClose
                } else {
                    try scanScalarValue()
                    expected = .commaOrClose
                }
            case .key, .keyOrClose:
                if expected == .keyOrClose && byte == UInt8(ascii: "}") {
                    index += 1
                    open.removeLast()
                    expected = .commaOrClose
                } else {
                    guard byte == UInt8(ascii: "\"") else { throw .unexpectedCharacter(at: index) }
                    try scanString()
                    expected = .colon
                }
            case .colon:
                guard byte == UInt8(ascii: ":") else { throw .unexpectedCharacter(at: index) }
                index += 1
                expected = .value
            case .commaOrClose:
                let container = open[open.count - 1]
                if byte == UInt8(ascii: ",") {
                    index += 1
                    expected = container == UInt8(ascii: "[") ? .value : .key
                } else if byte == container + 2 {  // "[" + 2 is "]", "{" + 2 is "}"
                    index += 1
                    open.removeLast()
                } else {
                    throw .unexpectedCharacter(at: index)
                }
            }
        }
    }

    private mutating func skipSpace() {
        while index < bytes.count,
            bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A
                || bytes[index] == 0x0D
        {
            index += 1
        }
    }

    private mutating func scanScalarValue() throws(Problem) {
        switch bytes[index] {
        case UInt8(ascii: "\""): try scanString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try scanNumber()
        case UInt8(ascii: "t"): try scanLiteral("true")
        case UInt8(ascii: "f"): try scanLiteral("false")
        case UInt8(ascii: "n"): try scanLiteral("null")
        default: throw .unexpectedCharacter(at: index)
        }
    }

    private mutating func scanString() throws(Problem) {
        index += 1  // the opening quotation mark
        while true {
            guard index < bytes.count else { throw .unexpectedEnd }
            let byte = bytes[index]
            if byte < 0x20 { throw .controlCharacter(at: index) }
            index += 1
            if byte == UInt8(ascii: "\"") { return }
            guard byte == UInt8(ascii: "\\") else { continue }
            guard index < bytes.count else { throw .unexpectedEnd }
            switch bytes[index] {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                index += 1
            case UInt8(ascii: "u"):
                index += 1
                for _ in 0..<4 {
                    guard index < bytes.count else { throw .unexpectedEnd }
                    guard Self.isHexDigit(bytes[index]) else {
                        throw .unexpectedCharacter(at: index)
                    }
                    index += 1
                }
            default:
                throw .unexpectedCharacter(at: index)
            }
        }
    }

    private mutating func scanNumber() throws(Problem) {
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count else { throw .unexpectedEnd }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            try scanDigits()
        }
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            try scanDigits()
        }
        if index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count
                && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"))
            {
                index += 1
            }
            try scanDigits()
        }
    }

    /// One or more decimal digits.
    private mutating func scanDigits() throws(Problem) {
        guard index < bytes.count else { throw .unexpectedEnd }
        guard Self.isDigit(bytes[index]) else { throw .unexpectedCharacter(at: index) }
        while index < bytes.count && Self.isDigit(bytes[index]) { index += 1 }
    }

    private mutating func scanLiteral(_ word: StaticString) throws(Problem) {
        for expected in UnsafeRawBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        {
            guard index < bytes.count else { throw .unexpectedEnd }
            guard bytes[index] == expected else { throw .unexpectedCharacter(at: index) }
            index += 1
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }
}
