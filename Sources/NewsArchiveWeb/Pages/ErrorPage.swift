/// The page for a request that cannot be answered: the status and a sentence saying why and
/// what to do, never internals.
enum ErrorPage {
    static func render(status: Int, message: String) -> WebResponse {
        let title =
            switch status {
            case 400: "Bad request"
            case 404: "Not found"
            case 405: "Method not allowed"
            default: "Server error"
            }
        return .page(
            Layout.page(
                title: title,
                """
                <h1>\(title)</h1>
                <p class="error">\(message)</p>
                <p><a href="/">Back to the front page</a></p>
                """), status: status)
    }
}
