import Hummingbird
import Logging
import NewsArchive

/// Turns every failure into a page (or, under `/api/`, a JSON object) with a sentence for the
/// person who asked: 400 and 404 say what was wrong; anything else is logged and answered with
/// a plain 500, never with a stack trace, SQL or a path.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        // Nothing here changes the archive, so only reads are answered.
        guard request.method == .get || request.method == .head else {
            return answer(
                request, status: 405, message: "This server only answers GET and HEAD requests.")
        }
        do {
            return try await next(request, context)
        } catch let error as WebError {
            return answer(request, status: error.status, message: error.message)
        } catch let error as HTTPError {
            let status = Int(error.status.code)
            let message =
                switch status {
                case 404: "There is no page at \(request.uri.path). Start from the front page."
                case 405: "This server only answers GET and HEAD requests."
                default: "The request could not be answered (HTTP \(status))."
                }
            return answer(request, status: status, message: message)
        } catch {
            context.logger.error("request failed: \(request.uri.path): \(error)")
            return answer(
                request, status: 500,
                message: "The archive could not be read just now. Try again; if it persists, "
                    + "see the server's log.")
        }
    }

    private func answer(_ request: Request, status: Int, message: String) -> Response {
        if request.uri.path.hasPrefix("/api/") || request.uri.path == "/api" {
            let json = "{\"error\": \(JSONValue.string(message).serialized())}\n"
            return WebRoutes.response(.json(json, status: status))
        }
        return WebRoutes.response(ErrorPage.render(status: status, message: message))
    }
}
