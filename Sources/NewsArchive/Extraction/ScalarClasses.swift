/// Fast classification of Unicode scalars, shared by the tokenizer and the quotation finder.
enum ScalarClass {
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            return (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A)
        }
        return s.properties.isAlphabetic
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x30 && s.value <= 0x39
    }

    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        isDigit(s) || isLetter(s)
    }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
        return s.properties.isUppercase
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2009, 0x200A, 0x202F, 0x2002, 0x2003, 0x3000:
            return true
        default:
            return s.value > 0x7F && s.properties.isWhitespace
        }
    }

    /// Apostrophes and single quotation marks, which may be either.
    static func isSingleMark(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2018}" || s == "\u{2019}" || s == "\u{201B}"
            || s == "\u{2039}" || s == "\u{203A}"
    }

    /// Double quotation marks of every style.
    static func isDoubleMark(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}":
            return true
        default:
            return false
        }
    }

    static func isDash(_ s: Unicode.Scalar) -> Bool {
        s == "\u{2013}" || s == "\u{2014}" || s == "\u{2012}" || s == "\u{2015}"
    }

    /// The three scalars outside ASCII that are canonically equivalent to an ASCII one, so
    /// that `String`'s equality sees through them: U+212A KELVIN SIGN (`K`), U+037E GREEK
    /// QUESTION MARK (`;`) and U+1FEF GREEK VARIA (`` ` ``).
    static func standsForASCII(_ s: Unicode.Scalar) -> Bool {
        s.value == 0x212A || s.value == 0x037E || s.value == 0x1FEF
    }

    static func isApostropheGlyph(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}"
    }
}
