/// Photo captions with their credits: "Chief Constable Jane Smith (Norfolk Police/PA)",
/// "Image caption The scene on Tuesday", "Photograph: Jane Smith/Reuters".
enum Caption {
    /// The caption as printed, or nil when the line is not one.
    static func caption(in line: Substring) -> Substring? {
        guard line.utf8.count <= 240 else { return nil }
        let start = line.prefix(16).asciiLowercased()
        for label in ["image caption ", "media caption "] where start.hasPrefix(label) {
            let text = line.dropFirst(label.count).trimmingWhiteSpace()
            return text.isEmpty ? nil : text
        }
        if hasCreditLabel(line) && line.wordCount <= 40 { return line }
        guard line.hasSuffix(")"), line.wordCount <= 25,
            let open = line.lastIndex(of: "(")
        else { return nil }
        let credit = line[line.index(after: open)..<line.index(before: line.endIndex)]
        let described = line[..<open].trimmingWhiteSpace()
        guard !described.isEmpty, isCredit(credit) else { return nil }
        return line
    }

    /// "Photograph: ...", "Photo: ...", "Picture: ..." anywhere in a short line.
    private static func hasCreditLabel(_ line: Substring) -> Bool {
        guard line.containsASCII(0x3A) else { return false }
        let bytes = Array(line.utf8)
        for label in ["Photograph:", "Photo:", "Picture:", "Image:", "Credit:", "Photographs:"] {
            if line.hasPrefix(label) || bytes.containsBytes(" " + label) { return true }
        }
        return false
    }

    /// A credit names a photo agency or source: the last part of "Norfolk Police/PA", or all
    /// of "Getty Images".
    static func isCredit(_ credit: Substring) -> Bool {
        let trimmed = credit.trimmingWhiteSpace()
        guard (2...80).contains(trimmed.utf8.count) else { return false }
        let source = (trimmed.split(separator: "/").last ?? trimmed).trimmingWhiteSpace()
        let lowered = source.asciiLowercased()
        if agencies.contains(lowered) { return true }
        for suffix in [" images", " photos", " pictures", " photography", " handout", " archive"]
        where lowered.hasSuffix(suffix) {
            return true
        }
        return false
    }

    private static let agencies: Set<String> = [
        "pa", "pa wire", "pa media", "pa archive", "pa images", "press association", "ap",
        "associated press", "ap photo", "afp", "reuters", "getty", "getty images", "epa",
        "epa-efe", "efe", "alamy", "shutterstock", "rex", "rex features", "bloomberg",
        "handout", "supplied", "istock", "istockphoto", "swns", "pool", "wpa pool",
        "mirrorpix", "newsquest", "anadolu", "xinhua", "zuma", "zuma press", "nurphoto",
        "sopa images", "bbc", "family handout", "police handout",
    ]
}
