/// JSON text for the list-valued columns (captions, aliases, titles, mentions).
enum JSONText {
    /// A JSON array of strings.
    static func array(_ values: [String]) -> String {
        "[" + values.map(JSONString.quoted).joined(separator: ",") + "]"
    }
}
