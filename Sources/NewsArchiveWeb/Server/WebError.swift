/// Why a request could not be answered, in words for the person who sent it.
enum WebError: Error, Equatable {
    /// A query parameter is unknown or its value is not usable.
    case badRequest(String)
    /// No page or record lives at the address.
    case notFound(String)

    /// The HTTP status code.
    var status: Int {
        switch self {
        case .badRequest: 400
        case .notFound: 404
        }
    }

    /// The sentence shown on the error page or in the API's `error` field.
    var message: String {
        switch self {
        case .badRequest(let message), .notFound(let message): message
        }
    }
}
