/// JSON text for the list-valued columns (captions, aliases, titles, mentions).
enum JSONText {
    /// A JSON array of strings.
    static func array(_ values: [String]) -> String {
        var bytes: [UInt8] = [0x5B]
        bytes.reserveCapacity(values.reduce(2) { $0 + $1.utf8.count + 3 })
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            JSONString.appendQuoted(value, to: &bytes)
        }
        bytes.append(0x5D)
        return String(decoding: bytes, as: UTF8.self)
    }
}
