/// A finished answer: built where the archive is read, then handed to the HTTP layer.
struct WebResponse: Sendable {
    /// The HTTP status code.
    var status: Int
    /// The `Content-Type` header.
    var contentType: String
    /// The body.
    var body: [UInt8]
    /// A suggested file name for a download, sent as `Content-Disposition`.
    var filename: String?

    /// An HTML page.
    static func page(_ html: HTML, status: Int = 200) -> WebResponse {
        WebResponse(
            status: status, contentType: "text/html; charset=utf-8", body: Array(html.markup.utf8))
    }

    /// A JSON document.
    static func json(_ text: String, status: Int = 200) -> WebResponse {
        WebResponse(
            status: status, contentType: "application/json; charset=utf-8", body: Array(text.utf8))
    }
}
